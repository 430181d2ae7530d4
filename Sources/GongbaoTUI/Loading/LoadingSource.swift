import GongbaoKit

/// Where the browser's articles come from. The one seam between the browser
/// and storage: a corpus folder read through the pipeline (articles arrive in
/// batches, so the interface is usable as soon as the first pages are in), or
/// a persistent index that hands over a ready `Archive`.
public protocol LoadingSource: Sendable {
    /// A short name for the top bar (the corpus folder's name).
    var name: String { get }

    /// Loads everything, calling `deliver` with each batch in corpus order.
    /// Runs on a background thread; throws only on a failure that stops loading.
    func load(deliver: (LoadBatch) -> Void) throws
}

/// Some articles, and how far loading has come.
public struct LoadBatch: Sendable {
    /// Articles new in this batch, in corpus order.
    public var articles: [Article]
    /// Pages (files) done so far.
    public var pagesDone: Int
    /// Pages in all, once known.
    public var pagesTotal: Int?
    /// One line per file skipped in this batch.
    public var warnings: [String]
    /// A complete archive (from a persistent index): it replaces every article
    /// delivered before, and loading is done.
    public var archive: Archive?

    public init(articles: [Article], pagesDone: Int, pagesTotal: Int?, warnings: [String] = []) {
        self.articles = articles
        self.pagesDone = pagesDone
        self.pagesTotal = pagesTotal
        self.warnings = warnings
    }

    /// The whole corpus at once, as a ready archive.
    public init(archive: Archive, pagesDone: Int, pagesTotal: Int?, warnings: [String] = []) {
        self.init(articles: [], pagesDone: pagesDone, pagesTotal: pagesTotal, warnings: warnings)
        self.archive = archive
    }
}

/// Reads a corpus of page files through the article pipeline, a page at a time.
public struct CorpusLoadingSource: LoadingSource {
    public var paths: [String]
    public var pipeline: ArticlePipeline
    public let name: String

    public init(paths: [String], pipeline: ArticlePipeline = .standard) {
        self.paths = paths
        self.pipeline = pipeline
        let first = paths.first.map { path -> String in
            let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
            return trimmed.split(separator: "/").last.map(String.init) ?? trimmed
        } ?? "corpus"
        name = paths.count > 1 ? "\(first) +\(paths.count - 1)" : first
    }

    public func load(deliver: (LoadBatch) -> Void) throws {
        var warnings: [String] = []
        let files = try Corpus.files(in: paths) { warnings.append($0.description) }
        deliver(LoadBatch(articles: [], pagesDone: 0, pagesTotal: files.count, warnings: warnings))
        for (n, file) in files.enumerated() {
            switch Corpus.read(file) {
            case .success(let page):
                deliver(LoadBatch(articles: pipeline.articles(of: page), pagesDone: n + 1, pagesTotal: files.count))
            case .failure(let warning):
                deliver(LoadBatch(articles: [], pagesDone: n + 1, pagesTotal: files.count, warnings: [warning.description]))
            }
        }
    }
}
