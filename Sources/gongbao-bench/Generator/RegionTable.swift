import Foundation
import GongbaoKit

/// The gazetteer as the generator needs it: every region with its parent and
/// children, lookups by name, and the short forms newspapers write (甘肃, 平凉, 灵台).
struct RegionTable: Sendable {
    struct Region: Sendable {
        var code: String
        var name: String
        var level: RegionLevel
        var parent: String?
    }

    private(set) var regions: [String: Region] = [:]
    private(set) var children: [String: [String]] = [:]
    private(set) var byName: [String: [String]] = [:]
    private(set) var provinces: [String] = []
    private(set) var byLevel: [RegionLevel: [String]] = [:]

    /// Reads `regions.tsv` (code, name, level, parent_code; one header line).
    init(tsv: String) throws {
        for line in tsv.split(separator: "\n").dropFirst() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 3, let level = RegionLevel(rawValue: f[2]) else { continue }
            let parent = f.count > 3 && !f[3].isEmpty ? f[3] : nil
            regions[f[0]] = Region(code: f[0], name: f[1], level: level, parent: parent)
            byName[f[1], default: []].append(f[0])
            if let parent { children[parent, default: []].append(f[0]) } else { provinces.append(f[0]) }
        }
        guard !provinces.isEmpty else { throw GeneratorError("gazetteer has no provinces") }
        for (code, r) in regions { byLevel[r.level, default: []].append(code) }
        for level in byLevel.keys { byLevel[level]!.sort() }
    }

    /// The gazetteer file: `path` when given, else the first that exists of the usual places.
    static func load(path: String?) throws -> RegionTable {
        let candidates = path.map { [$0] } ?? [
            "data/regions.tsv", "Sources/GongbaoKit/Resources/regions.tsv", "Sources/GongbaoKit/Gazetteer/regions.tsv",
            "Resources/regions.tsv", "../shared/data/regions.tsv", "/work/shared/data/regions.tsv",
        ]
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate) {
            return try RegionTable(tsv: String(contentsOfFile: candidate, encoding: .utf8))
        }
        throw GeneratorError("no gazetteer found (tried \(candidates.joined(separator: ", "))); pass --gazetteer PATH")
    }

    func ancestors(of code: String) -> [String] {
        var out: [String] = []
        var c = regions[code]?.parent
        while let p = c { out.append(p); c = regions[p]?.parent }
        return out
    }

    func province(of code: String) -> String? {
        regions[code]?.parent == nil ? (regions[code] != nil ? code : nil) : ancestors(of: code).last
    }

    /// Regions at `level` under `ancestor` (anywhere when `nil`).
    func descendants(of ancestor: String?, at level: RegionLevel) -> [String] {
        guard let ancestor else { return byLevel[level] ?? [] }
        var out: [String] = []
        var stack = children[ancestor] ?? []
        while let c = stack.popLast() {
            guard let r = regions[c] else { continue }
            if r.level == level { out.append(c) } else if r.level < level { stack += children[c] ?? [] }
        }
        return out.sorted()
    }

    /// The form papers write without the administrative suffix or ethnic
    /// designation (甘肃, 广西, 延边, 灵台), or `nil` when it would be shorter
    /// than two characters.
    func shortForm(of code: String) -> String? {
        guard let r = regions[code] else { return nil }
        var name = r.name
        let special = ["内蒙古自治区": "内蒙古", "广西壮族自治区": "广西", "西藏自治区": "西藏",
                       "宁夏回族自治区": "宁夏", "新疆维吾尔自治区": "新疆", "香港特别行政区": "香港", "澳门特别行政区": "澳门"]
        if let s = special[name] { return s }
        var stripped = false
        for suffix in ["自治州", "自治县", "自治旗"] where name.hasSuffix(suffix) {
            name = Self.strippingEthnicNames(String(name.dropLast(suffix.count)))
            stripped = true
        }
        if !stripped {
            for suffix in ["地区", "省", "市", "县", "区", "盟", "旗", "镇", "乡"] where name.hasSuffix(suffix) {
                name = String(name.dropLast(suffix.count))
                break
            }
        }
        return name.count >= 2 && name != r.name ? name : nil
    }

    /// `name` without trailing ethnic designations (延边朝鲜族 → 延边, 黔东南苗族侗族 → 黔东南).
    static func strippingEthnicNames(_ name: String) -> String {
        var rest = name
        var changed = true
        while changed {
            changed = false
            for token in ethnicTokens where rest.hasSuffix(token) && rest.count - token.count >= 2 {
                rest = String(rest.dropLast(token.count))
                changed = true
                break
            }
        }
        return rest
    }

    private static let ethnicTokens: [String] = {
        let names = """
            蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 \
            景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 \
            保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺
            """.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        return (names.map { $0 + "族" } + names.filter { $0.count >= 2 }).sorted { $0.count > $1.count }
    }()

    /// Names for several provinces at once that pages use (京津冀); the generator keeps their members in place.
    static let groups: [(name: String, members: [String])] = [
        ("京津冀", ["北京市", "天津市", "河北省"]), ("京津", ["北京市", "天津市"]), ("川渝", ["四川省", "重庆市"]),
        ("江浙沪", ["江苏省", "浙江省", "上海市"]), ("苏浙沪", ["江苏省", "浙江省", "上海市"]),
        ("粤港澳", ["广东省", "香港特别行政区", "澳门特别行政区"]), ("港澳", ["香港特别行政区", "澳门特别行政区"]),
        ("两广", ["广东省", "广西壮族自治区"]), ("两湖", ["湖北省", "湖南省"]), ("东北三省", ["辽宁省", "吉林省", "黑龙江省"]),
        ("陕甘宁", ["陕西省", "甘肃省", "宁夏回族自治区"]), ("珠三角", ["广东省"]), ("长三角", ["上海市", "江苏省", "浙江省"]),
    ]

    /// The code of `name` at `level`, preferring one under `within` (any of those codes).
    func resolve(_ name: String, level: RegionLevel?, within: [String]) -> String? {
        let codes = (byName[name] ?? []).filter { level == nil || regions[$0]?.level == level }
        if codes.count <= 1 { return codes.first }
        let scope = Set(within)
        return codes.first { c in ancestors(of: c).contains(where: scope.contains) } ?? codes.sorted().first
    }
}

/// A generator failure the user can act on.
struct GeneratorError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

extension RegionTable: RegionHierarchy {
    func name(of code: String) -> String? { regions[code]?.name }
    func level(of code: String) -> RegionLevel? { regions[code]?.level }
}
