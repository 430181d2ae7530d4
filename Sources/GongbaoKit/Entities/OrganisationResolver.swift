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
        var orders = MentionOrders()

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

    /// The orders of an entity's mentions, in the order they were added, as an `[Int]` would keep
    /// them. The first is held inline and only a second makes an array: most organisations are
    /// named once in an article, and so cost no array.
    struct MentionOrders {
        private var first = 0
        private var others: [Int] = []
        private(set) var count = 0

        init() {}

        mutating func append(_ order: Int) {
            if count == 0 { first = order } else { others.append(order) }
            count += 1
        }

        subscript(i: Int) -> Int { i == 0 ? first : others[i - 1] }

        /// The orders of both, sorted.
        static func merged(_ a: MentionOrders, _ b: MentionOrders) -> MentionOrders {
            var result = MentionOrders()
            for order in (a.all + b.all).sorted() { result.append(order) }
            return result
        }

        private var all: [Int] { count == 0 ? [] : [first] + others }
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
        // A mention makes at most one entity: room for them all at once, not regrown from one by doubling.
        entities.reserveCapacity(mentions.count)
        var index = NameTable<Int>(minimumCapacity: mentions.count)
        func entity(_ name: String, kind: OrgKind, order: Int) -> Int {
            // Found or entered with one hash of the name: a new name's index is the next entity's.
            if let i = index.valueOrInsert(entities.count, for: name) { return i }
            entities.append(Entity(name: name, kind: kind, firstOrder: order))
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
                // The suffix word as a `String`, made only for the tests on names without atomic
                // scalars: the others read its length.
                func shortSuffix(_ length: Int) -> String { shortText.string((shortText.count - length)..<shortText.count) }
                if suffixLength != nil,
                   let p = pool.indices.first(where: { p in
                       if let s = shortScalars, let l = pool[p].scalars { return l.count > s.count && l.ends(with: s) }
                       return pool[p].mention.name != short.name && pool[p].mention.name.hasSuffix(short.name)
                   }) {
                    let parent = pool.remove(at: p).mention
                    var e = Entity(name: parent.name, kind: parent.kind, firstOrder: min(parent.order, short.firstOrder))
                    e.add(written: parent.written, order: parent.order)
                    e.count += short.count
                    e.orders = .merged(e.orders, short.orders)
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
                    ? suffixLength.map { shortText.scalars.suffix($0) } : suffixLength.map(shortSuffix).flatMap(Self.atomicScalars)?[...]
                if let suffixLength,
                   let b = byLength.first(where: { b in
                       guard b != a, facts[b].mergedInto == nil, facts[b].length > facts[a].length,
                             Self.mayAbbreviate(shortScalars, suffix: suffixScalars, long: entities[b].scalars) else { return false }
                       guard let shortScalars, suffixScalars != nil, let longScalars = entities[b].scalars else {
                           return Self.isAbbreviation(short.name, suffix: shortSuffix(suffixLength), of: entities[b].name,
                                                      shortSplit: &shortSplit, longSplit: &facts[b].split)
                       }
                       // Screened on atomic scalars: the splits are worked out on those, not decoded again.
                       if shortSplit == nil { shortSplit = Self.split(ScalarText(scalars: shortScalars, isPlain: true)) }
                       if facts[b].split == nil { facts[b].split = Self.split(ScalarText(scalars: longScalars, isPlain: true)) }
                       return Self.splitsAbbreviate(longScalars.first, suffixCount: suffixLength,
                                                    shortSplit: shortSplit!, longSplit: facts[b].split!, atomic: true)
                   }) {
                    facts[a].mergedInto = b
                    renamed = true
                    entities[b].count += short.count
                    entities[b].firstOrder = min(entities[b].firstOrder, short.firstOrder)
                    entities[b].orders = .merged(entities[b].orders, short.orders)
                    for alias in [short.name] + short.aliases where !entities[b].aliases.contains(alias) && alias != entities[b].name {
                        entities[b].aliases.append(alias)
                    }
                }
            }
            if renamed {
                entities = entities.indices.filter { facts[$0].mergedInto == nil }.map { entities[$0] }
                index = NameTable<Int>()
                for (i, e) in entities.enumerated() { _ = index.valueOrInsert(i, for: e.name) }
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
                let placeScalars = Self.atomicScalars(place)
                if let i = entities.firstIndex(where: {
                    $0.kind == .union && Self.isPlaceUnion($0.name, scalars: $0.scalars, place: place, placeScalars: placeScalars)
                }) {
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
        // Entities made in reading order are in order of first mention already, unless a merge
        // moved one's first mention earlier or a level form added one: only then are they sorted
        // (stable, so an order already kept is the order the sort gives).
        let inFirstOrder = entities.indices.dropFirst().allSatisfy { entities[$0 - 1].firstOrder <= entities[$0].firstOrder }
        let ordered = inFirstOrder ? entities : entities.sorted { $0.firstOrder < $1.firstOrder }
        return ordered.map { OrgTag(name: $0.name, kind: $0.kind, aliases: $0.aliases, count: max(1, $0.count)) }
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

    /// Whether `name` is `place` and the union of a level (山西|省总工会). On atomic scalars of both
    /// (`scalars`, `placeScalars`, see `atomicScalars`) the `String` tests are tests of those scalars.
    private static func isPlaceUnion(_ name: String, scalars: [Unicode.Scalar]?, place: String, placeScalars: [Unicode.Scalar]?) -> Bool {
        if let scalars, let placeScalars {
            guard scalars.starts(with: placeScalars) else { return false }
            let rest = scalars[placeScalars.count...]
            return placeUnionEndingScalars.contains { rest.elementsEqual($0) }
        }
        guard name.hasPrefix(place) else { return false }
        let rest = String(name.unicodeScalars.dropFirst(place.scalarCount))
        return placeUnionEndings.contains(rest)
    }

    /// What follows the place in the name of its union.
    private static let placeUnionEndings = ["省总工会", "市总工会", "县总工会", "区总工会", "州总工会", "自治区总工会"]
    private static let placeUnionEndingScalars = placeUnionEndings.map(\.scalarArray)

    /// The scalars of a name when each is a character of its own in normal form
    /// (`isAtomicInert`): `String` equality, prefix and suffix tests on such names agree with
    /// the same tests on their scalars. Nil for any other name.
    private static func atomicScalars(_ name: String) -> [Unicode.Scalar]? {
        let scalars = name.scalarArray
        let inert = ScalarSet.normalizationInert  // asked per scalar: held in a local
        return scalars.allSatisfy { $0.isAtomicInert(in: inert) } ? scalars : nil
    }

    /// False when ``isAbbreviation(_:suffix:of:shortSplit:longSplit:)`` is sure to be false:
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

    /// A name's leading places and the rest, as slices of the scalars the name was split on: the
    /// rest is only ever compared scalar by scalar, and the places are compared as `String`s
    /// only when the names are not of atomic scalars (no `String` is made for them otherwise).
    typealias NameSplit = (place: ArraySlice<Unicode.Scalar>?, rest: ArraySlice<Unicode.Scalar>)

    /// ``isAbbreviation(_:of:)`` given the short name's suffix word, with the splits of both
    /// names worked out only when needed and kept for the next call (the resolver tests every
    /// short name against every longer one).
    static func isAbbreviation(_ short: String, suffix: String, of long: String,
                               shortSplit: inout NameSplit?, longSplit: inout NameSplit?) -> Bool {
        guard short != long && short.scalarCount < long.scalarCount && !long.hasPrefix(short)
                && long.hasSuffix(suffix) else { return false }
        if shortSplit == nil { shortSplit = split(ScalarText(short)) }
        if longSplit == nil { longSplit = split(ScalarText(long)) }
        return splitsAbbreviate(long.unicodeScalars.first, suffixCount: suffix.scalarCount,
                                shortSplit: shortSplit!, longSplit: longSplit!, atomic: false)
    }

    /// The rest of ``isAbbreviation(_:suffix:of:shortSplit:longSplit:)`` once its first tests
    /// (distinct names, the long one longer, not opening with the short one, ending in the suffix)
    /// are passed, on the names' splits, the long name's first scalar and the suffix word's
    /// length: what the resolver has at hand after making those tests on atomic scalars
    /// (`atomic`, where they agree with the `String` tests), with no `String` made.
    private static func splitsAbbreviate(_ longFirst: Unicode.Scalar?, suffixCount: Int, shortSplit s: NameSplit, longSplit l: NameSplit,
                                         atomic: Bool) -> Bool {
        if let ps = s.place, let pl = l.place,
           atomic ? !ps.elementsEqual(pl) : ScalarText.string(ps) != ScalarText.string(pl) { return false }
        // A short form naming a place is not an abbreviation of a name without one (河南省工匠学院 vs …工匠学院).
        if s.place != nil, l.place == nil, !longFirst.map(RegionNames.isBareLevel)! { return false }
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
            return (text.scalars[..<places.end], text.scalars[places.end...])
        }
        if let c = text.at(0), RegionNames.isBareLevel(c) {
            return (nil, text.scalars[1...])
        }
        return (nil, text.scalars[...])
    }
}
