/// Chinese line-breaking rules (禁则): which characters may not start or end a line,
/// and which pairs must stay together.
public enum LineBreaking {
    /// Characters that must not begin a line.
    public static let noLineStart: Set<Character> = Set("，。、；：？！）》」』】〕〉〗］｝．”’…—·,.;:?!)]}%％")

    /// Characters that must not end a line.
    public static let noLineEnd: Set<Character> = Set("（《「『【〔〈〖［｛“‘([{")

    /// Whether a break between `before` and `after` is allowed.
    public static func canBreak(between before: Character, and after: Character) -> Bool {
        if noLineStart.contains(after) { return false }
        if noLineEnd.contains(before) { return false }
        // …… and —— stay whole.
        if before == after, before == "…" || before == "—" { return false }
        // Do not split a run of ASCII letters or digits (a word, a number, a URL).
        if before.isASCII, after.isASCII, isWordCharacter(before), isWordCharacter(after) { return false }
        return true
    }

    static func isWordCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "_" || c == "-" || c == "'"
    }
}
