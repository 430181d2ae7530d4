/// The in-memory backend: articles parsed in this process, held whole, text
/// searched by scanning (`TextSearch`). Used without an index (`--no-index`)
/// and whenever the persistent index cannot be used.
public final class MemoryArticleStore: ArticleStore {
    public let articles: [Article]
    public let entityIndex: EntityIndex
    let search: TextSearch
    let kinds: [ArticleKind]
    let positionByID: [String: Int32]

    /// Indexes `articles` (in corpus order) for queries.
    public init(articles: [Article], hierarchy: (any RegionHierarchy)?) {
        self.articles = articles
        self.entityIndex = EntityIndex(articles: articles, hierarchy: hierarchy)
        self.search = TextSearch(articles: articles)
        self.kinds = articles.map(\.kind)
        var positionByID: [String: Int32] = [:]
        positionByID.reserveCapacity(articles.count)
        for (n, article) in articles.enumerated() where positionByID[article.id] == nil {
            positionByID[article.id] = Int32(n)
        }
        self.positionByID = positionByID
    }

    public var count: Int { articles.count }
    public func article(at position: Int) -> Article { articles[position] }
    public func summary(at position: Int) -> ArticleSummary { ArticleSummary(articles[position]) }
    public func kind(at position: Int) -> ArticleKind { kinds[position] }
    public func position(ofID id: String) -> Int? { positionByID[id].map(Int.init) }

    public func textMatches(_ text: String, among: [Int]?) -> [Int] {
        search.matches(text, among: among ?? Array(articles.indices), all: among == nil)
    }
}
