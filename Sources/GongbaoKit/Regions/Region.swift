/// Whether a gazetteer entry is a current official division.
public enum RegionStatus: String, Sendable, Hashable, Codable {
    /// In the Ministry of Civil Affairs table (2025-12-31).
    case current
    /// Abolished since the NBS 2023 edition but still named by older pages (重庆's 江北区, 渝北区).
    case abolished
    /// Coded by NBS though not an official division (大兴安岭's 加格达奇区 and its three siblings).
    case unofficial
}

/// One administrative division of the official hierarchy.
public struct Region: Sendable, Hashable, Identifiable, CustomStringConvertible {
    /// The 12-digit code (`620822000000`).
    public let code: String
    /// The official full name (灵台县).
    public let name: String
    public let level: RegionLevel
    /// The code of the region it hangs on, `nil` for a province. It can skip a level:
    /// 北京's districts and 湖北's 仙桃市 hang on the province, 东莞's towns on the prefecture.
    public let parentCode: String?
    public let status: RegionStatus

    public var id: String { code }

    public init(code: String, name: String, level: RegionLevel, parentCode: String?, status: RegionStatus = .current) {
        self.code = code
        self.name = name
        self.level = level
        self.parentCode = parentCode
        self.status = status
    }

    public var description: String { "\(name) (\(code))" }
}

/// What a user-supplied region name (`gongbao list --region NAME`) denotes.
public enum RegionResolution: Sendable, Hashable {
    /// Exactly one region.
    case found(Region)
    /// Several regions share the name; the caller should ask for a fuller one.
    case ambiguous([Region])
    /// No region has this name, short form or code.
    case unknown

    /// The region when the name was unambiguous.
    public var region: Region? {
        if case .found(let r) = self { return r }
        return nil
    }

    /// Every region the name could denote: one, several or none.
    public var candidates: [Region] {
        switch self {
        case .found(let r): [r]
        case .ambiguous(let rs): rs
        case .unknown: []
        }
    }
}
