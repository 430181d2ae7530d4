/// An archive of annotated articles with the indexes that make filtering and
/// facet counting fast: entity → articles posting lists, and per-article
/// entity lists in one flat array for counting (`EntityIndex`).
///
/// The articles come from an `ArticleStore`: in memory (`init(articles:)`),
/// or a persistent index that decodes an article only when it is asked for.
/// Every query is read-only, so an `Archive` is shared freely.
public final class Archive: Sendable {
    /// Every article, in corpus order. An article's position here is its `ArticleRef`.
    /// Elements may be decoded on access: list views use `summary(at:)`.
    public let articles: ArticleList
    /// Where the articles, entity index and text search come from.
    public let store: any ArticleStore
    /// Entity keys, postings and per-article entity lists.
    public let entityIndex: EntityIndex
    let hierarchy: (any RegionHierarchy)?
    /// Entity ids by every name they are written under: labels, canonical names, aliases.
    let idsByName: Lazy<[String: [Int32]]>

    /// Entity keys by dense id.
    public var keys: [EntityKey] { entityIndex.keys }
    /// Display labels by dense id (a region's official name; the canonical name otherwise).
    public var labels: [String] { entityIndex.labels }

    /// An archive of articles held in memory (positions are array indices).
    public convenience init(articles: [Article], hierarchy: (any RegionHierarchy)? = nil) {
        self.init(store: MemoryArticleStore(articles: articles, hierarchy: hierarchy), hierarchy: hierarchy)
    }

    /// An archive over `store`. `hierarchy` is the one the store's entity index was built with.
    public init(store: any ArticleStore, hierarchy: (any RegionHierarchy)? = nil) {
        self.store = store
        self.articles = ArticleList(store: store)
        let index = store.entityIndex
        self.entityIndex = index
        self.hierarchy = hierarchy
        self.idsByName = Lazy {
            var names: [String: Set<Int32>] = [:]
            for (name, id) in zip(index.aliasNames, index.aliasIDs) { names[name, default: []].insert(id) }
            for (id, key) in index.keys.enumerated() {
                names[index.labels[id], default: []].insert(Int32(id))
                names[key.value, default: []].insert(Int32(id))
            }
            return names.mapValues { $0.sorted() }
        }
    }

    /// Number of articles.
    public var count: Int { store.count }

    /// The headline fields of the article at `position`, without decoding its body.
    public func summary(at position: Int) -> ArticleSummary {
        store.summary(at: position)
    }

    /// The article with `id`, or `nil`.
    public func article(id: String) -> Article? {
        store.position(ofID: id).map { store.article(at: $0) }
    }

    /// Position of the article with `id` in `articles`, or `nil`.
    public func position(of id: String) -> Int? {
        store.position(ofID: id)
    }

    /// Every entity of `kind` the archive knows, with its label.
    public func entities(of kind: EntityKind) -> [(key: EntityKey, label: String)] {
        keys.indices.filter { keys[$0].kind == kind }.map { (keys[$0], labels[$0]) }
    }

    /// The display label of an entity (a region's name), or its value when unknown.
    public func label(of key: EntityKey) -> String {
        entityIndex.id(of: key).map { labels[Int($0)] } ?? key.value
    }

    /// The entities written `name` (a label, canonical name, alias or region code),
    /// of the given kinds; several when the name is shared (a person and an org).
    public func entityKeys(named name: String, kinds: Set<EntityKind> = Set(EntityKind.allCases)) -> [EntityKey] {
        (idsByName.wrapped[name] ?? []).map { keys[Int($0)] }.filter { kinds.contains($0.kind) }
    }

    /// Entities whose label contains `fragment`, most frequent first: suggestions for a name not found.
    public func entityKeys(containing fragment: String, kinds: Set<EntityKind> = Set(EntityKind.allCases), limit: Int = 8) -> [EntityKey] {
        guard !fragment.isEmpty else { return [] }
        let keys = entityIndex.keys, labels = entityIndex.labels
        return keys.indices
            .filter { kinds.contains(keys[$0].kind) && labels[$0].contains(fragment) }
            .sorted { entityIndex.postings(Int32($0)).count > entityIndex.postings(Int32($1)).count }
            .prefix(limit).map { keys[$0] }
    }

    /// Number of articles that carry `key` (about roles, for regions).
    public func articleCount(of key: EntityKey) -> Int {
        entityIndex.id(of: key).map { entityIndex.postings($0).count } ?? 0
    }
}
