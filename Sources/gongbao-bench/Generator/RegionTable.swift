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

    /// The form papers write without the administrative suffix, or `nil` when
    /// none is safe (a one-character remainder, autonomous prefectures and counties).
    func shortForm(of code: String) -> String? {
        guard let r = regions[code] else { return nil }
        let name = r.name
        let special = ["内蒙古自治区": "内蒙古", "广西壮族自治区": "广西", "西藏自治区": "西藏",
                       "宁夏回族自治区": "宁夏", "新疆维吾尔自治区": "新疆", "香港特别行政区": "香港", "澳门特别行政区": "澳门"]
        if let s = special[name] { return s }
        if name.hasSuffix("自治州") || name.hasSuffix("自治县") || name.hasSuffix("自治旗") { return nil }
        for suffix in ["地区", "省", "市", "县", "区", "盟", "旗", "镇", "乡"] where name.hasSuffix(suffix) {
            let short = String(name.dropLast(suffix.count))
            return short.count >= 2 ? short : nil
        }
        return nil
    }

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
