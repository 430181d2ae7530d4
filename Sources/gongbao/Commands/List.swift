import ArgumentParser
import GongbaoKit

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the articles of a corpus, one per line (or as JSON Lines).",
        discussion: "Filters combine: every option given must match."
    )

    @OptionGroup var filters: FilterOptions
    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Print JSON Lines: one object per article (format in docs/cli.md).")
    var json = false

    func run() throws {
        let archive = try corpus.loadArchive()
        let query = try filters.query(in: archive)
        let jsonLines = JSONLines()
        for ref in archive.run(query) {
            let article = archive.articles[ref]
            if json {
                Console.write(try jsonLines.line(ArticleRecord(article: article)))
            } else {
                Console.write(ArticleLine.format(article) + "\n")
            }
        }
    }
}

/// The one-line form of an article in `gongbao list`: id, kind, title (tab-separated).
enum ArticleLine {
    static func format(_ article: Article) -> String {
        [article.id, article.kind.rawValue, article.displayTitle].joined(separator: "\t")
    }
}
