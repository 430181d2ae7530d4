import Foundation
import Testing
@testable import GongbaoKit

/// Scores the segmenter on the held-out pages (`Fixtures/holdout`), written and annotated
/// after the segmenter was built and committed before it was first run on them. Prints
/// per-page and total figures, and every disagreement on a matched article, for the log;
/// the floors are the measured figures minus a small margin, so that regressions fail.
@Suite("Segmentation of held-out pages against their gold")
struct HoldoutSegmentationTests {
    let segmenter = PageSegmenter()

    /// Scores every held-out page, printing what differs from the gold.
    func scores() -> (pages: [(String, SegmentationScore)], total: SegmentationScore) {
        var pages: [(String, SegmentationScore)] = []
        var total = SegmentationScore()
        for file in GoldStandard.holdoutPages.keys.sorted() {
            let page = Fixtures.holdout(file)
            let gold = GoldStandard.holdoutPages[file]!
            let predicted = segmenter.segment(page)
            let score = SegmentationScore(gold: gold, predicted: predicted, on: page)
            pages.append((file, score))
            total = total + score
            for line in Self.differences(gold: gold, predicted: predicted, on: page) { print("  \(file.prefix(3)) \(line)") }
        }
        return (pages, total)
    }

    /// One line per predicted article that matches no gold article or disagrees with its match.
    static func differences(gold: [GoldArticle], predicted: [Article], on page: Page) -> [String] {
        let pairs = GoldStandard.match(gold: gold, predicted: predicted, on: page)
        var lines: [String] = []
        for (index, article) in predicted.enumerated() {
            let spans = article.lines.map { "[\($0.start),\($0.end)]" }.joined()
            guard let g = pairs.first(where: { $0.predicted == index }).map({ gold[$0.gold] }) else {
                lines.append("unmatched \(spans) \(article.kind.rawValue) “\(article.title)”")
                continue
            }
            var diffs: [String] = []
            let goldSpans = g.spans.map { "[\($0[0]),\($0[1])]" }.joined()
            if GoldStandard.readingOrder(g.spans.map { ($0[0], $0[1]) }, on: page)
                != GoldStandard.readingOrder(article.lines.map { ($0.start, $0.end) }, on: page) {
                diffs.append("spans \(spans) gold \(goldSpans)")
            }
            if g.title != article.title { diffs.append("title “\(article.title)” gold “\(g.title)”") }
            if g.kicker != article.kicker { diffs.append("kicker “\(article.kicker)” gold “\(g.kicker)”") }
            if g.subtitle != article.subtitle { diffs.append("subtitle “\(article.subtitle)” gold “\(g.subtitle)”") }
            if g.kind != article.kind.rawValue { diffs.append("kind \(article.kind.rawValue) gold \(g.kind)") }
            if g.dateline != article.dateline { diffs.append("dateline “\(article.dateline)” gold “\(g.dateline)”") }
            if g.byline != article.bylineText { diffs.append("byline “\(article.bylineText)” gold “\(g.byline)”") }
            if !diffs.isEmpty { lines.append("“\(g.title)”: " + diffs.joined(separator: "; ")) }
        }
        return lines
    }

    @Test("held-out pages: article precision, recall, titles, kinds, datelines and bylines stay above their floors")
    func heldOutFigures() {
        let (pages, total) = scores()
        for (file, score) in pages {
            print("segmentation holdout \(file.prefix(3)): \(score.summary)")
            if !score.missed.isEmpty { print("  missed: \(score.missed)") }
        }
        // The second batch (h09–h12) was written after the segmenter had been changed for the
        // first; the third (h13–h17) after it had been changed for both, by someone who had not
        // read the code.
        var batches: [String: SegmentationScore] = [:]
        for (name, prefixes) in [("h01-h08", ["h01", "h02", "h03", "h04", "h05", "h06", "h07", "h08"]), ("h09-h12", ["h09", "h10", "h11", "h12"]),
                                 ("h13-h17", ["h13", "h14", "h15", "h16", "h17"])] {
            let batch = pages.filter { page in prefixes.contains { page.0.hasPrefix($0) } }.map(\.1).reduce(SegmentationScore(), +)
            batches[name] = batch
            print("segmentation holdout \(name): \(batch.summary)")
        }
        print("segmentation holdout total: \(total.summary)")
        // First measurements (docs/segmentation.md): h01–h08 before any change P 0.944 R 1.000
        // title 0.941 kind 0.961 dateline 1.000 byline 0.941 spans 0.882; h09–h12 after the
        // first round of changes P 1.000 R 0.905 title 0.947 kind 0.842 dateline 0.947 byline
        // 0.947 spans 0.842. Both batches now 1.000 on every figure; their floors allow about
        // two errors in 72.
        let early = batches["h01-h08"]! + batches["h09-h12"]!
        #expect(early.precision >= 0.97)
        #expect(early.recall >= 0.97)
        #expect(early.titleExactness >= 0.97)
        #expect(early.kindAgreement >= 0.95)
        #expect(early.datelineAgreement >= 0.97)
        #expect(early.bylineAgreement >= 0.97)
        #expect(early.spanExactness >= 0.95)
        // h13–h17, first measurement: P 0.906 R 0.935 title 0.897 kind 0.897 dateline 0.966
        // byline 0.862 spans 0.759; after the changes for it (docs/segmentation.md) P 1.000
        // R 0.968 title 0.967 kind 0.933 dateline 0.967 byline 0.967 spans 0.867. Floors about
        // one error (of 30) under the current figures.
        let third = batches["h13-h17"]!
        #expect(third.precision >= 0.96)
        #expect(third.recall >= 0.93)
        #expect(third.titleExactness >= 0.93)
        #expect(third.kindAgreement >= 0.90)
        #expect(third.datelineAgreement >= 0.93)
        #expect(third.bylineAgreement >= 0.93)
        #expect(third.spanExactness >= 0.83)
    }
}

/// The held-out pages changed as the seed variants are: the same articles and titles must be found.
@Suite("Segmentation of held-out page variants")
struct HoldoutVariantTests {
    let segmenter = PageSegmenter()

    /// Titles found and pages whose article count changes, over the variants of `files`.
    func variantFigures(_ files: [String]) -> (titlesFound: Int, titles: Int, articleCountsOff: Int) {
        var titlesFound = 0
        var titles = 0
        var articleCountsOff = 0
        for file in files {
            let gold = GoldStandard.holdoutPages[file]!
            let original = Fixtures.holdout(file)
            for table in [PageVariants.halfToFull, PageVariants.fullToHalf] {
                let articles = segmenter.segment(PageVariants.punctuationSwapped(original, table))
                let found = PageVariants.titlesFound(gold.map { PageVariants.swapped($0.title, table) }, in: articles)
                titlesFound += found.found
                titles += found.of
                if articles.count != gold.count { articleCountsOff += 1 }
            }
            for seed in [UInt64(7), 11] {
                let page = PageVariants.reordered(original, gold: gold, seed: seed)
                let included = gold.filter { $0.start_line != nil && page.lines.contains(original.line($0.start_line!)) }
                let articles = segmenter.segment(page)
                let found = PageVariants.titlesFound(included.map(\.title), in: articles)
                titlesFound += found.found
                titles += found.of
                if articles.count != included.count { articleCountsOff += 1 }
                if !found.missing.isEmpty { print("holdout variant reordered \(file.prefix(3))/\(seed) missing \(found.missing)") }
            }
        }
        return (titlesFound, titles, articleCountsOff)
    }

    @Test("held-out pages with punctuation of the other width, or articles reordered, keep their articles and titles")
    func variantsKeepArticles() {
        let files = GoldStandard.holdoutPages.keys.sorted()
        let early = variantFigures(files.filter { $0 < "h13" })
        print("holdout variants h01-h12: titles \(early.titlesFound)/\(early.titles), pages with another article count \(early.articleCountsOff)")
        #expect(Double(early.titlesFound) >= 0.97 * Double(early.titles))
        #expect(early.articleCountsOff <= 2)
        // The third batch: variants of pages whose originals already have errors (see heldOutFigures).
        let third = variantFigures(files.filter { $0 >= "h13" })
        print("holdout variants h13-h17: titles \(third.titlesFound)/\(third.titles), pages with another article count \(third.articleCountsOff)")
        // First measurement 93/108 titles, 6 of 20 pages with another article count; now 105/108 and 2.
        #expect(Double(third.titlesFound) >= 0.94 * Double(third.titles))
        #expect(third.articleCountsOff <= 3)
    }
}
