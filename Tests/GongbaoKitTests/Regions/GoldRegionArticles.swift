import Foundation
@testable import GongbaoKit

/// The seed pages cut into articles by the gold annotations, with the gold
/// regions, so that region recognition can be scored independently of the
/// segmenter.
struct GoldRegionPage {
    struct Regions: Decodable {
        var provinces: [String]
        var prefectures: [String]
        var counties: [String]
        var townships: [String]
        var mentioned: [String]
        var localities: [String]

        /// Every name the gold lists for the article, at any level and role.
        var everything: Set<String> {
            Set(provinces + prefectures + counties + townships + mentioned + localities)
        }
    }

    struct GoldBox: Decodable {
        var label: String
        var start_line: Int
        var end_line: Int
    }

    struct GoldArticle: Decodable {
        var title: String
        var kicker: String
        var subtitle: String
        var dateline: String
        var byline: String
        var body_spans: [[Int]]
        var boxes: [GoldBox]
        var regions: Regions
    }

    var page: Page
    var articles: [Article]
    var gold: [Regions]

    static func load() throws -> [GoldRegionPage] {
        let data = try Data(contentsOf: Fixtures.goldURL)
        let pages = try JSONDecoder().decode([String: [GoldArticle]].self, from: data)
        return pages.keys.sorted().map { file in
            let page = Fixtures.seed(file)
            let golds = pages[file]!
            let articles = golds.enumerated().map { index, g in
                Article(
                    id: "\(page.key)#\(index + 1)", source: page.source, index: index + 1,
                    kicker: g.kicker, title: g.title, subtitle: g.subtitle, bylineText: g.byline,
                    dateline: g.dateline,
                    paragraphs: paragraphs(of: page, spans: g.body_spans, skipping: g.boxes),
                    boxes: g.boxes.map { box in
                        Box(label: box.label, text: paragraphs(of: page, spans: [[box.start_line + 1, box.end_line]],
                                                               skipping: []).joined(separator: "\n"))
                    })
            }
            return GoldRegionPage(page: page, articles: articles, gold: golds.map(\.regions))
        }
    }

    /// Joins the span lines without separators (the page's hard breaks fall mid-word),
    /// starting a new paragraph after a line that ends a sentence.
    static func paragraphs(of page: Page, spans: [[Int]], skipping boxes: [GoldBox]) -> [String] {
        var result: [String] = []
        var current = ""
        for span in spans where span[0] <= span[1] {
            for n in span[0]...span[1] where !boxes.contains(where: { $0.start_line <= n && n <= $0.end_line }) {
                let line = page.line(n).trimmingCharacters(in: .whitespaces)
                    .replacingOccurrences(of: "#", with: "").trimmingCharacters(in: .whitespaces)
                if line.isEmpty { continue }
                current += line
                if let last = line.last, "。！？!?”".contains(last) {
                    result.append(current)
                    current = ""
                }
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}

/// Micro precision, recall and F1 over sets of names per article.
struct SetScore: CustomStringConvertible {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0

    mutating func add(predicted: Set<String>, gold: Set<String>) {
        truePositives += predicted.intersection(gold).count
        falsePositives += predicted.subtracting(gold).count
        falseNegatives += gold.subtracting(predicted).count
    }

    var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
    var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    var description: String {
        String(format: "P %.3f R %.3f F1 %.3f (tp %d, fp %d, fn %d)", precision, recall, f1,
               truePositives, falsePositives, falseNegatives)
    }
}
