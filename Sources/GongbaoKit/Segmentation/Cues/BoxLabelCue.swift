/// Cue `isBoxLabel`: the label of a box set inside an article (`阅读提示`); the
/// paragraph after it is the box text. Also `leadingBoxLabel`: a box whose label opens
/// its own paragraph (`编者按:去年以来,…`, `【编者按】…`).
enum BoxLabelCue {
    static let labels: Set<String> = ["阅读提示", "编者按", "相关链接", "延伸阅读", "链接", "小贴士"]
    /// The first characters of the labels.
    private static let labelInitials = ScalarSet(labels.compactMap(\.unicodeScalars.first))
    /// The first characters of the labels, and the brackets a label may be printed in.
    private static let leadingInitials = ScalarSet(labels.compactMap(\.unicodeScalars.first) + ["【", "["])

    /// The label, when the line is one (`#### 阅读提示` → `阅读提示`).
    static func isBoxLabel(_ text: String) -> String? {
        // A line equal to a label starts with its first character, or with a compatibility
        // ideograph standing for it (no other scalar is canonically equivalent to an ideograph).
        guard let first = Punctuation.firstNonSpace(text),
              labelInitials.contains(first) || Punctuation.isCompatibilityIdeograph(first)
        else { return nil }
        // The labels are short: a label and its colon have at most 8 characters.
        guard Punctuation.hasAtMost(8, nonSpaceScalarsIn: text) else { return nil }
        var t = text.trimmedSpaces
        if t.hasSuffix("：") || t.hasSuffix(":") { t = String(t.dropLast()) }
        return labels.contains(t) ? t : nil
    }

    /// The label and the box text, when a paragraph opens with a label and a colon
    /// (`编者按:去年以来,…`) or a bracketed label (`【编者按】…`).
    static func leadingBoxLabel(_ text: String) -> (label: String, text: String)? {
        // Only a paragraph whose first character opens a label or a bracket can open with one.
        guard let first = Punctuation.firstNonSpace(text),
              leadingInitials.contains(first) || Punctuation.isCompatibilityIdeograph(first)
        else { return nil }
        let head = String(text.unicodeScalars.drop(while: Punctuation.isSpace).prefix(8))
        for label in labels {
            for (open, close) in [("", "："), ("", ":"), ("【", "】"), ("[", "]")] where head.hasPrefix(open + label + close) {
                let rest = String(text.trimmedSpaces.unicodeScalars.dropFirst((open + label + close).unicodeScalars.count)).trimmedSpaces
                return rest.isEmpty ? nil : (label, rest)
            }
        }
        return nil
    }
}
