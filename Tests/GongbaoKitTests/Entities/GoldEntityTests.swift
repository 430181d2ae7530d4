import Foundation
import Testing
@testable import GongbaoKit

/// The gold articles rebuilt from their gold spans (not from the segmenter, which is
/// being rewritten in parallel): headline decks from the gold fields, the byline from
/// the gold byline, the body from the body spans with broken lines joined.
enum GoldArticles {
    struct Gold: Decodable {
        struct Headline: Decodable { var line: Int; var role: String; var text: String }
        struct Subhead: Decodable { var line: Int; var text: String }
        struct Box: Decodable { var label: String; var start_line: Int; var end_line: Int }
        var title: String
        var kicker: String
        var subtitle: String
        var column: String
        var byline: String
        var dateline: String
        var spans: [[Int]]
        var body_spans: [[Int]]
        var subheads: [Subhead]
        var boxes: [Box]
        var orgs: [String]
        var persons: [String]
        var campaigns: [String]
    }

    struct Case {
        var article: Article
        var gold: Gold
    }

    static let all: [Case] = {
        let data = try! Data(contentsOf: Fixtures.goldURL)
        let pages = try! JSONDecoder().decode([String: [Gold]].self, from: data)
        var cases: [Case] = []
        for file in pages.keys.sorted() {
            let page = Fixtures.seed(file)
            for (i, gold) in pages[file]!.enumerated() {
                cases.append(Case(article: article(gold, index: i + 1, page: page), gold: gold))
            }
        }
        return cases
    }()

    static func article(_ gold: Gold, index: Int, page: Page) -> Article {
        // Subheads and box labels (阅读提示) are paragraphs of their own.
        let subheadLines = Set(gold.subheads.map(\.line) + gold.boxes.map(\.start_line))
        var paragraphs: [String] = []
        var current = ""
        func flush() {
            if !current.isEmpty { paragraphs.append(current) }
            current = ""
        }
        for span in gold.body_spans {
            for number in span[0]...span[1] {
                var line = page.line(number).trimmingCharacters(in: .whitespaces)
                while line.hasPrefix("#") { line.removeFirst() }
                line = line.trimmingCharacters(in: .whitespaces)
                if line.isEmpty { continue }
                if subheadLines.contains(number) {
                    flush()
                    paragraphs.append(line)
                    continue
                }
                current += line
                if let last = line.unicodeScalars.last, last.isSentenceEnd || (last == "”" && line.unicodeScalars.dropLast().last?.isSentenceEnd == true) {
                    flush()
                }
            }
        }
        flush()
        return Article(
            id: "\(page.key)#\(index)", source: page.source, index: index, section: gold.column,
            kicker: gold.kicker, title: gold.title, subtitle: gold.subtitle,
            bylineText: gold.byline, dateline: gold.dateline, paragraphs: paragraphs
        )
    }
}

/// Precision and recall of a set of predicted strings against gold strings, summed over articles.
struct Score {
    var truePositives = 0, falsePositives = 0, falseNegatives = 0
    var misses: [String] = []

    mutating func add(predicted: [String], gold: [String], label: String) {
        let p = Set(predicted), g = Set(gold)
        truePositives += p.intersection(g).count
        let fp = p.subtracting(g).sorted(), fn = g.subtracting(p).sorted()
        falsePositives += fp.count
        falseNegatives += fn.count
        if !fp.isEmpty || !fn.isEmpty { misses.append("\(label)  +\(fp)  -\(fn)") }
    }

    var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
    var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }

    func report(_ name: String) -> String {
        String(format: "%@: P %.3f R %.3f (tp %d, fp %d, fn %d)", name, precision, recall, truePositives, falsePositives, falseNegatives)
    }
}

@Suite("Entities against the gold annotations")
struct GoldEntityTests {
    static let scores: (orgs: Score, persons: Score, campaigns: Score) = {
        var orgs = Score(), persons = Score(), campaigns = Score()
        let annotator = EntityAnnotator()
        for c in GoldArticles.all {
            let found = annotator.entities(of: c.article)
            orgs.add(predicted: found.orgs.map(\.name), gold: c.gold.orgs, label: c.article.id)
            persons.add(predicted: found.persons.map(\.name), gold: c.gold.persons, label: c.article.id)
            campaigns.add(predicted: found.campaigns.map(\.term), gold: c.gold.campaigns, label: c.article.id)
        }
        for (name, score) in [("organisations", orgs), ("persons", persons), ("campaigns", campaigns)] {
            print(score.report(name))
            for miss in score.misses { print("  " + miss) }
        }
        return (orgs, persons, campaigns)
    }()

    @Test("organisations reach precision 0.90 and recall 0.85 over the five seed pages")
    func organisations() {
        let s = Self.scores.orgs
        #expect(s.precision >= 0.90, "\(s.report("organisations"))")
        #expect(s.recall >= 0.85, "\(s.report("organisations"))")
    }

    @Test("persons reach precision 0.90 and recall 0.85 over the five seed pages")
    func persons() {
        let s = Self.scores.persons
        #expect(s.precision >= 0.90, "\(s.report("persons"))")
        #expect(s.recall >= 0.85, "\(s.report("persons"))")
    }

    @Test("campaign terms reach precision 0.80 and recall 0.80 over the five seed pages")
    func campaigns() {
        let s = Self.scores.campaigns
        #expect(s.precision >= 0.80, "\(s.report("campaigns"))")
        #expect(s.recall >= 0.80, "\(s.report("campaigns"))")
    }

    @Test("the gold articles are rebuilt with text in them")
    func rebuilt() {
        #expect(GoldArticles.all.count == 41)
        #expect(GoldArticles.all.allSatisfy { !$0.article.paragraphs.isEmpty })
    }
}
