/// The one folding text search applies to headlines, bodies and queries alike,
/// so that every backend matches the same way.
public enum TextNormalization {
    /// Folds what should not matter for matching: ASCII case and the
    /// full-width forms of ASCII characters (Ａ, １, ，); drops NUL.
    public static func fold(_ text: String) -> String {
        var text = text
        return text.withUTF8 { utf8 in
            let raw = UnsafeRawBufferPointer(utf8)
            guard needsFolding(raw) else { return nil }
            var out: [UInt8] = []
            fold(raw, into: &out)
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }

    /// Whether folding changes the UTF-8 `bytes`.
    public static func needsFolding(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0 || (b >= 0x41 && b <= 0x5A) { return true }
            if b == 0xEF, i + 2 < n {
                let b1 = bytes[i + 1], b2 = bytes[i + 2]
                if (b1 == 0xBC && b2 >= 0x81) || (b1 == 0xBD && b2 <= 0x9E) { return true }
            }
            i += 1
        }
        return false
    }

    /// Folds valid UTF-8 `bytes` into `out` (replacing its contents), byte by
    /// byte: the same result as `fold(_:)` on the decoded string.
    public static func fold(_ bytes: UnsafeRawBufferPointer, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        let n = bytes.count
        guard n > 0 else { return }
        out.reserveCapacity(n)
        var run = 0 // start of the bytes copied unchanged
        var i = 0
        while i < n {
            let b = bytes[i]
            var folded: UInt8? = nil
            var width = 1
            if b == 0 {
                width = 1
            } else if b &- 0x41 < 26 {
                folded = b + 0x20
            } else if b == 0xEF, i + 2 < n {
                let b1 = bytes[i + 1], b2 = bytes[i + 2]
                // U+FF01…U+FF3F is EF BC 81…BF, U+FF40…U+FF5E is EF BD 80…9E: ASCII 0x21…0x7E.
                if b1 == 0xBC && b2 >= 0x81 {
                    let a = b2 - 0x60
                    folded = a &- 0x41 < 26 ? a + 0x20 : a
                    width = 3
                } else if b1 == 0xBD && b2 <= 0x9E {
                    folded = b2 - 0x20
                    width = 3
                } else {
                    i += 1
                    continue
                }
            } else {
                i += 1
                continue
            }
            if run < i { out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[run..<i])) }
            if let folded { out.append(folded) }
            i += width
            run = i
        }
        if run < n { out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[run..<n])) }
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
        fold(rawBody(of: article))
    }

    /// The body as printed: paragraphs, then each box's text, joined by newlines.
    public static func rawBody(of article: Article) -> String {
        var parts = article.paragraphs
        for box in article.boxes { parts.append(box.text) }
        return parts.joined(separator: "\n")
    }
}
