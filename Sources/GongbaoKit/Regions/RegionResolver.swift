/// Turns an article's mentions into gazetteer nodes: checks what each reading
/// of a name needs (a province or prefecture named nearby for 灵台, a county for
/// a township), and picks among places sharing a name (长安区, 城关镇, 朝阳) by
/// the other places of the article and, last, the page's dominant province.
/// A name context cannot decide stays ambiguous; it is never guessed.
struct RegionResolver: Sendable {
    let lexicon: RegionLexicon

    /// What a mention came to.
    enum Reading: Sendable, Hashable {
        /// Dropped: part of a company or person name, or a reading nothing supports.
        case none
        /// One region.
        case region(Int)
        /// Several regions of a group (京津冀).
        case group([Int])
        /// Context could not decide among these.
        case ambiguous([Int])
    }

    /// Context from the rest of the page.
    struct PageContext: Sendable {
        /// The province most of the page's articles are about (a provincial paper), if any.
        var dominantProvince: Int?
    }

    private var nodes: GazetteerNodes { lexicon.gazetteer.nodes }

    /// Nodes named reliably in the article (no support needed, one reading) — the
    /// article's own anchors, before any resolution.
    func anchors(of mentions: [RegionMention]) -> [Int] {
        var result: [Int] = []
        var seen = Set<Int>()
        /// Adds `n` once (the lists are arguments: a local function capturing them made every
        /// access an exclusivity check).
        func add(_ n: Int, _ result: inout [Int], _ seen: inout Set<Int>) {
            // A short list is searched; a long one (a hostile page) is hashed.
            if result.count < 32 {
                if !result.contains(n) { result.append(n) }
                if result.count == 32 { seen = Set(result) }
            } else if seen.insert(n).inserted {
                result.append(n)
            }
        }
        for m in mentions where m.cues.isDisjoint(with: MentionCues.discard) {
            guard case .entry(let id) = m.source else { continue }
            switch lexicon.entries[Int(id)] {
            case .name(let candidates):
                var free = -1
                var freeCount = 0
                for c in candidates where c.requirement == .none {
                    if freeCount == 0 { free = Int(c.node) }
                    freeCount += 1
                }
                if freeCount == 1 { add(free, &result, &seen) }
            case .group(_, let members):
                for member in members { add(Int(member), &result, &seen) }
            case .blocker:
                break
            }
        }
        return result
    }

    /// Readings of every mention, in order.
    func resolve(_ mentions: [RegionMention], page: PageContext) -> [Reading] {
        resolve(mentions, anchors: anchors(of: mentions), page: page)
    }

    /// Readings of every mention, in order, given the article's anchors (``anchors(of:)``,
    /// which the annotator has already found to weigh the page).
    func resolve(_ mentions: [RegionMention], anchors: [Int], page: PageContext) -> [Reading] {
        var readings = [Reading](repeating: .none, count: mentions.count)
        var anchors = anchors
        // Two rounds: names resolved in the first (灵台 under 平凉市) support others in the second.
        for _ in 0..<2 {
            for (i, m) in mentions.enumerated() {
                guard m.cues.isDisjoint(with: MentionCues.discard), case .entry(let id) = m.source else { continue }
                switch lexicon.entries[Int(id)] {
                case .group(_, let members):
                    readings[i] = .group(members.map(Int.init))
                case .blocker:
                    break
                case .name(let candidates):
                    let adjacent: Int? = m.adjacentPrevious.flatMap { p in
                        if case .region(let r) = readings[p] { return r }
                        return nil
                    }
                    readings[i] = read(candidates, mention: m, adjacent: adjacent, anchors: anchors, page: page)
                }
            }
            if anchors.count + readings.count <= 64 {
                // Few enough to search (the usual article).
                for r in readings {
                    if case .region(let n) = r, !anchors.contains(n) { anchors.append(n) }
                }
            } else {
                var known = Set(anchors)
                for r in readings {
                    if case .region(let n) = r, known.insert(n).inserted { anchors.append(n) }
                }
            }
        }
        resolveBareProvinces(mentions, &readings, page: page)
        return readings
    }

    private func read(_ candidates: ArraySlice<RegionLexicon.Candidate>, mention: RegionMention, adjacent: Int?,
                      anchors: [Int], page: PageContext) -> Reading {
        if candidates.count == 1, let c = candidates.first {
            // One reading (most names): no list to make.
            let node = Int(c.node)
            if mention.cues.contains(.station) && nodes.levels[node] == .township { return .none }
            return satisfies(c.requirement, node: node, zone: mention.zone, adjacent: adjacent, anchors: anchors, page: page)
                ? .region(node) : .none
        }
        var viable: [Int] = []
        for c in candidates {
            let node = Int(c.node)
            if mention.cues.contains(.station) && nodes.levels[node] == .township { continue }
            if satisfies(c.requirement, node: node, zone: mention.zone, adjacent: adjacent, anchors: anchors, page: page) {
                viable.append(node)
            }
        }
        if viable.isEmpty { return .none }
        if viable.count == 1 { return .region(viable[0]) }

        // Several places share the name: the one closest to what else the article names.
        let scores: [Double] = viable.map { c in
            var best = 0.0
            if let a = adjacent, nodes.isAncestor(a, of: c) { best = 10 }
            for a in anchors where !viable.contains(a) || a == c {
                best = max(best, Double(closeness(c, a)))
            }
            if best == 0, let p = page.dominantProvince, nodes.isAtOrAbove(p, c) { best = 0.5 }
            return best
        }
        let top = scores.max() ?? 0
        var tied = zip(viable, scores).filter { $0.1 == top }.map(\.0)
        if top == 0 { tied = viable }
        if tied.count == 1 { return .region(tied[0]) }
        // Nested readings (吉林省 / 吉林市, 和田地区 / 和田市): the widest holds the others.
        if let widest = tied.first(where: { w in tied.allSatisfy { nodes.isAtOrAbove(w, $0) } }) {
            return .region(widest)
        }
        return .ambiguous(tied)
    }

    private func satisfies(_ requirement: RegionLexicon.Requirement, node: Int, zone: MentionZone,
                           adjacent: Int?, anchors: [Int], page: PageContext) -> Bool {
        if let a = adjacent, nodes.isAncestor(a, of: node) { return true }
        switch requirement {
        case .none:
            return true
        case .support:
            if zone == .dateline { return true }
            if anchors.contains(where: { nodes.isAtOrAbove($0, node) }) { return true }
            if let p = page.dominantProvince, nodes.isAncestor(p, of: node) { return true }
            return false
        case .localAncestor:
            return anchors.contains { a in
                nodes.levels[a] != .province && nodes.isAtOrAbove(a, node)
            } || anchors.contains { a in
                // Townships of a municipality's districts: the district is the local anchor.
                nodes.levels[a] == .county && nodes.isAncestor(a, of: node)
            }
        case .adjacentAncestor:
            // Or the same place already read right after its parent elsewhere in the article.
            return anchors.contains(node)
        }
    }

    /// How much two nodes share: 4 the same node, else the number of common levels of their lineages.
    private func closeness(_ c: Int, _ a: Int) -> Int {
        if c == a { return 4 }
        // The common levels of two lineages are the nodes of one that hold the other:
        // counted up the parent links, without making either lineage.
        var k = 0
        var j = c
        while j >= 0 {
            if nodes.isAtOrAbove(j, a) { k += 1 }
            j = Int(nodes.parents[j])
        }
        return k
    }

    /// A bare 省 body is the article's province when it names exactly one, else
    /// the page's dominant province when the article names none.
    private func resolveBareProvinces(_ mentions: [RegionMention], _ readings: inout [Reading], page: PageContext) {
        // Most articles have no bare 省: nothing to settle.
        guard mentions.contains(where: { $0.source == .bareProvince }) else { return }
        var provinces = Set<Int>()
        for (m, r) in zip(mentions, readings) where m.cues.subtracting(.affiliation).isDisjoint(with: MentionCues.passing) {
            switch r {
            case .region(let n): provinces.insert(nodes.province(of: n))
            case .group(let ns): ns.forEach { provinces.insert(nodes.province(of: $0)) }
            case .ambiguous, .none: break
            }
        }
        let province: Int?
        if provinces.count == 1 {
            province = provinces.first
        } else if provinces.isEmpty {
            province = page.dominantProvince
        } else {
            province = nil
        }
        guard let p = province else { return }
        for (i, m) in mentions.enumerated() where m.source == .bareProvince {
            readings[i] = .region(p)
        }
    }
}
