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

    init(lines: [Int], text: String, blanksBefore: Int, headingLevel: Int = 0, columnWidth: Double = 0) {
        self.lines = lines
        self.text = text
        self.blanksBefore = blanksBefore
        self.headingLevel = headingLevel
        self.columnWidth = columnWidth
        readOpeningCues()
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
        readClosingCues()
    }

    /// Replaces the text (a jump marker split off it).
    mutating func replaceText(_ newText: String) {
        text = newText
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
        let latin: (Unicode.Scalar) -> Bool = { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
        if let l = left.unicodeScalars.last, let r = right.unicodeScalars.first, latin(l), latin(r) {
            left.append(" ")
        }
        left.append(right)
    }
}
