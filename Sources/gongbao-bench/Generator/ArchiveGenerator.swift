import Foundation
import GongbaoKit

/// Generates a realistic archive: pages of 6–12 articles made from the seed
/// articles, moved to other real places, re-dated, laid out in the styles the
/// seeds show, in dated folders (`2021/03/14/page-03.txt`), with the ground
/// truth in `truth.jsonl`. The same seed gives byte-identical output.
struct ArchiveGenerator {
    enum Style: String, Codable, CaseIterable { case markdown, plain, ocr }

    /// One line of `truth.jsonl`: a page and what it holds.
    struct PageTruth: Codable, Equatable {
        var page: String
        var date: String
        var style: Style
        var fullWidth: Bool
        var articleCount: Int
        var articles: [ArticleTruth]
    }

    /// One generated article: its expected id and title, and its places by code.
    struct ArticleTruth: Codable, Equatable {
        var id: String
        var title: String
        var kind: String
        /// First and last line (1-based) the article fills on its page.
        var lines: [Int]
        /// Codes of the places it is about (the deepest named), and their provinces.
        var about: [String]
        var provinces: [String]
        var mentioned: [String]
    }

    /// What a run wrote.
    struct Summary {
        var pages = 0
        var articles = 0
        var bytes = 0
    }

    let templates: [ArticleTemplate]
    let regions: RegionTable

    /// Writes `count` articles under `directory` (created if needed) and `truth.jsonl` beside them.
    func generate(articles count: Int, seed: UInt64, into directory: String) throws -> Summary {
        let fm = FileManager.default
        try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var rng = SplitMix64(seed: seed)
        var summary = Summary()
        var date = SimpleDate(year: 2019, month: 1, day: 1)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        var truth = Data()
        while summary.articles < count {
            let pagesToday = rng.int(4...8)
            for number in 1...pagesToday where summary.articles < count {
                var pageRng = rng.fork()
                let n = min(pageRng.int(6...12), count - summary.articles)
                let source = String(format: "%04d/%02d/%02d/page-%02d.txt", date.year, date.month, date.day, number)
                let (text, pageTruth) = page(source: source, date: date, articles: n, rng: &pageRng)
                let path = (directory as NSString).appendingPathComponent(source)
                try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                let bytes = Data(text.utf8)
                try bytes.write(to: URL(fileURLWithPath: path))
                truth.append(try encoder.encode(pageTruth))
                truth.append(0x0A)
                summary.pages += 1
                summary.articles += n
                summary.bytes += bytes.count
            }
            date = date.next()
        }
        try truth.write(to: URL(fileURLWithPath: (directory as NSString).appendingPathComponent("truth.jsonl")))
        return summary
    }

    /// The text of one page and its truth.
    func page(source: String, date: SimpleDate, articles n: Int, rng: inout SplitMix64) -> (String, PageTruth) {
        let style = rng.pick(Style.allCases)
        let fullWidth = style == .ocr || rng.chance(0.5)
        let wrap = rng.int(15...19)
        let key = String(source.dropLast(4))
        var lines: [String] = ["", ""]
        var truths: [ArticleTruth] = []
        for k in 1...n {
            var articleRng = rng.fork()
            let template = templates[articleRng.index(templates.count)]
            let rendered = render(template, date: date, style: style, fullWidth: fullWidth, wrap: wrap, rng: &articleRng)
            let first = lines.count + 1
            lines += rendered.lines
            lines += style == .plain ? ["", "", ""] : style == .ocr ? ["", ""] : [""]
            truths.append(ArticleTruth(
                id: "\(key)#\(k)", title: rendered.title, kind: template.kind,
                lines: [first, first + rendered.lines.count - 1], about: rendered.about,
                provinces: rendered.provinces, mentioned: rendered.mentioned
            ))
        }
        let truth = PageTruth(
            page: source, date: String(format: "%04d-%02d-%02d", date.year, date.month, date.day),
            style: style, fullWidth: fullWidth, articleCount: n, articles: truths
        )
        return (lines.joined(separator: "\n") + "\n", truth)
    }

    private struct Rendered {
        var lines: [String]
        var title: String
        var about: [String]
        var provinces: [String]
        var mentioned: [String]
    }

    private func render(
        _ t: ArticleTemplate, date: SimpleDate, style: Style, fullWidth: Bool, wrap: Int, rng: inout SplitMix64
    ) -> Rendered {
        // Keep the lead paragraph; drop some others so articles differ in length.
        var paragraphs: [String] = []
        for (i, p) in t.paragraphs.enumerated() where i == 0 || t.subheads.contains(i) || rng.chance(0.85) {
            paragraphs.append(p)
        }
        let original = (t.headline.map(\.text) + paragraphs).joined(separator: "\n")
        let places = PlaceSubstitution(template: t, regions: regions, text: original, rng: &rng)
        let yearShift = date.year - 2024
        func fix(_ s: String) -> String {
            Punctuation.convert(Dates.shift(places.apply(s), years: yearShift, month: date.month, maxDay: date.day, rng: &rng), fullWidth: fullWidth)
        }
        var lines: [String] = []
        var title = ""
        for (role, text) in t.headline {
            let line = fix(text)
            if role == .title { title = line }
            switch style {
            case .markdown:
                lines.append(role == .title ? "# " + line : role == .subtitle ? "## " + line : line)
            case .plain, .ocr:
                lines.append(line)
            }
            lines.append("")
        }
        if let byline = t.byline {
            lines.append(fix(byline))
            lines.append("")
        }
        for p in paragraphs {
            let text = fix(p)
            switch style {
            case .ocr:
                lines += Self.hardWrap(text, width: wrap)
            case .markdown, .plain:
                let chars = Array(text)
                if chars.count > 40, rng.chance(0.06) {
                    // A PDF break: the paragraph cut mid-sentence by a blank line.
                    let cut = rng.int(10...(chars.count - 10))
                    lines.append(String(chars[..<cut]))
                    lines.append("")
                    lines.append(String(chars[cut...]))
                } else {
                    lines.append(text)
                }
            }
            lines.append("")
        }
        if lines.last == "" { lines.removeLast() }
        let about = places.about
        var provinces: [String] = []
        for code in about {
            if let p = regions.province(of: code), !provinces.contains(p) { provinces.append(p) }
        }
        return Rendered(lines: lines, title: title, about: about, provinces: provinces.sorted(), mentioned: places.mentioned)
    }

    /// Hard-wraps `text` every `width` characters, as narrow OCR columns do.
    static func hardWrap(_ text: String, width: Int) -> [String] {
        let chars = Array(text)
        var out: [String] = []
        var i = 0
        while i < chars.count {
            out.append(String(chars[i..<min(i + width, chars.count)]))
            i += width
        }
        return out
    }
}

/// A calendar date without time zones.
struct SimpleDate: Equatable {
    var year: Int, month: Int, day: Int

    func next() -> SimpleDate {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        if day < days { return SimpleDate(year: year, month: month, day: day + 1) }
        if month < 12 { return SimpleDate(year: year, month: month + 1, day: 1) }
        return SimpleDate(year: year + 1, month: 1, day: 1)
    }
}

/// Half- and full-width punctuation, as pages print it.
enum Punctuation {
    private static let pairs: [(half: Character, full: Character)] = [
        (",", "，"), ("(", "（"), (")", "）"), (":", "："), (";", "；"), ("?", "？"), ("!", "！"),
    ]

    static func convert(_ text: String, fullWidth: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            if let pair = pairs.first(where: { fullWidth ? $0.half == c : $0.full == c }) {
                out.append(fullWidth ? pair.full : pair.half)
            } else {
                out.append(c)
            }
        }
        return out
    }
}

/// Re-dates an article: years shift with the page's year, month-day dates fall in the page's month.
enum Dates {
    static func shift(_ text: String, years: Int, month: Int, maxDay: Int, rng: inout SplitMix64) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            guard scalars[i].properties.numericType != nil, scalars[i].isASCII else {
                out.append(scalars[i]); i += 1; continue
            }
            var j = i
            while j < scalars.count, scalars[j].isASCII, ("0"..."9").contains(scalars[j]) { j += 1 }
            let digits = String(String.UnicodeScalarView(scalars[i..<j]))
            let next = j < scalars.count ? scalars[j] : " "
            var replacement = digits
            if next == "年", digits.count == 4, let y = Int(digits), (1950...2030).contains(y) {
                replacement = String(y + years)
            } else if next == "月", digits.count <= 2, let m = Int(digits), (1...12).contains(m) {
                replacement = String(month)
            } else if next == "日", digits.count <= 2, i > 0, scalars[i - 1] == "月" {
                replacement = String(rng.int(1...max(1, maxDay)))
            }
            out.append(contentsOf: replacement.unicodeScalars)
            i = j
        }
        return String(out)
    }
}
