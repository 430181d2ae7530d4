/// Where an `Archive` gets its articles, entity index and text search from.
///
/// Two backends exist: `MemoryArticleStore` (articles parsed in this process,
/// held in memory) and the persistent index in `GongbaoIndex` (a memory-mapped
/// snapshot of an SQLite-backed index, bodies decoded only when asked for).
/// The front ends only ever see an `Archive`, so another backend — a shared
/// PostgreSQL archive for a team, say — plugs in here without touching them.
///
/// Positions are 0-based, in corpus order (pages by path, articles by their
/// index on the page), and dense: `0..<count`.
public protocol ArticleStore: Sendable {
    /// Number of articles.
    var count: Int { get }

    /// The whole article at `position`: headline, credits, body, entities.
    /// May decode on every call; callers that only list articles use `summary(at:)`.
    func article(at position: Int) -> Article

    /// The headline fields of the article at `position`, cheap to get for list views.
    func summary(at position: Int) -> ArticleSummary

    /// The kind of the article at `position`, for kind filters.
    func kind(at position: Int) -> ArticleKind

    /// The position of the article with `id`, or `nil`.
    func position(ofID id: String) -> Int?

    /// The entity postings and per-article entity lists of every article.
    var entityIndex: EntityIndex { get }

    /// Positions whose headline or body contains `text` (compared after
    /// `TextNormalization.fold`): headline hits first, then body-only hits,
    /// each in ascending position order. `among`, when given, is an ascending
    /// list of positions to choose from; `nil` means every article.
    func textMatches(_ text: String, among: [Int]?) -> [Int]
}

/// The fields of an article a list view shows, without its body.
public struct ArticleSummary: Sendable, Hashable, Codable {
    public var id: String
    public var source: String
    public var index: Int
    public var kind: ArticleKind
    public var section: String
    public var kicker: String
    public var title: String
    public var subtitle: String
    public var dateline: String
    public var bylineText: String
    /// The first 30 characters of the first paragraph (what `displayTitle` falls back to).
    public var lead: String

    public init(
        id: String, source: String, index: Int, kind: ArticleKind, section: String = "",
        kicker: String = "", title: String = "", subtitle: String = "", dateline: String = "",
        bylineText: String = "", lead: String = ""
    ) {
        self.id = id
        self.source = source
        self.index = index
        self.kind = kind
        self.section = section
        self.kicker = kicker
        self.title = title
        self.subtitle = subtitle
        self.dateline = dateline
        self.bylineText = bylineText
        self.lead = lead
    }

    /// The summary of `article`.
    public init(_ article: Article) {
        self.init(
            id: article.id, source: article.source, index: article.index, kind: article.kind,
            section: article.section, kicker: article.kicker, title: article.title,
            subtitle: article.subtitle, dateline: article.dateline, bylineText: article.bylineText,
            lead: String((article.paragraphs.first ?? "").prefix(30))
        )
    }

    /// The full headline as one string, as `Article.headline` gives it.
    public var headline: String {
        [kicker, title, subtitle].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// A title to show in lists, as `Article.displayTitle` gives it.
    public var displayTitle: String {
        if !title.isEmpty { return title }
        if !kicker.isEmpty { return kicker }
        return lead
    }
}

/// The articles of an archive as a random-access collection. Elements are
/// produced by the store on access, so a persistent archive of 100,000
/// articles does not hold 100,000 bodies in memory.
public struct ArticleList: RandomAccessCollection, Sendable {
    let store: any ArticleStore

    public init(store: any ArticleStore) {
        self.store = store
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { store.count }

    public subscript(position: Int) -> Article {
        store.article(at: position)
    }
}
