/// Reads a corpus into articles: finds the files, decodes each page, runs the pipeline.
public struct ArchiveLoader: Sendable {
    public var pipeline: ArticlePipeline

    public init(pipeline: ArticlePipeline = .standard) {
        self.pipeline = pipeline
    }

    /// All articles of the corpus under `paths`, page by page in path order.
    /// Files that cannot be read are reported through `warn` and skipped.
    public func load(paths: [String], warn: (CorpusWarning) -> Void) throws -> [Article] {
        let files = try Corpus.files(in: paths, warn: warn)
        var articles: [Article] = []
        for file in files {
            switch Corpus.read(file) {
            case .success(let page): articles += pipeline.articles(of: page)
            case .failure(let warning): warn(warning)
            }
        }
        return articles
    }
}
