import Foundation
@testable import GongbaoKit

/// One article of a gold file in the `seeds.json` format (see Fixtures/gold/README.md):
/// the shared model every gold-scoring test decodes.
struct GoldRecord: Decodable {
    struct Subhead: Decodable { var line: Int; var text: String }
    struct GoldBox: Decodable { var label: String; var start_line: Int; var end_line: Int }
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

    var title: String
    var kicker: String
    var subtitle: String
    var kind: String
    var column: String
    var byline: String
    var dateline: String
    var spans: [[Int]]
    var body_spans: [[Int]]
    var start_line: Int?
    var end_line: Int?
    var subheads: [Subhead]
    var boxes: [GoldBox]
    var regions: Regions
    var orgs: [String]
    var persons: [String]
    var campaigns: [String]
}

/// A page with its gold records and the articles rebuilt from the gold spans, so that
/// the region and entity stages can be scored independently of the segmenter.
struct GoldPage {
    var file: String
    var page: Page
    var records: [GoldRecord]
    var articles: [Article]

    /// The five seed pages.
    static let seeds: [GoldPage] = load(Fixtures.goldURL, page: Fixtures.seed)
    /// The held-out pages (Fixtures/holdout), written without looking at the program's output.
    static let holdout: [GoldPage] = load(Fixtures.holdoutGoldURL, page: Fixtures.holdout)

    /// Gold records by page file name.
    static func records(_ url: URL) -> [String: [GoldRecord]] {
        try! JSONDecoder().decode([String: [GoldRecord]].self, from: Data(contentsOf: url))
    }

    static func load(_ url: URL, page read: (String) -> Page) -> [GoldPage] {
        let all = records(url)
        return all.keys.sorted().map { file in
            let page = read(file)
            let records = all[file]!
            let articles = records.enumerated().map { i, record in article(record, index: i + 1, page: page) }
            return GoldPage(file: file, page: page, records: records, articles: articles)
        }
    }

    /// An article built from a gold record: headline decks, byline and dateline from the
    /// gold fields; body paragraphs from the body spans, hard breaks joined, a paragraph
    /// ending after a sentence end; subheads as paragraphs of their own; boxes apart.
    static func article(_ gold: GoldRecord, index: Int, page: Page) -> Article {
        let subheadLines = Set(gold.subheads.map(\.line))
        func inBox(_ n: Int) -> Bool { gold.boxes.contains { $0.start_line <= n && n <= $0.end_line } }
        func paragraphs(_ numbers: [Int]) -> [String] {
            var result: [String] = []
            var current = ""
            func flush() {
                if !current.isEmpty { result.append(current) }
                current = ""
            }
            for number in numbers {
                var line = page.line(number).trimmingCharacters(in: .whitespaces)
                while line.hasPrefix("#") { line.removeFirst() }
                line = line.trimmingCharacters(in: .whitespaces)
                if line.isEmpty { continue }
                if subheadLines.contains(number) {
                    flush()
                    result.append(line)
                    continue
                }
                current += line
                let scalars = line.unicodeScalars
                if let last = scalars.last, isSentenceEnd(last) || (last == "”" && scalars.dropLast().last.map(isSentenceEnd) == true) {
                    flush()
                }
            }
            flush()
            return result
        }
        let body = gold.body_spans.flatMap { $0[0] <= $0[1] ? Array($0[0]...$0[1]) : [] }.filter { !inBox($0) }
        let boxes = gold.boxes.map { box in
            Box(label: box.label, text: paragraphs(box.start_line < box.end_line ? Array((box.start_line + 1)...box.end_line) : [])
                .joined(separator: "\n"))
        }
        return Article(
            id: "\(page.key)#\(index)", source: page.source, index: index, section: gold.column,
            kicker: gold.kicker, title: gold.title, subtitle: gold.subtitle,
            bylineText: gold.byline, dateline: gold.dateline, paragraphs: paragraphs(body), boxes: boxes
        )
    }

    private static func isSentenceEnd(_ s: Unicode.Scalar) -> Bool { "。！？!?".unicodeScalars.contains(s) }
}

/// Micro precision, recall and F1 of predicted names against gold names, summed over
/// articles, with the disagreements kept for printing.
struct SetScore: CustomStringConvertible {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0
    var misses: [String] = []

    mutating func add(predicted: Set<String>, gold: Set<String>, label: String = "") {
        truePositives += predicted.intersection(gold).count
        let fp = predicted.subtracting(gold).sorted(), fn = gold.subtracting(predicted).sorted()
        falsePositives += fp.count
        falseNegatives += fn.count
        if !label.isEmpty, !fp.isEmpty || !fn.isEmpty { misses.append("\(label)  +\(fp)  -\(fn)") }
    }

    var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
    var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    var description: String {
        String(format: "P %.3f R %.3f F1 %.3f (tp %d, fp %d, fn %d)", precision, recall, f1,
               truePositives, falsePositives, falseNegatives)
    }

    func report(_ name: String) -> String { "\(name): \(self)" }
}
