/// Character classes the cues share. Half-width and full-width forms are
/// always treated alike, so that a page typed with `,` reads like one typed with `，`.
enum Punctuation {
    /// Marks that end a sentence (`。！？!?`), and the ellipsis that can end one.
    static let sentenceEnders: Set<Unicode.Scalar> = ["。", "！", "？", "!", "?", "…", "．"]
    /// Marks after which a paragraph may end although no sentence ended (`；：`).
    static let clauseEnders: Set<Unicode.Scalar> = ["；", ";", "：", ":"]
    /// Commas, including the enumeration comma.
    static let commas: Set<Unicode.Scalar> = ["，", ",", "、"]
    /// Closing quotes and brackets, which may follow a sentence end.
    static let closers: Set<Unicode.Scalar> = ["”", "’", "」", "』", "）", ")", "》", "】", "〕", "]", "〉"]
    /// Opening quotes and brackets.
    static let openers: Set<Unicode.Scalar> = ["“", "‘", "「", "『", "（", "(", "《", "【", "〔", "[", "〈"]
    /// Marks that never start a line of running text: a line starting with one continues a sentence.
    static let neverStartsText: Set<Unicode.Scalar> = [
        "，", ",", "、", "。", "；", ";", "：", ":", "！", "!", "？", "?", "”", "’", "）", ")", "》", "」", "』", "】",
    ]

    /// White space of either width, including the ideographic space and NBSP.
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\u{3000}" || s == "\u{A0}"
    }

    /// A CJK ideograph (the basic block and extensions A–F, plus compatibility ideographs).
    static func isHan(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2EBEF, 0xF900...0xFAFF: return true
        default: return false
        }
    }

    /// Letters, digits and ideographs: the characters that carry text, as opposed to marks.
    static func isContent(_ s: Unicode.Scalar) -> Bool {
        if isHan(s) { return true }
        switch s.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return true
        default: return false
        }
    }

    /// Width of a line as a column of print: ideographs and full-width marks count 1, ASCII ½.
    static func printWidth(_ text: String) -> Double {
        var width = 0.0
        for s in text.unicodeScalars { width += s.value < 0x80 ? 0.5 : 1 }
        return width
    }
}

extension String {
    /// The text without leading and trailing white space of either width.
    var trimmedSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Punctuation.isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !Punctuation.isSpace($0) })!
        return String(scalars[first...last])
    }

    /// Whether the text starts with white space (an indented paragraph start).
    var isIndented: Bool { unicodeScalars.first.map(Punctuation.isSpace) ?? false }

    /// Whether the line holds nothing but white space.
    var isBlankLine: Bool { unicodeScalars.allSatisfy(Punctuation.isSpace) }
}
