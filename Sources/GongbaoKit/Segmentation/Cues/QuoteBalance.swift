/// Cue `quoteBalance`: how quotes and brackets open and close across a text.
///
/// A headline is balanced (`“建、强、优”三部曲`); a line cut by the layout often is not
/// (`据悉,河南省工匠学院是河南“1+1+`), and a line that closes a quote it never opened
/// (`贫”,免费为困难职工…`) continues a sentence from before.
struct QuoteBalance: Equatable {
    /// Opening marks minus closing marks at the end of the text.
    var depth: Int
    /// The lowest depth reached: negative when something closes before it opened.
    var lowest: Int

    /// Whether every mark that opens also closes, and none closes first.
    var isBalanced: Bool { depth == 0 && lowest == 0 }
    /// Whether the text closes a quote or bracket it did not open.
    var closesUnopened: Bool { lowest < 0 }

    /// Measures the text. ASCII `"` toggles, since it is both the opening and the closing mark.
    init(_ text: String) {
        self.init(scalars: text.unicodeScalars)
    }

    /// Measures a run of scalars (the head of a paragraph), as `init(_:)` does a text.
    init<S: Sequence<Unicode.Scalar>>(scalars: S) {
        var depth = 0
        var lowest = 0
        var asciiOpen = false
        let openers = Punctuation.openers, closers = Punctuation.closers
        for s in scalars {
            if s == "\"" {
                asciiOpen.toggle()
                depth += asciiOpen ? 1 : -1
            } else if openers.contains(s) {
                depth += 1
            } else if closers.contains(s) {
                depth -= 1
            }
            lowest = min(lowest, depth)
        }
        self.depth = depth
        self.lowest = lowest
    }
}
