/// Finds people: credited reporters and photographers, and people in the text
/// named with a cue. Precision comes first: a name is taken only next to a cue.
///
/// Cues, each with a name:
/// - `credit`: bylines and credits (`本报记者 张静`, `□张昆 摄`, `本报讯(记者康功)`).
/// - `titleBefore`: a title or occupation right before the name (常务副主席何红宇,
///   外卖配送员陈科); the title is kept as the person's role.
/// - `speechAfter`: a verb of saying right after the name, which stands after
///   punctuation (“……”余军说, 韩智文高兴地告诉记者).
/// - `titleAfter`: 委员, 代表, 总书记, 一行 right after the name (焦开河委员).
/// - `list`: names in a 、-list with a known person, closed by 等N名/位/人 (罗亨、刘晓楠、刘一霖等),
///   before 分获, or three or more after a colon.
/// - `age`: 26岁的刘杰; `including`: 包括郝生生在内.
/// - `doubledName`: surname and a doubled given name written twice (赵明明).
/// - `variant`: the same given name under another surname, for a name spelled two ways.
/// - `dottedName`: names printed with a separator dot (阿依古丽·买买提), see `DottedNameCue`.
/// Guards: the surname table, characters never found in given names, ordinary
/// words that open with a surname (高质量, 安全, 张家口), and a place or organisation
/// ending right after the name. Where a given name could have one or two
/// characters, the form written more often in the article wins.
struct PersonExtractor: Sendable {
    typealias Lexicon = PersonLexicon

    private struct Found {
        var name: String
        var role: String
        var order: Int
    }

    func extract(_ texts: ArticleTexts, credits: [Byline]) -> [PersonTag] {
        var found: [Found] = credits.enumerated().map { Found(name: $1.name, role: $1.role, order: -1000 + $0) }
        let wholeCounts = CountCache(texts: texts)
        for (s, segment) in texts.segments.enumerated() {
            let text = segment.text
            let base = (s + 1) * 1_000_000
            for credit in CreditParser.embedded(in: text) {
                found.append(Found(name: credit.name, role: credit.role, order: base))
            }
            cued(in: text, base: base, counts: wholeCounts, surnames: wholeCounts.surnameLengths[s], into: &found)
            for name in DottedNameCue.names(in: text) {
                found.append(Found(name: name.name, role: "", order: base + name.range.lowerBound))
            }
        }
        // A dotted name's parts (阿依古丽 and 买买提 of 阿依古丽·买买提) are not people of their own.
        let separators = DottedNameCue.separators  // asked per scalar: held in a local
        var dotted: [String] = []
        for f in found where Self.holdsSeparator(f.name, separators) { dotted.append(f.name) }
        if !dotted.isEmpty {
            found.removeAll { f in dotted.contains { $0 != f.name && $0.contains(f.name) } }
        }
        // Lists and repeated forms need the names found so far: in a name table, which hashes a
        // name's bytes where a Set<String> ran the normalizing String hash on every name.
        var known = NameTable<Bool>()
        for f in found { known[f.name] = true }
        for (s, segment) in texts.segments.enumerated() {
            let more = lists(in: segment.text, base: (s + 1) * 1_000_000, known: &known, surnames: wholeCounts.surnameLengths[s])
            // Most segments add no name: nothing appended or merged for them.
            guard !more.isEmpty else { continue }
            found += more
            for f in more { known[f.name] = true }
        }
        var givenNames = GivenNames()
        // Every name known (a name found twice adds the same entry twice, which answers alike).
        for f in found { givenNames.add(f.name) }
        for (s, segment) in texts.segments.enumerated() {
            let more = variants(in: segment.text, base: (s + 1) * 1_000_000, known: &known, givenNames: givenNames,
                                surnames: wholeCounts.surnameLengths[s], positions: wholeCounts.surnamePositions(ofSegment: s))
            guard !more.isEmpty else { continue }
            found += more
            for f in more where known[f.name] == nil {
                known[f.name] = true
                givenNames.add(f.name)
            }
        }
        // One tag per name: the first role given, the count of times written.
        var tags: [PersonTag] = []
        var position = NameTable<Int>()
        for f in found.sorted(by: { $0.order < $1.order }) {
            if let i = position[f.name] {
                if tags[i].role.isEmpty { tags[i].role = f.role }
                continue
            }
            position[f.name] = tags.count
            tags.append(PersonTag(name: f.name, role: f.role, count: 0))
        }
        var creditCounts = NameTable<Int>()
        for credit in credits { creditCounts[credit.name] = (creditCounts[credit.name] ?? 0) + 1 }
        for i in tags.indices {
            tags[i].count = max(1, wholeCounts.count(tags[i].name) + (creditCounts[tags[i].name] ?? 0))
        }
        return tags
    }

    /// Whether `name` holds a scalar of `separators`, read from its UTF-8 in place: a test through
    /// its scalar view, with the set's method as the predicate, made a closure per name.
    private static func holdsSeparator(_ name: String, _ separators: ScalarSet) -> Bool {
        var name = name
        return name.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                // Native strings hold valid UTF-8, so every value is a scalar.
                if separators.contains(unsafeBitCast(UTF8Codec.next(bytes, &i), to: Unicode.Scalar.self)) { return true }
            }
            return false
        }
    }

    /// How often candidate names occur across the article. On plain text the first few names
    /// asked about are counted by a scan; past those, every two-, three- and four-character
    /// string starting with a surname is counted in one pass, so that looking a name up costs
    /// nothing however many candidates a long text holds. Other strings (pen names) are counted
    /// by a scan and cached.
    final class CountCache {
        private let texts: ArticleTexts
        /// Whether every segment is plain: grams are then counted by their scalars.
        private let plain: Bool
        private var grams: [String: Int] = [:]
        private var packed = GramTable()
        private var cache: [String: Int] = [:]
        /// ``PersonNames/surnameLengths(of:)`` of each segment, for the scanners that follow.
        let surnameLengths: [PersonNames.SurnameMarks]
        /// On plain text: the surname positions of every segment, back to back (segment `s`'s
        /// end at `positionEnds[s]`), which the scans visit instead of every position.
        private let positions: [Int]
        private let positionEnds: [Int]

        init(texts: ArticleTexts) {
            self.texts = texts
            let plain = texts.segments.allSatisfy(\.text.isPlain)
            self.plain = plain
            // Built in locals: stored properties of a class pay an exclusivity check per access.
            var grams: [String: Int] = [:]
            let surnameLengths = PersonNames.surnameMarks(of: texts)
            var positionEnds: [Int] = []
            positionEnds.reserveCapacity(texts.segments.count)
            // Plain texts are counted on demand (see `gramCount`), from the surname positions
            // gathered here: every position is written, and the count moves past it only when
            // its mark is set, so that the pass has no branch on the marks (a surname stands at
            // one position in four or five, at no pattern a branch could learn) and no append.
            let total = plain ? texts.segments.reduce(0) { $0 + $1.text.count } : 0
            let positions = [Int](unsafeUninitializedCapacity: total) { out, count in
                var p = 0
                for (segment, surnames) in zip(texts.segments, surnameLengths) where plain {
                    let n = segment.text.count
                    // Read in place: through the view, each position paid a bounds check and more.
                    // `p` never passes the positions read so far, so no write passes `total`.
                    surnames.lengths.withUnsafeBufferPointer { lengths in
                        let marks = UnsafeBufferPointer(rebasing: lengths[surnames.start..<(surnames.start + n)])
                        for i in 0..<n {
                            out[p] = i
                            p &+= marks[i] != 0 ? 1 : 0
                        }
                    }
                    positionEnds.append(p)
                }
                count = p
            }
            for (segment, surnames) in zip(texts.segments, surnameLengths) where !plain {
                let text = segment.text
                let n = text.count
                for i in 0..<n where surnames[i] > 0 {
                    for length in 2...4 where i + length <= n {
                        grams[text.string(i..<(i + length)), default: 0] += 1
                    }
                }
            }
            self.grams = grams
            self.surnameLengths = surnameLengths
            self.positions = positions
            self.positionEnds = positionEnds
        }

        /// On plain text, the positions of segment `s` where a surname starts, in order; nil
        /// on other text.
        func surnamePositions(ofSegment s: Int) -> ArraySlice<Int>? {
            guard plain else { return nil }
            return positions[(s == 0 ? 0 : positionEnds[s - 1])..<positionEnds[s]]
        }

        /// Distinct names counted by a scan before the table of every gram is built: most
        /// articles ask about a few names only, and a scan costs less than the table.
        private static let scansBeforeTable = 64
        private var scans: [(key: GramTable.Key, count: Int)] = []
        private var tableBuilt = false

        /// How many times the plain gram `scalars` (two to four, opening with a surname) occurs
        /// at a surname position: what the table of grams holds for its key.
        private func gramCount(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
            let key = GramTable.key(scalars)
            if tableBuilt { return packed.count(key) }
            for s in scans where s.key == key { return s.count }
            guard scans.count >= Self.scansBeforeTable else {
                var c = 0
                let length = scalars.count, first = scalars[scalars.startIndex]
                var start = 0
                for (s, segment) in texts.segments.enumerated() {
                    let end = positionEnds[s]
                    let text = segment.text
                    if start < end {
                        text.scalars.withUnsafeBufferPointer { t in
                            positions.withUnsafeBufferPointer { positions in
                                for p in start..<end {
                                    let i = positions[p]
                                    guard t[i] == first, i + length <= t.count else { continue }
                                    var k = 1
                                    while k < length && t[i + k] == scalars[scalars.startIndex + k] { k += 1 }
                                    if k == length { c += 1 }
                                }
                            }
                        }
                    }
                    start = end
                }
                scans.append((key, c))
                return c
            }
            var packed = GramTable(capacity: texts.segments.reduce(0) { $0 + $1.text.count })
            for (segment, surnames) in zip(texts.segments, surnameLengths) {
                let text = segment.text
                let n = text.count
                for i in 0..<n where surnames[i] > 0 {
                    // The keys of `GramTable.key`, built up one scalar at a time.
                    guard i + 2 <= n else { continue }
                    var a = UInt64(text[i].value) | UInt64(text[i + 1].value) << 21
                    packed.add(GramTable.Key(a: a, b: 2 << 42 | 1 << 63))
                    guard i + 3 <= n else { continue }
                    a |= UInt64(text[i + 2].value) << 42
                    packed.add(GramTable.Key(a: a, b: 3 << 42 | 1 << 63))
                    guard i + 4 <= n else { continue }
                    packed.add(GramTable.Key(a: a, b: UInt64(text[i + 3].value) | 4 << 42 | 1 << 63))
                }
            }
            self.packed = packed
            tableBuilt = true
            return packed.count(key)
        }

        func count(_ s: String) -> Int {
            let scalars = s.scalarArray
            // The text's plainness is the name's scalars all normalization-inert, worked out once here.
            let name = ScalarText(scalars: scalars)
            if (2...4).contains(scalars.count), PersonNames.startsWithSurname(name, at: 0) {
                guard plain else { return grams[s] ?? 0 }
                if name.isPlain { return gramCount(scalars[...]) }
                // A name not in normal form may still equal a gram as a string.
                return stringEqualGrams(s)
            }
            if let c = cache[s] { return c }
            let c = texts.occurrences(of: s)
            cache[s] = c
            return c
        }

        /// ``count(_:)`` of the name written at `range` of `text`. A plain gram (the common case:
        /// the scanners ask about the names they read) is counted on the text's own scalars, so
        /// that no string is made and decoded again just to be counted; any other name is
        /// counted as its string.
        func count(_ text: ScalarText, _ range: Range<Int>) -> Int {
            let gram = text.scalars[range.clamped(to: 0..<text.count)]
            // The double surnames are all two characters long, so on a gram of two or more the
            // surname test on the text agrees with the same test on the gram alone.
            if plain, (2...4).contains(gram.count), PersonNames.startsWithSurname(text, at: gram.startIndex) {
                let inert = ScalarSet.normalizationInert  // asked per scalar: held in a local
                if text.isPlain || gram.allSatisfy({ inert.contains($0) }) { return gramCount(gram) }
            }
            return count(ScalarText.string(gram))
        }

        private func stringEqualGrams(_ s: String) -> Int {
            var n = 0
            for segment in texts.segments {
                let text = segment.text
                for i in 0..<text.count where PersonNames.startsWithSurname(text, at: i) {
                    for length in 2...4 where i + length <= text.count && text.string(i..<(i + length)) == s { n += 1 }
                }
            }
            return n
        }
    }

    /// Counts of grams of two to four scalars, keyed by their packed scalars, in an
    /// open-addressing table (no string is built and no SipHash is run per gram).
    struct GramTable {
        struct Key: Equatable {
            var a: UInt64
            var b: UInt64
        }

        private var keys: [Key] = []
        private var counts: [Int32] = []
        private var used = 0

        init() {}

        /// A table sized for about `capacity / 2` grams (a text of that many scalars), so
        /// that counting a text rarely regrows it.
        init(capacity: Int) {
            var size = 64
            while size < capacity { size <<= 1 }
            size = min(size, 1 << 16)
            keys = [Key](repeating: Key(a: 0, b: 0), count: size)
            counts = [Int32](repeating: 0, count: size)
        }

        /// The key of a gram of two to four scalars (21 bits each, and the length).
        static func key(_ scalars: ArraySlice<Unicode.Scalar>) -> Key {
            var a: UInt64 = 0, b: UInt64 = UInt64(scalars.count) << 42
            for (n, s) in scalars.enumerated() {
                if n < 3 { a |= UInt64(s.value) << UInt64(21 * n) } else { b |= UInt64(s.value) }
            }
            return Key(a: a, b: b | 1 << 63)  // the top bit marks a used slot
        }

        @inline(__always)
        private static func slot(_ key: Key, _ mask: Int) -> Int {
            Int(truncatingIfNeeded: ((key.a ^ (key.b &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        }

        mutating func add(_ key: Key) {
            if (used + 1) * 2 > keys.count { grow() }
            let mask = keys.count - 1
            var slot = Self.slot(key, mask)
            while true {
                let k = keys[slot]
                if k == key {
                    counts[slot] += 1
                    return
                }
                if k.b == 0 {
                    keys[slot] = key
                    counts[slot] = 1
                    used += 1
                    return
                }
                slot = (slot + 1) & mask
            }
        }

        func count(_ key: Key) -> Int {
            guard !keys.isEmpty else { return 0 }
            let mask = keys.count - 1
            var slot = Self.slot(key, mask)
            while true {
                let k = keys[slot]
                if k == key { return Int(counts[slot]) }
                if k.b == 0 { return 0 }
                slot = (slot + 1) & mask
            }
        }

        private mutating func grow() {
            let oldKeys = keys, oldCounts = counts
            let capacity = max(64, keys.count * 2)
            keys = [Key](repeating: Key(a: 0, b: 0), count: capacity)
            counts = [Int32](repeating: 0, count: capacity)
            let mask = capacity - 1
            for (k, c) in zip(oldKeys, oldCounts) where k.b != 0 {
                var slot = Self.slot(k, mask)
                while keys[slot].b != 0 { slot = (slot + 1) & mask }
                keys[slot] = k
                counts[slot] = c
            }
        }
    }

    // MARK: - Cues in one segment

    /// The names found by a cue in one segment, appended to `result` (an array a segment,
    /// appended to the article's, cost an allocation per paragraph).
    private func cued(in text: ScalarText, base: Int, counts: CountCache, surnames: PersonNames.SurnameMarks, into result: inout [Found]) {
        // Held in locals: these are asked at every position.
        let speechVerbs = Lexicon.speechVerbs, postTitles = Lexicon.postTitles, titles = Lexicon.titles
        // A cue needs a surname here, or a speech verb, a title after a name, 岁 or 包 starting here.
        let cues = ScalarClasses.speechVerb | ScalarClasses.postTitle | ScalarClasses.ageOrIncluding
        // The text's classes (worked out here for a text that lacks them) and its surname marks,
        // held in place for the whole scan: asked through the arrays, every position visited
        // paid for their views again.
        let classes = text.classes.isEmpty ? ScalarClasses.classBytes(of: text.scalars) : text.classes
        let n = text.count
        surnames.lengths.withUnsafeBufferPointer { all in
            classes.withUnsafeBufferPointer { classes in
                let marks = UnsafeBufferPointer(rebasing: all[surnames.start..<(surnames.start + n)])
                var i = 0
                while i < n {
                    // A tight loop passes over the positions where no cue can start.
                    i = ScalarClasses.next(cues, orMarked: marks, classes: classes, from: i)
                    guard i < n else { break }
                    defer { i += 1 }
                    let surname = Int(marks[i])
                    // At a surname where no cue's own character stands, only a title ending before it
                    // (titleBefore) or a doubled given name after it (doubledName) may start a cue:
                    // these tests of theirs settle nearly every such position before the rest are asked.
                    if classes[i] & cues == 0, !(i > 0 && titles.mayEnd(text[i - 1])),
                       !(surname == 1 && i + 2 < n && text[i + 1] == text[i + 2]) { continue }
                    // titleBefore
                    if surname > 0, text[i] != "和", i > 0, titles.mayEnd(text[i - 1]), let t = titles.longestMatch(in: text, endingAt: i) {
                        if let name = nameAfterTitle(text, at: i, counts: counts),
                           !Self.weakTitleList.containsWord(text, (i - t.length)..<i) || wellSupported(name, in: text, at: i, counts: counts) {
                            result.append(Found(name: name, role: role(endingAt: i, titleLength: t.length, in: text), order: base + i))
                        }
                    }
                    // speechAfter, with an optional adverb in 地 (高兴地告诉记者)
                    let c = text[i]
                    if speechVerbs.mayStart(c), speechVerbs.hasMatch(in: text, at: i) {
                        if let name = nameBefore(text, end: i) {
                            result.append(Found(name: name, role: "", order: base + i - name.scalarCount))
                        } else if text.at(i - 1) == "地" {
                            for adverb in 2...3 where i - 1 - adverb >= 0 && (i - 1 - adverb..<i).allSatisfy({ text.isHan($0) }) {
                                if let name = nameBefore(text, end: i - 1 - adverb) {
                                    result.append(Found(name: name, role: "", order: base + i - 1 - adverb - name.scalarCount))
                                    break
                                }
                            }
                        }
                    }
                    // titleAfter
                    if postTitles.mayStart(c), let post = postTitles.longestMatch(in: text, at: i), let name = nameBefore(text, end: i) {
                        let word = text.string(i..<(i + post.length))
                        result.append(Found(name: name, role: ["一行", "等人"].contains(word) ? "" : word, order: base + i - name.scalarCount))
                    }
                    // age: 26岁的刘杰
                    if text[i] == "岁", text.at(i + 1) == "的", i > 0, text[i - 1].isDigitLike || CampaignExtractor.chineseDigits.contains(text[i - 1]),
                       PersonNames.startsWithSurname(text, at: i + 2), let name = nameAfterTitle(text, at: i + 2, counts: counts) {
                        result.append(Found(name: name, role: "", order: base + i + 2))
                    }
                    // including: 包括郝生生在内
                    if text[i] == "包", text.matches(Self.including, at: i) {
                        for length in [3, 2, 4] where text.matches(Self.inside, at: i + 2 + length) {
                            let start = i + 2
                            if PersonNames.startsWithSurname(text, at: start), acceptable(text, start..<(start + length)) {
                                result.append(Found(name: text.string(start..<(start + length)), role: "", order: base + start))
                            }
                            break
                        }
                    }
                    // doubledName: 赵明明 written twice
                    if surname == 1, let a = text.at(i + 1), a == text.at(i + 2), PersonNames.canBeGiven(a),
                       !Self.doubledWords.contains(a), i == 0 || !text.isHan(i - 1) || text[i - 1] == "的",
                       PersonNames.endsName(text, at: i + 3) || text.isHan(i + 3) {
                        if counts.count(text, i..<(i + 3)) >= 2, acceptable(text, i..<(i + 3)) {
                            result.append(Found(name: text.string(i..<(i + 3)), role: "", order: base + i))
                        }
                    }
                }
            }
        }
    }

    private static let including = "包括".scalarArray, inside = "在内".scalarArray
    /// `Lexicon.weakTitles` as a word list, asked on the title's scalars: no string is made per title.
    private static let weakTitleList = WordList(Array(Lexicon.weakTitles))

    /// After a weak title a name must be written twice, or be followed by punctuation or a common verb.
    private func wellSupported(_ name: String, in text: ScalarText, at start: Int, counts: CountCache) -> Bool {
        if counts.count(name) >= 2 { return true }
        let end = start + name.scalarCount
        guard let next = text.at(end) else { return true }
        return !next.isHan || Lexicon.verbStartsAfterName.contains(next) || PersonNames.endsName(text, at: end)
    }

    /// Doubled characters that make ordinary words (天天, 常常, 渐渐).
    private static let doubledWords = ScalarSet("天年月日人家个常刚渐慢好多大小高早晚时处层步代户声片点滴件样种".unicodeScalars)

    /// The name starting at `start` after a title: surname plus one or two given characters.
    private func nameAfterTitle(_ text: ScalarText, at start: Int, counts: CountCache) -> String? {
        let sl = PersonNames.surnameLength(text, at: start)
        guard sl > 0 else { return nil }
        let g1 = start + sl
        guard PersonNames.canBeGiven(text.at(g1)) else { return nil }
        var length: Int
        if !PersonNames.canBeGiven(text.at(g1 + 1)) || PersonNames.endsName(text, at: g1 + 1) {
            length = sl + 1
        } else if text.at(g1 + 1) == "和", counts.count(text, start..<(g1 + 2)) < 2 {
            // 杨帆和同学们: 和 after a name is a conjunction unless the longer name recurs.
            length = sl + 1
        } else if PersonNames.endsName(text, at: g1 + 2) || Lexicon.titles.hasMatch(in: text, at: g1 + 2) {
            length = sl + 2
        } else {
            length = counts.count(text, start..<(g1 + 1)) > counts.count(text, start..<(g1 + 2)) ? sl + 1 : sl + 2
        }
        let range = start..<(start + length)
        if acceptable(text, range) { return text.string(range) }
        // 张家口: a place ends the longer reading; try the shorter one.
        if length == sl + 2, acceptable(text, start..<(start + sl + 1)) { return text.string(start..<(start + sl + 1)) }
        return nil
    }

    /// A name of two to four characters ending at `end`, standing after punctuation (or a function word).
    private func nameBefore(_ text: ScalarText, end: Int) -> String? {
        for length in [3, 2, 4] {
            let start = end - length
            guard start >= 0 else { continue }
            let sl = PersonNames.surnameLength(text, at: start)
            guard sl > 0, length - sl >= 1, length - sl <= 2 else { continue }
            guard (start + sl..<end).allSatisfy({ PersonNames.canBeGiven(text.at($0)) }) else { continue }
            guard standsApart(text, before: start) else { continue }
            // 王师傅, 李主任: a surname and an honorific, not a full name.
            if Lexicon.postTitles.hasMatch(in: text, at: start + sl) || Lexicon.titles.hasMatch(in: text, at: start + sl) { continue }
            if acceptable(text, start..<end) { return text.string(start..<end) }
        }
        return nil
    }

    /// Whether a name may start at `start`: after punctuation, a quote, a list comma, the start, or a title.
    private func standsApart(_ text: ScalarText, before start: Int) -> Bool {
        guard let previous = text.at(start - 1) else { return true }
        if previous.isDigitLike { return false }  // 3位劳模: a count, not a name
        if !previous.isHan { return true }
        if Lexicon.titles.longestMatch(in: text, endingAt: start) != nil { return true }
        // 此前周晓峰表示: a time word or verb of two characters or more.
        if let b = OrganisationLexicon.boundaries.longestMatch(in: text, endingAt: start), b.length >= 2, b.tag == 0 { return true }
        return ["和", "与", "及", "同", "以", "向", "对", "让", "请", "由", "据", "连"].contains(previous)
    }

    /// Guards against ordinary words, places and organisations read as names.
    private func acceptable(_ text: ScalarText, _ range: Range<Int>) -> Bool {
        guard range.count >= 2, range.count <= 4 else { return false }
        if let w = Lexicon.ordinaryWords.longestMatch(in: text, at: range.lowerBound), w.length <= range.count || w.length == 3 { return false }
        if Self.startsPlaceName(text, range) { return false }
        if let next = text.at(range.upperBound) {
            if RegionNames.levelChars.contains(next) || next == "村" { return false }
            if let suffix = OrganisationLexicon.suffixes.longestMatch(in: text, at: range.upperBound), suffix.length >= 2 { return false }
            if Self.familyWords.contains(where: { text.matches($0, at: range.upperBound) }) { return false }
        }
        return true
    }

    private static let familyWords = ["们", "家族", "氏"].map(\.scalarArray)

    /// A place is not a person: the candidate, or the text from its start up to two
    /// characters further, is a region's name or short form (云阳, 张家 of 张家口), or the
    /// candidate opens with a province's or prefecture's (甘肃…, 杭州…).
    static func startsPlaceName(_ text: ScalarText, _ range: Range<Int>) -> Bool {
        let names = GazetteerShortNames.shared
        // The levels of what `Gazetteer.resolve` finds for the text of `r`: from the scalar-keyed
        // table, or through `resolve` itself for a query the table does not answer.
        func levels(_ r: Range<Int>) -> GazetteerShortNames.LevelMask {
            let lower = max(0, r.lowerBound), upper = min(text.count, r.upperBound)
            if lower < upper, let mask = names.levels(of: text.scalars[lower..<upper]) { return mask }
            switch Gazetteer.shared.resolve(text.string(r)) {
            case .found(let region): return .init(region.level)
            case .ambiguous(let regions): return regions.reduce(into: []) { $0.insert(.init($1.level)) }
            case .unknown: return []
            }
        }
        var end = range.upperBound
        while end <= min(range.upperBound + 2, text.count), text.at(end - 1)?.isHan == true {
            if !levels(range.lowerBound..<end).subtracting(.township).isEmpty { return true }
            end += 1
        }
        guard range.count > 2 else { return false }
        return !levels(range.lowerBound..<(range.lowerBound + 2)).intersection([.province, .prefecture]).isEmpty
    }

    /// The role a title gives: the title, its modifiers, and titles chained by 、 before it.
    private func role(endingAt end: Int, titleLength: Int, in text: ScalarText) -> String {
        var start = end - titleLength
        while start > 0, end - start < 14 {
            if let m = Lexicon.titleModifiers.longestMatch(in: text, endingAt: start),
               OrganisationLexicon.suffixes.longestMatch(in: text, endingAt: start) == nil {
                // 工会 closing an organisation's name (…总工会党组书记) is not part of the role.
                start -= m.length
            } else if text.at(start - 1) == "、", let t = Lexicon.titles.longestMatch(in: text, endingAt: start - 1) {
                start -= 1 + t.length
            } else {
                break
            }
        }
        return text.string(start..<end)
    }

    // MARK: - Lists and variants

    /// Names in 、-lists: a list with a known person, or closed by 等N名/位/人, or three names before 分获/分别.
    /// `surnames`: the text's surname lengths, read where an item may start instead of the tables.
    private func lists(in text: ScalarText, base: Int, known: inout NameTable<Bool>, surnames: PersonNames.SurnameMarks) -> [Found] {
        var result: [Found] = []
        var i = 0
        while i < text.count {
            // Pass over the text up to the next 、.
            i = ScalarClasses.next(ScalarClasses.listComma, in: text, from: i)
            guard i < text.count else { break }
            // The run of items around this comma.
            var items: [Range<Int>] = []
            var k = i
            // First item: the name ending at the first 、.
            guard let first = listItem(text, endingAt: k, surnames: surnames) else { i += 1; continue }
            items.append(first)
            while k < text.count, text[k] == "、" {
                guard let item = listItem(text, startingAt: k + 1, surnames: surnames) else { break }
                items.append(item)
                k = item.upperBound
            }
            i = max(i + 1, k)
            guard items.count >= 2 else { continue }
            let names = items.map { text.string($0) }
            let after = items.last!.upperBound
            let closedByCount = text.at(after) == "等" && Self.countedPeople(text, at: after + 1)
            let closedByVerb = items.count >= 3 && Self.listClosers.contains(where: { text.matches($0, at: after) })
            // 获得表彰的有：王建国、李秀梅、张志刚。 A colon opens a list of three names or more.
            let afterColon = items.count >= 3 && [":", "："].contains(text.at(items[0].lowerBound - 1) ?? " ")
                && !(text.at(after)?.isHan ?? false)
            // The known names are looked up only when no cue in the text settles the list.
            guard closedByCount || closedByVerb || afterColon || names.contains(where: { known[$0] != nil }) else { continue }
            for (r, name) in zip(items, names) { result.append(Found(name: name, role: "", order: base + r.lowerBound)) }
        }
        return result
    }

    /// Words closing a list of names; the last, 等人, closes only a whole list.
    private static let listClosers = ["分获", "分别", "获得", "荣获", "等人"].map(\.scalarArray)

    /// 等6名, 等几位, 等人.
    private static func countedPeople(_ text: ScalarText, at i: Int) -> Bool {
        var k = i
        while let c = text.at(k), c.isDigitLike || CampaignExtractor.chineseDigits.contains(c) || c == "几" || c == "多" { k += 1 }
        return ["名", "位", "人"].contains(text.at(k) ?? " ")
    }

    /// A list item (a name) ending just before the 、 at `comma`.
    private func listItem(_ text: ScalarText, endingAt comma: Int, surnames: PersonNames.SurnameMarks) -> Range<Int>? {
        for length in [3, 2, 4] {
            let start = comma - length
            let sl = surnames.length(at: start, in: text)
            guard sl > 0 else { continue }
            guard length - sl >= 1, length - sl <= 2, (start + sl..<comma).allSatisfy({ PersonNames.canBeGiven(text.at($0)) }) else { continue }
            // The item must begin after a boundary: punctuation, a list comma, or a verb such as 前往, 还有.
            let prev = text.at(start - 1)
            let apart = prev == nil || !prev!.isHan || Self.listOpeners.longestMatch(in: text, endingAt: start) != nil
                || Lexicon.titles.longestMatch(in: text, endingAt: start) != nil
            if apart, acceptable(text, start..<comma) { return start..<comma }
        }
        return nil
    }

    private static let listOpeners = WordList([
        "前往", "还有", "包括", "有", "以及", "和", "与", "是", "由", "为", "给", "向", "对", "把", "让", "请", "看望", "慰问",
        "表彰", "获奖者", "分别是", "依次是", "他们是", "成员", "队员", "选手", "劳模", "工匠",
    ])

    /// A list item starting at `start`, up to the next 、 or the list's end.
    private func listItem(_ text: ScalarText, startingAt start: Int, surnames: PersonNames.SurnameMarks) -> Range<Int>? {
        let sl = surnames.length(at: start, in: text)
        guard sl > 0 else { return nil }
        // Length: up to the next 、, or a name ending before 等/分获/the end.
        for length in [sl + 2, sl + 1] {
            let end = start + length
            guard (start + sl..<end).allSatisfy({ PersonNames.canBeGiven(text.at($0)) || (text.at($0) == "和" && $0 == start + sl) }) else { continue }
            let next = text.at(end)
            if next == "、" || next == "等" || next == nil || !(next!.isHan) || PersonNames.endsName(text, at: end)
                || Self.listClosers.dropLast().contains(where: { text.matches($0, at: end) }) {
                return acceptable(text, start..<end) ? start..<end : nil
            }
        }
        return nil
    }

    /// Two-character given names of known three-character names, with their surnames, kept up
    /// to date as names are found (rather than rebuilt for every segment).
    private struct GivenNames {
        /// Each three-character name added: its surname and two-character given name.
        /// The given name's two scalars are kept inline: an array each cost an allocation per name.
        /// An article has a handful of names: a scan of them costs less than sets of them,
        /// whose storage and hashing made most of the cost of adding a name.
        var entries: [(surname: Unicode.Scalar, given: (Unicode.Scalar, Unicode.Scalar))] = []
        var allPlain = true
        /// A bit filter on the first scalar of the plain given names (made with the first of them).
        var filter: [UInt64] = []

        var isEmpty: Bool { entries.isEmpty }

        mutating func add(_ name: String) {
            // The first scalars read in place: most names are not of three, and no array is made for them.
            var iterator = name.unicodeScalars.makeIterator()
            guard let surname = iterator.next(), let g1 = iterator.next(), let g2 = iterator.next(), iterator.next() == nil,
                  PersonLexicon.singleSurnames.contains(surname) else { return }
            entries.append((surname, (g1, g2)))
            if g1.isNormalizationInert && g2.isNormalizationInert {
                if filter.isEmpty { filter = [UInt64](repeating: 0, count: 64) }
                filter[Int(g1.value >> 6) & 63] |= 1 << UInt64(g1.value & 63)
            } else {
                allPlain = false
            }
        }

        /// Whether `g1 g2` is a given name added, never under `surname`; asked while every name
        /// added is plain, when equal scalars are equal names.
        func isVariant(_ g1: Unicode.Scalar, _ g2: Unicode.Scalar, surname: Unicode.Scalar) -> Bool {
            var known = false
            for e in entries where e.given.0 == g1 && e.given.1 == g2 {
                if e.surname == surname { return false }
                known = true
            }
            return known
        }

        /// Surnames by given name as a `String`, for texts or names not in plain form (made when asked).
        func surnamesByString() -> [String: Set<Unicode.Scalar>] {
            var result: [String: Set<Unicode.Scalar>] = [:]
            for e in entries {
                var given = String.UnicodeScalarView()
                given.append(e.given.0)
                given.append(e.given.1)
                result[String(given), default: []].insert(e.surname)
            }
            return result
        }
    }

    /// The same given name under another surname (廖璟璇 / 彭璟璇). `surnames`: the text's
    /// ``PersonNames/surnameLengths(of:)``, nonzero wherever a single surname stands, so that
    /// a byte settles most positions before the surname set is asked; `positions`, where
    /// known (``CountCache/surnamePositions(ofSegment:)``), the positions where it is nonzero,
    /// which are visited instead of every position.
    private func variants(in text: ScalarText, base: Int, known: inout NameTable<Bool>, givenNames: GivenNames,
                          surnames: PersonNames.SurnameMarks, positions: ArraySlice<Int>?) -> [Found] {
        guard !givenNames.isEmpty, text.count >= 3 else { return [] }
        // On plain text (and plain names) the given names are looked up by their scalars,
        // behind a bit filter on the first one, instead of building a string at every surname.
        let packed = text.isPlain && givenNames.allPlain
        let surnamesOf = packed ? [:] : givenNames.surnamesByString()
        let filter = givenNames.filter
        var result: [Found] = []
        let singleSurnames = PersonLexicon.singleSurnames  // asked at every position: held in a local
        func visit(_ i: Int) {
            // A length of 1 is a single surname; 2 (a double surname's start) may be one as well.
            guard surnames[i] == 1 || (surnames[i] == 2 && singleSurnames.contains(text[i])) else { return }
            // A known given name, under a surname it was not found with.
            if packed {
                let g0 = text[i + 1].value
                guard filter[Int(g0 >> 6) & 63] & (1 << UInt64(g0 & 63)) != 0,
                      givenNames.isVariant(text[i + 1], text[i + 2], surname: text[i]) else { return }
            } else {
                guard let surnames = surnamesOf[text.string((i + 1)..<(i + 3))], !surnames.contains(text[i]) else { return }
            }
            guard standsApart(text, before: i) else { return }
            let variant = text.string(i..<(i + 3))
            if known[variant] == nil, acceptable(text, i..<(i + 3)) {
                result.append(Found(name: variant, role: "", order: base + i))
            }
        }
        if let positions {
            for i in positions {
                guard i < text.count - 2 else { break }
                visit(i)
            }
        } else {
            for i in 0..<(text.count - 2) { visit(i) }
        }
        return result
    }
}
