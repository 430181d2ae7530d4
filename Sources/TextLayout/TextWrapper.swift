/// Wraps and truncates text by display width, with Chinese line-breaking rules.
public struct TextWrapper: Sendable {
    public var width: DisplayWidth

    public init(width: DisplayWidth = DisplayWidth()) {
        self.width = width
    }

    /// Breaks one paragraph into lines of at most `columns` display columns.
    ///
    /// Lines break between any two characters where `LineBreaking` allows it;
    /// when a forbidden pair falls at the edge, the break moves back (a few
    /// characters at most) so that the punctuation stays with its neighbour.
    /// A run that cannot be broken is cut hard rather than exceed the width.
    public func wrap(_ text: String, columns: Int) -> [String] {
        let columns = max(columns, 2)
        let chars = Array(text)
        if chars.isEmpty { return [""] }
        var lines: [String] = []
        var start = 0
        while start < chars.count {
            // Longest prefix that fits.
            var used = 0
            var end = start
            while end < chars.count {
                let w = width.of(chars[end])
                if used + w > columns { break }
                used += w
                end += 1
            }
            if end == chars.count {
                lines.append(String(chars[start..<end]))
                break
            }
            if end == start { end = start + 1 } // a character wider than the line: place it alone
            // Move back to an allowed break point, at most 8 characters or a third of the line.
            var cut = end
            let limit = max(start + 1, end - max(8, (end - start) / 3))
            while cut > limit, !LineBreaking.canBreak(between: chars[cut - 1], and: chars[cut]) {
                cut -= 1
            }
            if cut <= limit, !LineBreaking.canBreak(between: chars[cut - 1], and: chars[cut]) {
                cut = end // nowhere allowed nearby: hard cut
            }
            var line = String(chars[start..<cut])
            // Drop spaces at the break.
            while line.last == " " { line.removeLast() }
            lines.append(line)
            start = cut
            while start < chars.count, chars[start] == " " { start += 1 }
        }
        return lines
    }

    /// Cuts `text` to at most `columns` display columns, ending with `…` when cut.
    /// A double-width character never straddles the edge: the line is padded
    /// with a space instead when `pad` is set.
    public func truncate(_ text: String, columns: Int, pad: Bool = false) -> String {
        guard columns > 0 else { return "" }
        let total = width.of(text)
        if total <= columns {
            return pad ? text + String(repeating: " ", count: columns - total) : text
        }
        let ellipsis: Character = "…"
        let ellipsisWidth = width.of(ellipsis)
        var out = ""
        var used = 0
        for c in text {
            let w = width.of(c)
            if used + w > columns - ellipsisWidth { break }
            out.append(c)
            used += w
        }
        out.append(ellipsis)
        used += ellipsisWidth
        if pad, used < columns { out += String(repeating: " ", count: columns - used) }
        return out
    }

    /// Pads `text` with spaces to exactly `columns` columns (truncating with `…` when longer).
    public func fit(_ text: String, columns: Int) -> String {
        truncate(text, columns: columns, pad: true)
    }
}
