import GongbaoKit

/// The lead a list shows: the first 30 characters of an article's first paragraph,
/// as `String(paragraph.prefix(30))` gives it.
///
/// `prefix` finds each character's end by grapheme breaking, a few hundred
/// instructions a character; a newspaper paragraph opens with ideographs,
/// punctuation and ASCII, each scalar a character of its own, so the cut falls
/// after the 30th scalar, found by decoding alone. Any other scalar on the way
/// hands the paragraph to `prefix`.
enum ArticleLead {
    static let length = 30

    static func of(_ article: Article) -> String {
        guard let paragraph = article.paragraphs.first else { return "" }
        return prefix(paragraph)
    }

    /// `String(text.prefix(length))`.
    static func prefix(_ text: String) -> String {
        let cut: Int?? = text.utf8.withContiguousStorageIfAvailable { utf8 in
            var i = 0, count = 0
            while i < utf8.count {
                let b0 = UInt32(utf8[i])
                let s: UInt32, width: Int
                if b0 < 0x80 {
                    (s, width) = (b0, 1)
                } else if b0 < 0xE0 {
                    (s, width) = ((b0 & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F), 2)
                } else if b0 < 0xF0 {
                    s = (b0 & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                    width = 3
                } else {
                    return nil // outside the Basic Multilingual Plane: never a character of its own here
                }
                guard isCharacter(s) else { return nil }
                // The scalar after the 30th is a character too, so the 30th ends one.
                if count == length { return i }
                i += width
                count += 1
            }
            return utf8.count
        }
        guard let cut = cut ?? nil else { return String(text.prefix(length)) }
        return cut == text.utf8.count ? text : head(of: text, utf8: cut)
    }

    /// The first `count` UTF-8 bytes of `text`, which end a scalar: copied through a
    /// `Substring`, which skips the validation `String(decoding:)` would repeat.
    private static func head(of text: String, utf8 count: Int) -> String {
        String(text[..<text.utf8.index(text.utf8.startIndex, offsetBy: count)])
    }

    /// Whether `s` is a character on its own whatever scalars of this set stand around it:
    /// its grapheme break property is Other and it is no emoji, so Unicode breaks on both
    /// sides of it (rule GB999). Printable ASCII, CJK punctuation up to U+3029 (U+302A on are
    /// combining tone marks), CJK ideographs (extension A and the main block), the general
    /// punctuation dashes, quotes and ellipsis, and the full-width forms of ASCII.
    @inline(__always)
    static func isCharacter(_ s: UInt32) -> Bool {
        switch s {
        case 0x20...0x7E, 0x2010...0x2027, 0x3000...0x3029, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E:
            true
        default:
            false
        }
    }
}
