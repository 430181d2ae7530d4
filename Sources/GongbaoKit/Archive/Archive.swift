/// An in-memory archive of annotated articles with the indexes that make
/// filtering and facet counting fast: entity → articles posting lists, and
/// per-article entity lists in one flat array for counting.
///
/// Build it once from the articles (from the pipeline or a store); every
/// query afterwards is read-only, so an `Archive` is shared freely.
public final class Archive: Sendable {
    /// Every article, in corpus order. An article's position here is its `ArticleRef`.
    public let articles: [Article]
    /// Entity keys by dense id.
    public let keys: [EntityKey]
    /// Display labels by dense id (a region's official name; the canonical name otherwise).
    public let labels: [String]

    let idOfKey: [EntityKey: Int32]
    /// Articles per entity id, ascending. Regions post an article under the
    /// region and all its ancestors, `about` roles only.
    let postings: [[Int32]]
    /// Articles per region id including `mentioned` roles (and ancestors).
    let mentionPostings: [[Int32]]
    /// Per-article entity ids, flattened: ids of article `i` are
    /// `entityIDs[entityStart[i]..<entityStart[i + 1]]`.
    let entityStart: [Int32]
    let entityIDs: [Int32]
    let articleIndexByID: [String: Int32]
    /// Entity ids by every name they are written under: labels, canonical names, aliases.
    let idsByName: [String: [Int32]]
    let search: TextSearch
    let hierarchy: (any RegionHierarchy)?

    public init(articles: [Article], hierarchy: (any RegionHierarchy)? = nil) {
        self.articles = articles
        self.hierarchy = hierarchy
        var keys: [EntityKey] = []
        var labels: [String] = []
        var idOfKey: [EntityKey: Int32] = [:]
        var postings: [[Int32]] = []
        var mentionPostings: [[Int32]] = []
        var entityStart: [Int32] = [0]
        var entityIDs: [Int32] = []
        var articleIndexByID: [String: Int32] = [:]
        articleIndexByID.reserveCapacity(articles.count)
        var idsByName: [String: Set<Int32>] = [:]

        func intern(_ key: EntityKey, label: @autoclosure () -> String) -> Int32 {
            if let id = idOfKey[key] { return id }
            let id = Int32(keys.count)
            keys.append(key)
            labels.append(label())
            idOfKey[key] = id
            postings.append([])
            mentionPostings.append([])
            return id
        }

        for (n, article) in articles.enumerated() {
            let ref = Int32(n)
            articleIndexByID[article.id] = ref
            var about = Set<Int32>()
            var mentioned = Set<Int32>()
            var others = Set<Int32>()
            for tag in article.regions where !tag.code.isEmpty {
                var chain = [(tag.code, tag.name, tag.level)]
                if let hierarchy {
                    for code in hierarchy.ancestors(of: tag.code) {
                        chain.append((code, hierarchy.name(of: code) ?? code, hierarchy.level(of: code) ?? .province))
                    }
                } else {
                    // Without a hierarchy, the tag's own path still names the ancestors for display;
                    // codes are unknown, so only the region itself is indexed.
                }
                for (code, name, _) in chain {
                    let id = intern(EntityKey(.region, code), label: name)
                    if tag.role == .about { about.insert(id) } else { mentioned.insert(id) }
                }
            }
            for org in article.orgs {
                let id = intern(EntityKey(.org, org.name), label: org.name)
                others.insert(id)
                for alias in org.aliases { idsByName[alias, default: []].insert(id) }
            }
            for person in article.persons { others.insert(intern(EntityKey(.person, person.name), label: person.name)) }
            for term in article.campaigns { others.insert(intern(EntityKey(.campaign, term.term), label: term.term)) }

            for id in about { postings[Int(id)].append(ref); mentionPostings[Int(id)].append(ref) }
            for id in mentioned.subtracting(about) { mentionPostings[Int(id)].append(ref) }
            for id in others { postings[Int(id)].append(ref) }
            entityIDs += about.sorted()
            entityIDs += others.sorted()
            entityStart.append(Int32(entityIDs.count))
        }
        for (id, key) in keys.enumerated() {
            idsByName[labels[id], default: []].insert(Int32(id))
            idsByName[key.value, default: []].insert(Int32(id))
        }
        self.idsByName = idsByName.mapValues { $0.sorted() }
        self.keys = keys
        self.labels = labels
        self.idOfKey = idOfKey
        self.postings = postings
        self.mentionPostings = mentionPostings
        self.entityStart = entityStart
        self.entityIDs = entityIDs
        self.articleIndexByID = articleIndexByID
        self.search = TextSearch(articles: articles)
    }

    /// The article with `id`, or `nil`.
    public func article(id: String) -> Article? {
        articleIndexByID[id].map { articles[Int($0)] }
    }

    /// Position of the article with `id` in `articles`, or `nil`.
    public func position(of id: String) -> Int? {
        articleIndexByID[id].map(Int.init)
    }

    /// Every entity of `kind` the archive knows, with its label.
    public func entities(of kind: EntityKind) -> [(key: EntityKey, label: String)] {
        keys.indices.filter { keys[$0].kind == kind }.map { (keys[$0], labels[$0]) }
    }

    /// The display label of an entity (a region's name), or its value when unknown.
    public func label(of key: EntityKey) -> String {
        idOfKey[key].map { labels[Int($0)] } ?? key.value
    }

    /// The entities written `name` (a label, canonical name, alias or region code),
    /// of the given kinds; several when the name is shared (a person and an org).
    public func entityKeys(named name: String, kinds: Set<EntityKind> = Set(EntityKind.allCases)) -> [EntityKey] {
        (idsByName[name] ?? []).map { keys[Int($0)] }.filter { kinds.contains($0.kind) }
    }

    /// Entities whose label contains `fragment`, most frequent first: suggestions for a name not found.
    public func entityKeys(containing fragment: String, kinds: Set<EntityKind> = Set(EntityKind.allCases), limit: Int = 8) -> [EntityKey] {
        guard !fragment.isEmpty else { return [] }
        return keys.indices
            .filter { kinds.contains(keys[$0].kind) && labels[$0].contains(fragment) }
            .sorted { postings[$0].count > postings[$1].count }
            .prefix(limit).map { keys[$0] }
    }

    /// Number of articles that carry `key` (about roles, for regions).
    public func articleCount(of key: EntityKey) -> Int {
        idOfKey[key].map { postings[Int($0)].count } ?? 0
    }
}
