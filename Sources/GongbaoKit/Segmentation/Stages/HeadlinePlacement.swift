/// Stage 4: moves headlines the layout printed after their body (seed 003) to the
/// item they belong to.
///
/// A headline group is moved back to the item before it when that item has no title,
/// and the headline's words are clearly those of that item's body rather than of the
/// body after it (`TextAffinity`). A headline group with no body after it (the end of
/// the page) is split line by line among the untitled items of the page, each line
/// going to the body that shares its words. Groups that open with a `——` kicker, a
/// markdown heading, or sit over a byline or box always head what follows.
enum HeadlinePlacement {
    /// The least affinity that counts as evidence.
    static let minimumAffinity = 0.3
    /// How many items around a headline are considered for an orphan line.
    static let window = 32

    static func place(_ drafts: [ArticleDraft]) -> [ArticleDraft] {
        placeKeepingBodies(drafts).drafts
    }

    /// `place`, also returning the `bodyProfile` of each remaining draft that the placement
    /// read and that still holds (`nil` where it read none), for `FragmentReunion`.
    static func placeKeepingBodies(_ drafts: [ArticleDraft]) -> (drafts: [ArticleDraft], bodies: [BigramProfile?]) {
        var placement = Placement(drafts: drafts)
        for k in drafts.indices {
            placement.placeHeadline(of: k)
        }
        var kept: [ArticleDraft] = []
        var bodies: [BigramProfile?] = []
        for k in placement.drafts.indices where !placement.drafts[k].isEmpty {
            kept.append(placement.drafts[k])
            // A body that grew after its profile was read is read again, by whoever needs it.
            bodies.append(placement.stale[k] ? nil : placement.bodies[k])
        }
        return (kept, bodies)
    }

    /// What a body is compared with: the item's paragraphs, subheads and boxes.
    static func bodyProfile(_ draft: ArticleDraft) -> BigramProfile {
        BigramProfile(sources: bodySources(draft))
    }

    /// The texts `bodyProfile` reads, one after another, as if joined by line breaks.
    static func bodyTexts(_ draft: ArticleDraft) -> [String] {
        bodySources(draft).map(\.text)
    }

    /// `bodyTexts` as sources: paragraphs keep the bigrams read from them.
    static func bodySources(_ draft: ArticleDraft) -> [BigramSource] {
        var sources: [BigramSource] = []
        var bytes = 0
        for e in draft.elements {
            switch e {
            case .paragraph(let p): sources.append(p.bigramSource); bytes += p.text.utf8.count + 1
            case .subhead(_, let t): sources.append(.text(t)); bytes += t.utf8.count + 1
            case .box(_, _, let ps): for p in ps { sources.append(p.bigramSource); bytes += p.text.utf8.count + 1 }
            default: break
            }
            if bytes > 18000 { break }
        }
        return sources
    }

    /// An item can take a headline printed after it when it has a body and no title, and
    /// is neither a continuation (whose headline is on another page) nor a photo (whose
    /// title is printed above the caption; a related report often follows a photo).
    static func acceptsTrailingHeadline(_ draft: ArticleDraft) -> Bool {
        draft.hasParagraph && !draft.hasTitle && !draft.isContinuation && !draft.closesWithPhotoCredit
    }
}

/// The placement pass over one page: the drafts, their body profiles, and which of
/// them can still take a headline (kept up to date, so that each look-up is constant).
///
/// Most pages never compare texts (every headline heads the body under it), so the body
/// profiles and the page's bigram frequencies are read only when a comparison is first
/// needed, and then exactly as if they had been read at the start.
private struct Placement {
    var drafts: [ArticleDraft]
    /// The drafts as they came in: bodies not yet read are read from these.
    let initial: [ArticleDraft]
    /// The body profile each draft is compared with, once read: the body as it came in,
    /// or as a fold-back left it.
    var bodies: [BigramProfile?]
    /// Frequencies over the bodies as they came in, read on first use.
    var affinity: TextAffinity?
    var untitled: [Bool]
    let hasParagraph: [Bool]
    /// The body of draft `k` grew after `bodies[k]` was read (the placement itself keeps
    /// comparing with the profile as read; callers that reuse the profiles read it again).
    var stale: [Bool]

    init(drafts: [ArticleDraft]) {
        self.drafts = drafts
        initial = drafts
        bodies = Array(repeating: nil, count: drafts.count)
        untitled = drafts.map(HeadlinePlacement.acceptsTrailingHeadline)
        hasParagraph = drafts.map(\.hasParagraph)
        stale = Array(repeating: false, count: drafts.count)
    }

    /// The body profile draft `k` is compared with.
    mutating func body(_ k: Int) -> BigramProfile {
        if let profile = bodies[k] { return profile }
        let profile = HeadlinePlacement.bodyProfile(initial[k])
        bodies[k] = profile
        return profile
    }

    /// The page's bigram frequencies, over the bodies as they came in.
    mutating func frequencies() -> TextAffinity {
        if let affinity { return affinity }
        // Only headline lines are ever weighed, and every one the placement moves is a line of
        // some draft as it came in: their bigrams are the ones counted.
        let lines = initial.flatMap { $0.elements.compactMap { e -> BigramProfile? in
            if case .headline(let h) = e { return BigramProfile(h.text) }
            return nil
        } }
        let documents = initial.map { TextAffinity.Document(reads: [HeadlinePlacement.bodySources($0)]) }
        let made = TextAffinity(reading: documents, counting: lines)
        affinity = made
        return made
    }

    mutating func placeHeadline(of k: Int) {
        let group = leadingHeadline(of: drafts[k])
        guard !group.isEmpty, canTrail(group, in: drafts[k]) else { return }
        if hasParagraph[k] {
            // The item before: the nearest draft that a fold-back has not emptied.
            let before = drafts[..<k].lastIndex { !$0.isEmpty }
            if let before, untitled[before], readsBack(group, from: k, to: before) {
                drafts[k].elements.removeFirst(group.count)
                untitled[k] = HeadlinePlacement.acceptsTrailingHeadline(drafts[k])
                insertTrailing(group, into: before)
            } else if drafts[k].hasTentativeHeadline, let before {
                foldBack(k, into: before)
            }
        } else {
            placeOrphan(group, from: k)
        }
    }

    /// Whether a headline's words are clearly those of the body before it rather than
    /// of the body after it.
    private mutating func readsBack(_ group: [HeadlineLine], from k: Int, to before: Int) -> Bool {
        let headline = BigramProfile(group.map(\.text).joined(separator: "\n"))
        let backBody = body(before), aheadBody = body(k)
        // Only a bigram of the body before that the body after lacks can make `back` exceed
        // `2 * ahead`: a headline with none (none shared with the body before at all, or all
        // shared with its own body too) stays, and the page's frequencies (a read of every
        // body) are not needed to say so.
        guard headline.sharesBigram(with: backBody, outside: aheadBody) else { return false }
        let affinity = frequencies()
        let probe = affinity.probe(headline)
        let back = affinity.textAffinity(of: probe, in: backBody)
        let ahead = affinity.textAffinity(of: probe, in: aheadBody)
        return back >= HeadlinePlacement.minimumAffinity && back > 2 * ahead + 0.05
    }

    /// A tentative headline that heads nothing: it was a subhead of the item before, and
    /// what follows it is that item's text.
    private mutating func foldBack(_ k: Int, into before: Int) {
        let folded = drafts[k].elements.map { element -> ArticleElement in
            if case .headline(let h) = element { return .subhead(line: h.line, text: h.text) }
            return element
        }
        drafts[before].elements += folded
        bodies[before] = HeadlinePlacement.bodyProfile(drafts[before])
        stale[before] = false
        drafts[k].elements = []
        untitled[k] = false
    }

    /// The headline lines a draft opens with.
    private func leadingHeadline(of draft: ArticleDraft) -> [HeadlineLine] {
        var lines: [HeadlineLine] = []
        for e in draft.elements {
            guard case .headline(let h) = e else { break }
            lines.append(h)
        }
        return lines
    }

    /// Whether a group could be printed after its body: no kicker dash, no markdown,
    /// not standing over a byline or box, and a group of at most a few lines.
    private func canTrail(_ group: [HeadlineLine], in draft: ArticleDraft) -> Bool {
        guard group.count <= ArticleGrouper.maximumHeadlineLines else { return false }
        if group.contains(where: { $0.level > 0 || HeadlineShapeCue.endsWithKickerDash($0.text) }) { return false }
        let next = draft.elements.dropFirst(group.count).first
        switch next {
        case .byline, .box, .label: return false
        default: return true
        }
    }

    private mutating func placeOrphan(_ group: [HeadlineLine], from k: Int) {
        let window = HeadlinePlacement.window
        let candidates = (max(0, k - window)..<min(drafts.count, k + window)).filter { $0 != k }
        // Each line's best untitled body, if it is clear. A line that shares no bigram with any
        // untitled body has none (its affinity with each is 0): when no line shares one, no line
        // has a body, and the page's frequencies (a read of every body) are not needed to say so.
        let lines = group.map { BigramProfile($0.text) }
        var weighable = false
        for line in lines where !weighable {
            for c in candidates where untitled[c] {
                if line.sharesBigram(with: body(c)) { weighable = true; break }
            }
        }
        var targets: [Int?] = Array(repeating: nil, count: group.count)
        if weighable {
            let affinity = frequencies()
            for (i, line) in lines.enumerated() {
                let probe = affinity.probe(line)
                var best: (index: Int, score: Double)?
                for c in candidates where untitled[c] {
                    let score = affinity.textAffinity(of: probe, in: body(c))
                    if score >= HeadlinePlacement.minimumAffinity, score > (best?.score ?? 0) { best = (c, score) }
                }
                targets[i] = best?.index
            }
        }
        // A line with no clear body goes with its neighbour (a kicker reads with its title).
        for i in targets.indices where targets[i] == nil {
            targets[i] = targets[(i + 1)...].first(where: { $0 != nil }) ?? targets[..<i].last(where: { $0 != nil }) ?? nil
        }
        var start = 0
        var remaining: [HeadlineLine] = []
        while start < group.count {
            var end = start + 1
            while end < group.count, targets[end] == targets[start] { end += 1 }
            let piece = Array(group[start..<end])
            if let target = targets[start], untitled[target] {
                insertTrailing(piece, into: target)
            } else {
                remaining += piece
            }
            start = end
        }
        let moved = group.count - remaining.count
        if moved == 0, group.count == 1, drafts[k].elements.count == 1, k > 0, !drafts[k - 1].isEmpty {
            // A lone line that heads nothing and matches no body is read where it stands,
            // at the end of the item before it.
            drafts[k - 1].elements.append(.subhead(line: group[0].line, text: group[0].text))
            stale[k - 1] = true
            drafts[k].elements = []
            return
        }
        guard moved > 0 else { return }
        drafts[k].elements.removeFirst(group.count)
        drafts[k].elements.insert(contentsOf: remaining.map(ArticleElement.headline), at: 0)
        untitled[k] = HeadlinePlacement.acceptsTrailingHeadline(drafts[k])
    }

    /// Puts trailing headline lines after the item's own headline lines (a kicker such as
    /// `代表委员呼吁——` printed above the body), ahead of everything else.
    private mutating func insertTrailing(_ lines: [HeadlineLine], into target: Int) {
        let position = drafts[target].elements.firstIndex(where: { !$0.isHeadline }) ?? drafts[target].elements.count
        let marked = lines.map { line -> ArticleElement in
            var l = line
            l.isTrailing = true
            return .headline(l)
        }
        drafts[target].elements.insert(contentsOf: marked, at: position)
        untitled[target] = HeadlinePlacement.acceptsTrailingHeadline(drafts[target])
    }
}
