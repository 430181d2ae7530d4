/// Wraps and truncates text by display width, with Chinese line-breaking rules.
public struct TextWrapper: Sendable {
    public var width: DisplayWidth

    public init(width: DisplayWidth = DisplayWidth()) {
        self.width = width
    }

    /// Breaks text into lines of at most `columns` display columns.
    ///
    /// A newline in the text always ends a line. Elsewhere lines break between
    /// two characters where `LineBreaking` allows it; when a forbidden pair
    /// falls at the edge, the break moves back (a few characters at most) so
    /// that punctuation stays with its neighbour. A run that cannot be broken
    /// is cut hard rather than exceed the width. Spaces at a break are dropped.
    public func wrap(_ text: String, columns: Int) -> [String] {
        let chars = Array(text)
        return lineRanges(of: chars, columns: columns).map { String(chars[$0]) }
    }

    /// Wraps a list (place names, organisations, people) joined by `separator`,
    /// breaking between items wherever one fits, so that no item is split
    /// across lines unless it alone is wider than a line.
    public func wrap(items: [String], separator: String = "  ", columns: Int) -> [String] {
        let (chars, starts) = Self.joined(items, separator: separator)
        return lineRanges(of: chars, columns: columns, itemStarts: starts).map { String(chars[$0]) }
    }

    /// `items` joined by `separator` as characters, and the position where each item after the first starts.
    public static func joined(_ items: [String], separator: String, after prefix: [Character] = []) -> (chars: [Character], itemStarts: [Int]) {
        var chars = prefix
        var starts: [Int] = []
        for (k, item) in items.enumerated() {
            if k > 0 {
                chars += separator
                starts.append(chars.count)
            }
            chars += item
        }
        return (chars, starts)
    }

    /// The lines `wrap` would produce, as ranges of positions in `chars`, so
    /// that a caller can carry styles (highlights, search hits) across the breaks.
    /// Every character of `chars` except newlines and the spaces dropped at
    /// breaks lies in exactly one range; an empty text gives one empty line.
    ///
    /// `itemStarts` (ascending positions) marks where the items of a list
    /// begin: a line that cannot hold the rest breaks before the last item
    /// start that fits, and only falls back to the usual rules when no item
    /// start lies on the line.
    public func lineRanges(of chars: [Character], columns: Int, itemStarts: [Int] = []) -> [Range<Int>] {
        let columns = max(columns, 2)
        if chars.isEmpty { return [0..<0] }
        var ranges: [Range<Int>] = []
        var paragraphStart = 0
        for i in 0...chars.count where i == chars.count || chars[i] == "\n" || chars[i] == "\r\n" || chars[i] == "\r" {
            breakParagraph(chars, paragraphStart..<i, columns: columns, itemStarts: itemStarts, into: &ranges)
            paragraphStart = i + 1
        }
        return ranges
    }

    /// Breaks one newline-free run of `chars` into ranges of at most `columns` columns.
    private func breakParagraph(
        _ chars: [Character], _ paragraph: Range<Int>, columns: Int, itemStarts: [Int], into ranges: inout [Range<Int>]
    ) {
        if paragraph.isEmpty {
            ranges.append(paragraph)
            return
        }
        var start = paragraph.lowerBound
        let stop = paragraph.upperBound
        while start < stop {
            // Longest prefix that fits.
            var used = 0
            var end = start
            while end < stop {
                let w = width.of(chars[end])
                if used + w > columns { break }
                used += w
                end += 1
            }
            if end == stop {
                ranges.append(trimmingTrailingSpaces(chars, start..<end))
                return
            }
            if end == start { end = start + 1 } // cannot happen with columns ≥ 2, but never loop forever
            // A list breaks before its last item that starts on this line.
            if let item = Self.lastItemStart(itemStarts, after: start, notAfter: end) {
                ranges.append(trimmingTrailingSpaces(chars, start..<item))
                start = item
                continue
            }
            // Move back to an allowed break point, at most half the line (Chinese
            // allows a break almost anywhere, so this only ever walks back over
            // punctuation clusters and ASCII words).
            var cut = end
            let limit = max(start + 1, end - max(4, (end - start) / 2))
            while cut > limit, !LineBreaking.canBreak(between: chars[cut - 1], and: chars[cut]) {
                cut -= 1
            }
            if !LineBreaking.canBreak(between: chars[cut - 1], and: chars[cut]) {
                cut = end // nowhere allowed nearby: hard cut
            }
            ranges.append(trimmingTrailingSpaces(chars, start..<cut))
            start = cut
            while start < stop, chars[start] == " " { start += 1 }
        }
    }

    /// The largest of the ascending `starts` in `start+1 ... end`, by binary search.
    private static func lastItemStart(_ starts: [Int], after start: Int, notAfter end: Int) -> Int? {
        var lo = 0, hi = starts.count // first index with starts[i] > end
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] <= end { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0, starts[lo - 1] > start else { return nil }
        return starts[lo - 1]
    }

    private func trimmingTrailingSpaces(_ chars: [Character], _ range: Range<Int>) -> Range<Int> {
        var upper = range.upperBound
        while upper > range.lowerBound, chars[upper - 1] == " " { upper -= 1 }
        return range.lowerBound..<upper
    }

    /// The longest prefix of `text` that fits in `columns` columns, and its width.
    /// A double-width character that would straddle the edge is left out.
    public func clip(_ text: some StringProtocol, columns: Int) -> (text: Substring, width: Int) {
        let text = Substring(text)
        var used = 0
        var end = text.startIndex
        while end < text.endIndex {
            let w = width.of(text[end])
            if used + w > columns { break }
            used += w
            end = text.index(after: end)
        }
        return (text[..<end], used)
    }

    /// Cuts `text` to at most `columns` display columns, ending with `…` when cut.
    /// A double-width character never straddles the edge; with `pad` the result
    /// is filled with spaces to exactly `columns` columns. When even `…` does
    /// not fit (one column with wide ambiguous characters), the text is clipped bare.
    public func truncate(_ text: String, columns: Int, pad: Bool = false) -> String {
        guard columns > 0 else { return "" }
        // Measure only as far as the edge: a 10 MB line costs no more than a short one.
        let whole = clip(text, columns: columns)
        if text[whole.text.endIndex...].allSatisfy({ width.of($0) == 0 }) {
            return pad ? text + String(repeating: " ", count: columns - whole.width) : text
        }
        let ellipsis: Character = "…"
        let ellipsisWidth = width.of(ellipsis)
        var out: String
        var used: Int
        if ellipsisWidth > columns {
            out = String(whole.text)
            used = whole.width
        } else {
            let clipped = clip(text, columns: columns - ellipsisWidth)
            out = String(clipped.text)
            out.append(ellipsis)
            used = clipped.width + ellipsisWidth
        }
        if pad, used < columns { out += String(repeating: " ", count: columns - used) }
        return out
    }

    /// Pads `text` with spaces to exactly `columns` columns (truncating with `…` when longer).
    public func fit(_ text: String, columns: Int) -> String {
        truncate(text, columns: columns, pad: true)
    }

    /// `text` fitted to `columns` and aligned to the right edge (padded on the left).
    public func fitRight(_ text: String, columns: Int) -> String {
        let cut = truncate(text, columns: columns)
        let w = width.of(cut)
        return String(repeating: " ", count: max(0, columns - w)) + cut
    }
}
