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
    var surface: String
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

    /// The mentions in `article`, in reading order: headline, boxes (a 阅读提示 sums
    /// the story up, like a lead), dateline, byline, paragraphs.
    func mentions(in article: Article) -> [RegionMention] {
        var result: [RegionMention] = []
        for field in [article.kicker, article.title, article.subtitle] where !field.isEmpty {
            scan(field, zone: .headline, into: &result)
        }
        for box in article.boxes {
            scan(box.text, zone: .body, into: &result)
        }
        if !article.dateline.isEmpty {
            scan(article.dateline, zone: .dateline, into: &result)
        }
        if !article.bylineText.isEmpty {
            scan(article.bylineText, zone: .byline, into: &result)
        }
        for (i, paragraph) in article.paragraphs.enumerated() {
            var text = paragraph
            if i == 0 {
                if !article.dateline.isEmpty, text.hasPrefix(article.dateline) {
                    text = String(text.dropFirst(article.dateline.count))
                } else if article.dateline.isEmpty, let split = Self.leadingDateline(text) {
                    scan(String(text.prefix(split)), zone: .dateline, into: &result)
                    text = String(text.dropFirst(split))
                }
            }
            scan(text, zone: .body, into: &result)
        }
        return result
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

    // MARK: - scanning one field

    private func scan(_ field: String, zone: MentionZone, into result: inout [RegionMention]) {
        let text = ScalarText.decode(field)
        if text.isEmpty { return }
        let chosen = selectMatches(lexicon.matcher.matches(in: text))
        let firstNew = result.count
        var covered: [Range<Int>] = []
        var previousEnd = -1
        for match in chosen {
            covered.append(match.start..<match.end)
            let entry = lexicon.entries[Int(match.pattern)]
            if case .blocker = entry { previousEnd = -1; continue }
            var cues = MentionCues()
            switch zone {
            case .headline, .body, .byline:
                cues = self.cues(text, match, entry)
            case .dateline:
                break
            }
            let adjacent = match.start == previousEnd && result.count > firstNew ? result.count - 1 : nil
            result.append(RegionMention(
                source: .entry(match.pattern), surface: ScalarText.string(text[match.start..<match.end]), zone: zone,
                order: result.count, cues: cues, adjacentPrevious: adjacent))
            previousEnd = match.end
        }
        propagateAlongChains(text, chosen.filter { if case .blocker = lexicon.entries[Int($0.pattern)] { return false }; return true },
                             mentions: &result, from: firstNew)
        if zone == .body || zone == .headline {
            findBareProvinces(text, covered: covered, zone: zone, into: &result)
        }
    }

    /// Of overlapping matches keeps the set that covers the most text, preferring
    /// full names: 重庆|云阳县 over 庆云, 长安街 (a blocker) over 长安, 天津市 over 津市.
    private func selectMatches(_ matches: [ScalarMatcher.Match]) -> [ScalarMatcher.Match] {
        if matches.count <= 1 { return matches }
        // Weighted interval scheduling over clusters of overlapping matches.
        let byStart = matches.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        var chosen: [ScalarMatcher.Match] = []
        var cluster: [ScalarMatcher.Match] = []
        var clusterEnd = 0
        for m in byStart {
            if !cluster.isEmpty && m.start >= clusterEnd {
                chosen += solve(cluster)
                cluster.removeAll(keepingCapacity: true)
            }
            if cluster.isEmpty { clusterEnd = m.end }
            cluster.append(m)
            clusterEnd = max(clusterEnd, m.end)
        }
        chosen += solve(cluster)
        return chosen
    }

    private func weight(_ m: ScalarMatcher.Match) -> Int {
        let length = m.end - m.start
        switch lexicon.entries[Int(m.pattern)] {
        case .name(let candidates):
            return 4 * length + (candidates.contains { $0.form != .short } ? 2 : 0) - 1
        case .group: return 4 * length
        case .blocker: return 4 * length
        }
    }

    /// Best non-overlapping subset of one cluster (small), by dynamic programming.
    private func solve(_ cluster: [ScalarMatcher.Match]) -> [ScalarMatcher.Match] {
        if cluster.count == 1 { return cluster }
        let items = cluster.sorted { ($0.end, $0.start) < ($1.end, $1.start) }
        var best = [Int](repeating: 0, count: items.count + 1)
        var take = [Bool](repeating: false, count: items.count + 1)
        var previous = [Int](repeating: 0, count: items.count + 1)
        for k in 1...items.count {
            let m = items[k - 1]
            var p = k - 1
            while p > 0 && items[p - 1].end > m.start { p -= 1 }
            previous[k] = p
            let with = best[p] + weight(m)
            if with > best[k - 1] {
                best[k] = with
                take[k] = true
            } else {
                best[k] = best[k - 1]
            }
        }
        var result: [ScalarMatcher.Match] = []
        var k = items.count
        while k > 0 {
            if take[k] {
                result.append(items[k - 1])
                k = previous[k]
            } else {
                k -= 1
            }
        }
        return result.reversed()
    }

    // MARK: - cues

    private func cues(_ text: [Unicode.Scalar], _ match: ScalarMatcher.Match, _ entry: RegionLexicon.Entry) -> MentionCues {
        var cues = MentionCues()
        let (tail, closed) = CueWords.tail(text, from: match.end)
        if isParenthetical(text, match) { cues.insert(.parenthetical) }
        cues.formUnion(organisation(tail, closed: closed, text: text, end: match.end))
        if isAffiliation(text, from: match.end) { cues.insert(.affiliation) }
        if isOrigin(tail) { cues.insert(.origin) }
        if case .name(let candidates) = entry {
            let shortOnly = candidates.allSatisfy { $0.form == .short }
            if shortOnly && isPersonName(text, match) { cues.insert(.personName) }
            if candidates.allSatisfy({ lexicon.gazetteer.nodes.levels[Int($0.node)] == .township }),
               CueWords.starts(tail, with: ["站"]) || CueWords.starts(tail, with: ["车", "站"])
                || CueWords.starts(tail, with: ["火", "车", "站"]) {
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
        let union = CueWords.firstIndex(of: CueWords.unionMarker, in: tail)
        let company = CueWords.companyMarkers.compactMap { CueWords.firstIndex(of: $0, in: tail) }.min()
        if let c = company, union.map({ c < $0 }) ?? true { return .company }
        if union != nil { return .union }
        if CueWords.governmentHeads.contains(where: { CueWords.starts(tail, with: $0) }) { return .government }
        if closed, !tail.isEmpty, CueWords.governmentEnds.contains(where: { CueWords.ends(tail, with: $0) }) {
            return .government
        }
        // An item of a list of companies: 漯河市中科新材、厦门东明科技等企业.
        if closed, !tail.isEmpty, !tail.contains(where: CueWords.isListSeparator),
           end + tail.count < text.count, text[end + tail.count] == "、" {
            var i = end + tail.count
            let limit = min(text.count, i + 40)
            while i < limit, !CueWords.isClauseBreak(text[i]) { i += 1 }
            let list = text[(end + tail.count)..<i]
            if CueWords.companyListEnds.contains(where: { CueWords.firstIndex(of: $0, in: list) != nil }) {
                return .company
            }
        }
        return []
    }

    /// A title followed by a surname soon after the name, with only the body's
    /// own words between: the name is a person's workplace (云南省总工会主席王树芬).
    private func isAffiliation(_ text: [Unicode.Scalar], from end: Int) -> Bool {
        let limit = min(text.count, end + 16)
        if end < text.count, CueWords.isClauseBreak(text[end]) { return false }
        var p = end + 1
        while p < limit {
            let s = text[p]
            if CueWords.isClauseBreak(s) { return false }
            if CueWords.notInAffiliation.contains(text[p - 1]) { return false }
            if CueWords.surnames.contains(s), p + 1 < text.count, CueWords.isIdeograph(text[p + 1]),
               let titles = CueWords.personTitlesByLast[text[p - 1]] {
                let before = text[end..<p]
                if titles.contains(where: { before.count >= $0.count && CueWords.ends(before, with: $0) && p - $0.count - end <= 12 }) {
                    return true
                }
            }
            p += 1
        }
        return false
    }

    /// 河南人, 福建籍, 台湾同胞, 四川老乡: where people come from, not where the story is.
    private func isOrigin(_ tail: ArraySlice<Unicode.Scalar>) -> Bool {
        if CueWords.originWords.contains(where: { CueWords.starts(tail, with: $0) }) { return true }
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
        if CueWords.speechWords.contains(where: { CueWords.starts(after, with: $0) }) { return true }
        let before = text[..<(match.start - 1)]
        if CueWords.personTitles.contains(where: { CueWords.ends(before, with: $0) })
            || CueWords.ends(before, with: CueWords.scalars("记者"))
            || CueWords.ends(before, with: CueWords.scalars("通讯员")) {
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
                    || CueWords.starts(gap, with: CueWords.scalars("以及")) && gap.count == 2)
            }
            if startsChain {
                chainCue = []
                let before = text[..<m.start]
                stationed = CueWords.ends(before, with: CueWords.stationedWord)
                if CueWords.destinationWords.contains(where: { CueWords.ends(before, with: $0) }) {
                    chainCue.insert(.destination)
                } else if CueWords.comparisonWords.contains(where: { CueWords.ends(before, with: $0) }) {
                    chainCue.insert(.comparison)
                } else if stationed {
                    chainCue.insert(.locative)
                } else if CueWords.locativeWords.contains(where: { CueWords.ends(before, with: $0) }) {
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

    /// 省 heading a body (省总工会, 省委宣传部, 省教科文卫体工会, 省住建厅) outside any name.
    private func findBareProvinces(_ text: [Unicode.Scalar], covered: [Range<Int>], zone: MentionZone,
                                   into result: inout [RegionMention]) {
        var c = 0
        for i in 0..<text.count where text[i] == "省" {
            while c < covered.count && covered[c].upperBound <= i { c += 1 }
            if c < covered.count && covered[c].contains(i) { continue }
            if i > 0, CueWords.notBareProvinceBefore.contains(text[i - 1]) { continue }
            guard i + 1 < text.count, !CueWords.notBareProvinceAfter.contains(text[i + 1]) else { continue }
            let (tail, closed) = CueWords.tail(text, from: i + 1, limit: 12)
            let cue = organisation(tail, closed: closed, text: text, end: i + 1)
            guard !cue.intersection(MentionCues.body).isEmpty else { continue }
            var cues = cue
            if isAffiliation(text, from: i + 1) { cues.insert(.affiliation) }
            result.append(RegionMention(source: .bareProvince, surface: "省", zone: zone,
                                        order: result.count, cues: cues, adjacentPrevious: nil))
        }
    }
}
