extension Archive {
    /// Positions (in `articles`) of the articles matching `query`, in corpus
    /// order — or, when the query has text, headline hits first, then body hits.
    public func run(_ query: Query) -> [Int] {
        let index = entityIndex
        var candidates: [Int32]? = nil // nil: every article

        func narrow(to list: [Int32]) {
            candidates = candidates.map { intersect($0, list) } ?? list
        }

        if !query.regions.isEmpty {
            var union: [Int32] = []
            for code in query.regions {
                guard let id = index.id(of: EntityKey(.region, code)) else { continue }
                union = merge(union, query.includeMentions ? index.mentionPostings(id) : index.postings(id))
            }
            narrow(to: union)
        }
        // Smallest posting list first keeps intersections cheap.
        let lists = query.entities.map { key in index.id(of: key).map { index.postings($0) } ?? [] }
        for list in lists.sorted(by: { $0.count < $1.count }) {
            candidates = candidates.map { intersect($0, list) } ?? Array(list)
            if candidates?.isEmpty == true { return [] }
        }
        if let ids = query.onlyIDs {
            narrow(to: ids.compactMap { store.position(ofID: $0).map(Int32.init) }.sorted())
        }
        var refs: [Int] = candidates.map { $0.map(Int.init) } ?? Array(0..<store.count)
        if !query.kinds.isEmpty {
            refs = refs.filter { query.kinds.contains(store.kind(at: $0)) }
        }
        if !query.text.isEmpty {
            refs = store.textMatches(query.text, among: candidates == nil && query.kinds.isEmpty ? nil : refs)
        }
        return refs
    }

    /// Counts, for the articles at `refs`, how many carry each entity of `kind`;
    /// most frequent first, ties by label. `limit` keeps the top entries.
    public func facets(_ kind: EntityKind, over refs: [Int], limit: Int? = nil) -> [Facet] {
        facets(of: [kind], counts: entityCounts(over: refs), limit: limit)[kind] ?? []
    }

    /// Facets of every kind at once, from one counting pass over the articles
    /// at `refs` (what a browser shows after each keystroke).
    public func facets(over refs: [Int], limit: Int? = nil) -> [EntityKind: [Facet]] {
        facets(of: Set(EntityKind.allCases), counts: entityCounts(over: refs), limit: limit)
    }

    private func facets(of kinds: Set<EntityKind>, counts: [Int32], limit: Int?) -> [EntityKind: [Facet]] {
        let keys = entityIndex.keys, rank = entityIndex.labelRank
        var ids: [EntityKind: [Int]] = [:]
        for (id, count) in counts.enumerated() where count > 0 && kinds.contains(keys[id].kind) {
            ids[keys[id].kind, default: []].append(id)
        }
        var result: [EntityKind: [Facet]] = [:]
        for kind in kinds {
            var list = ids[kind] ?? []
            // Integers only: count descending, then label order (precomputed ranks).
            list.sort { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : rank[$0] < rank[$1] }
            if let limit, list.count > limit { list.removeSubrange(limit...) }
            result[kind] = list.map { Facet(key: keys[$0], label: entityIndex.labels[$0], count: Int(counts[$0])) }
        }
        return result
    }

    /// Article counts per region code for the articles at `refs` (a place counts
    /// the articles about it or about any place under it).
    public func regionCounts(over refs: [Int]) -> [String: Int] {
        let counts = entityCounts(over: refs)
        let keys = entityIndex.keys
        var result: [String: Int] = [:]
        for (id, count) in counts.enumerated() where count > 0 && keys[id].kind == .region {
            result[keys[id].value] = Int(count)
        }
        return result
    }

    /// One pass over the matching articles' flattened entity ids: O(entities in the result).
    func entityCounts(over refs: [Int]) -> [Int32] {
        var counts = [Int32](repeating: 0, count: entityIndex.keys.count)
        entityIndex.entityIDs.withUnsafeBufferPointer { ids in
            entityIndex.entityStart.withUnsafeBufferPointer { start in
                counts.withUnsafeMutableBufferPointer { c in
                    for ref in refs {
                        for i in Int(start[ref])..<Int(start[ref + 1]) { c[Int(ids[i])] += 1 }
                    }
                }
            }
        }
        return counts
    }

    /// The entities that appear most often in the same articles as `key`, excluding
    /// itself (and, for a region, its own ancestors and descendants are kept: they are informative).
    public func cooccurring(with key: EntityKey, kinds: Set<EntityKind> = Set(EntityKind.allCases), limit: Int = 10) -> [Facet] {
        guard let id = entityIndex.id(of: key) else { return [] }
        let refs = entityIndex.postings(id).map(Int.init)
        let counts = entityCounts(over: refs)
        let keys = entityIndex.keys, labels = entityIndex.labels
        var facets: [Facet] = []
        for (other, count) in counts.enumerated() where count > 0 && Int32(other) != id && kinds.contains(keys[other].kind) {
            facets.append(Facet(key: keys[other], label: labels[other], count: Int(count)))
        }
        facets.sort { $0.count != $1.count ? $0.count > $1.count : $0.label < $1.label }
        return Array(facets.prefix(limit))
    }
}

/// Intersection of two ascending lists.
func intersect<A: RandomAccessCollection<Int32>, B: RandomAccessCollection<Int32>>(_ a: A, _ b: B) -> [Int32] {
    var out: [Int32] = []
    out.reserveCapacity(min(a.count, b.count))
    var i = a.startIndex, j = b.startIndex
    while i != a.endIndex, j != b.endIndex {
        let x = a[i], y = b[j]
        if x == y { out.append(x); i = a.index(after: i); j = b.index(after: j) }
        else if x < y { i = a.index(after: i) }
        else { j = b.index(after: j) }
    }
    return out
}

/// Union of two ascending lists.
func merge<B: RandomAccessCollection<Int32>>(_ a: [Int32], _ b: B) -> [Int32] {
    if a.isEmpty { return Array(b) }
    if b.isEmpty { return a }
    var out: [Int32] = []
    out.reserveCapacity(a.count + b.count)
    var i = a.startIndex, j = b.startIndex
    while i != a.endIndex || j != b.endIndex {
        if j == b.endIndex || (i != a.endIndex && a[i] < b[j]) { out.append(a[i]); i += 1 }
        else if i == a.endIndex || b[j] < a[i] { out.append(b[j]); j = b.index(after: j) }
        else { out.append(a[i]); i += 1; j = b.index(after: j) }
    }
    return out
}
