import GongbaoKit

/// Moves an article to other real places: every place it is about is mapped
/// to a random place of the same level under the mapped parent (province →
/// prefecture → county → township), every place it mentions to a random place
/// of the same level, and each original full and short name is replaced by
/// the new one in one left-to-right pass (longest name first), consistently
/// within the article.
struct PlaceSubstitution {
    /// Original code → new code.
    private(set) var mapping: [String: String] = [:]
    private var patterns: [(from: String, to: String)] = []
    /// New codes of the places the article is about / mentions, that its text names.
    private(set) var about: [String] = []
    private(set) var mentioned: [String] = []

    init(template: ArticleTemplate, regions: RegionTable, text: String, rng: inout SplitMix64) {
        var used = Set<String>()
        let aboutSet = Set(template.about)
        let ordered = template.about.sorted { (regions.regions[$0]?.level.depth ?? 9) < (regions.regions[$1]?.level.depth ?? 9) }
        for original in ordered {
            guard let level = regions.regions[original]?.level else { continue }
            // The nearest ancestor the article is also about, already mapped.
            let parent = regions.ancestors(of: original).first { aboutSet.contains($0) }.flatMap { mapping[$0] }
            let deepest = Self.deepestLevel(below: original, in: template.about, regions: regions)
            var choice: String?
            for _ in 0..<20 {
                let candidates = regions.descendants(of: parent, at: level).filter { !used.contains($0) }
                guard !candidates.isEmpty else { break }
                let c = rng.pick(candidates)
                // A province or prefecture must have places at the deepest level the article needs.
                if let deepest, deepest > level, regions.descendants(of: c, at: deepest).isEmpty { continue }
                choice = c
                break
            }
            guard let choice else { continue }
            used.insert(choice)
            mapping[original] = choice
        }
        for original in template.mentioned where mapping[original] == nil {
            guard let level = regions.regions[original]?.level else { continue }
            let candidates = regions.descendants(of: nil, at: level)
            guard !candidates.isEmpty else { continue }
            var c = rng.pick(candidates)
            if used.contains(c) { c = rng.pick(candidates) }
            guard !used.contains(c) else { continue }
            used.insert(c)
            mapping[original] = c
        }
        for (original, new) in mapping.sorted(by: { $0.key < $1.key }) {
            guard let from = regions.regions[original]?.name, let to = regions.regions[new]?.name else { continue }
            patterns.append((from, to))
            if let shortFrom = regions.shortForm(of: original), shortFrom != from {
                patterns.append((shortFrom, regions.shortForm(of: new) ?? to))
            }
        }
        patterns.sort { $0.from.count != $1.from.count ? $0.from.count > $1.from.count : $0.from < $1.from }
        func named(_ code: String) -> Bool {
            guard let r = regions.regions[code] else { return false }
            return text.contains(r.name) || (regions.shortForm(of: code).map { text.contains($0) } ?? false)
        }
        about = template.about.filter { mapping[$0] != nil && named($0) }.compactMap { mapping[$0] }
        mentioned = template.mentioned.filter { mapping[$0] != nil && named($0) }.compactMap { mapping[$0] }
    }

    private static func deepestLevel(below code: String, in about: [String], regions: RegionTable) -> RegionLevel? {
        about.filter { regions.ancestors(of: $0).contains(code) }.compactMap { regions.regions[$0]?.level }.max()
    }

    /// `text` with every original place name replaced.
    func apply(_ text: String) -> String {
        guard !patterns.isEmpty else { return text }
        let firsts = Set(patterns.compactMap { $0.from.unicodeScalars.first })
        let scalars = Array(text.unicodeScalars)
        let compiled = patterns.map { (Array($0.from.unicodeScalars), $0.to) }
        var out = String.UnicodeScalarView()
        var i = 0
        outer: while i < scalars.count {
            if firsts.contains(scalars[i]) {
                for (from, to) in compiled where i + from.count <= scalars.count && scalars[i..<i + from.count].elementsEqual(from) {
                    out.append(contentsOf: to.unicodeScalars)
                    i += from.count
                    continue outer
                }
            }
            out.append(scalars[i])
            i += 1
        }
        return String(out)
    }
}
