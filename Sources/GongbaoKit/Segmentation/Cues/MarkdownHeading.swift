/// Cue `markdownHeading`: `#`…`######` marks a heading in dumps made from markdown;
/// the level is a hint (`#` over `##` is title over subtitle).
enum MarkdownHeading {
    /// The heading level (0 when the line is no heading) and the text without the marks.
    static func parse(_ line: String) -> (level: Int, text: String) {
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
