/// Whether an article is about a place or names it only in passing.
public enum RegionRole: String, Sendable, Hashable, Codable {
    /// Where the story happens or the organisation it reports on is based.
    case about
    /// Named in passing: a destination, a comparison, a filing city.
    case mentioned
}

/// The administrative level of a region.
public enum RegionLevel: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case province, prefecture, county, township

    public var depth: Int {
        switch self {
        case .province: 0
        case .prefecture: 1
        case .county: 2
        case .township: 3
        }
    }

    public static func < (a: RegionLevel, b: RegionLevel) -> Bool { a.depth < b.depth }
}

/// A region an article carries, resolved to the official hierarchy.
public struct RegionTag: Sendable, Hashable, Codable {
    /// Official full name (灵台县).
    public var name: String
    /// 12-digit official code (`620822000000`); `""` when the name stayed ambiguous.
    public var code: String
    public var level: RegionLevel
    /// Names from the province down to this region (`["甘肃省","平凉市","灵台县"]`), no pseudo-levels.
    public var path: [String]
    public var role: RegionRole
    /// How many times the article names it.
    public var count: Int
    /// Codes of the places the name could denote when context could not decide; empty when resolved.
    public var candidates: [String]

    public init(
        name: String, code: String, level: RegionLevel, path: [String],
        role: RegionRole, count: Int, candidates: [String] = []
    ) {
        self.name = name
        self.code = code
        self.level = level
        self.path = path
        self.role = role
        self.count = count
        self.candidates = candidates
    }

    enum CodingKeys: String, CodingKey { case name, code, level, path, role, count, candidates }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        code = try c.decode(String.self, forKey: .code)
        level = try c.decode(RegionLevel.self, forKey: .level)
        path = try c.decode([String].self, forKey: .path)
        role = try c.decode(RegionRole.self, forKey: .role)
        count = try c.decode(Int.self, forKey: .count)
        candidates = try c.decodeIfPresent([String].self, forKey: .candidates) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(code, forKey: .code)
        try c.encode(level, forKey: .level)
        try c.encode(path, forKey: .path)
        try c.encode(role, forKey: .role)
        try c.encode(count, forKey: .count)
        if !candidates.isEmpty { try c.encode(candidates, forKey: .candidates) }
    }
}

/// The kind of an organisation.
public enum OrgKind: String, Sendable, Hashable, Codable {
    /// 总工会, 工会: trade-union bodies at any level, industry and enterprise unions.
    case union
    /// Companies and groups: …有限公司, …集团, …供电公司.
    case company
    /// Government bodies: …厅, …局, 人民政府.
    case government
    /// Schools, colleges, centres and other institutions.
    case institution
}

/// An organisation an article names, under one canonical name.
public struct OrgTag: Sendable, Hashable, Codable {
    /// Canonical name (甘肃省总工会).
    public var name: String
    public var kind: OrgKind
    /// Other forms seen in the article (甘肃省总).
    public var aliases: [String]
    public var count: Int

    public init(name: String, kind: OrgKind, aliases: [String] = [], count: Int = 1) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.count = count
    }
}

/// A person an article names, with the role it gives them there.
public struct PersonTag: Sendable, Hashable, Codable {
    public var name: String
    /// Title, occupation or credit role in this article (常务副主席, 外卖配送员, reporter), or `""`.
    public var role: String
    public var count: Int

    public init(name: String, role: String = "", count: Int = 1) {
        self.name = name
        self.role = role
        self.count = count
    }
}

/// A quoted programme, campaign, slogan or brand term (县级工会加强年, 五强).
public struct CampaignTag: Sendable, Hashable, Codable {
    public var term: String
    public var count: Int

    public init(term: String, count: Int = 1) {
        self.term = term
        self.count = count
    }
}

/// What a figure measures.
public enum FigureKind: String, Sendable, Hashable, Codable {
    case money, people, percent, count, other
}

/// A number reported in an article, normalised, with the original text.
public struct Figure: Sendable, Hashable, Codable {
    /// As printed (`4.2万多人次`).
    public var text: String
    /// Normalised value in base units (`42000`).
    public var value: Double
    /// Base unit (`元`, `人次`, `%`, `项`).
    public var unit: String
    public var kind: FigureKind
    /// What it counts, where the text says (`工作补助奖励`), or `""`.
    public var subject: String

    public init(text: String, value: Double, unit: String, kind: FigureKind, subject: String = "") {
        self.text = text
        self.value = value
        self.unit = unit
        self.kind = kind
        self.subject = subject
    }
}
