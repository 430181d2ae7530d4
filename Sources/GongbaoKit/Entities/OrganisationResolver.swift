/// Turns an article's organisation mentions into one entity per organisation,
/// under the fullest name the article writes, with the other forms as aliases.
///
/// - `standalone`: full names are entities; a parent seen only inside a longer
///   name is not, unless some short form points to it.
/// - `ellipsis`: 县总, 市总工会, 省总 go to the union of that level the article
///   names (the nearest before, else the first after); failing that, to the
///   article's region of that level when the region stage found one; failing
///   that, they stay as written (县总 → 县总工会).
/// - `informal`: 西宁工会 is an alias of 西宁市总工会 when the article names it.
/// - `abbreviation`: a shorter name whose characters appear in order in a
///   longer one of the same ending and a compatible place is the same
///   organisation (奥威公司 → 吉林东光奥威汽车制动系统有限公司, 福建省住建厅 →
///   省住房和城乡建设厅), but a name that opens a longer one is its parent
///   (黄淮学院 and 黄淮学院生物与食品工程学院 are two).
struct OrganisationResolver: Sendable {
    private struct Entity {
        let name: String
        /// The name's scalars when they are atomic (see `atomicScalars`), worked out once for
        /// the tests on names that run on scalars (abbreviations, the nearest union).
        let scalars: [Unicode.Scalar]?
        var kind: OrgKind
        var aliases: [String] = []
        var count = 0
        var firstOrder: Int
        var orders: [Int] = []

        init(name: String, kind: OrgKind, firstOrder: Int) {
            self.name = name
            scalars = OrganisationResolver.atomicScalars(name)
            self.kind = kind
            self.firstOrder = firstOrder
        }

        mutating func add(written: String, order: Int) {
            count += 1
            orders.append(order)
            if written != name, !aliases.contains(written) { aliases.append(written) }
        }
    }

    /// What the merge of short forms keeps of each entity, in one array rather than an array per
    /// fact (each an allocation, for the many articles with a few names).
    private struct MergeFacts {
        /// The name's length in scalars.
        var length: Int
        /// The entity this one was merged into.
        var mergedInto: Int?
        /// The name's split, worked out once (forgotten when the entity is replaced).
        var split: NameSplit?

        init(length: Int) { self.length = length }
    }

    /// Above this many distinct names, short forms are not matched against long ones.
    static let maxMerged = 400

    func resolve(_ mentions: [OrgMention], regions: [RegionTag] = []) -> [OrgTag] {
        // The extractor hands the mentions over in reading order already: sorting (stable) would
        // only copy them.
        let inOrder = mentions.indices.dropFirst().allSatisfy { mentions[$0 - 1].order <= mentions[$0].order }
        let mentions = inOrder ? mentions : mentions.sorted { $0.order < $1.order }
        var entities: [Entity] = []
        var index = NameTable<Int>(minimumCapacity: mentions.count)
        func entity(_ name: String, kind: OrgKind, order: Int) -> Int {
            if let i = index[name] { return i }
            entities.append(Entity(name: name, kind: kind, firstOrder: order))
            index[name] = entities.count - 1
            return entities.count - 1
        }

        // Full names first. The passes over the mentions read them in place, by index: a copy of
        // each mention in every pass would retain and release its strings.
        for k in mentions.indices {
            guard case .full = mentions[k].form else { continue }
            let i = entity(mentions[k].name, kind: mentions[k].kind, order: mentions[k].order)
            entities[i].add(written: mentions[k].written, order: mentions[k].order)
        }
        // Parents inside longer names count when they also stand alone.
        // Each with its name as scalars where `String` tests on it may run on scalars (see
        // `atomicScalars`): kept beside the mention rather than in an array of their own.
        var pool: [(mention: OrgMention, scalars: [Unicode.Scalar]?)] = []
        for k in mentions.indices {
            guard case .nested = mentions[k].form else { continue }
            let m = mentions[k]
            if let i = index[m.name] {
                entities[i].add(written: m.written, order: m.order)
            } else {
                pool.append((m, Self.atomicScalars(m.name)))
            }
        }
        // Short forms: a tail of a parent (电务公司 → 中铁一局电务公司), else an abbreviation of an entity.
        // One pass, shortest names first; past `maxMerged` names the article is not prose and merging stops.
        // With no parent left in the pool and fewer than two entities there is nothing to merge.
        if entities.count <= Self.maxMerged, pool.count <= Self.maxMerged, !pool.isEmpty || entities.count >= 2 {
            var facts = entities.map { MergeFacts(length: $0.scalars?.count ?? $0.name.scalarCount) }
            let byLength = facts.indices.sorted { facts[$0].length < facts[$1].length }
            // Whether an entity took its parent's name or was merged: only then is `index` rebuilt.
            var renamed = false
            for a in byLength {
                let short = entities[a]
                let shortScalars = short.scalars
                // The suffix word, read off the scalars already at hand when the name has them.
                let shortText = shortScalars.map { ScalarText(scalars: $0, isPlain: true) } ?? ScalarText(short.name)
                let suffixLength = Self.suffixLength(of: shortText)
                let shortSuffix = suffixLength.map { shortText.string((shortText.count - $0)..<shortText.count) }
                if shortSuffix != nil,
                   let p = pool.indices.first(where: { p in
                       if let s = shortScalars, let l = pool[p].scalars { return l.count > s.count && l.ends(with: s) }
                       return pool[p].mention.name != short.name && pool[p].mention.name.hasSuffix(short.name)
                   }) {
                    let parent = pool.remove(at: p).mention
                    var e = Entity(name: parent.name, kind: parent.kind, firstOrder: min(parent.order, short.firstOrder))
                    e.add(written: parent.written, order: parent.order)
                    e.count += short.count
                    e.orders = (e.orders + short.orders).sorted()
                    e.aliases += [short.name] + short.aliases
                    entities[a] = e
                    renamed = true
                    facts[a].split = nil
                    facts[a].length = e.scalars?.count ?? e.name.scalarCount
                    continue
                }
                // isAbbreviation needs a suffix word and a longer name: test those first, cheaply.
                var shortSplit = facts[a].split
                // A suffix of atomic scalars is atomic: its scalars are the name's last ones.
                let suffixScalars = shortScalars != nil
                    ? suffixLength.map { shortText.scalars.suffix($0) } : shortSuffix.flatMap(Self.atomicScalars)?[...]
                if let shortSuffix,
                   let b = byLength.first(where: { b in
                       guard b != a, facts[b].mergedInto == nil, facts[b].length > facts[a].length,
                             Self.mayAbbreviate(shortScalars, suffix: suffixScalars, long: entities[b].scalars) else { return false }
                       guard let shortScalars, suffixScalars != nil, let longScalars = entities[b].scalars else {
                           return Self.isAbbreviation(short.name, suffix: shortSuffix, of: entities[b].name,
                                                      shortSplit: &shortSplit, longSplit: &facts[b].split)
                       }
                       // Screened on atomic scalars: the splits are worked out on those, not decoded again.
                       if shortSplit == nil { shortSplit = Self.split(ScalarText(scalars: shortScalars, isPlain: true)) }
                       if facts[b].split == nil { facts[b].split = Self.split(ScalarText(scalars: longScalars, isPlain: true)) }
                       return Self.isAbbreviation(short.name, suffix: shortSuffix, of: entities[b].name,
                                                  shortSplit: &shortSplit, longSplit: &facts[b].split, screened: true)
                   }) {
                    facts[a].mergedInto = b
                    renamed = true
                    entities[b].count += short.count
                    entities[b].firstOrder = min(entities[b].firstOrder, short.firstOrder)
                    entities[b].orders = (entities[b].orders + short.orders).sorted()
                    for alias in [short.name] + short.aliases where !entities[b].aliases.contains(alias) && alias != entities[b].name {
                        entities[b].aliases.append(alias)
                    }
                }
            }
            if renamed {
                entities = entities.indices.filter { facts[$0].mergedInto == nil }.map { entities[$0] }
                index = NameTable<Int>()
                for (i, e) in entities.enumerated() where index[e.name] == nil { index[e.name] = i }
            }
        }
        // Bare level forms and loose forms.
        for k in mentions.indices {
            if case .full = mentions[k].form { continue }
            if case .nested = mentions[k].form { continue }
            let m = mentions[k]
            switch m.form {
            case .elliptical(_, let char):
                let target = nearestUnion(levelChar: char, before: m.order, in: entities)
                    ?? regionUnion(levelChar: char, regions: regions)
                    ?? String(char) + "总工会"
                let i = entity(target, kind: .union, order: m.order)
                entities[i].add(written: m.written, order: m.order)
            case .informal(let place):
                if let i = entities.firstIndex(where: { $0.kind == .union && Self.isPlaceUnion($0.name, place: place) }) {
                    entities[i].add(written: m.written, order: m.order)
                }
            case .nationalShorthand:
                let target = ["中华全国总工会", "全国总工会"].first { index[$0] != nil } ?? "全总"
                let i = entity(target, kind: .union, order: m.order)
                entities[i].add(written: m.written, order: m.order)
            case .full, .nested:
                break
            }
        }
        return entities.sorted { $0.firstOrder < $1.firstOrder }.map {
            OrgTag(name: $0.name, kind: $0.kind, aliases: $0.aliases, count: max(1, $0.count))
        }
    }

    /// The union of a place at the level `levelChar` shows (云阳县总工会 for 县), nearest before `order`, else first after.
    private func nearestUnion(levelChar: Unicode.Scalar, before order: Int, in entities: [Entity]) -> String? {
        let suffix = String(levelChar) + "总工会"
        // The suffix is Han, so on names of atomic scalars the `String` test is a test of scalars.
        let suffixScalars = suffix.scalarArray
        let candidates = entities.filter { e in
            if let name = e.scalars { return name.count > suffixScalars.count && name.ends(with: suffixScalars) }
            return e.name.hasSuffix(suffix) && e.name.scalarCount > suffix.scalarCount
        }
        var best: (name: String, order: Int)?
        for e in candidates {
            // Orders are appended in reading order, so the last one before `order` is found by bisection.
            var lo = 0, hi = e.orders.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if e.orders[mid] < order { lo = mid + 1 } else { hi = mid }
            }
            if lo > 0, best == nil || e.orders[lo - 1] > best!.order { best = (e.name, e.orders[lo - 1]) }
        }
        if let best { return best.name }
        return candidates.min { $0.firstOrder < $1.firstOrder }?.name
    }

    /// The article's region of that level, from the region stage, as a union name.
    private func regionUnion(levelChar: Unicode.Scalar, regions: [RegionTag]) -> String? {
        let matching = regions.filter { $0.name.unicodeScalars.last == levelChar }
        let best = matching.max { a, b in
            (a.role == .about ? 1 : 0, a.count) < (b.role == .about ? 1 : 0, b.count)
        }
        return best.map { $0.name + "总工会" }
    }

    private static func isPlaceUnion(_ name: String, place: String) -> Bool {
        guard name.hasPrefix(place) else { return false }
        let rest = String(name.unicodeScalars.dropFirst(place.scalarCount))
        return ["省总工会", "市总工会", "县总工会", "区总工会", "州总工会", "自治区总工会"].contains(rest)
    }

    /// The scalars of a name when each is a character of its own in normal form
    /// (`isAtomicInert`): `String` equality, prefix and suffix tests on such names agree with
    /// the same tests on their scalars. Nil for any other name.
    private static func atomicScalars(_ name: String) -> [Unicode.Scalar]? {
        let scalars = name.scalarArray
        let inert = ScalarSet.normalizationInert  // asked per scalar: held in a local
        return scalars.allSatisfy { $0.isAtomicInert(in: inert) } ? scalars : nil
    }

    /// False when ``isAbbreviation(_:suffix:of:shortSplit:longSplit:screened:)`` is sure to be false:
    /// the long name does not end in the suffix, or opens with the short name (tested on
    /// scalars, where the names allow it); true when it has to be asked.
    private static func mayAbbreviate(_ short: [Unicode.Scalar]?, suffix: ArraySlice<Unicode.Scalar>?, long: [Unicode.Scalar]?) -> Bool {
        guard let long else { return true }
        if let suffix, !(suffix.count <= long.count && long[(long.count - suffix.count)...].elementsEqual(suffix)) { return false }
        if let short, long.starts(with: short) { return false }
        return true
    }

    /// The last suffix word of a name (公司, 工会, 厅), if it has one.
    static func suffixWord(_ name: String) -> String? {
        let text = ScalarText(name)
        guard let length = suffixLength(of: text) else { return nil }
        return text.string((text.count - length)..<text.count)
    }

    /// The length of ``suffixWord(_:)`` on a name's scalars, if it has one.
    private static func suffixLength(of name: ScalarText) -> Int? {
        OrganisationLexicon.suffixes.longestMatch(in: name, endingAt: name.count)?.length
    }

    /// Whether `short` abbreviates `long`: same ending, compatible places, characters in order, and not its parent.
    static func isAbbreviation(_ short: String, of long: String) -> Bool {
        guard let suffix = suffixWord(short) else { return false }
        var shortSplit: NameSplit?, longSplit: NameSplit?
        return isAbbreviation(short, suffix: suffix, of: long, shortSplit: &shortSplit, longSplit: &longSplit)
    }

    /// A name's leading places and the scalars of the rest (see `split`): the rest is only
    /// ever compared scalar by scalar, so it is kept as the scalars the name was split on.
    typealias NameSplit = (place: String?, rest: ArraySlice<Unicode.Scalar>)

    /// ``isAbbreviation(_:of:)`` given the short name's suffix word, with the splits of both
    /// names worked out only when needed and kept for the next call (the resolver tests every
    /// short name against every longer one). `screened`: the caller has already made the first
    /// tests (distinct names, the long one longer, not opening with the short one, ending in the
    /// suffix) on the names' atomic scalars, where they agree with the `String` tests.
    static func isAbbreviation(_ short: String, suffix: String, of long: String,
                               shortSplit: inout NameSplit?, longSplit: inout NameSplit?, screened: Bool = false) -> Bool {
        guard screened || (short != long && short.scalarCount < long.scalarCount && !long.hasPrefix(short)
                           && long.hasSuffix(suffix)) else { return false }
        if shortSplit == nil { shortSplit = split(ScalarText(short)) }
        if longSplit == nil { longSplit = split(ScalarText(long)) }
        let s = shortSplit!, l = longSplit!
        if let ps = s.place, let pl = l.place, ps != pl { return false }
        // A short form naming a place is not an abbreviation of a name without one (河南省工匠学院 vs …工匠学院).
        if s.place != nil, l.place == nil, !long.unicodeScalars.first.map(RegionNames.isBareLevel)! { return false }
        let suffixCount = suffix.scalarCount
        let shortBody = s.rest.dropLast(suffixCount), longBody = l.rest.dropLast(suffixCount)
        guard shortBody.count >= 2, shortBody.count < longBody.count else { return false }
        var k = shortBody.startIndex
        for c in longBody where k < shortBody.endIndex && c == shortBody[k] { k += 1 }
        return k == shortBody.endIndex
    }

    /// A name's leading places (or bare level character) and the rest.
    private static func split(_ text: ScalarText) -> NameSplit {
        let places = RegionNames.chain(in: text, from: 0, limit: text.count)
        if !places.isEmpty, places.end < text.count {
            return (text.string(0..<places.end), text.scalars[places.end...])
        }
        if let c = text.at(0), RegionNames.isBareLevel(c) {
            return (nil, text.scalars[1...])
        }
        return (nil, text.scalars[...])
    }
}
