/// A paragraph as printed: one or more lines of running text joined, with the cues
/// the grouper and repair passes read from it.
struct Paragraph {
    /// The line numbers it occupies, in reading order.
    var lines: [Int]
    /// The lines joined without hard breaks.
    var text: String
    /// Blank lines before its first line.
    var blanksBefore: Int
    /// Markdown heading level of a one-line paragraph, 0 when none.
    var headingLevel: Int
    /// The typical line width of the wrapped block it came from; 0 for a one-line block.
    var columnWidth: Double

    init(lines: [Int], text: String, blanksBefore: Int, headingLevel: Int = 0, columnWidth: Double = 0) {
        self.lines = lines
        self.text = text
        self.blanksBefore = blanksBefore
        self.headingLevel = headingLevel
        self.columnWidth = columnWidth
    }

    /// The dateline it opens with, if any.
    var leadingDateline: Dateline? { DatelineCue.looksLikeDateline(text) }
    /// A credit printed at its end (`…清理。 □陈向卫 李鹏 摄`).
    var trailingCredit: (body: String, credit: Credit)? { PhotoCreditCue.trailingCredit(text) }
    /// A dateline printed at its end (`…(本报厦门9月11日电)`).
    var trailingDateline: (dateline: String, body: String)? { DatelineCue.trailingDateline(text) }
    /// Whether it ends a sentence or clause (after any trailing credit).
    var endsSentence: Bool { TerminalPunctuation.mayEndParagraph(text) || trailingCredit != nil }
    /// Whether it starts in the middle of a sentence.
    var startsAsContinuation: Bool { ContinuationCue.startsAsContinuation(text) }
    /// Whether it could be a headline line at all (one printed line, headline shape).
    var couldBeHeadline: Bool {
        (lines.count == 1 || HeadlineShapeCue.endsWithKickerDash(text)) && HeadlineShapeCue.couldBeHeadline(text)
    }
    /// Whether it ends with `——`.
    var endsWithKickerDash: Bool { HeadlineShapeCue.endsWithKickerDash(text) }

    /// Appends a paragraph that continues this one, in place (joins stay linear).
    mutating func append(_ other: Paragraph) {
        lines += other.lines
        ParagraphJoin.append(other.text, to: &text)
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
