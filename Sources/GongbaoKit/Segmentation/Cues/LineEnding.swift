/// What the last scalars of a line tell the cues that read a text backwards from its end,
/// read once per line by the classifier and carried with it: the paragraph builder asks
/// for every line of a block whether a paragraph may end after it
/// (`TerminalPunctuation.mayEndParagraph`) and whether it ends in a dateline
/// (`DatelineCue.trailingDateline`), and a paragraph's closing cues ask the same of the
/// text its last line ends.
///
/// A paragraph's text ends with its last line (`ParagraphJoin` only ever puts a space
/// between lines): where that line `decidesEnding`, the facts are the paragraph's too.
struct LineEnding: Equatable {
    /// The last scalar that is not white space is `)` or `）`. Only such a text can end in
    /// a dateline (`DatelineCue.trailingDateline`) or a name in parentheses
    /// (`PhotoCreditCue.trailingAuthorCredit`), whose guards ask exactly this.
    var closesParenthesis = false
    /// The last scalar that is not white space is `)`, `）` or `■`: the endings with which
    /// `PhotoCreditCue.trailingCredit` may take a credit from a line with no sign of a marker.
    var endsInCreditMark = false
    /// `TerminalPunctuation.mayEndParagraph` of the line: its last scalar that is neither white
    /// space, a closer (`Punctuation.closers`) nor `"` ends a sentence or a clause.
    var mayEndParagraph = false
    /// The line holds a scalar that is neither white space, a closer nor `"`: the backward
    /// readings above stop inside it, so they answer alike for any text that ends with it.
    var decidesEnding = false
}

extension LineEnding {
    /// Reads the end of `text`.
    init(_ text: String) {
        self = UTF8Scalars.withBytes(text) { LineEnding(bytes: $0) }
    }

    /// Reads the end of a line's UTF-8 bytes, backwards, as far as its last meaningful scalar.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        // Most lines end in an ideograph (running text cut by the column): meaningful, and no
        // space, parenthesis, mark, closer or end of a sentence or clause.
        if UTF8Scalars.endsWithUnifiedIdeograph(bytes, before: bytes.count) {
            decidesEnding = true
            return
        }
        let closers = Punctuation.closers
        var end = bytes.count
        var sawNonSpace = false
        while end > 0 {
            let s = UTF8Scalars.previous(bytes, &end)
            if Punctuation.isSpace(s) { continue }
            if !sawNonSpace {
                sawNonSpace = true
                closesParenthesis = s == ")" || s == "）"
                endsInCreditMark = closesParenthesis || s == "■"
            }
            if s == "\"" || closers.contains(s) { continue }
            decidesEnding = true
            mayEndParagraph = Punctuation.sentenceEnders.contains(s) || Punctuation.clauseEnders.contains(s)
            return
        }
    }
}
