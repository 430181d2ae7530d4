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
        // Places a group name covers (京津冀) stay: the group name stays in the text.
        var kept = Set<String>()
        for group in RegionTable.groups where text.contains(group.name) {
            for member in group.members { if let code = regions.resolve(member, level: .province, within: []) { kept.insert(code) } }
        }
        let aboutSet = Set(template.about)
        let ordered = template.about.sorted { (regions.regions[$0]?.level.depth ?? 9) < (regions.regions[$1]?.level.depth ?? 9) }
        for original in ordered {
            guard let level = regions.regions[original]?.level else { continue }
            if kept.contains(original) { mapping[original] = original; used.insert(original); continue }
            // The nearest ancestor the article is also about, already mapped.
            let ancestor = regions.ancestors(of: original).first { aboutSet.contains($0) }
            let parent = ancestor.flatMap { mapping[$0] }
            // Levels the article needs below this place: the new place must have them too.
            let needed = Set(template.about.filter { regions.ancestors(of: $0).contains(original) }.compactMap { regions.regions[$0]?.level })
            let candidates = regions.descendants(of: parent, at: level).filter { !used.contains($0) }
            var choice: String?
            for _ in 0..<30 where !candidates.isEmpty {
                let c = rng.pick(candidates)
                if needed.allSatisfy({ !regions.descendants(of: c, at: $0).isEmpty }) { choice = c; break }
            }
            // No fitting place: keep the original, so that text and truth still agree.
            let new = choice ?? original
            used.insert(new)
            mapping[original] = new
        }
        for original in template.mentioned where mapping[original] == nil {
            guard let level = regions.regions[original]?.level else { continue }
            if kept.contains(original) { mapping[original] = original; continue }
            let candidates = regions.descendants(of: nil, at: level).filter { !used.contains($0) }
            let new = candidates.isEmpty ? original : rng.pick(candidates)
            used.insert(new)
            mapping[original] = new
        }
        for (original, new) in mapping.sorted(by: { $0.key < $1.key }) where original != new {
            guard let from = regions.regions[original]?.name, let to = regions.regions[new]?.name,
                  let level = regions.regions[new]?.level else { continue }
            patterns.append((from, to))
            if let shortFrom = regions.shortForm(of: original) {
                // Short forms of provinces and prefectures are household names; a county's
                // may be an ordinary word (和平, 城关), so a county gets its full name.
                let shortTo = level <= .prefecture ? regions.shortForm(of: new) : nil
                patterns.append((shortFrom, shortTo ?? to))
            }
        }
        patterns.sort { $0.from.count != $1.from.count ? $0.from.count > $1.from.count : $0.from < $1.from }
        func named(_ code: String) -> Bool {
            guard let r = regions.regions[code] else { return false }
            return kept.contains(code) || text.contains(r.name) || (regions.shortForm(of: code).map { text.contains($0) } ?? false)
        }
        about = template.about.filter { mapping[$0] != nil && named($0) }.compactMap { mapping[$0] }
        mentioned = template.mentioned.filter { mapping[$0] != nil && named($0) }.compactMap { mapping[$0] }
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
