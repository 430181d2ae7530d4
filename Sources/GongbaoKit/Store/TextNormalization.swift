/// The one folding text search applies to headlines, bodies and queries alike,
/// so that every backend matches the same way.
public enum TextNormalization {
    /// Folds what should not matter for matching: ASCII case and the
    /// full-width forms of ASCII characters (Ａ, １, ，); drops NUL.
    public static func fold(_ text: String) -> String {
        // Fast path: most text needs no change.
        if !text.unicodeScalars.contains(where: needsFolding) { return text }
        var scalars = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s.value == 0 { continue }
            scalars.append(fold(s))
        }
        return String(scalars)
    }

    /// The folded form of one scalar.
    @inline(__always)
    public static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        var v = s.value
        if v >= 0xFF01 && v <= 0xFF5E { v -= 0xFEE0 }
        if v >= 0x41 && v <= 0x5A { v += 0x20 }
        return Unicode.Scalar(v) ?? s
    }

    @inline(__always)
    static func needsFolding(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v == 0 || (v >= 0x41 && v <= 0x5A) || (v >= 0xFF01 && v <= 0xFF5E)
    }
}

extension TextNormalization {
    /// The folded headline text search matches: kicker, title and subtitle.
    public static func searchHeadline(of article: Article) -> String {
        fold(article.headline)
    }

    /// The folded body text search matches: the paragraphs, then each box's
    /// text, separated by newlines (so no match spans two of them).
    public static func searchBody(of article: Article) -> String {
        var parts = article.paragraphs
        for box in article.boxes { parts.append(box.text) }
        return fold(parts.joined(separator: "\n"))
    }
}
