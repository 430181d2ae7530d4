/// Every name the recogniser looks for in text, each with the regions it can
/// denote and what a mention of it needs before it counts, compiled into one
/// ``ScalarMatcher``. Built once from a ``Gazetteer`` (``shared`` from
/// ``Gazetteer/shared``), on first use.
final class RegionLexicon: Sendable {
    /// What must hold in the text before a candidate reading of a name counts.
    enum Requirement: Sendable, Hashable {
        /// Nothing: a distinctive name (甘肃省, 平凉市, 灵台县, 西宁, 延边州).
        case none
        /// An ancestor (province or prefecture) or the region itself named
        /// reliably in the same article, or the page's dominant province:
        /// suffix-less county names (灵台), prefecture short forms that are
        /// also words (大同), very short or word-like full names (沛县, 麻山区).
        case support
        /// Its county or prefecture named in the same article: townships (谢林港镇).
        case localAncestor
        /// Its parent (or another ancestor) written right before it (阳泉市城区).
        case adjacentAncestor
    }

    /// One reading of a name.
    struct Candidate: Sendable, Hashable {
        var node: Int32
        var form: RegionShortForms.Form
        var requirement: Requirement
    }

    /// What a pattern stands for.
    enum Entry: Sendable {
        /// A region name with its possible readings. (Its text is the matched text itself: the
        /// lexicon keeps no `String` per name, which made tens of thousands at load.)
        case name(ArraySlice<Candidate>)
        /// A multi-region name (京津冀) and its members.
        case group(String, [Int32])
        /// A word that contains a name but is no place (长安街).
        case blocker(String)
    }

    /// The lexicon of ``Gazetteer/shared``.
    static let shared = RegionLexicon(gazetteer: .shared)

    let gazetteer: Gazetteer
    let entries: [Entry]
    let matcher: ScalarMatcher
    /// Per entry, what the mention finder asks of it for every match, read without
    /// copying the entry (an enum whose payload would be retained and released).
    let traits: [EntryTraits]
    /// The patterns of ``CueWords/nationalWords``: the matcher finds them with the names, so that
    /// the finder learns whether a headline or lead is national in scope from the one walk
    /// over its text. A word that is no entry's text has an id at or past `entries.count`
    /// (no entry: never a mention).
    let nationalPatterns: [Int32]
    /// The pattern of 省 alone, found with the names for the same reason: the finder looks for
    /// bare 省s (省总工会) only where the walk saw one. An entry's id if 省 is one's text, else past them.
    let provincePattern: Int32

    /// What the mention finder needs to know of an entry, as flags.
    struct EntryTraits: OptionSet, Sendable {
        let rawValue: UInt8
        /// A ``Entry/blocker(_:)``.
        static let blocker = EntryTraits(rawValue: 1 << 0)
        /// A ``Entry/name(_:)``.
        static let name = EntryTraits(rawValue: 1 << 1)
        /// A name all of whose readings are short forms.
        static let shortOnly = EntryTraits(rawValue: 1 << 2)
        /// A name all of whose readings are townships.
        static let townshipsOnly = EntryTraits(rawValue: 1 << 3)

        init(rawValue: UInt8) { self.rawValue = rawValue }

        /// The traits of a name with these readings.
        init<C: Collection>(name candidates: C, levels: [RegionLevel]) where C.Element == Candidate {
            var traits: EntryTraits = .name
            if candidates.allSatisfy({ $0.form == .short }) { traits.insert(.shortOnly) }
            if candidates.allSatisfy({ levels[Int($0.node)] == .township }) { traits.insert(.townshipsOnly) }
            self = traits
        }
    }

    init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        let nodes = gazetteer.nodes

        // Texts in order of first appearance (deterministic pattern ids), found
        // through the matcher's own trie (no string hashing), each with a linked
        // list of candidates in flat arrays. Everything works on scalars; a
        // text's string is made once, when it first appears.
        // Names share their beginnings: about half a state per scalar of the full names,
        // and some more for the other forms.
        var trie = ScalarMatcher.Builder(expectedStates: nodes.nameScalars.count * 3 / 4)
        var slotOfState: [Int32] = []
        /// A distinct text: its length in scalars, the trie state it ends in, and the first
        /// and last of its readings. One record per text, so that a new text is one append.
        struct Text {
            var length: Int32
            var state: Int32
            var head: Int32
            var tail: Int32
        }
        var texts: [Text] = []
        /// Every reading, with the next reading of the same text (-1 at the end).
        var readings: [(candidate: Candidate, next: Int32)] = []
        let estimate = nodes.count * 2
        texts.reserveCapacity(estimate)
        readings.reserveCapacity(estimate)
        slotOfState.reserveCapacity(estimate * 2)
        /// Adds a reading of the text of `length` scalars that ends in trie state `state`.
        func add(state: Int, length: Int, _ candidate: Candidate) {
            if state >= slotOfState.count {
                while slotOfState.count < trie.stateCount { slotOfState.append(-1) }
            }
            let c = Int32(readings.count)
            readings.append((candidate, -1))
            let slot = Int(slotOfState[state])
            if slot >= 0 {
                readings[Int(texts[slot].tail)].next = c
                texts[slot].tail = c
            } else {
                slotOfState[state] = Int32(texts.count)
                texts.append(Text(length: Int32(length), state: Int32(state), head: c, tail: c))
            }
        }

        for i in 0..<nodes.count {
            let level = nodes.levels[i]
            let scalars = nodes.nameScalars[Int(nodes.nameScalarStarts[i])..<Int(nodes.nameScalarStarts[i + 1])]
            let requirement = Self.fullNameRequirement(scalars, level)
            let fullState = trie.insert(scalars)
            add(state: fullState, length: scalars.count, Candidate(node: Int32(i), form: .full, requirement: requirement))
            if level == .township {
                // Former or later suffixes (a sibling that bears the name wins, below).
                // Only names in 镇 or 街道 have one; the UTF-8 length is counted for those alone.
                // The variant reads like the name up to the suffix: it goes on from that state
                // of the trie instead of walking the name again.
                if scalars.last == "镇" || scalars.last == "道",
                   let cut = RegionShortForms.townshipVariantCut(scalars, utf8Count: scalars.reduce(0) { $0 + UTF8.width($1) }) {
                    let stem = trie.ancestor(of: fullState, up: cut.dropping)
                    let state = trie.insert(CollectionOfOne(cut.former), after: stem)
                    add(state: state, length: scalars.count - cut.dropping + 1,
                        Candidate(node: Int32(i), form: .plainSuffix, requirement: requirement))
                }
                continue
            }
            for (alias, form) in RegionShortForms.aliases(ofScalars: Array(scalars), level: level) {
                if form == .short && Self.ordinaryWords.contains(alias) { continue }
                let requirement: Requirement
                switch (form, level) {
                case (.plainSuffix, _), (_, .province): requirement = .none
                case (_, .prefecture):
                    requirement = Self.needSupport.contains(alias) ? .support : .none
                default: requirement = .support
                }
                add(state: trie.insert(alias), length: alias.count, Candidate(node: Int32(i), form: form, requirement: requirement))
            }
        }

        // Blockers that read exactly like a text, by the text's slot.
        var blockedSlots = [Bool](repeating: false, count: texts.count)
        for blocker in Self.blockerScalars {
            if let state = trie.find(blocker), state < slotOfState.count, slotOfState[state] >= 0 {
                blockedSlots[Int(slotOfState[state])] = true
            }
        }

        // Names first, with their candidates in one flat array: every entry's
        // list is a slice of it, made once the array is complete.
        var kept: [(text: Int, range: Range<Int>)] = []
        var flat: [Candidate] = []
        var patternLengths: [Int32] = []
        kept.reserveCapacity(texts.count)
        flat.reserveCapacity(readings.count)
        patternLengths.reserveCapacity(texts.count + RegionShortForms.blockers.count + 40)
        var list: [Candidate] = []
        var traits: [EntryTraits] = []
        traits.reserveCapacity(texts.count + RegionShortForms.blockers.count + 40)
        for k in texts.indices {
            let text = texts[k]
            // Most texts have one reading and no blocker: nothing to choose.
            if text.head == text.tail, !blockedSlots[k] {
                trie.setOutput(of: Int(text.state), to: Int32(kept.count))
                kept.append((k, flat.count..<(flat.count + 1)))
                let only = readings[Int(text.head)].candidate
                flat.append(only)
                traits.append(EntryTraits(name: CollectionOfOne(only), levels: nodes.levels))
                patternLengths.append(text.length)
                continue
            }
            list.removeAll(keepingCapacity: true)
            var c = text.head
            while c >= 0 {
                list.append(readings[Int(c)].candidate)
                c = readings[Int(c)].next
            }
            // A full name beats short forms that happen to read the same; a
            // province's short form beats lower units' (河北 is the province, not
            // 天津's 河北区; 吉林 the province, not 吉林市).
            if list.count > 1 {
                if list.contains(where: { $0.form == .full }) {
                    // A township's other-suffix form survives unless it is its sibling's name.
                    let full = list.filter { $0.form == .full }
                    list = list.filter { c in
                        c.form == .full || (nodes.levels[Int(c.node)] == .township
                                            && !full.contains { nodes.parents[Int($0.node)] == nodes.parents[Int(c.node)] })
                    }
                } else if list.contains(where: { nodes.levels[Int($0.node)] == .province }) {
                    list = list.filter { nodes.levels[Int($0.node)] == .province }
                }
            }
            // A blocker that reads exactly like a short form silences that short
            // form (泰山 the mountain, not 泰安's 泰山区); full names are kept.
            if blockedSlots[k] {
                list = list.filter { $0.form == .full }
                if list.isEmpty { continue }
            }
            trie.setOutput(of: Int(text.state), to: Int32(kept.count))
            kept.append((k, flat.count..<(flat.count + list.count)))
            flat.append(contentsOf: list)
            traits.append(EntryTraits(name: list, levels: nodes.levels))
            patternLengths.append(text.length)
        }
        var entries: [Entry] = []
        entries.reserveCapacity(kept.count + RegionShortForms.blockers.count + 40)
        for (_, range) in kept {
            entries.append(.name(flat[range]))
        }
        func addPattern(_ text: String, _ entry: Entry) {
            let scalars = Array(text.unicodeScalars)
            let state = trie.insert(scalars)
            if trie.output(of: state) < 0 { trie.setOutput(of: state, to: Int32(entries.count)) }
            if case .blocker = entry { traits.append(.blocker) } else { traits.append([]) }
            entries.append(entry)
            patternLengths.append(Int32(scalars.count))
        }
        // A member is the first node of its official full name: the first full-name reading of
        // its text in the trie (the gazetteer's name index, built on first use, is not needed).
        func firstNode(named name: String) -> Int32? {
            guard let state = trie.find(Array(name.unicodeScalars)), state < slotOfState.count,
                  slotOfState[state] >= 0 else { return nil }
            var c = texts[Int(slotOfState[state])].head
            while c >= 0 {
                if readings[Int(c)].candidate.form == .full { return readings[Int(c)].candidate.node }
                c = readings[Int(c)].next
            }
            return nil
        }
        for (name, members) in RegionGroups.all {
            var indices: [Int32] = []
            for member in members {
                if let node = firstNode(named: member) { indices.append(node) }
            }
            if indices.count == members.count { addPattern(name, .group(name, indices)) }
        }
        for (name, code) in RegionGroups.newAreas {
            if let value = GazetteerNodes.codeValue(code), let index = nodes.indexByCode[code: value] {
                addPattern(name, .group(name, [index]))
            }
        }
        for (text, scalars) in zip(RegionShortForms.blockers, Self.blockerScalars) {
            // Unless it read like a text (and took its place, above).
            if let state = trie.find(scalars), state < slotOfState.count, slotOfState[state] >= 0 { continue }
            addPattern(text, .blocker(text))
        }

        let cuePatterns = Self.addCuePatterns(CueWords.nationalWords.words + [["省"]], to: &trie, lengths: &patternLengths)

        self.entries = entries
        self.traits = traits
        self.nationalPatterns = Array(cuePatterns.dropLast())
        self.provincePattern = cuePatterns[cuePatterns.count - 1]
        self.matcher = ScalarMatcher(trie, patternLengths: patternLengths)
    }

    /// Adds the cue words the walk finds with the names (the national words, then 省) to `trie`:
    /// each its own id past the entries' (no entry stands for it), unless a word is already an
    /// entry's text. Their ids, in order.
    ///
    /// A function of its own, not a loop in the initializer nor a local function: either made
    /// the initializer's code slower (a capturing local function checked every access to the
    /// trie; the loop changed what was inlined), 8–20 M more instructions to build the lexicon.
    @inline(never)
    private static func addCuePatterns(_ words: [[Unicode.Scalar]], to trie: inout ScalarMatcher.Builder,
                                       lengths: inout [Int32]) -> [Int32] {
        var ids: [Int32] = []
        for word in words {
            let state = trie.insert(word)
            if trie.output(of: state) < 0 {
                trie.setOutput(of: state, to: Int32(lengths.count))
                lengths.append(Int32(word.count))
            }
            ids.append(trie.output(of: state))
        }
        return ids
    }

    private static let ordinaryWords: Set<[Unicode.Scalar]> = Set(RegionShortForms.ordinaryWords.map { Array($0.unicodeScalars) })
    private static let needSupport: Set<[Unicode.Scalar]> = Set(RegionShortForms.needSupport.map { Array($0.unicodeScalars) })
    private static let blockerScalars: [[Unicode.Scalar]] = RegionShortForms.blockers.map { Array($0.unicodeScalars) }

    /// Two-character full names are too easily pieces of other words (范县 in
    /// 示范县, 城区, 郊区) and count only right after their parent (濮阳市范县);
    /// three-character names ending in a common word (麻山区 reads as 麻 + 山区
    /// "mountain area", 老城区 "old town") need support.
    static func fullNameRequirement(_ name: String, _ level: RegionLevel) -> Requirement {
        fullNameRequirement(Array(name.unicodeScalars)[...], level)
    }

    static func fullNameRequirement(_ scalars: ArraySlice<Unicode.Scalar>, _ level: RegionLevel) -> Requirement {
        let count = scalars.count
        if level == .township { return count <= 2 ? .adjacentAncestor : .localAncestor }
        if level == .county {
            // 范县 in 示范县, 和县 in 市和县级, 高县 in 提高县域: only right after their parent.
            if count <= 2 || commonWordFullNames.contains(where: { $0.elementsEqual(scalars) }) { return .adjacentAncestor }
            if count == 3 {
                let ending = scalars.dropFirst()
                if wordLikeEndings.contains(where: { $0.elementsEqual(ending) }) { return .support }
            }
        }
        return .none
    }

    /// Full names that are also words: 解放区 "liberated area"; like two-character names.
    private static let commonWordFullNames: [[Unicode.Scalar]] = [Array("解放区".unicodeScalars)]

    private static let wordLikeEndings: [[Unicode.Scalar]] = [
        "山区", "城区", "新区", "林区", "矿区", "郊区", "市区", "湖区", "景区", "园区", "港区", "牧区",
        "社区", "库区", "老区", "边区", "城市",
    ].map { Array($0.unicodeScalars) }
}
