import ArgumentParser
import GongbaoKit

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the articles of a corpus, one per line (or as JSON Lines)."
    )

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Print JSON Lines: one object per article (format in docs/cli.md).")
    var json = false

    func run() throws {
        let articles = try corpus.loadArticles()
        let jsonLines = JSONLines()
        for article in articles {
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
