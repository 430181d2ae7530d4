/// A pair of matching quotation marks (or title marks) in a text.
struct QuoteSpan: Sendable, Hashable {
    /// Position of the opening mark.
    var open: Int
    /// Position of the closing mark.
    var close: Int
    /// How many quotes enclose this one (0 for an outermost quote).
    var depth: Int

    /// The quoted content, without the marks.
    var content: Range<Int> { (open + 1)..<close }
}

/// Finds quotations — “…”, ‘…’, 「…」, 『…』 and half-width "…" — and title
/// marks 《…》 in a text, tolerating unbalanced marks.
///
/// A closing mark pairs with the nearest open mark of its kind; marks that never
/// close are dropped. The search for a partner is bounded, so a text full of
/// stray marks stays linear.
enum QuoteScanner {
    private static let maxDepth = 8

    /// Whether `c` may be a mark of either kind: every one is " or in U+2018…U+201D or U+3008…U+300F.
    static func mayBeMark(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || (0x2018...0x201D).contains(c.value) || (0x3008...0x300F).contains(c.value)
    }

    /// Quotation spans, ordered by their opening mark.
    static func quotes(in text: ScalarText) -> [QuoteSpan] {
        scan(text, pairs: [("\u{201C}", "\u{201D}"), ("\u{2018}", "\u{2019}"), ("\u{300C}", "\u{300D}"), ("\u{300E}", "\u{300F}")], toggles: ["\""])
    }

    /// Title spans 《…》 and 〈…〉, ordered by their opening mark.
    static func titles(in text: ScalarText) -> [QuoteSpan] {
        scan(text, pairs: [("\u{300A}", "\u{300B}"), ("\u{3008}", "\u{3009}")], toggles: [])
    }

    /// ``quotes(in:)`` and ``titles(in:)`` in one pass over the text: the two kinds of marks
    /// never pair with each other, so each keeps its own stack.
    static func quotesAndTitles(in text: ScalarText) -> (quotes: [QuoteSpan], titles: [QuoteSpan]) {
        var quoteStack: [(mark: Unicode.Scalar, at: Int)] = []
        var titleStack: [(mark: Unicode.Scalar, at: Int)] = []
        var quotes: [QuoteSpan] = [], titles: [QuoteSpan] = []
        // Marks are rare: the scan passes from one to the next by their class (which also holds
        // the dots of dotted names, left to the switch's default).
        var i = ScalarClasses.next(ScalarClasses.mark, in: text, from: 0)
        while i < text.count {
            let c = text[i]
            switch c {
            case "\"":
                if let top = quoteStack.last, top.mark == c {
                    quoteStack.removeLast()
                    quotes.append(QuoteSpan(open: top.at, close: i, depth: quoteStack.count))
                } else {
                    push(&quoteStack, (c, i))
                }
            case "\u{201C}", "\u{2018}", "\u{300C}", "\u{300E}":
                push(&quoteStack, (c, i))
            case "\u{201D}", "\u{2019}", "\u{300D}", "\u{300F}":
                close(&quoteStack, c, at: i, into: &quotes)
            case "\u{300A}", "\u{3008}":
                push(&titleStack, (c, i))
            case "\u{300B}", "\u{3009}":
                close(&titleStack, c, at: i, into: &titles)
            default:
                break
            }
            i = ScalarClasses.next(ScalarClasses.mark, in: text, from: i + 1)
        }
        // Sorting makes an empty array's storage its own: the many texts without marks skip it.
        if quotes.count > 1 { quotes.sort { $0.open < $1.open } }
        if titles.count > 1 { titles.sort { $0.open < $1.open } }
        return (quotes, titles)
    }

    /// Closes the nearest open mark partnering `c`; marks above it never closed.
    private static func close(_ stack: inout [(mark: Unicode.Scalar, at: Int)], _ c: Unicode.Scalar, at i: Int, into spans: inout [QuoteSpan]) {
        let partner: Unicode.Scalar = switch c {
        case "\u{201D}": "\u{201C}"
        case "\u{2019}": "\u{2018}"
        case "\u{300D}": "\u{300C}"
        case "\u{300F}": "\u{300E}"
        case "\u{300B}": "\u{300A}"
        default: "\u{3008}"
        }
        if let k = stack.lastIndex(where: { $0.mark == partner }) {
            let open = stack[k].at
            stack.removeSubrange(k...)
            spans.append(QuoteSpan(open: open, close: i, depth: stack.count))
        }
    }

    private static func scan(_ text: ScalarText, pairs: [(Unicode.Scalar, Unicode.Scalar)], toggles: [Unicode.Scalar]) -> [QuoteSpan] {
        var stack: [(mark: Unicode.Scalar, at: Int)] = []
        var spans: [QuoteSpan] = []
        for i in 0..<text.count {
            let c = text[i]
            guard mayBeMark(c) else { continue }
            if toggles.contains(c) {
                if let top = stack.last, top.mark == c {
                    stack.removeLast()
                    spans.append(QuoteSpan(open: top.at, close: i, depth: stack.count))
                } else {
                    push(&stack, (c, i))
                }
            } else if pairs.contains(where: { $0.0 == c }) {
                push(&stack, (c, i))
            } else if let partner = pairs.first(where: { $0.1 == c })?.0 {
                // Nearest open mark of the same kind; marks above it never closed.
                if let k = stack.lastIndex(where: { $0.mark == partner }) {
                    let open = stack[k].at
                    stack.removeSubrange(k...)
                    spans.append(QuoteSpan(open: open, close: i, depth: stack.count))
                }
            }
        }
        return spans.sorted { $0.open < $1.open }
    }

    private static func push(_ stack: inout [(mark: Unicode.Scalar, at: Int)], _ entry: (mark: Unicode.Scalar, at: Int)) {
        if stack.count >= maxDepth { stack.removeFirst() }
        stack.append(entry)
    }
}
