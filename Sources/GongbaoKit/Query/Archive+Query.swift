extension Archive {
    /// Positions (in `articles`) of the articles matching `query`, in corpus
    /// order — or, when the query has text, headline hits first, then body hits.
    public func run(_ query: Query) -> [Int] {
        var candidates: [Int32]? = nil // nil: every article

        func narrow(to list: [Int32]) {
            candidates = candidates.map { intersect($0, list) } ?? list
        }

        if !query.regions.isEmpty {
            var union: [Int32] = []
            for code in query.regions {
                guard let id = idOfKey[EntityKey(.region, code)] else { continue }
                union = merge(union, query.includeMentions ? mentionPostings[Int(id)] : postings[Int(id)])
            }
            narrow(to: union)
        }
        // Smallest posting list first keeps intersections cheap.
        let lists = query.entities.map { key in idOfKey[key].map { postings[Int($0)] } ?? [] }
        for list in lists.sorted(by: { $0.count < $1.count }) {
            narrow(to: list)
            if candidates?.isEmpty == true { return [] }
        }
        if let ids = query.onlyIDs {
            narrow(to: ids.compactMap { articleIndexByID[$0] }.sorted())
        }
        var refs: [Int] = candidates.map { $0.map(Int.init) } ?? Array(articles.indices)
        if !query.kinds.isEmpty {
            refs = refs.filter { query.kinds.contains(articles[$0].kind) }
        }
        if !query.text.isEmpty {
            refs = search.matches(query.text, among: refs, all: candidates == nil && query.kinds.isEmpty)
        }
        return refs
    }

    /// Counts, for the articles at `refs`, how many carry each entity of `kind`;
    /// most frequent first, ties by label. `limit` keeps the top entries.
    public func facets(_ kind: EntityKind, over refs: [Int], limit: Int? = nil) -> [Facet] {
        let counts = entityCounts(over: refs)
        var facets: [Facet] = []
        for (id, count) in counts.enumerated() where count > 0 && keys[id].kind == kind {
            facets.append(Facet(key: keys[id], label: labels[id], count: Int(count)))
        }
        facets.sort { $0.count != $1.count ? $0.count > $1.count : $0.label < $1.label }
        if let limit, facets.count > limit { facets.removeSubrange(limit...) }
        return facets
    }

    /// Article counts per region code for the articles at `refs` (a place counts
    /// the articles about it or about any place under it).
    public func regionCounts(over refs: [Int]) -> [String: Int] {
        let counts = entityCounts(over: refs)
        var result: [String: Int] = [:]
        for (id, count) in counts.enumerated() where count > 0 && keys[id].kind == .region {
            result[keys[id].value] = Int(count)
        }
        return result
    }

    /// One pass over the matching articles' flattened entity ids: O(entities in the result).
    func entityCounts(over refs: [Int]) -> [Int32] {
        var counts = [Int32](repeating: 0, count: keys.count)
        entityIDs.withUnsafeBufferPointer { ids in
            entityStart.withUnsafeBufferPointer { start in
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
        guard let id = idOfKey[key] else { return [] }
        let refs = postings[Int(id)].map(Int.init)
        let counts = entityCounts(over: refs)
        var facets: [Facet] = []
        for (other, count) in counts.enumerated() where count > 0 && Int32(other) != id && kinds.contains(keys[other].kind) {
            facets.append(Facet(key: keys[other], label: labels[other], count: Int(count)))
        }
        facets.sort { $0.count != $1.count ? $0.count > $1.count : $0.label < $1.label }
        return Array(facets.prefix(limit))
    }
}

/// Intersection of two ascending lists.
func intersect(_ a: [Int32], _ b: [Int32]) -> [Int32] {
    var out: [Int32] = []
    out.reserveCapacity(min(a.count, b.count))
    var i = 0, j = 0
    while i < a.count, j < b.count {
        if a[i] == b[j] { out.append(a[i]); i += 1; j += 1 }
        else if a[i] < b[j] { i += 1 }
        else { j += 1 }
    }
    return out
}

/// Union of two ascending lists.
func merge(_ a: [Int32], _ b: [Int32]) -> [Int32] {
    if a.isEmpty { return b }
    if b.isEmpty { return a }
    var out: [Int32] = []
    out.reserveCapacity(a.count + b.count)
    var i = 0, j = 0
    while i < a.count || j < b.count {
        if j == b.count || (i < a.count && a[i] < b[j]) { out.append(a[i]); i += 1 }
        else if i == a.count || b[j] < a[i] { out.append(b[j]); j += 1 }
        else { out.append(a[i]); i += 1; j += 1 }
    }
    return out
}
