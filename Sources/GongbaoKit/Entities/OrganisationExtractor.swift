/// One place where an article names an organisation.
struct OrgMention: Sendable {
    enum Form: Sendable, Equatable {
        /// A name that stands on its own (甘肃省总工会, 云阳县总工会职工服务中心).
        case full
        /// The parent inside a longer name (云阳县总工会 in 云阳县总工会职工服务中心): it counts
        /// as an organisation only if the article also names it on its own.
        case nested
        /// A bare level form (县总, 市总工会, 省总): resolved to the article's union of that level.
        case elliptical(RegionNames.Level, Unicode.Scalar)
        /// A place and 工会 written loosely (西宁工会, 山西工会): only an alias of that place's union.
        case informal(String)
        /// 全总, for 中华全国总工会.
        case nationalShorthand
    }

    /// The name this mention stands for: leading place names cut to the last one, 总 expanded to 总工会
    /// when a shorthand ends the name.
    var name: String
    /// The name as printed.
    var written: String
    var kind: OrgKind
    var form: Form
    /// Reading order: segment, then position.
    var order: Int
}

/// Finds organisation names by their suffixes (…总工会, …有限公司, …厅, …学院)
/// and decides where each name starts from the words in front of it.
///
/// Rules, each with a name:
/// - `suffixChain`: adjacent suffixes form one ending (西安局|集团|有限公司).
/// - `leftBoundary`: a name starts after punctuation, a quote, or a function word
///   or verb (在, 由, 从, 联合, 来到, 深入); 和/与/及 end a name only after another
///   organisation or before a union or company (住房和城乡建设厅 keeps its 和).
/// - `placeChain`: leading places are cut to the last one (湖北十堰市竹溪县总工会 →
///   竹溪县总工会), except villages, which stay with their township.
/// - `generic`: a body made only of determiners and type words (基层, 各级, 企业,
///   该公司, 53家企业) is a description, not a name.
/// - `shorthand`: place + 总 (甘肃省总, 昆明市总) is that place's 总工会; bare 县总,
///   市总工会 are resolved later; 全总 is the national federation.
/// - `nested`: a name inside a longer one is its parent; a company's department
///   (…公司大数据研发中心) names the company; a unit's union named after a
///   place (…有限公司新丰镇车站工会) is an organisation of its own.
/// - `enumeration`: items before 等企业/等平台/等公司 are companies (亿贝、亚马逊等平台);
///   so is X in 来自X的职工.
struct OrganisationExtractor: Sendable {
    typealias Lexicon = OrganisationLexicon

    /// Longest name body scanned leftwards from a suffix.
    static let maxNameLength = 32

    private struct Suffix {
        var start: Int
        var end: Int
        var tag: Lexicon.SuffixTag
        var shorthand = false
        var national = false

        /// Whether the suffix is the word `w`. A suffix's scalars are those of a word of the
        /// lexicon (or 总, 全总), so comparing scalars is comparing the words as strings.
        func isWord(_ w: [Unicode.Scalar], in text: ScalarText) -> Bool {
            end - start == w.count && text.matches(w, at: start)
        }

        /// Whether the suffix's word ends in 工会 (工会, 总工会).
        func endsInUnion(in text: ScalarText) -> Bool {
            end - start >= 2 && text[end - 2] == "工" && text[end - 1] == "会"
        }
    }

    private static let unionSuffix = "工会".scalarArray
    /// `Lexicon.selfDescribingSuffixes` and `departmentAfterCompany` as word lists, asked on a suffix's scalars.
    private static let selfDescribingSuffixList = WordList(Array(Lexicon.selfDescribingSuffixes))
    private static let departmentAfterCompanyList = WordList(Array(Lexicon.departmentAfterCompany))

    /// Adjacent suffixes read as one ending. The rules only ever read a chain's first suffix,
    /// its last two and how many it has, so those are kept rather than an array of them all
    /// (an allocation per chain, and the array grown per suffix).
    private struct Chain {
        var start: Int
        var end: Int
        var first: Suffix
        var last: Suffix
        /// The suffix before the last, if the chain has two or more.
        var beforeLast: Suffix?
        var partCount = 1
        /// Read as part of a longer name (set by `mentions`): not a name of its own. A flag on the
        /// chain rather than an array of flags beside the chains, which would be allocated per segment.
        var consumed = false

        init(_ suffix: Suffix) {
            start = suffix.start
            end = suffix.end
            first = suffix
            last = suffix
        }

        mutating func append(_ suffix: Suffix) {
            end = suffix.end
            beforeLast = last
            last = suffix
            partCount += 1
        }

        var tag: Lexicon.SuffixTag { last.tag }
        var isShorthand: Bool { partCount == 1 && first.shorthand }
    }

    /// Mentions in one segment. `excluded` ranges (book titles, campaign terms) hold no organisations.
    func mentions(in text: ScalarText, order base: Int, excluded ranges: [Range<Int>] = []) -> [OrgMention] {
        mentions(in: text, order: base, excluded: RangeMask(ranges, count: text.count))
    }

    /// ``mentions(in:order:excluded:)`` with the excluded positions as a mask (shared with the figures).
    func mentions(in text: ScalarText, order base: Int, excluded: RangeMask) -> [OrgMention] {
        var result: [OrgMention] = []
        mentions(in: text, order: base, excluded: excluded, into: &result)
        return result
    }

    /// Appends the mentions of one segment, in reading order, to `result` (an article's mentions,
    /// segment by segment, each segment's orders above the last's): the segment's mentions are
    /// not an array of their own, allocated, copied over and released.
    func mentions(in text: ScalarText, order base: Int, excluded: RangeMask, into result: inout [OrgMention]) {
        var chains = Self.chains(in: text, excluded: excluded)
        // Every rule appends to this one array (the caller's, moved in), each mention's order
        // already `base` plus its position, so that no candidate builds an array of its own and
        // the mentions are not copied again once sorted (orders rise with positions: the sort is the same).
        var found = Found(base: base)
        swap(&found.mentions, &result)
        defer { swap(&found.mentions, &result) }
        let first = found.mentions.count
        for j in chains.indices.reversed() where !chains[j].consumed {
            let chain = chains[j]
            let before = found.mentions.count
            guard let inner = candidate(ending: chain, index: j, chains: chains, in: text, into: &found) else { continue }
            if Self.inListOfThings(endingAt: chain.end, in: text) {
                found.mentions.removeSubrange(before...)
                continue
            }
            for k in inner { chains[k].consumed = true }
        }
        enumerated(in: text, excluded: excluded, into: &found)
        if found.mentions.count - first > 1 { found.mentions[first...].sort { $0.order < $1.order } }
    }

    /// Mentions found in one segment, in the order the rules find them.
    private struct Found {
        /// The segment's order: a mention's order is this plus its position.
        let base: Int
        var mentions: [OrgMention] = []

        /// Adds a mention found at `position`. The mention is taken over (`consuming`), not
        /// copied with its strings retained while the caller's is released.
        mutating func add(_ position: Int, _ mention: consuming OrgMention) {
            mention.order = base + position
            // Room for the few mentions of most articles at once, not regrown from one by doubling.
            if mentions.count == mentions.capacity { mentions.reserveCapacity(max(8, 2 * mentions.count)) }
            mentions.append(mention)
        }
    }

    // MARK: - Suffixes

    private static func chains(in text: ScalarText, excluded: RangeMask) -> [Chain] {
        var chains: [Chain] = []
        var coveredUntil = 0
        let suffixStarts = Self.suffixStarts  // asked at each candidate position: held in a local
        var i = 0
        while i < text.count {
            // Only 全, 总 (shorthands) and a suffix's first character can start one: a tight loop
            // with a bit test passes over the other characters.
            i = ScalarClasses.next(ScalarClasses.orgSuffix, in: text, from: i)
            guard i < text.count else { break }
            if excluded.contains(i) { i += 1; continue }
            // Inside the last suffix taken no other is taken: its end is not looked for. Past the
            // shorthands' 全 and 总, the first two scalars settle most positions before the trie.
            if i >= coveredUntil, text[i] == "总" || text[i] == "全" || suffixStarts.mayStart(in: text, at: i),
               let s = suffix(at: i, in: text) {
                coveredUntil = s.end
                if let last = chains.last, last.end == s.start, !s.shorthand, s.tag != .department, !last.isShorthand || s.tag != .union {
                    chains[chains.count - 1].append(s)
                } else {
                    // Room for the few chains of most segments at once, not regrown from one by doubling.
                    if chains.isEmpty { chains.reserveCapacity(8) }
                    chains.append(Chain(s))
                }
            }
            i += 1
        }
        return chains
    }

    /// The first two scalars of `Lexicon.suffixes`, for the scan of ``chains(in:excluded:)``.
    private static let suffixStarts = ScalarPairFilter(words: Lexicon.suffixes.words)

    /// The suffix (or 总 shorthand) starting at `i`, if one does.
    private static func suffix(at i: Int, in text: ScalarText) -> Suffix? {
        if let shorthand = shorthand(at: i, in: text) { return shorthand }
        guard let match = Lexicon.suffixes.longestMatch(in: text, at: i) else { return nil }
        // The match's tag says which guards the suffix has: no second walk over it to find out.
        let info = Lexicon.SuffixInfo(tag: match.tag)
        let tag = info.kind
        let end = i + match.length
        if let f = info.followers,
           Lexicon.guardedSuffixFollowers[f].contains(where: { text.matches($0, at: end) }) { return nil }
        if info.mayEndCommonWord, match.length == 1 || (match.length == 2 && text.matches(Self.centre, at: i)) {
            for back in 1...2 where i - back >= 0 {
                if Self.commonWordsEndingInSuffix.containsWord(text, (i - back)..<end) { return nil }
            }
        }
        // The scalars matched are the lexicon's word, so these tests compare scalars.
        if match.length == 2, text[i] == "人", text[i + 1] == "大" {
            // 人大 is the people's congress after a place or 全国 (象州县人大常委会), not 工人大军.
            guard let previous = text.at(i - 1), RegionNames.levelChars.contains(previous) || previous == "国" else { return nil }
        }
        if tag == .partyCommittee, match.length == 1, text[i] == "委" {
            // 委 is a party committee only right after a place: 张掖市委, 省委, 县委.
            guard let previous = text.at(i - 1), RegionNames.levelChars.contains(previous) else { return nil }
        }
        return Suffix(start: i, end: end, tag: tag)
    }

    private static let commonWordsEndingInSuffix = WordList(Array(Lexicon.commonWordsEndingInSuffix))
    private static let centre = "中心".scalarArray
    private static let nationalUnion = "全总工会".scalarArray, unionWord = "总工会".scalarArray, comeFrom = "来自".scalarArray
    private static let nationalNames = ["中华全国总工会", "全国总工会"].map { ($0, $0.scalarArray) }
    private static let nationalPrefixes = ["中国", "中华", "国家"].map(\.scalarArray)

    /// Characters after 总 that make a word of their own (总体, 总书记, 总经理), not the 总 of 总工会.
    private static let notShorthandAfter: ScalarSet = [
        "体", "量", "额", "数", "计", "值", "规", "投", "监", "裁", "队", "站", "院", "医", "共", "价", "产", "人", "面",
        "决", "冠", "分", "成", "务", "理", "局", "书", "经", "指", "编", "支", "厂", "公", "会", "社", "店", "行", "馆",
        "台", "装", "督", "则", "署", "要", "目", "基", "的", "是", "能", "有", "之", "而", "归", "括", "起", "长", "干",
        "线", "站", "工",
    ]

    /// 甘肃省总, 县总, 全总 at `i` (the 总), or nil.
    private static func shorthand(at i: Int, in text: ScalarText) -> Suffix? {
        let c = text[i]
        if c == "全", text.at(i + 1) == "总" {
            // 全总: the national federation, standing alone.
            guard !text.matches(Self.nationalUnion, at: i), !(text.at(i + 2).map(notShorthandAfter.contains) ?? false),
                  isBoundaryBefore(i, in: text) else { return nil }
            return Suffix(start: i, end: i + 2, tag: .union, shorthand: true, national: true)
        }
        guard c == "总", let previous = text.at(i - 1), RegionNames.isBareLevel(previous) else { return nil }
        if text.matches(Self.unionWord, at: i) { return nil }
        if let next = text.at(i + 1) {
            if next == "部" && text.at(i + 2) != "署" { return nil }
            if next == "结" && text.at(i + 2) != "合" { return nil }
            if next == "统" && text.at(i + 2) != "筹" { return nil }
            if notShorthandAfter.contains(next) { return nil }
        }
        return Suffix(start: i, end: i + 1, tag: .union, shorthand: true)
    }

    private static func isBoundaryBefore(_ i: Int, in text: ScalarText) -> Bool {
        guard let previous = text.at(i - 1) else { return true }
        if !previous.isHan { return true }
        return Lexicon.boundaries.longestMatch(in: text, endingAt: i) != nil
    }

    // MARK: - One name

    /// The name ending in `chain`, added to `found`; returns the indices of the chains inside
    /// the name (which are not names of their own), or nil when the chain ends no name.
    private func candidate(ending chain: Chain, index j: Int, chains: [Chain], in text: ScalarText,
                           into found: inout Found) -> Range<Int>? {
        let end = chain.end
        if chain.first.national {
            found.add(chain.start, OrgMention(name: "全总", written: "全总", kind: .union, form: .nationalShorthand, order: 0))
            return 0..<0
        }
        guard var start = Self.nameStart(before: chain.start, in: text, kind: chain.tag) else { return nil }
        // National federation: 全国总工会, 中华全国总工会.
        for (national, n) in Self.nationalNames {
            if text.matches(n, endingAt: end), end - n.count >= start {
                found.add(end - n.count, OrgMention(name: national, written: national, kind: .union, form: .full, order: 0))
                return 0..<0
            }
        }
        // Determiners: 该县, 各, 全省; a measure word after a number (53家企业); 有的 just before.
        var determined = start > 0 && Lexicon.determiners.longestMatch(in: text, endingAt: start) != nil
        if let d = Lexicon.determiners.longestMatch(in: text, at: start, limit: chain.start) {
            start += d.length
            determined = true
            if let c = text.at(start), start < chain.start, RegionNames.levelChars.contains(c) || c == "村" { start += 1 }
        } else if start > 0, text[start - 1].isDigitLike, let c = text.at(start), Self.measureWords.contains(c) {
            start += 1
            determined = true
        }
        // A number and a measure word inside (三地近百名工会, 全市12个工会) make a count of bodies;
        // so does a number and a level (西安、咸阳两市总工会: the unions of two cities).
        // From the suffix leftwards to the start; none when a measure word took the start past it.
        for k in (start..<max(start, chain.start)).reversed() where k > 0 {
            let p = text[k - 1]
            let isChineseNumber = CampaignExtractor.chineseDigits.contains(p) && p != "万"
            guard Self.measureWords.contains(text[k]) || (isChineseNumber && RegionNames.levelChars.contains(text[k])) else { continue }
            if p.isDigitLike || isChineseNumber {
                start = k + 1
                determined = true
                break
            }
        }
        guard start <= chain.start else { return nil }
        // verbBeforeUnion: 建 right before a bare 工会 (组建工会, 应建尽建工会, 沿着产业链建工会)
        // says "set up a union"; 福建工会 is a place's union.
        if chain.first.isWord(Self.unionSuffix, in: text), chain.start > start, text[chain.start - 1] == "建",
           RegionNames.token(in: text, at: chain.start - 2, limit: chain.start)?.length != 2 {
            return nil
        }
        // An unknown verb glued in front (受理青海省总工会): a full province name inside the name opens it.
        if !determined {
            var p = start + 1
            let provinceFirsts = RegionNames.provinceFirsts  // asked at each position: held in a local
            while p < chain.start {
                // A full province name opens with a province's name: most positions are passed over
                // on its first character, a bit test.
                if provinceFirsts.contains(text[p]), RegionNames.startsProvinceName(text, at: p),
                   let t = RegionNames.token(in: text, at: p, limit: chain.start), t.level == .province,
                   RegionNames.isFullProvince(text.string(p..<(p + t.length))),
                   !(start..<p).contains(where: { Lexicon.suffixes.hasMatch(in: text, at: $0) }) {
                    start = p
                    break
                }
                p += 1
            }
        }
        // Chains are in text order: the ones inside this name are just before it.
        var firstInner = j
        while firstInner > 0, chains[firstInner - 1].start >= start { firstInner -= 1 }
        let inner = firstInner..<j
        let firstChain = inner.first.map { chains[$0] } ?? chain
        // Places in front: keep the last (村 and 社区 are not places here, so villages stay whole).
        let places = RegionNames.chain(in: text, from: start, limit: firstChain.start)
        let keepStart = places.count >= 2 ? places.endBeforeLast : start
        let regionEnd = places.end
        let hasPlace = !places.isEmpty
        var bodyStart = regionEnd
        var bareLevel: Unicode.Scalar?
        if !hasPlace, let c = text.at(bodyStart), bodyStart < firstChain.start, RegionNames.isBareLevel(c),
           text.at(bodyStart + 1) != "级" {
            bareLevel = c
            bodyStart += 1
        }
        let body = bodyStart..<firstChain.start
        let firstTag = firstChain.tag

        // Validity of the first organisation in the name.
        var form = OrgMention.Form.full
        var expandToUnion = false  // 山西省工会 → 山西省总工会
        if body.isEmpty {
            if let level = bareLevel {
                if firstTag == .union {
                    guard !determined, let l = RegionNames.level(of: level) else { return nil }
                    form = .elliptical(l, level)
                } else {
                    // 省委宣传部 is kept as written; 市政府 and 县委 alone say too little.
                    guard !determined, firstChain.partCount >= 2 || !inner.isEmpty else { return nil }
                }
            } else if hasPlace {
                let first = firstChain.first
                switch firstTag {
                case .union:
                    if !firstChain.isShorthand, firstChain.last.isWord(Self.unionSuffix, in: text) {
                        // 山西工会, 广西工会: a province's short name and 工会 is loose talk; 山西省工会 is its 总工会.
                        if places.count == 1, RegionNames.isShortProvince(text.string(start..<regionEnd)) {
                            form = .informal(text.string(start..<regionEnd))
                        } else {
                            expandToUnion = true
                        }
                    }
                case .government, .partyCommittee: break
                case .institution where Self.selfDescribingSuffixList.isWord(text, first.start..<first.end): break
                default: return nil
                }
            } else {
                return nil
            }
        } else {
            if Self.isGeneric(body, in: text, hasPlace: hasPlace, bareLevel: bareLevel != nil, union: firstTag == .union) { return nil }
            // One character is too little to name anything (有工作队, 扶工作队).
            if !hasPlace, bareLevel == nil, body.count < 2 { return nil }
            // 西宁工会, 巴彦淖尔工会: a city's short name and 工会 is loose talk for its union.
            if !hasPlace, bareLevel == nil, firstTag == .union, firstChain.partCount == 1, !firstChain.isShorthand,
               firstChain.last.isWord(Self.unionSuffix, in: text), inner.isEmpty, end == firstChain.end,
               (body.count <= 3 && Self.placeLike(body, in: text))
                || (body.count <= GazetteerShortNames.maxLength
                    && GazetteerShortNames.shared.levels(of: text.scalars[body])?.contains(.prefecture) == true) {
                form = .informal(text.string(body))
            }
        }

        func named(_ range: Range<Int>, shorthandEnd: Bool) -> String {
            var s = text.string(range)
            if shorthandEnd { s += "工会" }
            return s
        }
        // The name (from `keepStart`, 工会 added after a shorthand) and the form written (from
        // `start`) of an organisation ending at `nameEnd`: one string when they are the same text.
        let writtenStart = start
        func forms(endingAt nameEnd: Int, shorthandEnd: Bool) -> (name: String, written: String) {
            let written = text.string(writtenStart..<nameEnd)
            if keepStart == writtenStart && !shorthandEnd { return (written, written) }
            return (named(keepStart..<nameEnd, shorthandEnd: shorthandEnd), written)
        }
        let innerEnds = chains[inner]
        if innerEnds.isEmpty {
            if chain.tag == .department { return nil }
            let own = forms(endingAt: end, shorthandEnd: chain.isShorthand)
            var name = own.name
            if expandToUnion { name = text.string(keepStart..<chain.start) + "总工会" }
            if case .elliptical = form { name = text.string(keepStart..<end) + (chain.isShorthand ? "工会" : "") }
            var kind = chain.tag.kind
            // A company's union named before a person's title is the company (中国三安建设集团有限公司工会干部).
            if form == .full, chain.partCount >= 2, chain.last.isWord(Self.unionSuffix, in: text),
               chain.beforeLast?.tag == .company,
               Lexicon.personTitlesAfterUnion.longestMatch(in: text, at: end) != nil {
                let companyEnd = chain.beforeLast!.end
                name = text.string(keepStart..<companyEnd)
                kind = .company
            }
            found.add(keepStart, OrgMention(name: name, written: own.written, kind: kind, form: form, order: 0))
            return 0..<0
        }
        guard form == .full else { return nil }
        let last = innerEnds.last!
        let parentKind = last.tag.kind
        let finalSuffix = chain.last
        let finalIsUnion = finalSuffix.isWord(Self.unionSuffix, in: text)
        let childStart = last.end
        // A unit's union named after a place: two organisations (…有限公司 | 新丰镇车站工会).
        if chain.tag == .union, chain.partCount == 1, finalSuffix.endsInUnion(in: text), childStart < chain.start,
           RegionNames.token(in: text, at: childStart, limit: chain.start) != nil,
           !(childStart..<chain.start).contains(where: { Lexicon.suffixes.hasMatch(in: text, at: $0) }) {
            let childPlaces = RegionNames.chain(in: text, from: childStart, limit: chain.start)
            let childKeep = childPlaces.count >= 2 ? childPlaces.endBeforeLast : childStart
            let parent = forms(endingAt: last.end, shorthandEnd: last.isShorthand)
            found.add(keepStart, OrgMention(name: parent.name, written: parent.written, kind: parentKind, form: .full, order: 0))
            found.add(childKeep, OrgMention(name: text.string(childKeep..<end), written: text.string(childStart..<end), kind: .union, form: .full, order: 0))
            return inner
        }
        let departmentOfCompany = parentKind == .company
            && (Self.departmentAfterCompanyList.isWord(text, finalSuffix.start..<finalSuffix.end) || chain.tag == .department)
        let unionBeforeTitle = parentKind == .company && finalIsUnion && childStart == chain.start
            && Lexicon.personTitlesAfterUnion.longestMatch(in: text, at: end) != nil
        if departmentOfCompany || unionBeforeTitle {
            let parent = forms(endingAt: last.end, shorthandEnd: last.isShorthand)
            found.add(keepStart, OrgMention(name: parent.name, written: parent.written, kind: parentKind, form: .full, order: 0))
            for k in innerEnds.dropLast() {
                let nested = forms(endingAt: k.end, shorthandEnd: k.isShorthand)
                found.add(keepStart, OrgMention(name: nested.name, written: nested.written, kind: k.tag.kind, form: .nested, order: 0))
            }
            return inner
        }
        if chain.tag == .department { return nil }
        var fullEnd = end
        var fullKind = chain.tag.kind
        // …分公司工会主席: the union word belongs to the person's title; the name is the company's.
        if chain.partCount >= 2, finalIsUnion, chain.beforeLast?.tag == .company,
           Lexicon.personTitlesAfterUnion.longestMatch(in: text, at: end) != nil {
            fullEnd = chain.beforeLast!.end
            fullKind = .company
        }
        let full = forms(endingAt: fullEnd, shorthandEnd: false)
        found.add(keepStart, OrgMention(name: full.name, written: full.written, kind: fullKind, form: .full, order: 0))
        for k in innerEnds {
            let nested = forms(endingAt: k.end, shorthandEnd: k.isShorthand)
            found.add(keepStart, OrgMention(name: nested.name, written: nested.written, kind: k.tag.kind, form: .nested, order: 0))
        }
        return inner
    }

    /// Whether the name ending at `end` is an item of a list closed by 等 and a noun for things
    /// (配备五轴加工中心、…、智能焊接工作站等先进设备).
    private static func inListOfThings(endingAt end: Int, in text: ScalarText) -> Bool {
        var k = end
        while k < text.count, k < end + 40 {
            let c = text[k]
            if c == "等" {
                // 等多种设施, 等先进设备: a modifier may stand before the noun.
                var n = k + 1
                if let m = Self.listModifiers.longestMatch(in: text, at: n) { n += m.length }
                return Lexicon.nonOrganisationListNouns.longestMatch(in: text, at: n) != nil
            }
            if !(c.isHan || c == "、" || c.isDigitLike) { return false }
            k += 1
        }
        return false
    }

    private static let listModifiers = WordList(["多种", "多个", "各类", "各种", "先进", "相关", "重点", "多项", "一批", "大型", "新型", "智能"])

    static let measureWords: ScalarSet = ["家", "个", "名", "所", "支", "位", "座", "处", "项", "条", "批", "户", "只", "级", "类"]

    /// Where the name ending in a suffix at `suffixStart` begins, or nil when no boundary is found in reach.
    static func nameStart(before suffixStart: Int, in text: ScalarText, kind: Lexicon.SuffixTag) -> Int? {
        let floor = max(0, suffixStart - maxNameLength)
        var pos = suffixStart
        while pos > floor {
            if let b = Lexicon.boundaries.longestMatch(in: text, endingAt: pos, floor: floor) {
                let wordStart = pos - b.length
                // functionWordInPlace: 和 in 呼和浩特市, 同 in 同江市 belong to the place.
                if let place = RegionNames.placeHolding(wordStart..<pos, in: text, floor: floor, limit: suffixStart) {
                    // Right after another organisation the place starts this name (…总工会和平区总工会).
                    if place == 0 || Lexicon.suffixes.longestMatch(in: text, endingAt: place) != nil { return place }
                    pos = place
                    continue
                }
                if b.tag == 0 {
                    let exceptions = b.length == 1 ? Lexicon.boundaryUnlessFollowedBy[text[wordStart]] : nil
                    if !(exceptions.map { set in text.at(pos).map(set.contains) ?? false } ?? false) { return pos }
                } else if conjunctionEndsName(before: wordStart, in: text, kind: kind) {
                    return pos
                }
            }
            let c = text[pos - 1]
            if c.isHan || c.isLatinLetter {
                pos -= 1
                continue
            }
            if c == ")" || c == "）" {
                // Keep a parenthesis inside a name (启合信息科技(山东)有限公司), unless it holds a name of its own.
                guard let open = (max(floor, pos - 12)..<(pos - 1)).last(where: { text[$0] == "(" || text[$0] == "（" }),
                      open > 0, text[open - 1].isHan, text[open - 1] != "讯", text[open - 1] != "电",
                      RegionNames.token(in: text, at: pos) == nil,
                      ((open + 1)..<(pos - 1)).allSatisfy({ text[$0].isHan }),
                      Lexicon.suffixes.longestMatch(in: text, endingAt: pos - 1, floor: open + 1) == nil
                else { return pos }
                pos = open
                continue
            }
            if c.isDigitLike {
                // Digits inside a name follow a place (吉林省12345政务服务…).
                var r = pos - 1
                while r > floor, text[r - 1].isDigitLike { r -= 1 }
                guard r > 0, RegionNames.levelChars.contains(text[r - 1]), text.isHan(pos), !measureWords.contains(text[pos]) else { return pos }
                pos = r
                continue
            }
            return pos
        }
        return floor == 0 ? pos : nil
    }

    /// 和/与/及 end a name when an organisation stands before them, or when the name is a union or company.
    /// Inside the name of a department or institution they join two words (住房和城乡建设厅,
    /// 黄淮学院生物与食品工程学院) when the part before them opens with a place or holds a suffix.
    private static func conjunctionEndsName(before wordStart: Int, in text: ScalarText, kind: Lexicon.SuffixTag) -> Bool {
        guard wordStart > 0, text[wordStart - 1].isHan else { return true }
        if Lexicon.suffixes.longestMatch(in: text, endingAt: wordStart) != nil { return true }
        if text[wordStart - 1] == "总" { return true }
        switch kind {
        case .union, .company: return true
        default: break
        }
        var s = wordStart
        while s > 0, s > wordStart - 16, text.isHan(s - 1),
              !(Lexicon.boundaries.longestMatch(in: text, endingAt: s).map { $0.tag == 0 } ?? false) {
            s -= 1
        }
        guard s < wordStart else { return true }
        if RegionNames.token(in: text, at: s, limit: wordStart) != nil { return false }
        if let c = text.at(s), RegionNames.isBareLevel(c) { return false }
        for k in s..<wordStart where Lexicon.suffixes.longestMatch(in: text, at: k, limit: wordStart) != nil {
            return false
        }
        return true
    }

    /// Whether a body is a description: determiners and type words only.
    private static func isGeneric(_ body: Range<Int>, in text: ScalarText, hasPlace: Bool, bareLevel: Bool, union: Bool) -> Bool {
        // The rules read the body without parentheses and list commas. Most bodies hold none:
        // those are read in place; only the others are copied without them.
        guard body.contains(where: { isLeftOutOfBody(text[$0]) }) else {
            return isGenericCore(body, in: text, hasPlace: hasPlace, bareLevel: bareLevel, union: union)
        }
        var core: [Unicode.Scalar] = []
        core.reserveCapacity(body.count)
        for k in body where !isLeftOutOfBody(text[k]) { core.append(text[k]) }
        // The word lists below compare scalars and never ask whether the text is plain.
        let coreText = ScalarText(scalars: core, isPlain: text.isPlain)
        return isGenericCore(0..<coreText.count, in: coreText, hasPlace: hasPlace, bareLevel: bareLevel, union: union)
    }

    /// The characters ``isGeneric(_:in:hasPlace:bareLevel:union:)`` leaves out of a body.
    private static func isLeftOutOfBody(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "(", ")", "（", "）", "、": true
        default: false
        }
    }

    /// ``isGeneric(_:in:hasPlace:bareLevel:union:)`` on a body `core` with nothing left out:
    /// every word asked of it lies within the range.
    private static func isGenericCore(_ core: Range<Int>, in text: ScalarText, hasPlace: Bool, bareLevel: Bool, union: Bool) -> Bool {
        guard !core.isEmpty else { return true }
        let first = core.lowerBound, end = core.upperBound
        if bareLevel {
            // 区工人(职工)服务中心, 省商务厅: an elliptical name of one body, generic when it says 各级…
            // or lists levels (县区市工会).
            if RegionNames.levelChars.contains(text[first]) { return true }
            return Lexicon.determiners.covers(text, core)
        }
        for k in core where Lexicon.determinersAnywhere.longestMatch(in: text, at: k, limit: end) != nil { return true }
        if hasPlace {
            // 湖北各级工会 is generic; 上海全宇生物科技… is not (全 alone needs a level after it: 全省).
            if let d = Lexicon.determiners.longestMatch(in: text, at: first, limit: end) {
                let next = first + d.length < end ? text[first + d.length] : nil
                return d.length >= 2 || next.map { RegionNames.levelChars.contains($0) || $0 == "级" || $0 == "国" } ?? true
            }
            return false
        }
        // 中国农业银行, 中国银行, 国家电网: a national name, even when the rest is a type word
        // (but 中国工会 is the movement, not a body).
        if core.count > 2 || !union,
           Self.nationalPrefixes.contains(where: { core.count >= $0.count && text.matches($0, at: first) }) { return false }
        return Lexicon.genericWords.covers(text, core)
    }

    /// A short all-Han body that may be a place written without its level (西宁, 山西); the resolver
    /// keeps such a name only as an alias of that place's union.
    private static func placeLike(_ body: Range<Int>, in text: ScalarText) -> Bool {
        body.allSatisfy { text.isHan($0) }
    }

    // MARK: - Names without a suffix

    private static let enumerationNouns = WordList(["企业", "平台", "公司", "单位", "机构", "银行", "厂家", "商家", "院校", "高校", "网站", "电商平台"])
    private static let workerNouns = WordList(["职工", "员工", "工人", "学员", "选手", "代表", "技术员", "工程师", "劳模", "员工代表", "职工学员"])

    /// Items before 等企业/等平台 and X in 来自X的职工.
    private func enumerated(in text: ScalarText, excluded: RangeMask, into found: inout Found) {
        var i = 0
        while i < text.count {
            // Only 等 and 来 open a case: pass over the rest in a tight loop.
            i = ScalarClasses.next(ScalarClasses.enumeration, in: text, from: i)
            guard i < text.count else { break }
            defer { i += 1 }
            if text[i] == "等", Self.enumerationNouns.longestMatch(in: text, at: i + 1) != nil {
                // Walk back over 、-separated items.
                var items: [Range<Int>] = []
                var end = i
                while true {
                    var s = end
                    while s > 0, s > end - 14, text.isHan(s - 1), text[s - 1] != "、" { s -= 1 }
                    guard s < end else { break }
                    items.append(s..<end)
                    if s > 0, text[s - 1] == "、" { end = s - 1 } else { break }
                }
                guard items.count >= 2 else { continue }
                // The first item starts after a boundary word, as a name does.
                if var first = items.last, let s = Self.nameStart(before: first.upperBound, in: text, kind: .company) {
                    first = max(s, first.lowerBound)..<first.upperBound
                    items[items.count - 1] = first
                }
                for item in items.reversed() where acceptableBareName(item, in: text, excluded: excluded) {
                    let name = text.string(item)
                    found.add(item.lowerBound, OrgMention(name: name, written: name, kind: .company, form: .full, order: 0))
                }
            } else if text[i] == "来", text.matches(Self.comeFrom, at: i) {
                var k = i + 2
                while k < text.count, k < i + 16, text.isHan(k), text[k] != "的" { k += 1 }
                guard text.at(k) == "的", Self.workerNouns.longestMatch(in: text, at: k + 1) != nil else { continue }
                let item = (i + 2)..<k
                if acceptableBareName(item, in: text, excluded: excluded) {
                    let name = text.string(item)
                    found.add(item.lowerBound, OrgMention(name: name, written: name, kind: .company, form: .full, order: 0))
                }
            }
        }
    }

    private static let genericEndings = WordList(["行业", "产业", "领域", "系统", "地区", "一线", "各地", "全国", "部门", "单位", "基层", "城市", "农村", "企业"])

    private func acceptableBareName(_ item: Range<Int>, in text: ScalarText, excluded: RangeMask) -> Bool {
        guard item.count >= 2, item.count <= 12, !excluded.overlaps(item) else { return false }
        if Self.genericEndings.longestMatch(in: text, endingAt: item.upperBound, floor: item.lowerBound) != nil { return false }
        // Names with a suffix are found by the main scan.
        if Lexicon.suffixes.longestMatch(in: text, endingAt: item.upperBound, floor: item.lowerBound) != nil { return false }
        if Lexicon.determiners.longestMatch(in: text, at: item.lowerBound) != nil { return false }
        if Lexicon.genericWords.covers(text, item) { return false }
        // A bare place (惠州、东莞) is not a company.
        if let t = RegionNames.token(in: text, at: item.lowerBound, limit: item.upperBound), t.length == item.count { return false }
        if RegionNames.isProvince(text.string(item)) { return false }
        for k in item where !text.isHan(k) || text[k] == "的" { return false }
        return true
    }
}
