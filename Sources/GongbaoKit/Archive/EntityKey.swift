/// The kinds of entity an archive indexes and filters by.
public enum EntityKind: String, Sendable, Hashable, Codable, CaseIterable {
    case region, org, person, campaign

    /// The label the front ends show for this kind.
    public var label: String {
        switch self {
        case .region: "地区"
        case .org: "机构"
        case .person: "人物"
        case .campaign: "主题"
        }
    }
}

/// One entity, as the index knows it: a region by its 12-digit code, every
/// other kind by its canonical name.
public struct EntityKey: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var kind: EntityKind
    public var value: String

    public init(_ kind: EntityKind, _ value: String) {
        self.kind = kind
        self.value = value
    }

    public var description: String { "\(kind.rawValue):\(value)" }

    public static func < (a: EntityKey, b: EntityKey) -> Bool {
        (a.kind.rawValue, a.value) < (b.kind.rawValue, b.value)
    }
}

/// What the archive needs to know of the region hierarchy: a region's
/// ancestors (to count an article about 灵台县 under 平凉市 and 甘肃省 too),
/// and its name and level for display. The gazetteer provides it.
public protocol RegionHierarchy: Sendable {
    /// Codes of the ancestors of `code`, nearest first, pseudo-levels skipped.
    func ancestors(of code: String) -> [String]
    /// The official name of `code`, or `nil` when unknown.
    func name(of code: String) -> String?
    /// The level of `code`, or `nil` when unknown.
    func level(of code: String) -> RegionLevel?
}
