/// The entity side of an archive, in flat arrays: entity keys by dense id,
/// entity → articles posting lists, and article → entities lists for facet
/// counting. Built from articles (`init(articles:hierarchy:)`) or loaded
/// from a persistent index (`init(validating:…)`), which is why the arrays
/// are public: a store writes and reads them as they are.
public struct EntityIndex: Sendable {
    /// Entity keys by dense id.
    public let keys: [EntityKey]
    /// Display labels by dense id (a region's official name; the canonical name otherwise).
    public let labels: [String]
    /// Rank of each id's label in label order (`<` on `String`), for cheap tie-breaking.
    public let labelRank: [Int32]
    /// Articles per entity id, ascending: those of id `e` are
    /// `postingRefs[postingStart[e]..<postingStart[e + 1]]`. Regions post an
    /// article under the region and all its ancestors, `about` roles only.
    public let postingStart: [Int32]
    public let postingRefs: [Int32]
    /// Like the postings, for regions including `mentioned` roles (other kinds: the same as postings).
    public let mentionStart: [Int32]
    public let mentionRefs: [Int32]
    /// Per-article entity ids, flattened: ids of article `i` are
    /// `entityIDs[entityStart[i]..<entityStart[i + 1]]`.
    public let entityStart: [Int32]
    public let entityIDs: [Int32]
    /// Other names entities are written under (organisation aliases), as
    /// distinct (name, id) pairs: `aliasNames[i]` names entity `aliasIDs[i]`.
    public let aliasNames: [String]
    public let aliasIDs: [Int32]

    let idOfKey: [EntityKey: Int32]

    /// Number of articles the index covers.
    public var articleCount: Int { entityStart.count - 1 }

    /// The dense id of `key`, or `nil` when no article carries it.
    public func id(of key: EntityKey) -> Int32? { idOfKey[key] }

    /// Articles carrying entity `id` (about roles for regions), ascending.
    public func postings(_ id: Int32) -> ArraySlice<Int32> {
        postingRefs[Int(postingStart[Int(id)])..<Int(postingStart[Int(id) + 1])]
    }

    /// Articles carrying region `id` in any role, ascending.
    public func mentionPostings(_ id: Int32) -> ArraySlice<Int32> {
        mentionRefs[Int(mentionStart[Int(id)])..<Int(mentionStart[Int(id) + 1])]
    }

    /// Indexes the entities of `articles` (positions are indices in the array).
    public init(articles: some Collection<Article>, hierarchy: (any RegionHierarchy)?) {
        var builder = EntityIndexBuilder(hierarchy: hierarchy)
        for article in articles { builder.add(article) }
        self = builder.finish()
    }

    /// An index from stored arrays; `nil` unless every array is consistent
    /// (lengths, ranges, ascending postings), so a damaged store never crashes a query.
    public init?(
        validating keys: [EntityKey], labels: [String], labelRank: [Int32],
        postingStart: [Int32], postingRefs: [Int32], mentionStart: [Int32], mentionRefs: [Int32],
        entityStart: [Int32], entityIDs: [Int32], aliasNames: [String] = [], aliasIDs: [Int32] = []
    ) {
        let k = keys.count
        guard aliasNames.count == aliasIDs.count, !aliasIDs.contains(where: { $0 < 0 || Int($0) >= k }) else { return nil }
        guard labels.count == k, labelRank.count == k, postingStart.count == k + 1,
              mentionStart.count == k + 1, !entityStart.isEmpty else { return nil }
        let n = Int32(entityStart.count - 1)
        func validStarts(_ starts: [Int32], total: Int) -> Bool {
            guard starts.first == 0, starts.last == Int32(exactly: total) else { return false }
            for i in 1..<starts.count where starts[i] < starts[i - 1] { return false }
            return true
        }
        guard validStarts(postingStart, total: postingRefs.count),
              validStarts(mentionStart, total: mentionRefs.count),
              validStarts(entityStart, total: entityIDs.count) else { return nil }
        func ascending(_ starts: [Int32], _ refs: [Int32]) -> Bool {
            for e in 0..<k {
                var last: Int32 = -1
                for i in Int(starts[e])..<Int(starts[e + 1]) {
                    let r = refs[i]
                    if r <= last || r >= n { return false }
                    last = r
                }
            }
            return true
        }
        guard ascending(postingStart, postingRefs), ascending(mentionStart, mentionRefs),
              !entityIDs.contains(where: { $0 < 0 || Int($0) >= k }),
              !labelRank.contains(where: { $0 < 0 || Int($0) >= k }) else { return nil }
        var idOfKey: [EntityKey: Int32] = [:]
        idOfKey.reserveCapacity(k)
        for (i, key) in keys.enumerated() {
            guard idOfKey.updateValue(Int32(i), forKey: key) == nil else { return nil }
        }
        self.init(
            keys: keys, labels: labels, labelRank: labelRank, postingStart: postingStart,
            postingRefs: postingRefs, mentionStart: mentionStart, mentionRefs: mentionRefs,
            entityStart: entityStart, entityIDs: entityIDs, aliasNames: aliasNames, aliasIDs: aliasIDs,
            idOfKey: idOfKey
        )
    }

    init(
        keys: [EntityKey], labels: [String], labelRank: [Int32], postingStart: [Int32],
        postingRefs: [Int32], mentionStart: [Int32], mentionRefs: [Int32],
        entityStart: [Int32], entityIDs: [Int32], aliasNames: [String], aliasIDs: [Int32],
        idOfKey: [EntityKey: Int32]
    ) {
        self.aliasNames = aliasNames
        self.aliasIDs = aliasIDs
        self.keys = keys
        self.labels = labels
        self.labelRank = labelRank
        self.postingStart = postingStart
        self.postingRefs = postingRefs
        self.mentionStart = mentionStart
        self.mentionRefs = mentionRefs
        self.entityStart = entityStart
        self.entityIDs = entityIDs
        self.idOfKey = idOfKey
    }
}

/// Builds an `EntityIndex` one article at a time, so a store can index a
/// corpus without holding every article.
public struct EntityIndexBuilder {
    let hierarchy: (any RegionHierarchy)?
    var keys: [EntityKey] = []
    var labels: [String] = []
    /// Entity ids by name (region: code), one table per kind: `NameTable` hashes a
    /// name's bytes once, where a `Dictionary<EntityKey, …>` normalised every name
    /// of every article on each lookup (the larger part of adding it).
    var ids = [NameTable<Int32>](repeating: NameTable(), count: EntityKind.allCases.count)
    var entityStart: [Int32] = [0]
    var entityIDs: [Int32] = []
    /// Per article, the ids among its entity ids that are `about`/other (posted) vs `mentioned` only.
    var mentionedOnly: [(article: Int32, id: Int32)] = []
    /// Per region code seen in a tag: the ids of the region and its ancestors, nearest first.
    var chains = NameTable<Int>()
    var chainIDs: [[Int32]] = []
    var aliases: [(name: String, id: Int32)] = []
    /// The aliases recorded so far, by entity id (a few per organisation: a linear look is cheapest).
    var aliasesByID: [[String]] = []
    /// Scratch lists of one article's ids, kept to reuse their storage.
    var about: [Int32] = [], mentioned: [Int32] = [], others: [Int32] = []

    public init(hierarchy: (any RegionHierarchy)?) {
        self.hierarchy = hierarchy
    }

    /// Number of articles added so far.
    public var count: Int { entityStart.count - 1 }

    private mutating func intern(_ kind: EntityKind, _ value: String, label: @autoclosure () -> String) -> Int32 {
        let id = Int32(keys.count)
        if let known = ids[Self.table(kind)].valueOrInsert(id, for: value) { return known }
        keys.append(EntityKey(kind, value))
        labels.append(label())
        return id
    }

    private static func table(_ kind: EntityKind) -> Int {
        switch kind {
        case .region: 0
        case .org: 1
        case .person: 2
        case .campaign: 3
        }
    }

    /// Ids of the region of `tag` and of its ancestors, interned on first sight
    /// (the region's label is the tag's name; an ancestor's, its official name).
    private mutating func chain(_ tag: RegionTag) -> Int {
        let index = chainIDs.count
        if let known = chains.valueOrInsert(index, for: tag.code) { return known }
        var chain = [intern(.region, tag.code, label: tag.name)]
        if let hierarchy {
            for code in hierarchy.ancestors(of: tag.code) {
                chain.append(intern(.region, code, label: hierarchy.name(of: code) ?? code))
            }
        }
        chainIDs.append(chain)
        return index
    }

    /// Adds the next article (its position is `count` before the call).
    public mutating func add(_ article: Article) {
        let ref = Int32(count)
        // A few ids per article: arrays sorted and deduplicated beat hashing into sets.
        about.removeAll(keepingCapacity: true)
        mentioned.removeAll(keepingCapacity: true)
        others.removeAll(keepingCapacity: true)
        for tag in article.regions where !tag.code.isEmpty {
            let chain = chain(tag)
            if tag.role == .about { about += chainIDs[chain] } else { mentioned += chainIDs[chain] }
        }
        for org in article.orgs {
            let id = intern(.org, org.name, label: org.name)
            others.append(id)
            while aliasesByID.count <= Int(id) { aliasesByID.append([]) }
            for alias in org.aliases where !aliasesByID[Int(id)].contains(alias) {
                aliasesByID[Int(id)].append(alias)
                aliases.append((alias, id))
            }
        }
        for person in article.persons { others.append(intern(.person, person.name, label: person.name)) }
        for term in article.campaigns { others.append(intern(.campaign, term.term, label: term.term)) }
        Self.sortUnique(&about)
        Self.sortUnique(&others)
        Self.sortUnique(&mentioned)
        entityIDs += about
        entityIDs += others
        entityStart.append(Int32(entityIDs.count))
        for id in mentioned where !about.contains(id) { mentionedOnly.append((ref, id)) }
    }

    /// Sorts `ids` and removes repeats, in place.
    private static func sortUnique(_ ids: inout [Int32]) {
        guard ids.count > 1 else { return }
        ids.sort()
        var w = 1
        for r in 1..<ids.count where ids[r] != ids[w - 1] {
            ids[w] = ids[r]
            w += 1
        }
        ids.removeLast(ids.count - w)
    }

    /// The finished index.
    public func finish() -> EntityIndex {
        let k = keys.count
        let n = count
        // Counting sort: articles are visited in order, so every list comes out ascending.
        var postingCount = [Int32](repeating: 0, count: k)
        for id in entityIDs { postingCount[Int(id)] += 1 }
        var mentionCount = postingCount
        for (_, id) in mentionedOnly { mentionCount[Int(id)] += 1 }
        let postingStart = Self.prefixSums(postingCount)
        let mentionStart = Self.prefixSums(mentionCount)
        var postingRefs = [Int32](repeating: 0, count: entityIDs.count)
        var mentionRefs = [Int32](repeating: 0, count: entityIDs.count + mentionedOnly.count)
        var pCursor = Array(postingStart.dropLast())
        var mCursor = Array(mentionStart.dropLast())
        var extra = 0
        for article in 0..<n {
            // Mentioned-only ids of this article, merged in article order with its posted ids.
            var extraEnd = extra
            while extraEnd < mentionedOnly.count, mentionedOnly[extraEnd].article == Int32(article) { extraEnd += 1 }
            for i in Int(entityStart[article])..<Int(entityStart[article + 1]) {
                let id = Int(entityIDs[i])
                postingRefs[Int(pCursor[id])] = Int32(article); pCursor[id] += 1
                mentionRefs[Int(mCursor[id])] = Int32(article); mCursor[id] += 1
            }
            for j in extra..<extraEnd {
                let id = Int(mentionedOnly[j].id)
                mentionRefs[Int(mCursor[id])] = Int32(article); mCursor[id] += 1
            }
            extra = extraEnd
        }
        var order = Array(0..<k)
        // In `String`'s order (`<`, on canonical equivalence), compared as UTF-8 bytes
        // where both labels are made of normalization-inert scalars: such a label is
        // already in normal form, whose byte order is `<`'s. `<` itself normalises
        // every non-ASCII label on every comparison (a third of this builder's time).
        let bytes = labels.map { Array($0.utf8) }
        let inert = labels.map { $0.unicodeScalars.allSatisfy(\.isNormalizationInert) }
        order.sort { a, b in
            inert[a] && inert[b] ? bytes[a].lexicographicallyPrecedes(bytes[b]) : labels[a] < labels[b]
        }
        var labelRank = [Int32](repeating: 0, count: k)
        for (rank, id) in order.enumerated() { labelRank[id] = Int32(rank) }
        return EntityIndex(
            keys: keys, labels: labels, labelRank: labelRank, postingStart: postingStart,
            postingRefs: postingRefs, mentionStart: mentionStart, mentionRefs: mentionRefs,
            entityStart: entityStart, entityIDs: entityIDs, aliasNames: aliases.map(\.name),
            aliasIDs: aliases.map(\.id),
            idOfKey: Dictionary(zip(keys, (0..<Int32(k)).map { $0 }), uniquingKeysWith: { first, _ in first })
        )
    }

    private static func prefixSums(_ counts: [Int32]) -> [Int32] {
        var out = [Int32](repeating: 0, count: counts.count + 1)
        for i in counts.indices { out[i + 1] = out[i] + counts[i] }
        return out
    }
}
