/// Cue `endsWithTerminalPunctuation`: the text ends a sentence (`。`, `！`, `？`, `……`),
/// possibly followed by closing quotes or brackets (`……大大上升。”`).
///
/// A paragraph whose last line fails this cue was most likely cut by the layout
/// (`…当地许多工会干部由`), and continues in the next paragraph.
enum TerminalPunctuation {
    /// Whether the text ends with a sentence-ending mark, closing quotes allowed after it.
    static func endsWithTerminalPunctuation(_ text: String) -> Bool {
        lastMeaningfulScalar(text).map { Punctuation.sentenceEnders.contains($0) } ?? false
    }

    /// Whether a paragraph may end here: a sentence end, or a clause end (`；`, `：`).
    static func mayEndParagraph(_ text: String) -> Bool {
        guard let last = lastMeaningfulScalar(text) else { return false }
        return Punctuation.sentenceEnders.contains(last) || Punctuation.clauseEnders.contains(last)
    }

    /// Whether a sentence end occurs before the last character (`受益者。大`): a headline never has one.
    static func hasInnerSentenceEnd(_ text: String) -> Bool {
        hasInnerSentenceEnd(Array(text.unicodeScalars))
    }

    /// `hasInnerSentenceEnd` of a text's scalars, already read.
    static func hasInnerSentenceEnd(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.count > 1 else { return false }
        let enders = Punctuation.sentenceEnders, closers = Punctuation.closers
        var end = scalars.count - 1
        while end > 0, closers.contains(scalars[end]) || enders.contains(scalars[end]) {
            end -= 1
        }
        for i in 0..<end where enders.contains(scalars[i]) {
            // `……` inside a headline is an ellipsis, not a full stop.
            if scalars[i] == "…" { continue }
            return true
        }
        return false
    }

    /// The last scalar that is neither white space nor a closing quote or bracket.
    private static func lastMeaningfulScalar(_ text: String) -> Unicode.Scalar? {
        // An ASCII double quote at the end closes a quote, like `”`.
        UTF8Scalars.withBytes(text) { bytes in
            var end = bytes.count
            while end > 0 {
                let s = UTF8Scalars.previous(bytes, &end)
                if isMeaningful(s) { return s }
            }
            return nil
        }
    }

    private static func isMeaningful(_ s: Unicode.Scalar) -> Bool {
        !Punctuation.isSpace(s) && !Punctuation.closers.contains(s) && s != "\""
    }
}
