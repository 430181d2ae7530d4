/// A paragraph as printed: one or more lines of running text joined, with the cues
/// the grouper and repair passes read from it. The cues are read once, when the text is
/// set or grows, so that every later look is constant time.
///
/// The fields live in one immutable object shared by the copies: a paragraph is copied
/// each time a piece or element holding it is read (`case .paragraph(let p)`), and a copy
/// of one reference costs one retain, where a copy of the fields themselves (line numbers,
/// texts, a dateline and a credit with their strings and arrays) cost a dozen and a
/// 200-byte move. A change of text builds a new object.
struct Paragraph {
    /// The fields, never changed once made (a change makes new ones).
    private var storage: Storage

    /// The line numbers it occupies, in reading order.
    var lines: [Int] { storage.lines }
    /// The lines joined without hard breaks.
    var text: String { storage.text }
    /// Blank lines before its first line.
    var blanksBefore: Int { storage.blanksBefore }
    /// Markdown heading level of a one-line paragraph, 0 when none.
    var headingLevel: Int { storage.headingLevel }
    /// The typical line width of the wrapped block it came from; 0 for a one-line block.
    var columnWidth: Double { storage.columnWidth }

    /// The dateline it opens with, if any.
    var leadingDateline: Dateline? { storage.opening.leadingDateline }
    /// Whether it starts in the middle of a sentence.
    var startsAsContinuation: Bool { storage.opening.startsAsContinuation }
    /// A credit printed at its end (`…清理。 □陈向卫 李鹏 摄`).
    var trailingCredit: Credit? { storage.closing.creditSplit?.credit }
    /// A dateline printed at its end (`…(本报厦门9月11日电)`).
    var trailingDateline: String? { storage.closing.datelineSplit?.dateline }
    /// `PhotoCreditCue.trailingCredit(text)`, as read when the text was set.
    var trailingCreditSplit: (body: String, credit: Credit)? { storage.closing.creditSplit }
    /// `DatelineCue.trailingDateline(text)` where the text ends in no credit (`nil` where it
    /// does), as read when the text was set.
    var trailingDatelineSplit: (dateline: String, body: String)? { storage.closing.datelineSplit }
    /// Whether it ends a sentence or clause, or with a credit.
    var endsSentence: Bool { storage.closing.endsSentence }

    /// The bigrams of its text, read on first use and kept.
    var bigramRun: BigramRun { storage.run(of: storage.text) }
    /// Its text as a source of bigrams that keeps them with the paragraph.
    var bigramSource: BigramSource { .kept(storage.text, storage) }

    init(lines: [Int], text: String, blanksBefore: Int, headingLevel: Int = 0, columnWidth: Double = 0) {
        storage = Storage(
            lines: lines, text: text, blanksBefore: blanksBefore, headingLevel: headingLevel, columnWidth: columnWidth,
            opening: OpeningCues(text), closing: ClosingCues(text)
        )
    }

    /// A paragraph of one classified line, whose cues that the classifier's pass over the line
    /// rules out (`ClassifiedLine.mayOpenDateline`, `mayEndInCredit`, `ending`) are not read.
    /// The line is read in place, field by field (a copy of a `ClassifiedLine` retains and
    /// releases its text and its kind's payload).
    init(line: borrowing ClassifiedLine) {
        let text = line.text
        storage = Storage(
            lines: [line.number], text: text, blanksBefore: line.blanksBefore, headingLevel: line.headingLevel,
            columnWidth: 0, opening: OpeningCues(text, firstLineDateline: line.mayOpenDateline ? nil : .some(nil)),
            closing: ClosingCues(text, lastLineEnding: line.ending, mayEndInCredit: line.mayEndInCredit)
        )
    }

    /// A paragraph of several hard-wrapped lines joined: the opening cues are read from the
    /// first line as printed, the closing cues once from the joined text.
    /// `firstLineDateline`, when given, is what `DatelineCue.looksLikeDateline(firstLine)` says;
    /// `lastLineEnding`, when given, is the `LineEnding` of the last line (which ends `joined`).
    init(
        wrappedLines lines: [Int], firstLine: String, joined: String, blanksBefore: Int, columnWidth: Double,
        firstLineDateline: Dateline?? = nil, lastLineEnding: LineEnding? = nil
    ) {
        storage = Storage(
            lines: lines, text: joined, blanksBefore: blanksBefore, headingLevel: 0, columnWidth: columnWidth,
            opening: OpeningCues(firstLine, firstLineDateline: firstLineDateline),
            closing: ClosingCues(joined, lastLineEnding: lastLineEnding)
        )
    }

    /// Whether it could be a headline line at all (one printed line, headline shape).
    var couldBeHeadline: Bool {
        (lines.count == 1 || endsWithKickerDash) && HeadlineShapeCue.couldBeHeadline(text)
    }
    /// Whether it ends with `——`.
    var endsWithKickerDash: Bool { HeadlineShapeCue.endsWithKickerDash(text) }

    /// Appends a paragraph that continues this one (the opening cues stay those of its start).
    mutating func append(_ other: Paragraph) {
        var text = storage.text
        ParagraphJoin.append(other.text, to: &text)
        storage = Storage(
            lines: storage.lines + other.lines, text: text, blanksBefore: storage.blanksBefore,
            headingLevel: storage.headingLevel, columnWidth: storage.columnWidth,
            opening: storage.opening, closing: ClosingCues(text)
        )
    }

    /// Replaces the text (a jump marker split off it).
    mutating func replaceText(_ newText: String) {
        storage = Storage(
            lines: storage.lines, text: newText, blanksBefore: storage.blanksBefore,
            headingLevel: storage.headingLevel, columnWidth: storage.columnWidth,
            opening: OpeningCues(newText), closing: ClosingCues(newText)
        )
    }

    /// What the start of the text says.
    private struct OpeningCues {
        var leadingDateline: Dateline?
        var startsAsContinuation: Bool

        init(leadingDateline: Dateline?, startsAsContinuation: Bool) {
            self.leadingDateline = leadingDateline
            self.startsAsContinuation = startsAsContinuation
        }

        init(_ text: String) {
            self.init(
                leadingDateline: DatelineCue.looksLikeDateline(text),
                startsAsContinuation: ContinuationCue.startsAsContinuation(text)
            )
        }

        /// The cues of `text`, its dateline read only when not known (`firstLineDateline`).
        init(_ text: String, firstLineDateline: Dateline??) {
            self.init(
                leadingDateline: firstLineDateline ?? DatelineCue.looksLikeDateline(text),
                startsAsContinuation: ContinuationCue.startsAsContinuation(text)
            )
        }
    }

    /// What the end of the text says. The splits are kept whole (the text before the credit or
    /// dateline too): the assembler takes them off the last paragraph of an item.
    private struct ClosingCues {
        var creditSplit: (body: String, credit: Credit)?
        var datelineSplit: (dateline: String, body: String)?
        var endsSentence: Bool

        init(_ text: String) {
            self.init(text, lastLineEnding: nil)
        }

        /// The cues of `text`, whose last line's `LineEnding` (`lastLineEnding`) and
        /// `ClassifiedLine.mayEndInCredit` (`mayEndInCredit`, for a text of that line alone) may
        /// be known: a dateline or a name in parentheses needs a closing parenthesis, and where
        /// the line decides its ending the text ends a sentence or clause as the line does.
        init(_ text: String, lastLineEnding ending: LineEnding?, mayEndInCredit: Bool = true) {
            creditSplit = mayEndInCredit ? PhotoCreditCue.trailingCredit(text) : nil
            let closesParenthesis = ending?.closesParenthesis ?? true
            datelineSplit = creditSplit == nil && closesParenthesis ? DatelineCue.trailingDateline(text) : nil
            let mayEnd = ending.flatMap { $0.decidesEnding ? $0.mayEndParagraph : nil }
                ?? !ContinuationCue.continuesMidSentence(text)
            // A writer's name in parentheses after the last sentence (`…服务。(许振宇)`) ends it too.
            endsSentence = creditSplit != nil || mayEnd
                || (closesParenthesis && PhotoCreditCue.trailingAuthorCredit(text) != nil)
        }
    }

    /// The fields of a paragraph, and the cache of its text's bigrams (a new one with each text).
    private final class Storage: BigramRunCache {
        let lines: [Int]
        let text: String
        let blanksBefore: Int
        let headingLevel: Int
        let columnWidth: Double
        let opening: OpeningCues
        let closing: ClosingCues

        init(
            lines: [Int], text: String, blanksBefore: Int, headingLevel: Int, columnWidth: Double,
            opening: OpeningCues, closing: ClosingCues
        ) {
            self.lines = lines
            self.text = text
            self.blanksBefore = blanksBefore
            self.headingLevel = headingLevel
            self.columnWidth = columnWidth
            self.opening = opening
            self.closing = closing
            super.init()
        }
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
        // The last byte read in place (`utf8.last` steps an index back through the view).
        if latin(UTF8Scalars.withBytes(left) { $0.last }), latin(right.utf8.first) {
            left.append(" ")
        }
        left.append(right)
    }
}
