/// A filter over an archive. Every part narrows the result; an empty query matches everything.
public struct Query: Sendable, Hashable, Codable {
    /// Region codes; an article matches when it is about any of them or a place under one (OR).
    public var regions: [String]
    /// Whether `regions` also match articles that only mention the place.
    public var includeMentions: Bool
    /// Entities every matching article carries (AND). Region keys here are ANDed too.
    public var entities: [EntityKey]
    /// Characters that must occur in the headline or body (no word splitting: Chinese has no spaces).
    public var text: String
    /// Allowed kinds; empty means every kind.
    public var kinds: Set<ArticleKind>
    /// When set, only these article ids (for example the bookmarks).
    public var onlyIDs: Set<String>?

    public init(
        regions: [String] = [], includeMentions: Bool = false, entities: [EntityKey] = [],
        text: String = "", kinds: Set<ArticleKind> = [], onlyIDs: Set<String>? = nil
    ) {
        self.regions = regions
        self.includeMentions = includeMentions
        self.entities = entities
        self.text = text
        self.kinds = kinds
        self.onlyIDs = onlyIDs
    }

    public var isEmpty: Bool {
        regions.isEmpty && entities.isEmpty && text.isEmpty && kinds.isEmpty && onlyIDs == nil
    }
}

/// An entity with the number of matching articles that carry it.
public struct Facet: Sendable, Hashable {
    public var key: EntityKey
    public var label: String
    public var count: Int

    public init(key: EntityKey, label: String, count: Int) {
        self.key = key
        self.label = label
        self.count = count
    }
}
