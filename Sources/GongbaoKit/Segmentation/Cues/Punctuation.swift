/// Character classes the cues share. Half-width and full-width forms are
/// always treated alike, so that a page typed with `,` reads like one typed with `，`.
enum Punctuation {
    /// Marks that end a sentence (`。！？!?`), and the ellipsis that can end one.
    static let sentenceEnders: ScalarSet = ["。", "！", "？", "!", "?", "…", "．"]
    /// Marks after which a paragraph may end although no sentence ended (`；：`).
    static let clauseEnders: ScalarSet = ["；", ";", "：", ":"]
    /// Commas, including the enumeration comma.
    static let commas: ScalarSet = ["，", ",", "、"]
    /// Closing quotes and brackets, which may follow a sentence end.
    static let closers: ScalarSet = ["”", "’", "」", "』", "）", ")", "》", "】", "〕", "]", "〉"]
    /// Opening quotes and brackets.
    static let openers: ScalarSet = ["“", "‘", "「", "『", "（", "(", "《", "【", "〔", "[", "〈"]
    /// Marks that never start a line of running text: a line starting with one continues a sentence.
    static let neverStartsText: ScalarSet = [
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

    /// A CJK compatibility ideograph (`U+F900`…`U+FAFF`, `U+2F800`…`U+2FA1F`): String comparison
    /// treats it as the ideograph it stands for, so quick scalar checks let texts holding one
    /// through to the full comparison.
    static func isCompatibilityIdeograph(_ s: Unicode.Scalar) -> Bool {
        (0xF900...0xFAFF).contains(s.value) || (0x2F800...0x2FA1F).contains(s.value)
    }

    /// Whether `text` has at most `limit` scalars that are not white space (stops reading early).
    static func hasAtMost(_ limit: Int, nonSpaceScalarsIn text: String) -> Bool {
        var count = 0
        for s in text.unicodeScalars where !isSpace(s) {
            count += 1
            if count > limit { return false }
        }
        return true
    }

    /// The first `limit` scalars of `text` after its leading white space (read in one plain loop).
    static func head(_ text: String, _ limit: Int) -> [Unicode.Scalar] {
        var head: [Unicode.Scalar] = []
        head.reserveCapacity(limit)
        for s in text.unicodeScalars {
            if head.isEmpty, isSpace(s) { continue }
            guard head.count < limit else { break }
            head.append(s)
        }
        return head
    }

    /// The first scalar that is not white space.
    static func firstNonSpace(_ text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { !isSpace($0) }
    }

    /// Whether `text` holds one of `scalars`, or a compatibility ideograph that may compare
    /// equal to one of them: the quick test before a `contains` or `hasPrefix` on Strings.
    static func mayHold(_ scalars: ScalarSet, in text: String) -> Bool {
        text.unicodeScalars.contains { scalars.contains($0) || isCompatibilityIdeograph($0) }
    }

    /// Letters, digits and ideographs: the characters that carry text, as opposed to marks.
    static func isContent(_ s: Unicode.Scalar) -> Bool {
        if isHan(s) { return true }
        switch s.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return true
        default: return false
        }
    }

    /// `text.count` (the number of characters), without grapheme breaking when every scalar
    /// is one that always stands alone as a character (ASCII but CR and LF, Latin-1, general
    /// punctuation, CJK marks, ideographs, full-width forms): then characters are scalars.
    /// Any other scalar (a combining mark, a joiner, Hangul jamo…) falls back to `text.count`.
    static func characterCount(_ text: String) -> Int {
        var scalars = 0
        for s in text.unicodeScalars {
            guard isPlain(s) else { return text.count }
            scalars += 1
        }
        return scalars
    }

    /// `min(text.count, limit)`, reading no further than needed.
    static func characterCount(_ text: String, atMost limit: Int) -> Int {
        var scalars = 0
        for s in text.unicodeScalars {
            // Past a run of plain scalars each is a character of its own.
            if scalars >= limit { return limit }
            guard isPlain(s) else { return text.prefix(limit).count }
            scalars += 1
        }
        return min(scalars, limit)
    }

    /// A plain scalar is a character of its own (a grapheme break on both sides) and equal,
    /// as a String, only to itself: ASCII but CR and LF, Latin-1, general punctuation, CJK
    /// marks, radicals, ideographs of the basic block and extension A, full-width forms.
    /// Where every scalar is plain, comparing scalars gives what comparing Strings gives.
    @inline(__always)
    static func isPlain(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        // Ideographs, ASCII and full-width forms first: nearly every scalar of a page is one.
        if v >= 0x4E00 && v <= 0x9FFF { return true }
        if v < 0x80 { return v >= 0x20 && v != 0x7F || v == 0x09 }
        if v >= 0xFF01 && v <= 0xFF9D { return true }
        switch v {
        case 0xA0...0xFF, 0x2010...0x2027, 0x2030...0x205E, 0x2E80...0x2FDF,
             0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0xFE30...0xFE4F:
            return true
        default:
            return false
        }
    }

    /// Width of a line as a column of print: ideographs and full-width marks count 1, ASCII ½.
    static func printWidth(_ text: String) -> Double {
        printWidth(text.unicodeScalars)
    }

    /// `printWidth` of scalars already read.
    static func printWidth<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> Double {
        var width = 0.0
        for s in scalars { width += s.value < 0x80 ? 0.5 : 1 }
        return width
    }
}

extension String {
    /// A String of `scalars`, encoded to UTF-8 straight into the String's buffer (building a
    /// `String.UnicodeScalarView` appends them one by one through a slow generic path).
    init<C: Collection<Unicode.Scalar>>(scalars: C) {
        self.init(unsafeUninitializedCapacity: scalars.count * 4) { UTF8Codec.encode(scalars, into: $0) }
    }

    /// The text without leading and trailing white space of either width.
    var trimmedSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Punctuation.isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !Punctuation.isSpace($0) })!
        // Most texts have nothing to trim: they are returned as they are, not copied.
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }

    /// Whether the text starts with white space (an indented paragraph start).
    var isIndented: Bool { unicodeScalars.first.map(Punctuation.isSpace) ?? false }

    /// Whether the line holds nothing but white space.
    var isBlankLine: Bool { unicodeScalars.allSatisfy(Punctuation.isSpace) }
}
