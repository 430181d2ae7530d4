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
        /// A region name with its possible readings.
        case name(String, [Candidate])
        /// A multi-region name (京津冀) and its members.
        case group(String, [Int32])
        /// A word that contains a name but is no place (长安街).
        case blocker(String)

        var text: String {
            switch self {
            case .name(let s, _), .group(let s, _), .blocker(let s): s
            }
        }
    }

    /// The lexicon of ``Gazetteer/shared``.
    static let shared = RegionLexicon(gazetteer: .shared)

    let gazetteer: Gazetteer
    let entries: [Entry]
    let matcher: ScalarMatcher

    init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        let nodes = gazetteer.nodes

        // Texts in order of first appearance (deterministic pattern ids), found
        // through the matcher's own trie (no string hashing), each with a linked
        // list of candidates in flat arrays.
        var trie = ScalarMatcher.Builder()
        var slotOfState: [Int32] = []
        var texts: [String] = []
        var states: [Int] = []
        var heads: [Int32] = []
        var tails: [Int32] = []
        var candidates: [Candidate] = []
        var nextCandidate: [Int32] = []
        func add(_ text: String, _ candidate: Candidate) {
            let state = trie.insert(text.unicodeScalars)
            if state >= slotOfState.count {
                slotOfState.append(contentsOf: repeatElement(-1, count: trie.stateCount - slotOfState.count))
            }
            let c = Int32(candidates.count)
            candidates.append(candidate)
            nextCandidate.append(-1)
            let slot = slotOfState[state]
            if slot >= 0 {
                nextCandidate[Int(tails[Int(slot)])] = c
                tails[Int(slot)] = c
            } else {
                slotOfState[state] = Int32(texts.count)
                texts.append(text)
                states.append(state)
                heads.append(c)
                tails.append(c)
            }
        }

        for i in 0..<nodes.count {
            let name = nodes.names[i]
            let level = nodes.levels[i]
            let requirement = Self.fullNameRequirement(name, level)
            add(name, Candidate(node: Int32(i), form: .full, requirement: requirement))
            if level == .township {
                // Former or later suffixes (a sibling that bears the name wins, below).
                for variant in RegionShortForms.townshipVariants(of: name) {
                    add(variant, Candidate(node: Int32(i), form: .plainSuffix, requirement: requirement))
                }
                continue
            }
            for (alias, form) in RegionShortForms.aliases(of: name, level: level) {
                if form == .short && RegionShortForms.ordinaryWords.contains(alias) { continue }
                let requirement: Requirement
                switch (form, level) {
                case (.plainSuffix, _), (_, .province): requirement = .none
                case (_, .prefecture):
                    requirement = RegionShortForms.needSupport.contains(alias) ? .support : .none
                default: requirement = .support
                }
                add(alias, Candidate(node: Int32(i), form: form, requirement: requirement))
            }
        }

        var entries: [Entry] = []
        entries.reserveCapacity(texts.count + RegionShortForms.blockers.count + 40)
        var blockerTexts = Set(RegionShortForms.blockers)
        for (k, text) in texts.enumerated() {
            var list: [Candidate] = []
            var c = heads[k]
            while c >= 0 {
                list.append(candidates[Int(c)])
                c = nextCandidate[Int(c)]
            }
            // A full name beats short forms that happen to read the same; a
            // province's short form beats lower units' (河北 is the province, not
            // 天津's 河北区; 吉林 the province, not 吉林市).
            if list.count > 1 {
                if list.contains(where: { $0.form == .full }) {
                    // A township's other-suffix form survives unless it is its sibling's name.
                    let fullParents = Set(list.filter { $0.form == .full }.map { nodes.parents[Int($0.node)] })
                    list = list.filter {
                        $0.form == .full || (nodes.levels[Int($0.node)] == .township
                                             && !fullParents.contains(nodes.parents[Int($0.node)]))
                    }
                } else if list.contains(where: { nodes.levels[Int($0.node)] == .province }) {
                    list = list.filter { nodes.levels[Int($0.node)] == .province }
                }
            }
            // A blocker that reads exactly like a short form silences that short
            // form (泰山 the mountain, not 泰安's 泰山区); full names are kept.
            if blockerTexts.contains(text) {
                blockerTexts.remove(text)
                list = list.filter { $0.form == .full }
                if list.isEmpty { continue }
            }
            trie.setOutput(of: states[k], to: Int32(entries.count))
            entries.append(.name(text, list))
        }
        func addPattern(_ entry: Entry) {
            let state = trie.insert(entry.text.unicodeScalars)
            if trie.output(of: state) < 0 { trie.setOutput(of: state, to: Int32(entries.count)) }
            entries.append(entry)
        }
        for (name, members) in RegionGroups.all {
            let indices = members.compactMap { nodes.indicesByName[$0]?.first }
            if indices.count == members.count { addPattern(.group(name, indices)) }
        }
        for (name, code) in RegionGroups.newAreas {
            if let value = GazetteerNodes.codeValue(code), let index = nodes.indexByCode[value] {
                addPattern(.group(name, [index]))
            }
        }
        for text in RegionShortForms.blockers where blockerTexts.contains(text) { addPattern(.blocker(text)) }

        self.entries = entries
        self.matcher = ScalarMatcher(trie, patternLengths: entries.map { Int32($0.text.unicodeScalars.count) })
    }

    /// Two-character full names are too easily pieces of other words (范县 in
    /// 示范县, 城区, 郊区) and count only right after their parent (濮阳市范县);
    /// three-character names ending in a common word (麻山区 reads as 麻 + 山区
    /// "mountain area", 老城区 "old town") need support.
    static func fullNameRequirement(_ name: String, _ level: RegionLevel) -> Requirement {
        let scalars = name.unicodeScalars
        let count = scalars.count
        if level == .township { return count <= 2 ? .adjacentAncestor : .localAncestor }
        if level == .county {
            // 范县 in 示范县, 和县 in 市和县级, 高县 in 提高县域: only right after their parent.
            if count <= 2 || commonWordFullNames.contains(name) { return .adjacentAncestor }
            if count == 3 {
                let ending = scalars.dropFirst()
                if wordLikeEndings.contains(where: { $0.elementsEqual(ending) }) { return .support }
            }
        }
        return .none
    }

    /// Full names that are also words: 解放区 "liberated area"; like two-character names.
    private static let commonWordFullNames: Set<String> = ["解放区"]

    private static let wordLikeEndings: [[Unicode.Scalar]] = [
        "山区", "城区", "新区", "林区", "矿区", "郊区", "市区", "湖区", "景区", "园区", "港区", "牧区",
        "社区", "库区", "老区", "边区", "城市",
    ].map { Array($0.unicodeScalars) }
}
