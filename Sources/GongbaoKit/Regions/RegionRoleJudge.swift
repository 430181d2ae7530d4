/// Decides, for each place an article names, whether the article is about it
/// or names it in passing, and writes the article's ``RegionTag``s.
///
/// A place is *about* when the headline names it, a union or government body
/// of it acts in the story (甘肃省总工会, 会昌县委宣传部), or the dateline names it
/// and the story neither happens elsewhere nor is national (全国…). Those places give the article its
/// focus provinces; any other place named plainly (not as a destination, an
/// aside in brackets or a person's workplace) is about too when it lies in a
/// focus province, or when the article has no focus at all. Everything else
/// is *mentioned*. A place first named as a person's workplace or home
/// (全国人大代表、云南省总工会主席王树芬) stays mentioned unless a headline names it.
struct RegionRoleJudge: Sendable {
    let gazetteer: Gazetteer
    private var nodes: GazetteerNodes { gazetteer.nodes }

    private struct Evidence {
        var count = 0
        var firstOrder = Int.max
        var surface: Range<Int32> = 0..<0
        var headline = false
        var dateline = false
        var actingBody = false
        var plain = false
        var firstBodyOrder = Int.max
        var firstBodyIsAffiliation = false
        /// Named as someone's workplace (and in no other passing way).
        var asWorkplace = false

        mutating func add(_ m: RegionMention) {
            count += 1
            if m.order < firstOrder { firstOrder = m.order; surface = m.surface }
            switch m.zone {
            case .headline:
                // A headline's destination or aside is still only in passing (开往温州的专列).
                if m.cues.isDisjoint(with: MentionCues.passing) {
                    headline = true
                    plain = true
                }
            case .dateline:
                dateline = true
            case .byline:
                break
            case .body:
                if m.order < firstBodyOrder {
                    firstBodyOrder = m.order
                    firstBodyIsAffiliation = m.cues.contains(.affiliation)
                }
                if m.cues.isDisjoint(with: MentionCues.passing) {
                    plain = true
                    if !m.cues.isDisjoint(with: MentionCues.body) { actingBody = true }
                } else if m.cues.subtracting(.affiliation).isDisjoint(with: MentionCues.passing) {
                    asWorkplace = true
                }
            }
        }

        /// First named as a person's workplace and never in a headline: that
        /// person's home, unless a body of it also acts in the story and it lies
        /// in the story's focus (set by the judge).
        var isPersonalHome = false
        /// The province the place lies in, and whether the place is where the story is (set by
        /// the judge: fields of the record rather than arrays beside it, made for every article).
        var province = 0
        var strong = false
    }

    /// - Parameter national: the item is national in scope (全国… in its headline or lead).
    /// - Parameter surfaces: the buffer the mentions' surfaces index (``RegionMentionFinder/Reading/surfaces``).
    func tags(_ mentions: [RegionMention], _ readings: [RegionResolver.Reading], national: Bool = false,
              surfaces: [Unicode.Scalar]) -> [RegionTag] {
        // The places named, in order of first reading, with their evidence, in parallel arrays
        // (an article names a few places: searching a short list beats hashing; a long list,
        // on a hostile page, is indexed).
        var keys: [Int] = []
        var evidence: [Evidence] = []
        var index: [Int: Int] = [:]
        var byAmbiguity: [[Int]: Evidence] = [:]
        /// Adds `m` to the evidence of node `n` (a static function: a local one capturing the
        /// arrays made every access an exclusivity check).
        func add(_ m: RegionMention, to n: Int, _ keys: inout [Int], _ evidence: inout [Evidence], _ index: inout [Int: Int]) {
            var k = -1
            if keys.count < 32 {
                if let found = keys.firstIndex(of: n) { k = found }
            } else if let found = index[n] {
                k = found
            }
            if k < 0 {
                keys.append(n)
                evidence.append(Evidence())
                k = keys.count - 1
                if keys.count == 32 {
                    for (j, key) in keys.enumerated() { index[key] = j }
                } else if keys.count > 32 {
                    index[n] = k
                }
            }
            evidence[k].add(m)
        }
        for (m, r) in zip(mentions, readings) {
            switch r {
            case .none: break
            case .region(let n): add(m, to: n, &keys, &evidence, &index)
            case .group(let ns): for n in ns { add(m, to: n, &keys, &evidence, &index) }
            case .ambiguous(let ns): byAmbiguity[ns.sorted(), default: Evidence()].add(m)
            }
        }
        if keys.isEmpty && byAmbiguity.isEmpty { return [] }
        for k in keys.indices { evidence[k].province = nodes.province(of: keys[k]) }

        // A place first named as someone's workplace is that person's home — unless
        // one of its bodies also acts in the story and it lies in the story's focus
        // (阳新县总工会副主席柯亨春介绍… then 阳新县总工会还在温州建立…, in a 湖北 story).
        func firstNamedAsWorkplace(_ e: Evidence) -> Bool { e.firstBodyIsAffiliation && !e.headline }
        // Provinces (at most 34): a list.
        var tentativeFocus: [Int] = []
        for k in keys.indices {
            let e = evidence[k]
            if !firstNamedAsWorkplace(e) && (e.headline || e.actingBody) { tentativeFocus.append(e.province) }
        }
        // …and only when the story has somewhere else to be: a focus, other places, or a national scope
        // (甘肃省委书记胡昌升到省总工会调研 alone is about 甘肃).
        for k in keys.indices where firstNamedAsWorkplace(evidence[k]) {
            let n = keys[k]
            var elsewhere = national || !tentativeFocus.isEmpty
            if !elsewhere {
                for j in keys.indices {
                    let other = keys[j], oe = evidence[j]
                    if oe.plain && !firstNamedAsWorkplace(oe) && !nodes.isAtOrAbove(other, n) && !nodes.isAtOrAbove(n, other) {
                        elsewhere = true
                        break
                    }
                }
            }
            evidence[k].isPersonalHome = elsewhere && !(evidence[k].actingBody && tentativeFocus.contains(evidence[k].province))
        }
        for (ns, e) in byAmbiguity where firstNamedAsWorkplace(e) {
            byAmbiguity[ns]?.isPersonalHome = true
        }

        // The dateline's place counts as where the story happens unless the story
        // names other places and never this one (本报西安…电 on a contest in 神木市).
        func hasPlainMention(atOrUnder n: Int) -> Bool {
            for j in keys.indices where nodes.isAtOrAbove(n, keys[j]) && evidence[j].plain && !evidence[j].isPersonalHome {
                return true
            }
            return false
        }
        func datelineHolds(_ n: Int) -> Bool {
            if hasPlainMention(atOrUnder: n) { return true }
            if national { return false }
            for j in keys.indices {
                let other = keys[j], e = evidence[j]
                if e.plain && !e.isPersonalHome && nodes.levels[other] != .province
                    && !nodes.isAtOrAbove(other, n) && !nodes.isAtOrAbove(n, other) {
                    return false
                }
            }
            return true
        }

        var focus: [Int] = []
        for k in keys.indices where !evidence[k].isPersonalHome {
            let e = evidence[k]
            if e.headline || e.actingBody || (e.dateline && datelineHolds(keys[k])) {
                evidence[k].strong = true
                focus.append(e.province)
            }
        }
        for (ns, e) in byAmbiguity where e.headline || e.actingBody {
            let provinces = Set(ns.map { nodes.province(of: $0) })
            if provinces.count == 1 { focus.append(contentsOf: provinces) }
        }

        func role<S: Sequence>(_ e: Evidence, isStrong: Bool, provinces: S) -> RegionRole where S.Element == Int {
            if e.isPersonalHome { return .mentioned }
            if isStrong { return .about }
            if e.plain || e.asWorkplace, focus.isEmpty || provinces.contains(where: { focus.contains($0) }) { return .about }
            return .mentioned
        }

        var results: [(order: Int, node: Int?, tag: RegionTag)] = []
        results.reserveCapacity(keys.count + byAmbiguity.count)
        let roles = evidence.map { e in role(e, isStrong: e.strong, provinces: CollectionOfOne(e.province)) }
        for k in keys.indices {
            let n = keys[k], r = roles[k], e = evidence[k]
            // Listed through a more specific place with at least the same role.
            var implied = false
            for j in keys.indices {
                let d = keys[j]
                if d != n && nodes.isAncestor(n, of: d) && (roles[j] == .about || r == .mentioned) {
                    implied = true
                    break
                }
            }
            if implied { continue }
            results.append((e.firstOrder, n, RegionTag(
                name: nodes.names[n], code: GazetteerNodes.codeString(nodes.codes[n]), level: nodes.levels[n],
                path: nodes.lineage(of: n).map { nodes.names[$0] }, role: r, count: e.count)))
        }
        for (ns, e) in byAmbiguity {
            let provinces = Set(ns.map { nodes.province(of: $0) })
            let isStrong = e.headline || e.actingBody
            let names = Set(ns.map { nodes.names[$0] })
            let lineages = ns.map { nodes.lineage(of: $0) }
            var common: [Int] = []
            if let first = lineages.first {
                for (k, a) in first.enumerated() where lineages.allSatisfy({ $0.count > k && $0[k] == a }) && !ns.contains(a) {
                    common.append(a)
                }
            }
            let level = ns.map { nodes.levels[$0] }.min() ?? .county
            results.append((e.firstOrder, nil, RegionTag(
                name: names.count == 1 ? names.first! : ScalarText.string(surfaces[Int(e.surface.lowerBound)..<Int(e.surface.upperBound)]), code: "", level: level,
                path: common.map { nodes.names[$0] },
                role: role(e, isStrong: isStrong, provinces: provinces), count: e.count,
                candidates: ns.map { GazetteerNodes.codeString(nodes.codes[$0]) })))
        }
        // In place: `sorted` would copy the list first.
        results.sort { a, b in
            if (a.tag.role == .about) != (b.tag.role == .about) { return a.tag.role == .about }
            if a.order != b.order { return a.order < b.order }
            // One mention can name several places (京津冀): code order keeps output reproducible.
            return (a.tag.code, a.tag.name) < (b.tag.code, b.tag.name)
        }
        return results.map(\.tag)
    }
}
