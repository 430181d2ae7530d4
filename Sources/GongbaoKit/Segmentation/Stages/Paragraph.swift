/// A paragraph as printed: one or more lines of running text joined, with the cues
/// the grouper and repair passes read from it. The cues are read once, when the text is
/// set or grows, so that every later look is constant time.
struct Paragraph {
    /// The line numbers it occupies, in reading order.
    private(set) var lines: [Int]
    /// The lines joined without hard breaks.
    private(set) var text: String
    /// Blank lines before its first line.
    var blanksBefore: Int
    /// Markdown heading level of a one-line paragraph, 0 when none.
    var headingLevel: Int
    /// The typical line width of the wrapped block it came from; 0 for a one-line block.
    var columnWidth: Double

    /// The dateline it opens with, if any.
    private(set) var leadingDateline: Dateline?
    /// Whether it starts in the middle of a sentence.
    private(set) var startsAsContinuation = false
    /// A credit printed at its end (`…清理。 □陈向卫 李鹏 摄`).
    private(set) var trailingCredit: Credit?
    /// A dateline printed at its end (`…(本报厦门9月11日电)`).
    private(set) var trailingDateline: String?
    /// Whether it ends a sentence or clause, or with a credit.
    private(set) var endsSentence = false
    /// Its bigrams once read, for the texts compared on the page (a new cache whenever the text changes).
    private var bigramCache = BigramRunCache()

    /// The bigrams of its text, read on first use and kept.
    var bigramRun: BigramRun { bigramCache.run(of: text) }
    /// Its text as a source of bigrams that keeps them with the paragraph.
    var bigramSource: BigramSource { .kept(text, bigramCache) }

    init(lines: [Int], text: String, blanksBefore: Int, headingLevel: Int = 0, columnWidth: Double = 0) {
        self.lines = lines
        self.text = text
        self.blanksBefore = blanksBefore
        self.headingLevel = headingLevel
        self.columnWidth = columnWidth
        readOpeningCues()
        readClosingCues()
    }

    /// A paragraph of several hard-wrapped lines joined: the opening cues are read from the
    /// first line as printed, the closing cues once from the joined text.
    /// `firstLineDateline`, when given, is what `DatelineCue.looksLikeDateline(firstLine)` says.
    init(
        wrappedLines lines: [Int], firstLine: String, joined: String, blanksBefore: Int, columnWidth: Double,
        firstLineDateline: Dateline?? = nil
    ) {
        self.lines = lines
        self.text = firstLine
        self.blanksBefore = blanksBefore
        self.headingLevel = 0
        self.columnWidth = columnWidth
        if let known = firstLineDateline {
            leadingDateline = known
            startsAsContinuation = ContinuationCue.startsAsContinuation(text)
        } else {
            readOpeningCues()
        }
        self.text = joined
        readClosingCues()
    }

    /// Whether it could be a headline line at all (one printed line, headline shape).
    var couldBeHeadline: Bool {
        (lines.count == 1 || endsWithKickerDash) && HeadlineShapeCue.couldBeHeadline(text)
    }
    /// Whether it ends with `——`.
    var endsWithKickerDash: Bool { HeadlineShapeCue.endsWithKickerDash(text) }

    /// Appends a paragraph that continues this one, in place (joins stay linear).
    mutating func append(_ other: Paragraph) {
        lines += other.lines
        ParagraphJoin.append(other.text, to: &text)
        bigramCache = BigramRunCache()
        readClosingCues()
    }

    /// Replaces the text (a jump marker split off it).
    mutating func replaceText(_ newText: String) {
        text = newText
        bigramCache = BigramRunCache()
        readOpeningCues()
        readClosingCues()
    }

    private mutating func readOpeningCues() {
        leadingDateline = DatelineCue.looksLikeDateline(text)
        startsAsContinuation = ContinuationCue.startsAsContinuation(text)
    }

    private mutating func readClosingCues() {
        trailingCredit = PhotoCreditCue.trailingCredit(text)?.credit
        trailingDateline = trailingCredit == nil ? DatelineCue.trailingDateline(text)?.dateline : nil
        // A writer's name in parentheses after the last sentence (`…服务。(许振宇)`) ends it too.
        endsSentence = trailingCredit != nil || !ContinuationCue.continuesMidSentence(text)
            || PhotoCreditCue.trailingAuthorCredit(text) != nil
    }
}

/// Joins two pieces of running text split by a hard line break.
enum ParagraphJoin {
    /// Chinese text joins without a separator; two Latin words keep a space between them.
    /// Both sides are already trimmed (the classifier trims every line).
    static func append(_ right: String, to left: inout String) {
        // A Latin letter is one ASCII byte, and an ASCII byte is always a whole scalar: the
        // last byte of the left text and the first of the right tell.
        func latin(_ b: UInt8?) -> Bool { b.map { (0x61...0x7A).contains($0) || (0x41...0x5A).contains($0) } ?? false }
        if latin(left.utf8.last), latin(right.utf8.first) {
            left.append(" ")
        }
        left.append(right)
    }
}
