import Foundation
import Testing
@testable import GongbaoKit

/// The same pages changed in ways real archives differ: the segmenter must find the same
/// articles and titles.
@Suite("Segmentation of page variants")
struct SegmentationVariantTests {
    let segmenter = PageSegmenter()
    static let seeds = ["000", "001", "002", "003", "004"]

    @Test("hard-wrapping every paragraph at 20–25 characters keeps the articles and titles", arguments: ["000", "001", "002", "004"])
    func rewrapped(prefix: String) {
        let (file, gold) = GoldStandard.articles(prefix)
        let page = PageVariants.rewrapped(Fixtures.seed(file), seed: UInt64(prefix)!)
        let articles = segmenter.segment(page)
        let titles = PageVariants.titlesFound(gold.map(\.title), in: articles)
        print("variant rewrapped \(prefix): titles \(titles.found)/\(titles.of), articles \(articles.count)/\(gold.count) \(titles.missing)")
        #expect(Double(titles.found) >= 0.9 * Double(titles.of))
        #expect(abs(articles.count - gold.count) <= 1)
    }

    @Test("half-width punctuation made full-width keeps the articles and titles", arguments: seeds)
    func halfToFull(prefix: String) {
        checkSwapped(prefix, PageVariants.halfToFull)
    }

    @Test("full-width punctuation made half-width keeps the articles and titles", arguments: seeds)
    func fullToHalf(prefix: String) {
        checkSwapped(prefix, PageVariants.fullToHalf)
    }

    private func checkSwapped(_ prefix: String, _ table: [Character: Character]) {
        let (file, gold) = GoldStandard.articles(prefix)
        let original = Fixtures.seed(file)
        let page = PageVariants.punctuationSwapped(original, table)
        let articles = segmenter.segment(page)
        let titles = PageVariants.titlesFound(gold.map { PageVariants.swapped($0.title, table) }, in: articles)
        print("variant punctuation \(prefix): titles \(titles.found)/\(titles.of), articles \(articles.count)/\(gold.count) \(titles.missing)")
        #expect(Double(titles.found) >= 0.9 * Double(titles.of))
        // Line spans do not depend on the punctuation's width.
        let score = SegmentationScore(gold: gold, predicted: articles, on: original)
        #expect(score.precision >= 0.9 && score.recall >= 0.9, "\(score.summary)")
    }

    @Test("articles shuffled into another order are found with their titles", arguments: seeds)
    func reordered(prefix: String) {
        let (file, gold) = GoldStandard.articles(prefix)
        let original = Fixtures.seed(file)
        for seed in [UInt64(7), 11, 23] {
            let page = PageVariants.reordered(original, gold: gold, seed: seed)
            let included = gold.filter { article in
                article.start_line != nil && page.lines.contains(original.line(article.start_line!))
            }
            let articles = segmenter.segment(page)
            let titles = PageVariants.titlesFound(included.map(\.title), in: articles)
            print("variant reordered \(prefix)/\(seed): titles \(titles.found)/\(titles.of), articles \(articles.count)/\(included.count) \(titles.missing)")
            #expect(Double(titles.found) >= 0.9 * Double(titles.of))
            #expect(abs(articles.count - included.count) <= 1)
        }
    }

    @Test("a page read from GB18030 bytes segments exactly like its UTF-8 original", arguments: seeds)
    func gb18030(prefix: String) throws {
        let original = Fixtures.seed(prefix)
        let page = try #require(PageVariants.throughGB18030(original))
        #expect(page.encoding == .gb18030)
        let a = segmenter.segment(original), b = segmenter.segment(page)
        #expect(a.map(\.title) == b.map(\.title))
        #expect(a.map(\.lines) == b.map(\.lines))
        #expect(a.map(\.paragraphs) == b.map(\.paragraphs))
    }

    @Test("with the datelines of page 003 removed, headlines printed after their bodies still find them")
    func trailingHeadlinesWithoutDatelines() {
        let (file, gold) = GoldStandard.articles("003")
        let original = Fixtures.seed(file)
        let page = Page(source: original.source, lines: original.lines.map(PageVariants.withoutReportDateline))
        let articles = segmenter.segment(page)
        let score = SegmentationScore(gold: gold, predicted: articles, on: original)
        print("variant 003 without datelines: \(score.summary)")
        #expect(score.precision >= 0.9 && score.recall >= 0.9)
        #expect(score.titleExactness >= 0.9)
    }
}
