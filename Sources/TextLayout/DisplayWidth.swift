import CNcursesw

/// Display width of text in terminal columns, from the C library's `wcwidth`
/// under a UTF-8 locale: the same function ncurses uses to place characters.
///
/// East Asian Ambiguous characters (“ ” … — ·) are one column unless
/// `ambiguousWide` is set, for terminals configured for CJK.
public struct DisplayWidth: Sendable, Hashable {
    public var ambiguousWide: Bool

    public init(ambiguousWide: Bool = false) {
        self.ambiguousWide = ambiguousWide
    }

    /// Columns one Unicode scalar takes: 0 for combining marks and controls, 1 or 2 otherwise.
    public func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x7F { return v >= 0x20 ? 1 : 0 }
        if ambiguousWide, Self.isAmbiguous(v) { return 2 }
        let w = Int(gb_wcwidth(v))
        if w >= 0 { return w }
        // Unassigned or non-printable under this locale: draw nothing rather than break the layout.
        return 0
    }

    /// Columns one grapheme cluster takes: the width of its first scalar, the
    /// one that advances the cursor; the marks and selectors after it take none.
    ///
    /// This is how ncurses places a cell (the base character's `wcwidth`), so
    /// layout and screen never disagree. An emoji variation sequence such as
    /// `❤️` therefore counts as its base (`❤`, one column); the backend drops the
    /// selector when it draws, so terminals show the one-column form too.
    /// A cluster that starts with a zero-width scalar (a lone combining mark,
    /// a control character) takes no column.
    public func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue { return ascii >= 0x20 && ascii < 0x7F ? 1 : 0 }
        guard let first = character.unicodeScalars.first else { return 0 }
        return min(of(first), 2)
    }

    /// Columns a string takes.
    public func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for c in text { total += of(c) }
        return total
    }

    /// Whether `scalar` is East Asian Ambiguous: one column by default, two on
    /// terminals configured for CJK. The interface chrome avoids these.
    public static func isAmbiguous(_ scalar: Unicode.Scalar) -> Bool {
        isAmbiguous(scalar.value)
    }

    /// East Asian Width "A" ranges that matter in Chinese text: quotes, dashes,
    /// ellipsis, middle dot, circled numbers, box drawing, geometric shapes.
    static func isAmbiguous(_ v: UInt32) -> Bool {
        switch v {
        case 0x00A1, 0x00A4, 0x00A7, 0x00A8, 0x00AA, 0x00AD, 0x00AE, 0x00B0...0x00B4,
             0x00B6...0x00BA, 0x00BC...0x00BF, 0x00D7, 0x00F7,
             0x2010, 0x2013...0x2016, 0x2018, 0x2019, 0x201C, 0x201D, 0x2020...0x2022,
             0x2024...0x2027, 0x2030, 0x2032, 0x2033, 0x2035, 0x203B, 0x203E,
             0x2103, 0x2105, 0x2109, 0x2116, 0x2121, 0x2122, 0x2160...0x216B, 0x2170...0x2179,
             0x2190...0x2199, 0x2460...0x24E9, 0x24EB...0x254B, 0x2550...0x2573,
             0x2580...0x258F, 0x2592...0x2595, 0x25A0, 0x25A1, 0x25A3...0x25A9,
             0x25B2, 0x25B3, 0x25B6, 0x25B7, 0x25BC, 0x25BD, 0x25C0, 0x25C1, 0x25C6...0x25C8,
             0x25CB, 0x25CE...0x25D1, 0x25E2...0x25E5, 0x25EF, 0x2605, 0x2606, 0x2609,
             0x260E, 0x260F, 0x261C, 0x261E, 0x2640, 0x2642, 0x2660, 0x2661, 0x2663...0x2665,
             0x2667...0x266A, 0x266C, 0x266D, 0x266F:
            return true
        default:
            return false
        }
    }
}
