import ArgumentParser
import GongbaoKit
import TextLayout

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print one whole article, wrapped to the terminal width.",
        discussion: "ID is an article id as `gongbao list` prints it, e.g. 000_b6d46a1b74e4ecaf#3."
    )

    @Argument(help: "The article id.")
    var id: String

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Print the article as one JSON object.")
    var json = false

    @Flag(help: "Count East Asian Ambiguous characters (“ ” … —) as two columns when wrapping.")
    var ambiguousWide = false

    func run() throws {
        let articles = try corpus.loadArticles()
        guard let article = articles.first(where: { $0.id == id }) else {
            let hint = articles.first.map { " (ids look like \($0.id); `gongbao list` prints them)" } ?? ""
            throw UserError(message: "no article with id \(id)\(hint)")
        }
        if json {
            Console.write(try JSONLines().line(ArticleRecord(article: article)))
            return
        }
        let columns = Console.terminalColumns
        let wrapper = TextWrapper(width: DisplayWidth(ambiguousWide: ambiguousWide))
        for line in ArticleText.lines(of: article) {
            if let columns, !line.isEmpty {
                for wrapped in wrapper.wrap(line, columns: columns) { Console.write(wrapped + "\n") }
            } else {
                Console.write(line + "\n")
            }
        }
    }
}

/// The plain-text form of a whole article: headline block, credits, body.
enum ArticleText {
    static func lines(of a: Article) -> [String] {
        var out: [String] = []
        if !a.section.isEmpty { out.append("【\(a.section)】") }
        if !a.kicker.isEmpty { out.append(a.kicker) }
        if !a.title.isEmpty { out.append(a.title) }
        if !a.subtitle.isEmpty { out += a.subtitle.split(separator: "\n").map(String.init) }
        var meta: [String] = []
        if !a.dateline.isEmpty { meta.append(a.dateline) }
        if !a.bylineText.isEmpty { meta.append(a.bylineText) }
        if !meta.isEmpty { out.append(meta.joined(separator: "  ")) }
        let spans = a.lines.map { $0.start == $0.end ? "\($0.start)" : "\($0.start)–\($0.end)" }
        out.append("\(a.source) · \(a.kind.rawValue) · lines \(spans.joined(separator: ", "))")
        if !a.regions.isEmpty {
            out.append("地区: " + a.regions.map { $0.path.joined(separator: "›") }.joined(separator: "  "))
        }
        out.append("")
        for box in a.boxes {
            out.append("【\(box.label)】\(box.text)")
            out.append("")
        }
        for p in a.paragraphs {
            out.append(p)
            out.append("")
        }
        if out.last == "" { out.removeLast() }
        return out
    }
}
