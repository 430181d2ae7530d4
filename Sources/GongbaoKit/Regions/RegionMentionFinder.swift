/// Where in an article a mention sits.
enum MentionZone: Sendable, Hashable {
    /// Kicker, title or subtitle.
    case headline
    /// `本报西安9月11日电`.
    case dateline
    /// The credit line.
    case byline
    /// Body paragraphs and boxes.
    case body
}

/// One place name found in an article's text, before resolution.
struct RegionMention: Sendable, Hashable {
    enum Source: Sendable, Hashable {
        /// A lexicon entry (a name or a group).
        case entry(Int32)
        /// A bare 省 heading a body (省总工会, 省委宣传部): the article's or the page's province.
        case bareProvince
    }

    var source: Source
    /// Where the scalars of the name as written stand in the article's ``RegionMentionFinder/Reading/surfaces``
    /// (no string is made for the many mentions whose surface is never shown, and a mention
    /// holds no reference: copying one is copying its bytes).
    var surface: Range<Int32>
    var zone: MentionZone
    /// Reading order within the article.
    var order: Int
    var cues: MentionCues
    /// The mention written right before this one with nothing between (湖北|黄石|阳新), if any.
    var adjacentPrevious: Int?
}

/// Finds place names in an article's fields and reads the cues around each.
struct RegionMentionFinder: Sendable {
    let lexicon: RegionLexicon

    /// What the finder reads of one article.
    struct Reading {
        /// The mentions, in reading order.
        var mentions: [RegionMention]
        /// The item is national in scope: its headline or first paragraph speaks of 全国, 国务院, 全总….
        var national: Bool
        /// The mentions' surfaces, back to back (see ``RegionMention/surface``).
        var surfaces: [Unicode.Scalar]
    }

    /// The mentions in `article`, in reading order: headline, boxes (a 阅读提示 sums
    /// the story up, like a lead), dateline, byline, paragraphs.
    func mentions(in article: Article) -> [RegionMention] {
        read(article).mentions
    }

    /// The mentions in `article` and whether it is national in scope, from one decoding of each field.
    func read(_ article: Article) -> Reading {
        var scratch = Scratch()
        return read(article, scratch: &scratch)
    }

    /// ``read(_:)`` with buffers that the articles of a page share.
    ///
    /// Each field is decoded and walked by the matcher in one pass (``decodeMatching(_:_:)``);
    /// only the rare paragraphs whose opening is cut by Characters are walked again.
    func read(_ article: Article, scratch: inout Scratch) -> Reading {
        var result: [RegionMention] = []
        result.reserveCapacity(16)
        scratch.surfaces = []
        var national = false
        for field in [article.kicker, article.title, article.subtitle] where !field.isEmpty {
            let text = decodeMatching(field, &scratch)
            if !national { national = scratch.fieldIsNational }
            readMatches(text, zone: .headline, into: &result, &scratch)
        }
        for box in article.boxes where !box.text.isEmpty {
            readMatches(decodeMatching(box.text, &scratch), zone: .body, into: &result, &scratch)
        }
        var dateline: [Unicode.Scalar] = []
        if !article.dateline.isEmpty {
            dateline = decodeMatching(article.dateline, &scratch)
            readMatches(dateline, zone: .dateline, into: &result, &scratch)
        }
        if !article.bylineText.isEmpty {
            readMatches(decodeMatching(article.bylineText, &scratch), zone: .byline, into: &result, &scratch)
        }
        for (i, paragraph) in article.paragraphs.enumerated() where !paragraph.isEmpty {
            var text = decodeMatching(paragraph, &scratch)
            if i == 0 {
                if !national { national = scratch.fieldIsNational }
                if !article.dateline.isEmpty {
                    // `hasPrefix` and `dropFirst` count Characters; on simple scalars they are the scalars.
                    if Self.isSimple(dateline, upTo: dateline.count), Self.isSimple(text, upTo: dateline.count + 1) {
                        if text.count >= dateline.count, text[..<dateline.count].elementsEqual(dateline) {
                            text.removeFirst(dateline.count)
                            scratch.dropMatches(before: dateline.count)
                        }
                    } else if paragraph.hasPrefix(article.dateline) {
                        text = UTF8Codec.scalars(of: String(paragraph.dropFirst(article.dateline.count)))
                        collectMatches(text, &scratch)
                    }
                } else if Self.isSimple(text, upTo: 25) {
                    if let split = Self.leadingDateline(scalars: text) {
                        // Of the whole paragraph's matches, those ending in the dateline are the
                        // dateline's and those starting after it the rest's.
                        let whole = scratch.matches
                        scratch.matches.removeAll { $0.end > split }
                        readMatches(Array(text[..<split]), zone: .dateline, into: &result, &scratch)
                        scratch.matches = whole
                        scratch.dropMatches(before: split)
                        text.removeFirst(split)
                    }
                } else if let split = Self.leadingDateline(paragraph) {
                    scan(UTF8Codec.scalars(of: String(paragraph.prefix(split))), zone: .dateline, into: &result, &scratch)
                    text = UTF8Codec.scalars(of: String(paragraph.dropFirst(split)))
                    collectMatches(text, &scratch)
                }
            }
            readMatches(text, zone: .body, into: &result, &scratch)
        }
        return Reading(mentions: result, national: national, surfaces: scratch.surfaces)
    }

    /// Whether the first `limit` scalars of `text` (all of it when shorter) are simple: each its
    /// own Character and its own canonical form whatever stands next to it (printable ASCII and
    /// Latin-1 but the soft hyphen, dashes and quotes, CJK punctuation but its combining tone marks,
    /// CJK ideographs, full-width forms). On such text
    /// counting, comparing and cutting Characters is counting, comparing and cutting scalars.
    static func isSimple(_ text: [Unicode.Scalar], upTo limit: Int) -> Bool {
        var i = 0
        let n = min(limit, text.count)
        while i < n {
            switch text[i].value {
            case 0x20...0x7E, 0xA0...0xAC, 0xAE...0xFF, 0x2010...0x2027, 0x3000...0x3029, 0x3030...0x303F,
                 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E: break
            default: return false
            }
            i += 1
        }
        return true
    }

    /// The length of a dateline opening a paragraph (`本报西安9月11日电`, `新华社北京3月5日电`), if any.
    static func leadingDateline(_ text: String) -> Int? {
        let chars = Array(text.prefix(24))
        var i = 0
        if i < chars.count, chars[i] == "(" || chars[i] == "（" { i += 1 }
        let prefixes: [[Character]] = [Array("本报"), Array("新华社")]
        guard let p = prefixes.first(where: { Array(chars.dropFirst(i).prefix($0.count)) == $0 }) else { return nil }
        i += p.count
        var j = i
        while j < chars.count, !chars[j].isNumber { j += 1 }
        guard j > i, j < chars.count, j - i <= 8 else { return nil }
        while j < chars.count, chars[j] != "电" { j += 1 }
        guard j < chars.count else { return nil }
        return j + 1
    }

    /// ``leadingDateline(_:)`` on the scalars of a text whose first 25 are simple (see ``isSimple(_:upTo:)``).
    static func leadingDateline(scalars text: [Unicode.Scalar]) -> Int? {
        let n = min(text.count, 24)
        var i = 0
        if i < n, text[i] == "(" || text[i] == "（" { i += 1 }
        let prefixes: [[Unicode.Scalar]] = [["本", "报"], ["新", "华", "社"]]
        guard let p = prefixes.first(where: { i + $0.count <= n && text[i..<(i + $0.count)].elementsEqual($0) }) else { return nil }
        i += p.count
        var j = i
        while j < n, !Character(text[j]).isNumber { j += 1 }
        guard j > i, j < n, j - i <= 8 else { return nil }
        while j < n, text[j] != "电" { j += 1 }
        guard j < n else { return nil }
        return j + 1
    }

    // MARK: - scanning one field

    /// Buffers one article's fields reuse.
    struct Scratch {
        var matches: [ScalarMatcher.Match] = []
        var chosen: [ScalarMatcher.Match] = []
        var named: [ScalarMatcher.Match] = []
        var cluster: [ScalarMatcher.Match] = []
        var covered: [Range<Int>] = []
        /// The surfaces of the article's mentions so far.
        var surfaces: [Unicode.Scalar] = []
        /// Where the walk decodes a field (its count is room, not content).
        var room: [Unicode.Scalar] = []
        /// The scalars of the field being read.
        var text: [Unicode.Scalar] = []
        /// Whether the field last decoded holds one of ``CueWords/nationalWords``.
        var fieldIsNational = false
        /// Where 省 stands in the text whose matches are in `matches`, in order: the matcher
        /// finds it with the names (see ``RegionLexicon/provincePattern``), so that the search
        /// for bare 省s (``findBareProvinces(_:at:covered:zone:into:surfaces:)``) reads no text
        /// that holds none.
        var provinces: [Int] = []

        /// Files a match of `lexicon`'s matcher: an entry's in `matches`, 省's start in `provinces`
        /// (a cue word's pattern is no entry: see ``RegionLexicon/nationalPatterns``). Whether it is
        /// a national word.
        @inline(__always)
        mutating func file(_ match: ScalarMatcher.Match, of lexicon: RegionLexicon) -> Bool {
            if match.pattern == lexicon.provincePattern { provinces.append(match.start) }
            if Int(match.pattern) < lexicon.entries.count { matches.append(match) }
            return lexicon.nationalPatterns.contains(match.pattern)
        }

        /// Turns the matches of a text into those of the text without its first `offset`
        /// scalars: drops the matches that start in the part cut off and moves the others back.
        /// (A match is a run of the text; the runs of a tail are the text's runs that start in it.)
        mutating func dropMatches(before offset: Int) {
            matches.removeAll { $0.start < offset }
            for k in matches.indices {
                matches[k].start -= offset
                matches[k].end -= offset
            }
            provinces.removeAll { $0 < offset }
            for k in provinces.indices { provinces[k] -= offset }
        }

        /// Of overlapping matches keeps the set that covers the most text, preferring
        /// full names: 重庆|云阳县 over 庆云, 长安街 (a blocker) over 长安, 天津市 over 津市.
        /// Reads `matches` (reordering them); returns true when no two overlap and all are kept
        /// (the usual field: then `matches`, in order, is the choice and nothing is copied),
        /// else writes the choice to `chosen` and returns false.
        mutating func selectMatches(_ traits: [RegionLexicon.EntryTraits]) -> Bool {
            if matches.count <= 1 { return true }
            // By start, then end. The matcher gives them by end, the longer first, so
            // insertion sort only moves a match past those nested in it: linear in practice.
            Self.insertionSort(&matches, byEnd: false)
            // No two overlapping (the usual field): every cluster is one match, kept.
            var overlaps = false
            for k in 1..<matches.count where matches[k].start < matches[k - 1].end {
                overlaps = true
                break
            }
            if !overlaps { return true }
            // Weighted interval scheduling over clusters of overlapping matches.
            chosen.removeAll(keepingCapacity: true)
            cluster.removeAll(keepingCapacity: true)
            var clusterEnd = 0
            for m in matches {
                if !cluster.isEmpty && m.start >= clusterEnd {
                    solve(traits)
                    cluster.removeAll(keepingCapacity: true)
                }
                if cluster.isEmpty { clusterEnd = m.end }
                cluster.append(m)
                clusterEnd = max(clusterEnd, m.end)
            }
            solve(traits)
            return false
        }

        private static func weight(_ m: ScalarMatcher.Match, _ traits: [RegionLexicon.EntryTraits]) -> Int {
            let length = m.end - m.start
            let t = traits[Int(m.pattern)]
            guard t.contains(.name) else { return 4 * length }
            return 4 * length + (t.contains(.shortOnly) ? 0 : 2) - 1
        }

        /// Appends to `chosen` the best non-overlapping subset of `cluster` (small), by dynamic programming.
        private mutating func solve(_ traits: [RegionLexicon.EntryTraits]) {
            let n = cluster.count
            if n == 1 {
                chosen.append(cluster[0])
                return
            }
            Self.insertionSort(&cluster, byEnd: true)
            // best[k], previous[k] and whether match k - 1 is taken, for k in 0 ... n, on the stack.
            withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (n + 1)) { table in
                let best = table.baseAddress!, previous = best + (n + 1), take = best + 2 * (n + 1)
                best[0] = 0
                previous[0] = 0
                take[0] = 0
                for k in 1...n {
                    let m = cluster[k - 1]
                    var p = k - 1
                    while p > 0 && cluster[p - 1].end > m.start { p -= 1 }
                    previous[k] = p
                    let with = best[p] + Self.weight(m, traits)
                    if with > best[k - 1] {
                        best[k] = with
                        take[k] = 1
                    } else {
                        best[k] = best[k - 1]
                        take[k] = 0
                    }
                }
                let first = chosen.count
                var k = n
                while k > 0 {
                    if take[k] != 0 {
                        chosen.append(cluster[k - 1])
                        k = previous[k]
                    } else {
                        k -= 1
                    }
                }
                chosen[first...].reverse()
            }
        }

        /// Sorts by (start, end), or by (end, start) when `byEnd`.
        private static func insertionSort(_ a: inout [ScalarMatcher.Match], byEnd: Bool) {
            @inline(__always) func key(_ m: ScalarMatcher.Match) -> (Int, Int) {
                byEnd ? (m.end, m.start) : (m.start, m.end)
            }
            var i = 1
            while i < a.count {
                let x = a[i]
                let kx = key(x)
                var j = i
                while j > 0 && kx < key(a[j - 1]) {
                    a[j] = a[j - 1]
                    j -= 1
                }
                a[j] = x
                i += 1
            }
        }
    }

    /// The scalars of the non-empty `field`, with its matches left in `scratch.matches` and
    /// whether it holds a national word in `scratch.fieldIsNational`: one pass over its UTF-8
    /// (see ``ScalarMatcher/forEachMatch(inUTF8:decodingInto:_:)`` and ``RegionLexicon/nationalPatterns``).
    ///
    /// The scalars are decoded into the scratch's room and copied into its `text`, both kept
    /// from field to field: most fields hold no name, and a fresh array for each cost more
    /// than the walk over a short field.
    private func decodeMatching(_ field: String, _ scratch: inout Scratch) -> [Unicode.Scalar] {
        // Most fields have no match: emptying an empty array still costs a call.
        if !scratch.matches.isEmpty { scratch.matches.removeAll(keepingCapacity: true) }
        if !scratch.provinces.isEmpty { scratch.provinces.removeAll(keepingCapacity: true) }
        var room: [Unicode.Scalar] = []
        swap(&room, &scratch.room)
        var field = field
        var national = false
        field.withUTF8 { utf8 in
            if room.count < utf8.count {
                room = [Unicode.Scalar](repeating: "\0", count: max(utf8.count, 2 * room.count))
            }
            let count = room.withUnsafeMutableBufferPointer { buffer in
                lexicon.matcher.forEachMatch(inUTF8: utf8, decodingInto: buffer.baseAddress!) { match in
                    if scratch.file(match, of: lexicon) { national = true }
                }
            }
            // One call, not an emptying and an append.
            scratch.text.replaceSubrange(scratch.text.indices, with: room[..<count])
        }
        swap(&room, &scratch.room)
        scratch.fieldIsNational = national
        return scratch.text
    }

    /// Leaves the matches of `text` in `scratch.matches` and where 省 stands in `scratch.provinces`.
    private func collectMatches(_ text: [Unicode.Scalar], _ scratch: inout Scratch) {
        scratch.matches.removeAll(keepingCapacity: true)
        scratch.provinces.removeAll(keepingCapacity: true)
        text.withUnsafeBufferPointer { buffer in
            lexicon.matcher.forEachMatch(in: buffer) { _ = scratch.file($0, of: lexicon) }
        }
    }

    /// Finds the mentions in `text` and reads their cues.
    private func scan(_ text: [Unicode.Scalar], zone: MentionZone, into result: inout [RegionMention],
                      _ scratch: inout Scratch) {
        collectMatches(text, &scratch)
        readMatches(text, zone: zone, into: &result, &scratch)
    }

    /// The mentions of `text`, whose matches are in `scratch.matches`, with their cues.
    private func readMatches(_ text: [Unicode.Scalar], zone: MentionZone, into result: inout [RegionMention],
                             _ scratch: inout Scratch) {
        if text.isEmpty { return }
        // Most fields name no place: then the only mentions are bare 省s (what follows would find
        // none: no match is chosen, none is named, nothing is covered), and the buffers need no emptying.
        if scratch.matches.isEmpty {
            if zone == .body || zone == .headline, !scratch.provinces.isEmpty {
                findBareProvinces(text, at: scratch.provinces, covered: [], zone: zone, into: &result,
                                  surfaces: &scratch.surfaces)
            }
            return
        }
        let traits = lexicon.traits
        let keptAll = scratch.selectMatches(traits)
        let firstNew = result.count
        scratch.covered.removeAll(keepingCapacity: true)
        scratch.named.removeAll(keepingCapacity: true)
        var previousEnd = -1
        for match in keptAll ? scratch.matches : scratch.chosen {
            scratch.covered.append(match.start..<match.end)
            let t = traits[Int(match.pattern)]
            if t.contains(.blocker) { previousEnd = -1; continue }
            scratch.named.append(match)
            var cues = MentionCues()
            switch zone {
            case .headline, .body, .byline:
                cues = self.cues(text, match, t)
            case .dateline:
                break
            }
            let adjacent = match.start == previousEnd && result.count > firstNew ? result.count - 1 : nil
            let surfaceStart = Int32(scratch.surfaces.count)
            for k in match.start..<match.end { scratch.surfaces.append(text[k]) }
            result.append(RegionMention(
                source: .entry(match.pattern), surface: surfaceStart..<Int32(scratch.surfaces.count), zone: zone,
                order: result.count, cues: cues, adjacentPrevious: adjacent))
            previousEnd = match.end
        }
        propagateAlongChains(text, scratch.named, mentions: &result, from: firstNew)
        if zone == .body || zone == .headline {
            findBareProvinces(text, at: scratch.provinces, covered: scratch.covered, zone: zone, into: &result,
                              surfaces: &scratch.surfaces)
        }
    }

    // MARK: - cues

    private func cues(_ text: [Unicode.Scalar], _ match: ScalarMatcher.Match, _ traits: RegionLexicon.EntryTraits) -> MentionCues {
        var cues = MentionCues()
        let (tail, closed) = CueWords.tail(text, from: match.end)
        if isParenthetical(text, match) { cues.insert(.parenthetical) }
        cues.formUnion(organisation(tail, closed: closed, text: text, end: match.end))
        if isAffiliation(text, from: match.end) { cues.insert(.affiliation) }
        if isOrigin(tail, in: text) { cues.insert(.origin) }
        if traits.contains(.name) {
            let shortOnly = traits.contains(.shortOnly)
            if shortOnly && isPersonName(text, match) { cues.insert(.personName) }
            if traits.contains(.townshipsOnly),
               CueWords.starts(tail, with: CueWords.stationWords[0]) || CueWords.starts(tail, with: CueWords.stationWords[1])
                || CueWords.starts(tail, with: CueWords.stationWords[2]) {
                cues.insert(.station)
            }
            if text[match.end - 1] == "区", match.end < text.count, text[match.end] == "域" {
                cues.insert(.wordContinues)
            }
            // 延安精神, 井冈山精神: a spirit named after a place, not the place.
            if CueWords.starts(tail, with: CueWords.spiritWord) { cues.insert(.wordContinues) }
            if shortOnly, match.end < text.count,
               CueWords.smallerPlaceSuffixes.contains(text[match.end]) || CueWords.starts(tail, with: CueWords.communityWord) {
                cues.insert(.wordContinues)
            }
        }
        return cues
    }

    /// Union, government or company, from the words after the name.
    private func organisation(_ tail: ArraySlice<Unicode.Scalar>, closed: Bool, text: [Unicode.Scalar], end: Int) -> MentionCues {
        if let first = tail.first, first == CueWords.unionShorthand {
            let next = tail.dropFirst().first
            if next == nil || !CueWords.notUnionAfterShorthand.contains(next!) { return .union }
        }
        // The first of 工会 and the company markers in the tail decides (none of the markers begins with 工).
        let companyMarkers = CueWords.companyMarkers   // read once, not at each scalar
        var i = tail.startIndex
        while i < tail.endIndex {
            let s = tail[i]
            if s == "工", i + 1 < tail.endIndex, tail[i + 1] == "会" { return .union }
            if companyMarkers.anyStarts(in: text, at: i, limit: tail.endIndex) { return .company }
            i += 1
        }
        if CueWords.governmentHeads.anyStarts(in: text, at: tail.startIndex, limit: tail.endIndex) { return .government }
        if closed, !tail.isEmpty, CueWords.governmentEnds.anyEnds(in: text, at: tail.endIndex, floor: tail.startIndex) {
            return .government
        }
        // An item of a list of companies: 漯河市中科新材、厦门东明科技等企业.
        if closed, !tail.isEmpty, !tail.contains(where: CueWords.isListSeparator),
           end + tail.count < text.count, text[end + tail.count] == "、" {
            var i = end + tail.count
            let limit = min(text.count, i + 40)
            while i < limit, !CueWords.isClauseBreak(text[i]) { i += 1 }
            if CueWords.companyListEnds.occurs(in: text, within: (end + tail.count)..<i) {
                return .company
            }
        }
        return []
    }

    /// A title followed by a surname soon after the name, with only the body's
    /// own words between: the name is a person's workplace (云南省总工会主席王树芬).
    private func isAffiliation(_ text: [Unicode.Scalar], from end: Int) -> Bool {
        guard end < text.count else { return false }
        let limit = min(text.count, end + 16)
        // One class read a scalar (see ``CueScalarClasses``), the class of the one before carried.
        let classes = CueWords.classes
        var previous = classes[text[end]]
        if previous.contains(.clauseBreak) { return false }
        var p = end + 1
        while p < limit {
            let current = classes[text[p]]
            if current.contains(.clauseBreak) || previous.contains(.notInAffiliation) { return false }
            if current.contains(.surname), p + 1 < text.count, CueWords.isIdeograph(text[p + 1]),
               let titles = CueWords.personTitlesByLast[text[p - 1]] {
                let before = text[end..<p]
                if titles.contains(where: { before.count >= $0.count && CueWords.ends(before, with: $0) && p - $0.count - end <= 12 }) {
                    return true
                }
            }
            previous = current
            p += 1
        }
        return false
    }

    /// 河南人, 福建籍, 台湾同胞, 四川老乡: where people come from, not where the story is.
    private func isOrigin(_ tail: ArraySlice<Unicode.Scalar>, in text: [Unicode.Scalar]) -> Bool {
        if CueWords.originWords.anyStarts(in: text, at: tail.startIndex, limit: tail.endIndex) { return true }
        guard let first = tail.first, first == "人" else { return false }
        guard let next = tail.dropFirst().first else { return true }
        return CueWords.afterOriginPerson.contains(next)
    }

    /// Inside an unclosed bracket that closes soon after, within one clause.
    private func isParenthetical(_ text: [Unicode.Scalar], _ match: ScalarMatcher.Match) -> Bool {
        var i = match.start - 1
        var opened = false
        while i >= 0 && match.start - i <= 12 {
            let s = text[i]
            if s == "(" || s == "（" { opened = true; break }
            if s == ")" || s == "）" || CueWords.isClauseBreak(s) { return false }
            i -= 1
        }
        guard opened else { return false }
        var j = match.end
        while j < text.count && j - match.end <= 12 {
            let s = text[j]
            if s == ")" || s == "）" { return true }
            if s == "(" || s == "（" || CueWords.isClauseBreak(s) { return false }
            j += 1
        }
        return false
    }

    /// A suffix-less name right after a surname and before 说/表示, after a title,
    /// or standing with its surname as an item of a list (、郭卫东等): a person.
    private func isPersonName(_ text: [Unicode.Scalar], _ match: ScalarMatcher.Match) -> Bool {
        guard match.start > 0, CueWords.surnames.contains(text[match.start - 1]) else { return false }
        let after = text[match.end...]
        if CueWords.speechWords.anyStarts(in: text, at: match.end, limit: text.count) { return true }
        let before = text[..<(match.start - 1)]
        if CueWords.personTitleList.anyEnds(in: text, at: match.start - 1)
            || CueWords.occurs(CueWords.reporterWord, in: text, endingAt: match.start - 1)
            || CueWords.occurs(CueWords.correspondentWord, in: text, endingAt: match.start - 1) {
            return true
        }
        let openBefore = before.last.map { CueWords.isClauseBreak($0) || $0 == "、" } ?? true
        let closedAfter = after.first.map { CueWords.isClauseBreak($0) || $0 == "、" || $0 == "等" } ?? true
        return openBefore && closedAfter
    }

    /// Destination and locative cues are read before the first name of a chain
    /// (前往广东惠州、东莞) and hold for the whole chain; company and affiliation
    /// cues are read after the last name of an unbroken run (中国电信山西太原分公司)
    /// and hold for the names before it.
    private func propagateAlongChains(_ text: [Unicode.Scalar], _ matches: [ScalarMatcher.Match],
                                      mentions: inout [RegionMention], from first: Int) {
        guard !matches.isEmpty else { return }
        var chainCue = MentionCues()
        var stationed = false
        for (k, m) in matches.enumerated() {
            let index = first + k
            let startsChain: Bool
            if k == 0 {
                startsChain = true
            } else {
                let gap = text[matches[k - 1].end..<m.start]
                startsChain = !(gap.isEmpty || (gap.count == 1 && CueWords.isListSeparator(gap.first!))
                    || CueWords.starts(gap, with: CueWords.andAlsoWord) && gap.count == 2)
            }
            if startsChain {
                chainCue = []
                stationed = CueWords.occurs(CueWords.stationedWord, in: text, endingAt: m.start)
                if CueWords.destinationWords.anyEnds(in: text, at: m.start) {
                    chainCue.insert(.destination)
                } else if CueWords.comparisonWords.anyEnds(in: text, at: m.start) {
                    chainCue.insert(.comparison)
                } else if stationed {
                    chainCue.insert(.locative)
                } else if CueWords.locativeWords.anyEnds(in: text, at: m.start) {
                    chainCue.insert(.locative)
                }
            }
            mentions[index].cues.formUnion(chainCue)
            if stationed { mentions[index].cues.subtract(MentionCues.body) }
        }
        // Backwards through unbroken runs.
        var k = matches.count - 1
        while k > 0 {
            if matches[k - 1].end == matches[k].start {
                let carried = mentions[first + k].cues.intersection([.company, .affiliation, .union, .government])
                mentions[first + k - 1].cues.formUnion(carried)
                if carried.contains(.company) {
                    mentions[first + k - 1].cues.subtract([.union, .government])
                }
            }
            k -= 1
        }
    }

    // MARK: - bare 省

    /// 省 heading a body (省总工会, 省委宣传部, 省教科文卫体工会, 省住建厅) outside any name;
    /// `positions` are where 省 stands in `text`, in order.
    private func findBareProvinces(_ text: [Unicode.Scalar], at positions: [Int], covered: [Range<Int>], zone: MentionZone,
                                   into result: inout [RegionMention], surfaces: inout [Unicode.Scalar]) {
        var c = 0
        for i in positions {
            while c < covered.count && covered[c].upperBound <= i { c += 1 }
            if c < covered.count && covered[c].contains(i) { continue }
            if i > 0, CueWords.notBareProvinceBefore.contains(text[i - 1]) { continue }
            guard i + 1 < text.count, !CueWords.notBareProvinceAfter.contains(text[i + 1]) else { continue }
            let (tail, closed) = CueWords.tail(text, from: i + 1, limit: 12)
            let cue = organisation(tail, closed: closed, text: text, end: i + 1)
            guard !cue.intersection(MentionCues.body).isEmpty else { continue }
            var cues = cue
            if isAffiliation(text, from: i + 1) { cues.insert(.affiliation) }
            let surfaceStart = Int32(surfaces.count)
            surfaces.append(text[i])
            result.append(RegionMention(source: .bareProvince, surface: surfaceStart..<Int32(surfaces.count), zone: zone,
                                        order: result.count, cues: cues, adjacentPrevious: nil))
        }
    }
}
