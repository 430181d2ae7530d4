import GongbaoKit

/// A small fixed region hierarchy shared by the test targets: two provinces with prefectures and counties,
/// a municipality with a county directly under it, an autonomous region.
public struct TestHierarchy: RegionHierarchy {
    public init() {}

    public static let names: [String: String] = [
        "620000000000": "甘肃省", "620800000000": "平凉市", "620822000000": "灵台县",
        "620100000000": "兰州市", "620102000000": "城关区",
        "420000000000": "湖北省", "420100000000": "武汉市",
        "500000000000": "重庆市", "500235000000": "云阳县",
        "450000000000": "广西壮族自治区",
    ]
    public static let parents: [String: String] = [
        "620800000000": "620000000000", "620822000000": "620800000000",
        "620100000000": "620000000000", "620102000000": "620100000000",
        "420100000000": "420000000000", "500235000000": "500000000000",
    ]

    public func ancestors(of code: String) -> [String] {
        var out: [String] = []
        var c = code
        while let p = Self.parents[c] { out.append(p); c = p }
        return out
    }

    public func name(of code: String) -> String? { Self.names[code] }

    public func level(of code: String) -> RegionLevel? {
        guard Self.names[code] != nil else { return nil }
        return code.hasSuffix("0000000000") ? .province : code.hasSuffix("00000000") ? .prefecture : .county
    }
}
