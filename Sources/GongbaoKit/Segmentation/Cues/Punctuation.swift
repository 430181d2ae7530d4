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

    /// `s` without leading and trailing white space (`String.trimmedSpaces` over scalars).
    static func trimmed(_ s: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        guard let first = s.firstIndex(where: { !isSpace($0) }) else { return s[s.endIndex...] }
        let last = s.lastIndex(where: { !isSpace($0) })!
        return s[first...last]
    }

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
        UTF8Scalars.withBytes(text) { bytes in
            var count = 0
            var i = 0
            while i < bytes.count {
                if !isSpace(UTF8Scalars.next(bytes, &i)) {
                    count += 1
                    if count > limit { return false }
                }
            }
            return true
        }
    }

    /// The first `limit` scalars of `text` after its leading white space (read in one plain loop).
    static func head(_ text: String, _ limit: Int) -> [Unicode.Scalar] {
        var head: [Unicode.Scalar] = []
        head.reserveCapacity(limit)
        UTF8Scalars.withBytes(text) { bytes in
            var i = 0
            while i < bytes.count {
                let s = UTF8Scalars.next(bytes, &i)
                if head.isEmpty, isSpace(s) { continue }
                guard head.count < limit else { break }
                head.append(s)
            }
        }
        return head
    }

    /// The first scalar that is not white space.
    static func firstNonSpace(_ text: String) -> Unicode.Scalar? {
        UTF8Scalars.withBytes(text) { bytes in
            var i = 0
            while i < bytes.count {
                let s = UTF8Scalars.next(bytes, &i)
                if !isSpace(s) { return s }
            }
            return nil
        }
    }

    /// The last scalar that is not white space.
    static func lastNonSpace(_ text: String) -> Unicode.Scalar? {
        UTF8Scalars.withBytes(text) { bytes in
            var end = bytes.count
            while end > 0 {
                let s = UTF8Scalars.previous(bytes, &end)
                if !isSpace(s) { return s }
            }
            return nil
        }
    }

    /// Whether `text` holds one of `scalars`, or a compatibility ideograph that may compare
    /// equal to one of them: the quick test before a `contains` or `hasPrefix` on Strings.
    static func mayHold(_ scalars: ScalarSet, in text: String) -> Bool {
        UTF8Scalars.withBytes(text) { bytes in
            var i = 0
            while i < bytes.count {
                let s = UTF8Scalars.next(bytes, &i)
                if scalars.contains(s) || isCompatibilityIdeograph(s) { return true }
            }
            return false
        }
    }

    /// Whether `text` contains `word`, as `String.contains` tells. Where every scalar of both is
    /// plain (`isPlain`) scalars compare as Strings do, and the UTF-8 bytes are searched (a match
    /// of whole UTF-8 sequences starts and ends on scalar boundaries); otherwise the Strings are.
    static func contains(_ word: String, in text: String) -> Bool {
        let found: Bool? = UTF8Scalars.withBytes(word) { w in
            var k = 0
            while k < w.count { guard isPlain(UTF8Scalars.next(w, &k)) else { return nil } }
            return UTF8Scalars.withBytes(text) { t -> Bool? in
                var i = 0
                while i < t.count { guard isPlain(UTF8Scalars.next(t, &i)) else { return nil } }
                guard w.count > 0 else { return true }
                guard w.count <= t.count else { return false }
                let first = w[0]
                for start in 0...(t.count - w.count) where t[start] == first {
                    var j = 1
                    while j < w.count, t[start + j] == w[j] { j += 1 }
                    if j == w.count { return true }
                }
                return false
            }
        }
        return found ?? text.contains(word)
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
        let plain: Int? = UTF8Scalars.withBytes(text) { bytes in
            var scalars = 0
            var i = 0
            while i < bytes.count {
                guard isPlain(UTF8Scalars.next(bytes, &i)) else { return nil }
                scalars += 1
            }
            return scalars
        }
        return plain ?? text.count
    }

    /// `min(text.count, limit)`, reading no further than needed.
    static func characterCount(_ text: String, atMost limit: Int) -> Int {
        let plain: Int? = UTF8Scalars.withBytes(text) { bytes in
            var scalars = 0
            var i = 0
            while i < bytes.count {
                // Past a run of plain scalars each is a character of its own.
                if scalars >= limit { return limit }
                guard isPlain(UTF8Scalars.next(bytes, &i)) else { return nil }
                scalars += 1
            }
            return min(scalars, limit)
        }
        return plain ?? text.prefix(limit).count
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
        // Counted on the UTF-8 bytes: an ASCII byte is an ASCII scalar (½), a lead byte starts
        // any other scalar (1), continuation bytes add nothing. The sum is exact either way.
        UTF8Scalars.withBytes(text) { bytes in
            // Counted without branches: the bytes that are ASCII, and those that continue a scalar.
            var ascii = 0, continuation = 0
            for b in bytes {
                ascii &+= Int(truncatingIfNeeded: ~b >> 7)
                continuation &+= (b & 0xC0) == 0x80 ? 1 : 0
            }
            let wide = bytes.count - ascii - continuation
            return Double(wide) + 0.5 * Double(ascii)
        }
    }

    /// `printWidth` of scalars already read.
    static func printWidth<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> Double {
        var width = 0.0
        for s in scalars { width += s.value < 0x80 ? 0.5 : 1 }
        return width
    }
}

extension Array where Element == Unicode.Scalar {
    /// Whether the array ends with `suffix`.
    func ends(with suffix: [Unicode.Scalar]) -> Bool {
        suffix.count <= count && self[(count - suffix.count)...].elementsEqual(suffix)
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
        // Most texts have nothing to trim: their first and last scalars, read from the bytes, say so.
        let untrimmed = UTF8Scalars.withBytes(self) { bytes -> Bool in
            guard !bytes.isEmpty else { return true }
            var i = 0, end = bytes.count
            return !Punctuation.isSpace(UTF8Scalars.next(bytes, &i)) && !Punctuation.isSpace(UTF8Scalars.previous(bytes, &end))
        }
        if untrimmed { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Punctuation.isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !Punctuation.isSpace($0) })!
        // Most texts have nothing to trim: they are returned as they are, not copied.
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }

    /// Whether the text starts with white space (an indented paragraph start).
    var isIndented: Bool {
        UTF8Scalars.withBytes(self) { bytes in
            var i = 0
            return !bytes.isEmpty && Punctuation.isSpace(UTF8Scalars.next(bytes, &i))
        }
    }

    /// Whether the line holds nothing but white space.
    var isBlankLine: Bool { Punctuation.firstNonSpace(self) == nil }
}
