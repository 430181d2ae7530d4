import Foundation
import GongbaoKit

/// An article taken from a seed page, as material for generated pages: its
/// headline lines by role, credit line, body paragraphs, and the places it is
/// about or mentions (resolved to gazetteer codes).
struct ArticleTemplate: Sendable {
    enum Role: String, Sendable { case kicker, title, subtitle, column }

    var headline: [(role: Role, text: String)]
    var byline: String?
    var paragraphs: [String]
    /// Paragraph indices that are in-body subheads.
    var subheads: Set<Int>
    var kind: String
    var about: [String]
    var mentioned: [String]
}

/// Reads the seed pages through the real `PageReader` and cuts them into
/// article templates, using the gold annotations' spans (or, without them,
/// the segmenter's blocks).
enum SeedTemplates {
    private struct GoldArticle: Decodable {
        struct HeadlineLine: Decodable { var line: Int; var role: String; var text: String }
        struct Subhead: Decodable { var line: Int; var text: String }
        struct Regions: Decodable {
            var provinces: [String]; var prefectures: [String]; var counties: [String]
            var townships: [String]; var mentioned: [String]
        }
        var kind: String
        var bodySpans: [[Int]]
        var headlineLines: [HeadlineLine]
        var bylineLine: Int?
        var byline: String
        var subheads: [Subhead]
        var regions: Regions
    }

    static func load(seeds: String, gold: String?, regions: RegionTable) throws -> [ArticleTemplate] {
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds).filter { $0.hasSuffix(".txt") }.sorted()
        guard !names.isEmpty else { throw GeneratorError("no seed pages in \(seeds)") }
        var goldPages: [String: [GoldArticle]] = [:]
        if let gold {
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            goldPages = try decoder.decode([String: [GoldArticle]].self, from: Data(contentsOf: URL(fileURLWithPath: gold)))
        }
        var templates: [ArticleTemplate] = []
        for name in names {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: (seeds as NSString).appendingPathComponent(name))))
            guard case .success(let page) = PageReader.page(source: name, bytes: bytes) else { continue }
            if let articles = goldPages[name] {
                templates += articles.compactMap { template(from: $0, page: page, regions: regions) }
            } else {
                templates += PageSegmenter().segment(page).compactMap(template(from:))
            }
        }
        guard !templates.isEmpty else { throw GeneratorError("the seed pages gave no articles") }
        return templates
    }

    private static func template(from gold: GoldArticle, page: Page, regions: RegionTable) -> ArticleTemplate? {
        var headline: [(ArticleTemplate.Role, String)] = []
        for h in gold.headlineLines {
            guard let role = ArticleTemplate.Role(rawValue: h.role) else { continue }
            let text = h.text.trimmingCharacters(in: CharacterSet(charactersIn: "# \u{3000}"))
            if !text.isEmpty { headline.append((role, text)) }
        }
        let skip = Set(gold.headlineLines.map(\.line) + (gold.bylineLine.map { [$0] } ?? []))
        let subheadLines = Set(gold.subheads.map(\.line))
        var lines: [(text: String, subhead: Bool)?] = [] // nil: a blank line
        for span in gold.bodySpans where span.count == 2 && span[0] <= span[1] {
            for n in span[0]...span[1] where !skip.contains(n) {
                let text = page.line(n).trimmingCharacters(in: .whitespaces)
                lines.append(text.isEmpty ? nil : (text, subheadLines.contains(n)))
            }
            lines.append(nil)
        }
        let (paragraphs, subheads) = paragraphs(from: lines)
        guard !paragraphs.isEmpty else { return nil }
        let r = gold.regions
        var about: [String] = []
        for p in r.provinces { if let c = regions.resolve(p, level: .province, within: []) { about.append(c) } }
        for p in r.prefectures { if let c = regions.resolve(p, level: .prefecture, within: about) { about.append(c) } }
        for p in r.counties { if let c = regions.resolve(p, level: .county, within: about) { about.append(c) } }
        for p in r.townships { if let c = regions.resolve(p, level: .township, within: about) { about.append(c) } }
        let mentioned = r.mentioned.compactMap { regions.resolve($0, level: nil, within: about) }.filter { !about.contains($0) }
        return ArticleTemplate(
            headline: headline, byline: gold.bylineLine != nil ? gold.byline : nil, paragraphs: paragraphs,
            subheads: subheads, kind: gold.kind, about: about, mentioned: mentioned
        )
    }

    private static func template(from article: Article) -> ArticleTemplate? {
        guard !article.paragraphs.isEmpty else { return nil }
        return ArticleTemplate(
            headline: article.title.isEmpty ? [] : [(.title, article.title)], byline: nil,
            paragraphs: article.paragraphs, subheads: [], kind: article.kind.rawValue, about: [], mentioned: []
        )
    }

    /// Joins broken lines into paragraphs: a blank line ends a paragraph only
    /// after a sentence end (PDF dumps also break mid-sentence); in hard-wrapped
    /// columns a short line ending a sentence ends one too.
    private static func paragraphs(from lines: [(text: String, subhead: Bool)?]) -> ([String], Set<Int>) {
        var out: [String] = []
        var subheads = Set<Int>()
        var current = ""
        let enders: Set<Character> = ["。", "！", "？", "!", "?", "”", "…", "」"]
        func flush() {
            if !current.isEmpty { out.append(current) }
            current = ""
        }
        for line in lines {
            guard let line else {
                if let last = current.last, enders.contains(last) { flush() }
                continue
            }
            if line.subhead {
                flush()
                subheads.insert(out.count)
                out.append(line.text)
                continue
            }
            current += line.text
            if line.text.count < 14, let last = line.text.last, enders.contains(last) { flush() }
        }
        flush()
        return (out, subheads)
    }
}
