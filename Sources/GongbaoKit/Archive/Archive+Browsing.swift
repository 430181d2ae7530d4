/// What a browser needs beyond queries: the region tree's parent links, names
/// and paths for display, and every facet count in one pass.
extension Archive {
    /// The nearest ancestor of region `code` in the hierarchy the archive was
    /// built with, or `nil` for a province, an unknown code, or no hierarchy.
    public func regionParent(of code: String) -> String? {
        hierarchy?.ancestors(of: code).first
    }

    /// Names from the top of the hierarchy down to `code` (`["甘肃省","平凉市","灵台县"]`);
    /// just the region's own label when the archive has no hierarchy.
    public func regionPath(of code: String) -> [String] {
        let own = label(of: EntityKey(.region, code))
        guard let hierarchy else { return [own] }
        return hierarchy.ancestors(of: code).reversed().map { hierarchy.name(of: $0) ?? label(of: EntityKey(.region, $0)) } + [own]
    }

    /// The province an article is about: the top of the path of its first
    /// `about` region (or of any region when none is `about`), or `nil`.
    public func provinceName(of article: Article) -> String? {
        let tag = article.regions.first { $0.role == .about } ?? article.regions.first
        guard let tag else { return nil }
        if let hierarchy, !tag.code.isEmpty {
            if let top = hierarchy.ancestors(of: tag.code).last { return hierarchy.name(of: top) ?? tag.path.first }
            return hierarchy.name(of: tag.code) ?? tag.name
        }
        return tag.path.first ?? tag.name
    }

    /// Every count a browser shows for the articles at `refs`, from one pass over
    /// their entities: articles per region code, and the facets of the other kinds
    /// (most frequent first, ties by label).
    public func browsingCounts(over refs: [Int]) -> BrowsingCounts {
        let counts = entityCounts(over: refs)
        var regions: [String: Int] = [:]
        var facets: [EntityKind: [Facet]] = [.org: [], .person: [], .campaign: []]
        for (id, count) in counts.enumerated() where count > 0 {
            let key = keys[id]
            if key.kind == .region {
                regions[key.value] = Int(count)
            } else {
                facets[key.kind, default: []].append(Facet(key: key, label: labels[id], count: Int(count)))
            }
        }
        for kind in facets.keys {
            facets[kind]!.sort { $0.count != $1.count ? $0.count > $1.count : $0.label < $1.label }
        }
        return BrowsingCounts(regionCounts: regions, facets: facets)
    }
}

/// Facet counts for one set of articles, as `Archive.browsingCounts(over:)` returns them.
public struct BrowsingCounts: Sendable {
    /// Articles per region code (a place counts the articles about it or any place under it).
    public var regionCounts: [String: Int]
    /// Organisations, people and campaign terms with their article counts, most frequent first.
    public var facets: [EntityKind: [Facet]]

    public init(regionCounts: [String: Int] = [:], facets: [EntityKind: [Facet]] = [:]) {
        self.regionCounts = regionCounts
        self.facets = facets
    }
}
