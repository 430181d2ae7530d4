/// Stage 3: walks the pieces of a page once and groups them into article drafts.
///
/// A draft starts with its headline (a run of headline-shaped lines), a byline, a
/// jump marker, or, where no headline precedes, with a report's dateline
/// (`本报讯（张芳）…`), after a closing credit, a section tag or a wide gap. Inside a
/// body a headline-shaped line is an in-body subhead unless the context says it
/// heads a new item: a `——` kicker, a markdown heading, a wide gap before it, a byline
/// or dateline after it, a second headline line, or a photo caption after it.
/// Headlines printed after their body are moved later, by `HeadlinePlacement`.
///
/// Runs in time linear in the number of pieces: run extents and strictness are
/// computed once, and each decision looks ahead a bounded number of pieces.
struct ArticleGrouper {
    private let pieces: [Piece]
    /// Whether piece `i` could be a headline line at all.
    private var capable: [Bool] = []
    /// Whether piece `i` is a strict headline line in its context.
    private var strict: [Bool] = []
    /// One past the end of the headline-shaped run that piece `i` starts or is in.
    private var runEnd: [Int] = []

    /// The longest headline accepted; longer runs of short lines are running text.
    static let maximumHeadlineLines = 6

    init(pieces: [Piece]) {
        self.pieces = pieces
        let n = pieces.count
        capable = pieces.map { $0.paragraph?.couldBeHeadline ?? false }
        // A lead-in deck (`郭建伟：`) is a headline line when a headline line follows it.
        for i in 0..<max(0, n - 1) where !capable[i] && capable[i + 1] {
            if let p = pieces[i].paragraph, p.lines.count == 1, HeadlineShapeCue.isLeadInDeck(p.text),
               let next = pieces[i + 1].paragraph, next.blanksBefore < 2 {
                capable[i] = true
            }
        }
        strict = (0..<n).map { i in
            guard capable[i], let p = pieces[i].paragraph else { return false }
            if p.endsWithKickerDash || p.headingLevel > 0 { return true }
            guard HeadlineShapeCue.isShortHeadlineLine(p.text) else { return false }
            // The line's own score, less what its neighbours say (`isShortHeadlineLine` is the score ≥ 0).
            var score = HeadlineShapeCue.headlineScore(p.text)
            // A cut paragraph is picked up by the next one (`强化安全群监成效,开展“两站”建设专` / `项增效行动。`).
            if i + 1 < n, !capable[i + 1], let next = pieces[i + 1].paragraph, next.blanksBefore < 2, next.startsAsContinuation {
                score -= 3
            }
            // A comma line as wide as the wrapped column beside it is running text.
            let neighbours = [i - 1, i + 1].filter { $0 >= 0 && $0 < n }.compactMap { pieces[$0].paragraph?.columnWidth }
            if neighbours.contains(where: { ColumnWidthCue.isWrappedTextLine(p.text, column: $0) }) { score -= 2 }
            return score >= 0
        }
        runEnd = Array(repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            guard capable[i] else { runEnd[i] = i; continue }
            let continues = i + 1 < n && capable[i + 1] && (pieces[i + 1].paragraph?.blanksBefore ?? 0) < 2
            runEnd[i] = continues ? runEnd[i + 1] : i + 1
        }
    }

    /// Cue `bracketSubhead`: a short tag in 【】 (two to four characters, not a roundup
    /// heading such as 工会动态) standing between the body of an open item and a paragraph
    /// that goes on with it (`【案情】`, `【处理】`, `【点评】` in a case) is a subhead of that
    /// item. Section tags printed between items (`■工会动态■`) still close it.
    private func isBracketSubhead(_ tag: String, at i: Int, in state: State) -> Bool {
        guard case .furniture(_, _, let bracketed) = pieces[i], bracketed, (2...4).contains(tag.count),
              SectionLabelCue.roundupHeading(tag) == nil,
              !state.isClosed, state.hasBody, i + 1 < pieces.count, case .paragraph(let next) = pieces[i + 1],
              !capable[i + 1], next.leadingDateline == nil
        else { return false }
        return true
    }

    /// Groups the page's pieces into drafts, in file order.
    static func group(_ pieces: [Piece]) -> [ArticleDraft] {
        ArticleGrouper(pieces: pieces).run()
    }

    private func run() -> [ArticleDraft] {
        var state = State()
        var i = 0
        let n = pieces.count
        while i < n {
            switch pieces[i] {
            case .furniture(let line, let tag, _):
                if let tag, isBracketSubhead(tag, at: i, in: state) {
                    // `【案情】` between the paragraphs of a case: a subhead of it, not a section.
                    state.add(.subhead(line: line, text: "【\(tag)】"))
                    i += 1
                    continue
                }
                state.close()
                if let tag { state.pendingTag = tag }
                i += 1
            case .marker(let line, let marker):
                if marker.continuesFromElsewhere {
                    state.close()
                    state.add(.marker(line: line, marker: marker))
                } else {
                    // `（下转第2版）` ends the item it is printed under.
                    state.add(.marker(line: line, marker: marker))
                    state.isClosed = true
                }
                i += 1
            case .sectionLabel(let line, let text, _):
                if isSidebarLabel(at: i, in: state), case .paragraph(let first) = pieces[i + 1] {
                    // `记者手记` over running text after a body: the item's sidebar, not a new item.
                    state.add(.box(labelLine: line, label: text, text: [first]))
                    state.isInSidebar = true
                    i += 2
                    continue
                }
                if !state.inHeadContext { state.close() }
                state.add(.label(line: line, text: text))
                i += 1
            case .boxLabel(let line, let label):
                if state.isClosed { state.close() }
                if i + 1 < n, case .paragraph(let text) = pieces[i + 1] {
                    state.add(.box(labelLine: line, label: label, text: [text]))
                    i += 2
                } else {
                    state.add(.box(labelLine: line, label: label, text: []))
                    i += 1
                }
            case .byline(let line, let credit):
                placeByline(line: line, credit: credit, at: i, in: &state)
                i += 1
            case .paragraph(var p):
                if let (label, text) = BoxLabelCue.leadingBoxLabel(p.text) {
                    // `编者按:…`: a box whose label opens its paragraph.
                    if state.isClosed { state.close() }
                    p.replaceText(text)
                    state.add(.box(labelLine: p.lines[0], label: label, text: [p]))
                    i += 1
                } else if state.isInSidebar, !capable[i], p.leadingDateline == nil, p.blanksBefore < 2 {
                    state.appendToSidebar(p)
                    i += 1
                } else if capable[i] {
                    i = placeHeadlineRun(at: i, in: &state)
                } else if isWrappedHeadline(p, at: i, in: state) {
                    state.add(.headline(HeadlineLine(lines: p.lines, text: p.text, level: 0)))
                    i += 1
                } else {
                    placeParagraph(p, in: &state)
                    i += 1
                }
            }
        }
        state.close()
        return state.drafts
    }

    // MARK: - Decisions

    private func placeByline(line: Int, credit: Credit, at i: Int, in state: inout State) {
        if state.isClosed || state.isEmpty {
            state.close()
            state.add(.byline(line: line, credit: credit))
        } else if !state.hasParagraph {
            state.add(.byline(line: line, credit: credit))
        } else {
            // After a body: a closing credit (`□康劲 穆灿烂`, `…摄`, or any credit with no body
            // of its own after it, since a byline heads a body), or the next item's byline.
            let unattributed = !state.hasByline && !state.hasDatelineCredit
            let closing = credit.isBoxed || PhotoCreditCue.isPhotoCredit(credit) || startsItem(at: i + 1)
                || (unattributed && state.captionMentionsPhoto)
            if closing {
                state.add(.credit(line: line, credit: credit))
                state.isClosed = true
            } else {
                state.close()
                state.add(.byline(line: line, credit: credit))
            }
        }
    }

    private func placeParagraph(_ p: Paragraph, in state: inout State) {
        if state.isClosed {
            state.close()
        } else if state.hasBody {
            if let dateline = p.leadingDateline, dateline.opensReport {
                state.close()
            } else if p.blanksBefore >= 2, state.lastParagraphEndsSentence {
                state.close()
            } else if p.blanksBefore >= 1, state.lastParagraphEndsSentence, state.hasDatelineCredit || state.hasByline,
                      let credit = p.trailingCredit, PhotoCreditCue.isPhotoCredit(credit) {
                // photoAfterReport: a caption closed by a photo credit after a finished, credited
                // report is a photo item of its own (OCR pages print them one under the other).
                state.close()
            }
        }
        state.add(.paragraph(p))
        if p.trailingCredit != nil || p.trailingDateline != nil { state.isClosed = true }
    }

    /// Places the headline-shaped piece at `i` (and, when it starts a headline, the rest
    /// of its run); returns the index of the next piece to read.
    private func placeHeadlineRun(at i: Int, in state: inout State) -> Int {
        let end = runEnd[i]
        guard let p = pieces[i].paragraph else { return i + 1 }
        if state.isClosed || state.inHeadContext {
            // A wide gap, or a `——` kicker after a finished headline, starts another headline.
            let another = state.headlineCount > 0
                && (p.blanksBefore >= 2 || (p.endsWithKickerDash && !state.lastHeadlineEndsWithDash))
            if state.isClosed || another { state.close() }
            return addHeadline(from: i, to: end, in: &state)
        }
        // After a wide gap and a finished sentence a new item starts: read it as a head.
        if p.blanksBefore >= 2, state.lastParagraphEndsSentence {
            state.close()
            return addHeadline(from: i, to: end, in: &state)
        }
        guard strict[i] else {
            placeParagraph(p, in: &state)
            return i + 1
        }
        if startsNewItem(run: i, end: end) {
            state.close()
            return addHeadline(from: i, to: end, in: &state)
        }
        // In an untitled body a lone headline line may be that body's headline, printed
        // after it (seed 003); placement compares the texts and otherwise folds it back.
        let untitled = state.headlineCount == 0 || state.lastHeadlineEndsWithDash
        if untitled, !state.hasMarker, state.hasParagraph, i + 1 == end, end < pieces.count, pieces[end].paragraph != nil {
            state.close()
            state.add(.headline(HeadlineLine(lines: p.lines, text: p.text, level: p.headingLevel)))
            state.current.hasTentativeHeadline = true
            return i + 1
        }
        // An in-body subhead: one line of the run; the rest is read again.
        state.add(.subhead(line: p.lines[0], text: p.text))
        return i + 1
    }

    private func addHeadline(from i: Int, to end: Int, in state: inout State) -> Int {
        let stop = min(end, i + Self.maximumHeadlineLines)
        for k in i..<stop {
            guard let p = pieces[k].paragraph else { continue }
            state.add(.headline(HeadlineLine(lines: p.lines, text: p.text, level: p.headingLevel)))
        }
        return stop
    }

    /// Whether a strict headline line inside a body starts a new item. Markdown headings of
    /// levels 1–3 always do: dumps made from markdown mark headlines by type size and leave
    /// in-body subheads unmarked (`#### 阅读提示` is a box label, read before this).
    private func startsNewItem(run i: Int, end: Int) -> Bool {
        guard let first = pieces[i].paragraph else { return false }
        if first.blanksBefore >= 2 || (1...3).contains(first.headingLevel) { return true }
        // Two headline lines in a row: subheads come one at a time.
        if i + 1 < end, strict[i + 1] { return true }
        // Nothing follows, or a wide gap does: a subhead is followed by its section, while a
        // headline printed after its body (seed 003) may stand there.
        if end == pieces.count || pieces[end].blanksBefore >= 2 { return true }
        if opensItem(pieces[end], acceptingQuotedSource: first.endsWithKickerDash) { return true }
        return captionFollows(from: end)
    }

    /// Pieces that follow a headline: a byline, a report's dateline, a box, a label. After a
    /// `——` kicker a quoted source (`据《工人日报》`) also opens the item.
    private func opensItem(_ piece: Piece, acceptingQuotedSource: Bool = false) -> Bool {
        switch piece {
        case .byline(_, let credit): !credit.isBoxed && !PhotoCreditCue.isPhotoCredit(credit)
        case .paragraph(let p): p.leadingDateline.map { $0.opensReport || acceptingQuotedSource } ?? false
        case .boxLabel, .sectionLabel: true
        case .marker, .furniture: false
        }
    }

    /// A headline deck the layout wrapped over several lines (a long subtitle): in the
    /// head of an item, after a headline line, with a headline's shape, and followed by
    /// what follows a headline.
    private func isWrappedHeadline(_ p: Paragraph, at i: Int, in state: State) -> Bool {
        guard state.inHeadContext, state.headlineCount > 0, p.lines.count > 1, i + 1 < pieces.count,
              HeadlineShapeCue.couldBeHeadline(p.text)
        else { return false }
        return opensItem(pieces[i + 1])
    }

    /// A label after a body with running text right under it (no headline of its own) heads
    /// a sidebar of the item (`记者手记`), not a new item.
    private func isSidebarLabel(at i: Int, in state: State) -> Bool {
        guard state.hasParagraph, !state.isClosed, i + 1 < pieces.count, !capable[i + 1],
              case .paragraph(let next) = pieces[i + 1], next.blanksBefore < 2
        else { return false }
        // A caption closed by a photo credit under the label is a photo item of its own.
        return next.leadingDateline == nil && !captionFollows(from: i + 1)
    }

    /// Whether piece `i` starts an item (or the page ends), for a byline after a body.
    private func startsItem(at i: Int) -> Bool {
        guard i < pieces.count else { return true }
        switch pieces[i] {
        case .paragraph(let p): return capable[i] || p.leadingDateline?.opensReport == true
        case .furniture, .marker, .sectionLabel: return true
        case .byline, .boxLabel: return false
        }
    }

    /// A short caption ending in a photo credit follows: the line before is a photo's title.
    private func captionFollows(from start: Int) -> Bool {
        var characters = 0
        var captionSaysPhoto = false
        for k in start..<min(pieces.count, start + 3) {
            switch pieces[k] {
            case .paragraph(let p):
                characters += p.text.utf8.count / 3
                if characters > 500 || capable[k] { return false }
                captionSaysPhoto = captionSaysPhoto || PhotoCreditCue.saysPictured(p.text)
                if let credit = p.trailingCredit {
                    return PhotoCreditCue.isPhotoCredit(credit) || PhotoCreditCue.saysPictured(p.text)
                }
            case .byline(_, let credit):
                guard characters > 0 else { return false }
                return PhotoCreditCue.isPhotoCredit(credit) || (credit.hasStaffMarker && captionSaysPhoto)
            default:
                return false
            }
        }
        return false
    }
}

/// The grouper's running state: drafts so far, the one being built, and what it holds
/// so far (kept as flags, so that each decision takes constant time).
private struct State {
    var drafts: [ArticleDraft] = []
    var current = ArticleDraft()
    /// A section tag waiting for the next item.
    var pendingTag: String?

    var isClosed = false
    var headlineCount = 0
    var hasBody = false
    var hasParagraph = false
    var hasByline = false
    var hasCredit = false
    var hasMarker = false
    var hasDatelineCredit = false
    var lastParagraphEndsSentence = true
    /// The last headline line ends in `——`: a title is still to come.
    var lastHeadlineEndsWithDash = false
    /// The last paragraph says `图为…`: a caption, which a staff credit closes.
    var captionMentionsPhoto: Bool {
        lastParagraphText.map { $0.utf8.count < 1500 && PhotoCreditCue.saysPictured($0) } ?? false
    }
    /// The text of the last paragraph added (read for `captionMentionsPhoto` only when asked).
    private var lastParagraphText: String?
    var isEmpty: Bool { current.isEmpty }
    /// The last element is a sidebar box (`记者手记`) that running text still extends.
    var isInSidebar = false

    /// Adds a paragraph to the sidebar box the current draft ends with.
    mutating func appendToSidebar(_ p: Paragraph) {
        guard case .box(let line, let label, let text)? = current.elements.last else { return }
        current.elements[current.elements.count - 1] = .box(labelLine: line, label: label, text: text + [p])
    }

    /// The current draft is open, has no body, byline or credit yet, and room for more
    /// headline lines: headline lines and labels still belong to it.
    var inHeadContext: Bool {
        !isClosed && !hasBody && !hasByline && !hasCredit && headlineCount < ArticleGrouper.maximumHeadlineLines
    }

    mutating func add(_ element: ArticleElement) {
        isInSidebar = false
        if current.isEmpty, let tag = pendingTag {
            current.sectionTag = tag
            pendingTag = nil
        }
        switch element {
        case .headline(let h):
            headlineCount += 1
            lastHeadlineEndsWithDash = HeadlineShapeCue.endsWithKickerDash(h.text)
        case .paragraph(let p):
            if !hasParagraph { hasDatelineCredit = p.leadingDateline?.credit != nil }
            hasParagraph = true
            hasBody = true
            lastParagraphEndsSentence = p.endsSentence
            lastParagraphText = p.text
        case .subhead, .box: hasBody = true
        case .byline: hasByline = true
        case .credit: hasCredit = true
        case .marker: hasMarker = true
        case .label: break
        }
        current.elements.append(element)
    }

    mutating func close() {
        current.isClosed = isClosed
        if !current.isEmpty { drafts.append(current) }
        self = State(drafts: drafts, pendingTag: pendingTag)
    }

    private init(drafts: [ArticleDraft], pendingTag: String?) {
        self.drafts = drafts
        self.pendingTag = pendingTag
    }

    init() {}
}
