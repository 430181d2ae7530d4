import Foundation

extension Gazetteer {
    /// What a user-supplied region name denotes, for `gongbao list --region NAME`.
    ///
    /// Accepts a code (12 digits, or the significant 2/4/6/9: `620822`), an
    /// official full name (灵台县), a short form (灵台, 甘肃, 广西, 延边州, and also
    /// words the text recogniser ignores, such as 和平), or a chain of names
    /// from the top down that narrows a shared one (北京朝阳, 西安市长安区).
    ///
    /// - A full name wins over short forms that read the same.
    /// - A province's short form wins over lower units' (吉林 → 吉林省, 海南 → 海南省).
    /// - When one candidate holds all the others (和田 → 和田地区, over 和田市 and
    ///   和田县 inside it), that one is found, so filtering "at or under" it covers them all.
    /// - Otherwise several candidates give ``RegionResolution/ambiguous(_:)``
    ///   (朝阳 → 朝阳市, 朝阳县, 北京市朝阳区, 长春市朝阳区), in code order.
    public func resolve(_ name: String) -> RegionResolution {
        let query = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if query.isEmpty { return .unknown }
        if query.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            return region(code: query).map(RegionResolution.found) ?? .unknown
        }
        let candidates = candidateIndices(for: query) ?? chainIndices(for: query)
        return resolution(of: candidates)
    }

    private var aliasIndex: RegionAliasIndex {
        self === Gazetteer.shared ? .shared : RegionAliasIndex(gazetteer: self)
    }

    /// Indices of regions with this exact name or alias, after the precedence rules; `nil` if none.
    private func candidateIndices(for query: String) -> [Int]? {
        if let full = nodes.indicesByName[query] { return full.map(Int.init) }
        guard let aliased = aliasIndex.regions[query] else { return nil }
        var result = aliased.map(Int.init)
        if result.contains(where: { nodes.levels[$0] == .province }) {
            result = result.filter { nodes.levels[$0] == .province }
        }
        return Array(Set(result)).sorted()
    }

    /// 北京朝阳, 西安市长安区: split the query into known names, each narrowing the next.
    private func chainIndices(for query: String) -> [Int] {
        let chars = Array(query)
        // Longest known name at each position, left to right.
        var pieces: [[Int]] = []
        var i = 0
        while i < chars.count {
            var found: (length: Int, nodes: [Int])?
            var length = chars.count - i
            while length >= 2 {
                if let c = candidateIndices(for: String(chars[i..<(i + length)])) {
                    found = (length, c)
                    break
                }
                length -= 1
            }
            guard let f = found else { return [] }
            pieces.append(f.nodes)
            i += f.length
        }
        guard pieces.count >= 2 else { return [] }
        var current = pieces[0]
        for next in pieces.dropFirst() {
            let narrowed = next.filter { n in current.contains { nodes.isAtOrAbove($0, n) } }
            if narrowed.isEmpty { return [] }
            current = narrowed
        }
        return current
    }

    private func resolution(of candidates: [Int]) -> RegionResolution {
        let unique = Array(Set(candidates)).sorted()
        if unique.isEmpty { return .unknown }
        if unique.count == 1 { return .found(region(at: unique[0])) }
        if let widest = unique.first(where: { w in unique.allSatisfy { nodes.isAtOrAbove(w, $0) } }) {
            return .found(region(at: widest))
        }
        return .ambiguous(unique.map { region(at: $0) })
    }
}

/// Every alias and short form of the province, prefecture and county levels,
/// ordinary words included (和平 → 和平区), for names users type.
final class RegionAliasIndex: Sendable {
    static let shared = RegionAliasIndex(gazetteer: .shared)

    let regions: [String: [Int32]]

    init(gazetteer: Gazetteer) {
        let nodes = gazetteer.nodes
        var regions: [String: [Int32]] = [:]
        for i in 0..<nodes.count where nodes.levels[i] != .township {
            for (alias, _) in RegionShortForms.aliases(of: nodes.names[i], level: nodes.levels[i]) {
                regions[alias, default: []].append(Int32(i))
            }
        }
        self.regions = regions
    }
}
