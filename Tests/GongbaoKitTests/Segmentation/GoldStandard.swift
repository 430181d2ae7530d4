import Foundation
@testable import GongbaoKit

/// One gold article of `seeds.json`, with the fields the segmentation tests score.
struct GoldArticle: Decodable {
    var title: String
    var kicker: String
    var subtitle: String
    var kind: String
    var dateline: String
    var byline: String
    var column: String
    var spans: [[Int]]
    var start_line: Int?
    var end_line: Int?
}

/// The gold annotations, and scoring of predicted articles against them.
enum GoldStandard {
    /// Gold articles by seed file name.
    static let pages: [String: [GoldArticle]] = load(Fixtures.goldURL)

    /// Gold articles of the held-out pages by file name (same format as the seeds' gold).
    static let holdoutPages: [String: [GoldArticle]] = load(Fixtures.holdoutGoldURL)

    /// A gold file: articles by page file name.
    static func load(_ url: URL) -> [String: [GoldArticle]] {
        let data = try! Data(contentsOf: url)
        return try! JSONDecoder().decode([String: [GoldArticle]].self, from: data)
    }

    /// The gold articles of the seed whose name starts with `prefix` (`"003"`).
    static func articles(_ prefix: String) -> (file: String, articles: [GoldArticle]) {
        let file = pages.keys.sorted().first { $0.hasPrefix(prefix) }!
        return (file, pages[file]!)
    }

    /// The non-blank lines inside `spans`.
    static func lineSet(_ spans: [(Int, Int)], on page: Page) -> Set<Int> {
        var set = Set<Int>()
        for (a, b) in spans where a <= b {
            for n in a...b where !page.line(n).isBlankLine { set.insert(n) }
        }
        return set
    }

    /// The non-blank lines inside `spans`, in reading order.
    static func readingOrder(_ spans: [(Int, Int)], on page: Page) -> [Int] {
        spans.flatMap { a, b in a <= b ? (a...b).filter { !page.line($0).isBlankLine } : [] }
    }

    /// A one-to-one matching of gold to predicted articles: pairs whose non-blank line
    /// sets overlap with Jaccard ≥ 0.5, taken greedily, best overlap first.
    static func match(gold: [GoldArticle], predicted: [Article], on page: Page) -> [(gold: Int, predicted: Int)] {
        let goldSets = gold.map { lineSet($0.spans.map { ($0[0], $0[1]) }, on: page) }
        let predictedSets = predicted.map { lineSet($0.lines.map { ($0.start, $0.end) }, on: page) }
        var pairs: [(score: Double, gold: Int, predicted: Int)] = []
        for (g, gs) in goldSets.enumerated() {
            for (p, ps) in predictedSets.enumerated() {
                let union = gs.union(ps).count
                guard union > 0 else { continue }
                let jaccard = Double(gs.intersection(ps).count) / Double(union)
                if jaccard >= 0.5 { pairs.append((jaccard, g, p)) }
            }
        }
        pairs.sort { ($0.score, -$0.gold, -$0.predicted) > ($1.score, -$1.gold, -$1.predicted) }
        var usedGold = Set<Int>(), usedPredicted = Set<Int>()
        var result: [(Int, Int)] = []
        for pair in pairs where !usedGold.contains(pair.gold) && !usedPredicted.contains(pair.predicted) {
            usedGold.insert(pair.gold)
            usedPredicted.insert(pair.predicted)
            result.append((pair.gold, pair.predicted))
        }
        return result
    }
}

/// Article-level figures for one page or a set of pages.
struct SegmentationScore {
    var gold = 0
    var predicted = 0
    var matched = 0
    var titlesExact = 0
    var kindsAgree = 0
    var datelinesAgree = 0
    var bylinesAgree = 0
    /// Matched articles whose non-blank lines, in reading order, are exactly the gold's.
    var spansExact = 0
    /// Gold articles with no predicted counterpart, as `start line: title`.
    var missed: [String] = []

    init() {}

    init(gold: [GoldArticle], predicted: [Article], on page: Page) {
        self.gold = gold.count
        self.predicted = predicted.count
        let pairs = GoldStandard.match(gold: gold, predicted: predicted, on: page)
        matched = pairs.count
        for (g, p) in pairs {
            let (expected, actual) = (gold[g], predicted[p])
            if expected.title == actual.title { titlesExact += 1 }
            if expected.kind == actual.kind.rawValue { kindsAgree += 1 }
            if expected.dateline == actual.dateline { datelinesAgree += 1 }
            if expected.byline == actual.bylineText { bylinesAgree += 1 }
            let goldOrder = GoldStandard.readingOrder(expected.spans.map { ($0[0], $0[1]) }, on: page)
            if goldOrder == GoldStandard.readingOrder(actual.lines.map { ($0.start, $0.end) }, on: page) { spansExact += 1 }
        }
        let found = Set(pairs.map(\.gold))
        missed = gold.indices.filter { !found.contains($0) }.map { "\(gold[$0].spans[0][0]): \(gold[$0].title)" }
    }

    static func + (a: SegmentationScore, b: SegmentationScore) -> SegmentationScore {
        var s = a
        s.gold += b.gold
        s.predicted += b.predicted
        s.matched += b.matched
        s.titlesExact += b.titlesExact
        s.kindsAgree += b.kindsAgree
        s.datelinesAgree += b.datelinesAgree
        s.bylinesAgree += b.bylinesAgree
        s.spansExact += b.spansExact
        s.missed += b.missed
        return s
    }

    var precision: Double { predicted == 0 ? 1 : Double(matched) / Double(predicted) }
    var recall: Double { gold == 0 ? 1 : Double(matched) / Double(gold) }
    var titleExactness: Double { matched == 0 ? 1 : Double(titlesExact) / Double(matched) }
    var kindAgreement: Double { matched == 0 ? 1 : Double(kindsAgree) / Double(matched) }
    var datelineAgreement: Double { matched == 0 ? 1 : Double(datelinesAgree) / Double(matched) }
    var bylineAgreement: Double { matched == 0 ? 1 : Double(bylinesAgree) / Double(matched) }
    var spanExactness: Double { matched == 0 ? 1 : Double(spansExact) / Double(matched) }

    /// One line for the log: `P 1.000 R 1.000 title 1.000 …`.
    var summary: String {
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        return "gold \(gold) predicted \(predicted) matched \(matched) | precision \(f(precision)) recall \(f(recall)) "
            + "title \(f(titleExactness)) kind \(f(kindAgreement)) dateline \(f(datelineAgreement)) byline \(f(bylineAgreement))"
            + " spans \(f(spanExactness))"
    }
}
