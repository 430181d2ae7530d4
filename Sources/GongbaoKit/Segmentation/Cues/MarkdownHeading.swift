/// Cue `markdownHeading`: `#`…`######` marks a heading in dumps made from markdown;
/// the level is a hint (`#` over `##` is title over subtitle).
enum MarkdownHeading {
    /// Whether the line starts with neither `#` nor white space, and ends with no white space,
    /// as most lines do: it is no heading and its own text, read from its first and last
    /// bytes' scalars. Such a line is neither blank nor indented.
    static func isPlain(_ line: String) -> Bool {
        UTF8Scalars.withBytes(line) { bytes -> Bool in
            guard !bytes.isEmpty else { return false }
            var i = 0, end = bytes.count
            let first = UTF8Scalars.next(bytes, &i)
            return first != "#" && !Punctuation.isSpace(first) && !Punctuation.isSpace(UTF8Scalars.previous(bytes, &end))
        }
    }

    /// The heading level (0 when the line is no heading) and the text without the marks.
    static func parse(_ line: String) -> (level: Int, text: String) {
        if isPlain(line) { return (0, line) }
        let t = line.trimmedSpaces
        var level = 0
        for c in t.unicodeScalars {
            guard c == "#" else { break }
            level += 1
        }
        guard (1...6).contains(level) else { return (0, t) }
        let text = String(t.unicodeScalars.dropFirst(level)).trimmedSpaces
        return text.isEmpty ? (0, t) : (level, text)
    }
}
