/// Cue `isShortHeadlineLine`: a line shaped like a headline or an in-body subhead
/// (`“把脉”摸准职工需求`), as opposed to a paragraph the layout cut short
/// (`2023年7月,云阳县多地受暴雨影响,洪`).
///
/// Two grades: `couldBeHeadline` is the hard shape (no sentence end, balanced quotes,
/// at most 80 characters); `headlineScore` weighs the softer signs, and a line with a
/// score of at least 0 is a *strict* headline line, one that may stand where a
/// subhead or headline is expected in running text.
enum HeadlineShapeCue {
    /// The hard shape: no sentence end inside or at the end (a final `！`/`？` allowed
    /// on short lines), quotes balanced, at most 80 print columns.
    static func couldBeHeadline(_ text: String) -> Bool {
        guard text.utf8.count <= 400 else { return false }
        // One pass over the trimmed line reads what each test needs: its length and print
        // width, its quote balance (`QuoteBalance`), whether a sentence ends before its last
        // characters (`TerminalPunctuation.hasInnerSentenceEnd`: a sentence end followed later
        // by a scalar that is neither a sentence end nor a closing mark), and its last
        // meaningful scalar (`TerminalPunctuation.endsWithTerminalPunctuation`).
        return UTF8Scalars.withBytes(text) { couldBeHeadline(bytes: $0) }
    }

    /// `couldBeHeadline` read on the line's UTF-8 bytes, between its leading and trailing white space.
    private static func couldBeHeadline(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let trimmed = UTF8Scalars.trimmed(bytes)
        // A scalar of n bytes is at least n/4 columns wide (ASCII: one byte, half a column; any
        // other: two to four bytes, one column), so a line of more than 320 bytes is wider than
        // 80 columns: turned down unread (a long paragraph would be read up to its second sentence).
        guard trimmed.count <= 320, !endTurnsDown(bytes, trimmed) else { return false }
        var i = trimmed.lowerBound
        let end = trimmed.upperBound
        var count = 0
        var width = 0.0
        var depth = 0, lowest = 0
        var asciiOpen = false
        var sawSentenceEnd = false, innerSentenceEnd = false
        var first: Unicode.Scalar?, last: Unicode.Scalar?, lastMeaningful: Unicode.Scalar?
        let enders = Punctuation.sentenceEnders, closers = Punctuation.closers, openers = Punctuation.openers
        while i < end {
            let s = UTF8Scalars.next(bytes, &i)
            count += 1
            width += s.value < 0x80 ? 0.5 : 1
            // Too long or too wide for a headline: nothing further can change that.
            if count > 100 || width > 80 { return false }
            if first == nil { first = s }
            last = s
            if s.value >= 0x4E00 && s.value <= 0x9FFF {
                // An ideograph (most of a line) is no mark of any kind: it only follows what came before.
                // A sentence end before it is an inner one, which no headline has: nothing read
                // further can change that (a long paragraph is turned down at its second sentence).
                if sawSentenceEnd { return false }
                lastMeaningful = s
                continue
            }
            let ends = enders.contains(s)
            let closes = closers.contains(s)
            if s == "\"" {
                asciiOpen.toggle()
                depth += asciiOpen ? 1 : -1
            } else if openers.contains(s) {
                depth += 1
            } else if closes {
                depth -= 1
            }
            lowest = min(lowest, depth)
            // Something closed before it opened, or a sentence ended inside: no headline either way.
            if lowest < 0 { return false }
            if !ends, !closes, sawSentenceEnd { innerSentenceEnd = true }
            if innerSentenceEnd { return false }
            // `……` inside a headline is an ellipsis, not a full stop.
            if ends, s != "…" { sawSentenceEnd = true }
            if !Punctuation.isSpace(s), !closes, s != "\"" { lastMeaningful = s }
        }
        guard count >= 2, width <= 80 else { return false }
        guard depth == 0, lowest == 0, !innerSentenceEnd else { return false }
        if let meaningful = lastMeaningful, Punctuation.sentenceEnders.contains(meaningful) {
            // `工会来了！` is a headline; `他说。` is not.
            guard let last, "！？!?".unicodeScalars.contains(last), count <= 24,
                  !(first.map(Punctuation.openers.contains) ?? false)
            else { return false }
        }
        if let last, Punctuation.clauseEnders.contains(last) || Punctuation.commas.contains(last) {
            return false
        }
        if let first, Punctuation.neverStartsText.contains(first) { return false }
        return true
    }

    /// Whether the end of the trimmed line alone turns it down, read backwards on its bytes:
    /// its last scalar is a clause end or comma, or its last meaningful scalar (not white space,
    /// a closing mark or `"`) is a sentence end and its last scalar no `！`/`？`. These are the
    /// final tests of `couldBeHeadline`, asked first: most one-line paragraphs end `。` or `。”`
    /// and are turned down here, where the forward pass would read them through.
    private static func endTurnsDown(_ bytes: UnsafeBufferPointer<UInt8>, _ trimmed: Range<Int>) -> Bool {
        var end = trimmed.upperBound
        guard end > trimmed.lowerBound else { return false }
        let last = UTF8Scalars.previous(bytes, &end)
        if Punctuation.clauseEnders.contains(last) || Punctuation.commas.contains(last) { return true }
        var meaningful = last
        while Punctuation.isSpace(meaningful) || Punctuation.closers.contains(meaningful) || meaningful == "\"" {
            guard end > trimmed.lowerBound else { return false }
            meaningful = UTF8Scalars.previous(bytes, &end)
        }
        return Punctuation.sentenceEnders.contains(meaningful) && !"！？!?".unicodeScalars.contains(last)
    }

    /// A lead-in deck: a name or subject and a colon, nothing else (`郭建伟：` over
    /// `在车间里“听”出毛病的高级技师`). It reads as a headline line only over another one.
    static func isLeadInDeck(_ text: String) -> Bool {
        guard text.utf8.count <= 60 else { return false }
        let t = text.trimmedSpaces
        guard let last = t.unicodeScalars.last, last == "：" || last == ":" else { return false }
        let subject = t.unicodeScalars.dropLast()
        return (2...12).contains(subject.count) && subject.allSatisfy { Punctuation.isContent($0) || $0 == "·" }
    }

    /// Whether the line ends in `——`, the mark of a kicker leading into the title.
    static func endsWithKickerDash(_ text: String) -> Bool {
        // The last two scalars that are not white space, compared as scalars: no other
        // scalars make up a String equal to these dashes. Read backwards on the bytes.
        UTF8Scalars.withBytes(text) { bytes in
            var end = bytes.count
            var last: Unicode.Scalar?
            while end > 0 {
                let s = UTF8Scalars.previous(bytes, &end)
                if !Punctuation.isSpace(s) { last = s; break }
            }
            guard let last, last == "—" || last == "─" || last == "-", end > 0 else { return false }
            return UTF8Scalars.previous(bytes, &end) == last
        }
    }

    /// Soft signs, summed: commas and enumeration commas speak for cut running text,
    /// closing and opening quotes, spaces between decks and shortness for a headline;
    /// an opener followed by a comma (`据统计,` `2023年7月,`) speaks for running text.
    static func headlineScore(_ text: String) -> Int {
        guard text.utf8.count <= 400 else { return -10 }
        return UTF8Scalars.withBytes(text) { headlineScore(bytes: $0) }
    }

    /// `headlineScore` read in one pass over the UTF-8 bytes of the trimmed line. The line's
    /// first and last scalars are not white space, so a space anywhere in it is an inner one.
    private static func headlineScore(bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let trimmed = UTF8Scalars.trimmed(bytes)
        var i = trimmed.lowerBound
        let end = trimmed.upperBound
        let start = i
        var commas = 0, enumerations = 0, count = 0
        var ascii = 0, wide = 0
        var first: Unicode.Scalar?, last: Unicode.Scalar?
        var innerSpace = false
        // Whether a comma stands among the first 12 scalars (`opensWithCommaClause` reads those).
        var earlyComma = false
        while i < end {
            let s = UTF8Scalars.next(bytes, &i)
            if s.value < 0x80 { ascii += 1 } else { wide += 1 }
            if first == nil { first = s }
            last = s
            switch s {
            case ",", "，":
                commas += 1
                if count < 12 { earlyComma = true }
            case "、": enumerations += 1
            default: if Punctuation.isSpace(s) { innerSpace = true }
            }
            count += 1
        }
        var score = 0
        if commas == 1 { score -= 1 } else if commas >= 2 { score -= 3 }
        if enumerations >= 3 { score -= 2 } else if enumerations >= 1 { score -= 1 }
        if let last, last == "”" || last == "》" || last == "\"" || last == "’" { score += 1 }
        if let first, first == "“" || first == "《" || first == "\"" { score += 1 }
        if innerSpace { score += 1 }
        let width = Double(wide) + 0.5 * Double(ascii)
        if width <= 16 { score += 1 } else if width > 28 { score -= 1 }
        if earlyComma {
            var head: [Unicode.Scalar] = []
            head.reserveCapacity(12)
            var k = start
            while k < end, head.count < 12 { head.append(UTF8Scalars.next(bytes, &k)) }
            if opensWithCommaClause(head) { score -= 2 }
        }
        return score
    }

    /// A strict headline line: the hard shape and a non-negative score.
    static func isShortHeadlineLine(_ text: String) -> Bool {
        couldBeHeadline(text) && (endsWithKickerDash(text) || headlineScore(text) >= 0)
    }

    /// `据统计,…`, `同时,…`, `2023年7月,…`: a discourse opener or a date, then a comma.
    private static func opensWithCommaClause(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let comma = scalars.prefix(12).firstIndex(where: { $0 == "," || $0 == "，" }) else { return false }
        if ContinuationCue.opensWithParagraphOpener(scalars: scalars[..<comma]) { return true }
        let hasDigit = scalars[..<comma].contains { ("0"..."9").contains($0) || (0xFF10...0xFF19).contains($0.value) }
        guard hasDigit else { return false }
        let clause = String(scalars: scalars[..<comma])
        return (clause.hasSuffix("年") || clause.hasSuffix("月") || clause.hasSuffix("日") || clause.hasSuffix("来"))
    }
}
