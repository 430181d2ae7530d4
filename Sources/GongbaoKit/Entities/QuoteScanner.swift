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
    ///
    /// The stacks and the spans are kept in scratch memory and the spans copied out at their
    /// exact counts: as arrays, a text with marks allocated a stack, regrew its span arrays
    /// one append after another, and cut a stack with a general subrange removal.
    static func quotesAndTitles(in text: ScalarText) -> (quotes: [QuoteSpan], titles: [QuoteSpan]) {
        // Marks are rare: the scan passes from one to the next by their class (which also holds
        // the dots of dotted names, left to the switch's default). Most texts hold none.
        var i = ScalarClasses.next(ScalarClasses.mark, in: text, from: 0)
        guard i < text.count else { return ([], []) }
        return withUnsafeTemporaryAllocation(of: MarkStack.Entry.self, capacity: 2 * maxDepth) { stacks in
            // A position adds at most one span: the positions from the first mark on bound both
            // kinds together, quotes kept from the front of the buffer and titles from the back.
            withUnsafeTemporaryAllocation(of: QuoteSpan.self, capacity: text.count - i) { spans in
                var quoteStack = MarkStack(slots: UnsafeMutableBufferPointer(rebasing: stacks[..<maxDepth]))
                var titleStack = MarkStack(slots: UnsafeMutableBufferPointer(rebasing: stacks[maxDepth...]))
                var quoteCount = 0, titleCount = 0
                func addQuote(_ span: QuoteSpan) {
                    spans[quoteCount] = span
                    quoteCount += 1
                }
                func addTitle(_ span: QuoteSpan) {
                    titleCount += 1
                    spans[spans.count - titleCount] = span
                }
                while i < text.count {
                    let c = text[i]
                    switch c {
                    case "\"":
                        if let top = quoteStack.top, top.mark == c {
                            quoteStack.pop()
                            addQuote(QuoteSpan(open: top.at, close: i, depth: quoteStack.count))
                        } else {
                            quoteStack.push(c, at: i)
                        }
                    case "\u{201C}", "\u{2018}", "\u{300C}", "\u{300E}":
                        quoteStack.push(c, at: i)
                    case "\u{201D}", "\u{2019}", "\u{300D}", "\u{300F}":
                        if let open = quoteStack.close(partner(of: c)) { addQuote(QuoteSpan(open: open, close: i, depth: quoteStack.count)) }
                    case "\u{300A}", "\u{3008}":
                        titleStack.push(c, at: i)
                    case "\u{300B}", "\u{3009}":
                        if let open = titleStack.close(partner(of: c)) { addTitle(QuoteSpan(open: open, close: i, depth: titleStack.count)) }
                    default:
                        break
                    }
                    i = ScalarClasses.next(ScalarClasses.mark, in: text, from: i + 1)
                }
                // Each kind's spans open at distinct positions, so sorting them by their opening
                // mark orders them alike whatever order they were kept in (titles back to front).
                var quotes = quoteCount == 0 ? [] : Array(UnsafeBufferPointer(rebasing: spans[..<quoteCount]))
                var titles = titleCount == 0 ? [] : Array(UnsafeBufferPointer(rebasing: spans[(spans.count - titleCount)...]))
                if quotes.count > 1 { quotes.sort { $0.open < $1.open } }
                if titles.count > 1 { titles.sort { $0.open < $1.open } }
                return (quotes, titles)
            }
        }
    }

    /// The opening mark a closing mark pairs with.
    private static func partner(of c: Unicode.Scalar) -> Unicode.Scalar {
        switch c {
        case "\u{201D}": "\u{201C}"
        case "\u{2019}": "\u{2018}"
        case "\u{300D}": "\u{300C}"
        case "\u{300F}": "\u{300E}"
        case "\u{300B}": "\u{300A}"
        default: "\u{3008}"
        }
    }

    /// The open marks of one kind, at most ``maxDepth`` (the oldest dropped), in scratch
    /// memory held by ``quotesAndTitles(in:)``.
    private struct MarkStack {
        typealias Entry = (mark: Unicode.Scalar, at: Int)
        let slots: UnsafeMutableBufferPointer<Entry>
        private(set) var count = 0

        init(slots: UnsafeMutableBufferPointer<Entry>) {
            self.slots = slots
        }

        var top: Entry? { count > 0 ? slots[count - 1] : nil }

        mutating func push(_ mark: Unicode.Scalar, at i: Int) {
            if count == slots.count {
                // Full: the oldest open mark never closes.
                for k in 1..<count { slots[k - 1] = slots[k] }
                count -= 1
            }
            slots[count] = (mark, i)
            count += 1
        }

        mutating func pop() { count -= 1 }

        /// Closes the nearest open `mark`, dropping the marks above it (they never closed), and
        /// returns where it opened; nil when no such mark is open.
        mutating func close(_ mark: Unicode.Scalar) -> Int? {
            var k = count - 1
            while k >= 0, slots[k].mark != mark { k -= 1 }
            guard k >= 0 else { return nil }
            count = k
            return slots[k].at
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
