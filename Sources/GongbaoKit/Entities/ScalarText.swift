/// A piece of text as an array of Unicode scalars, so that the entity scanners
/// can look backwards and forwards from a position in constant time.
///
/// Chinese characters are one scalar each, so positions count characters as a
/// reader sees them; every scanner bounds how far it looks, which keeps the
/// whole stage linear in the length of the text.
struct ScalarText: Sendable {
    let scalars: [Unicode.Scalar]
    /// Whether every scalar is one whose text is already in normal form whatever surrounds it
    /// (ASCII, Han, CJK punctuation, full-width forms…). Substrings of such a text compare
    /// equal as Swift `String`s exactly when their scalars are equal, so scanners may compare
    /// scalars where the rules compare strings.
    let isPlain: Bool
    /// ``ScalarClasses`` of each scalar, for a text that several scanners pass over (an
    /// article's segments, see ``init(classifying:isPlain:)``); empty for other texts.
    let classes: [UInt8]

    init(_ string: String) {
        self.init(scalars: UTF8Codec.scalars(of: string))
    }

    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        let inert = ScalarSet.normalizationInert
        isPlain = scalars.allSatisfy { inert.contains($0) }
        classes = []
    }

    /// A text whose plainness the caller has worked out already.
    init(scalars: [Unicode.Scalar], isPlain: Bool) {
        self.scalars = scalars
        self.isPlain = isPlain
        classes = []
    }

    /// A text whose scalars' classes are worked out once, here, so that each scanner's
    /// ``ScalarClasses/next(_:in:from:)`` reads bytes rather than looking every scalar up again.
    init(classifying scalars: [Unicode.Scalar], isPlain: Bool) {
        self.scalars = scalars
        self.isPlain = isPlain
        classes = ScalarClasses.classBytes(of: scalars)
    }

    /// A text whose plainness and classes the caller has worked out already (see
    /// ``ArticleTexts/decodeLines(_:tables:into:_:_:)``): `classes` are those
    /// ``init(classifying:isPlain:)`` would work out.
    init(scalars: [Unicode.Scalar], isPlain: Bool, classes: [UInt8]) {
        self.scalars = scalars
        self.isPlain = isPlain
        self.classes = classes
    }

    var count: Int { scalars.count }
    var isEmpty: Bool { scalars.isEmpty }

    subscript(_ i: Int) -> Unicode.Scalar { scalars[i] }

    /// The scalar at `i`, or nil outside the text.
    func at(_ i: Int) -> Unicode.Scalar? {
        i >= 0 && i < scalars.count ? scalars[i] : nil
    }

    /// The text of `range`, clamped to the text.
    func string(_ range: Range<Int>) -> String {
        let lower = max(0, range.lowerBound), upper = min(scalars.count, range.upperBound)
        guard lower < upper else { return "" }
        return Self.string(scalars[lower..<upper])
    }

    /// A string of `scalars`, encoded straight to UTF-8.
    ///
    /// `String(unsafeUninitializedCapacity:)` validates the bytes it is handed again (about
    /// 500 instructions for a short name, most of the cost). Bytes ``UTF8Codec`` encodes from
    /// `Unicode.Scalar`s are well-formed by construction (a scalar is never a surrogate nor
    /// above U+10FFFF), so they are encoded into a temporary buffer (on the stack for any
    /// name) and copied into the String unchecked, as ``CheckedUTF8/string(_:isASCII:)``
    /// does for page lines it has validated itself. The buffer has room for the longest
    /// encoding (four bytes a scalar), which spares a pass measuring the exact one.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        guard !scalars.isEmpty else { return "" }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * scalars.count) { buffer in
            let written = UTF8Codec.encode(scalars, into: buffer)
            // One byte a scalar exactly when every scalar is ASCII.
            let isASCII = written == scalars.count
            return CheckedUTF8.string(UnsafeBufferPointer(rebasing: buffer[..<written]), isASCII: isASCII)
        }
    }

    /// Whether `word` occurs at `i`.
    func matches(_ word: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= scalars.count else { return false }
        for k in 0..<word.count where scalars[i + k] != word[k] { return false }
        return true
    }

    /// Whether `word` occurs ending just before `end`.
    func matches(_ word: [Unicode.Scalar], endingAt end: Int) -> Bool {
        matches(word, at: end - word.count)
    }

    /// Whether the scalar at `i` is a Han character.
    func isHan(_ i: Int) -> Bool { at(i)?.isHan ?? false }

    /// Positions of every occurrence of `word` (non-overlapping, left to right).
    func occurrences(of word: [Unicode.Scalar]) -> [Int] {
        guard let first = word.first, !word.isEmpty, word.count <= scalars.count else { return [] }
        var result: [Int] = []
        var i = 0
        while i + word.count <= scalars.count {
            if scalars[i] == first, matches(word, at: i) {
                result.append(i)
                i += word.count
            } else {
                i += 1
            }
        }
        return result
    }
}

extension Unicode.Scalar {
    /// Scalars that are in normal form (NFC quick check Yes, combining class 0) in any context:
    /// a string made only of them is already normalized. Conservative: blocks not listed are
    /// treated as not inert, which only sends a text down the slower string-comparing path.
    var isNormalizationInert: Bool { ScalarSet.normalizationInert.contains(self) }

    /// The blocks of ``isNormalizationInert``.
    static let normalizationInertRanges: [ClosedRange<UInt32>] = [
        0...0x2FF, 0x2002...0x20CF, 0x2100...0x2125, 0x2127...0x2129, 0x212C...0x2328, 0x232B...0x27BF,
        0x2E80...0x2EFF, 0x3000...0x3029, 0x3030...0x303F, 0x3200...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xFE30...0xFE4F, 0xFF00...0xFFEF,
    ]

    /// Inert scalars that are also a character of their own whatever surrounds them (not CR,
    /// the zero-width joiners or the half-width voiced marks, which join the scalar before):
    /// on texts of such scalars, prefix and suffix tests on `String`s agree with tests on scalars.
    var isAtomicInert: Bool { isAtomicInert(in: ScalarSet.normalizationInert) }

    /// ``isAtomicInert`` with ``ScalarSet/normalizationInert`` passed in, for loops that hold
    /// the set in a local rather than reading the static (a `swift_once`) at every scalar.
    @inline(__always)
    func isAtomicInert(in inert: ScalarSet) -> Bool {
        switch value {
        case 0x0D, 0x200C, 0x200D, 0xFF9E, 0xFF9F: false
        default: inert.contains(self)
        }
    }

    /// CJK ideographs: the unified block, extension A, compatibility ideographs and the supplementary planes.
    var isHan: Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x3134F: true
        default: false
        }
    }

    /// ASCII or full-width decimal digit.
    var isDigitLike: Bool {
        (0x30...0x39).contains(value) || (0xFF10...0xFF19).contains(value)
    }

    /// The digit's value for ASCII and full-width digits.
    var digitValue: Int? {
        if (0x30...0x39).contains(value) { return Int(value - 0x30) }
        if (0xFF10...0xFF19).contains(value) { return Int(value - 0xFF10) }
        return nil
    }

    /// ASCII or full-width Latin letter.
    var isLatinLetter: Bool {
        (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
            || (0xFF21...0xFF3A).contains(value) || (0xFF41...0xFF5A).contains(value)
    }

    /// White space of any width, including the ideographic space.
    var isSpaceLike: Bool {
        value == 0x20 || value == 0x09 || value == 0x3000 || value == 0xA0 || value == 0x0A || value == 0x0D
    }

    /// Characters that end a sentence.
    var isSentenceEnd: Bool {
        switch value {
        case 0x3002, 0xFF01, 0xFF1F, 0x21, 0x3F, 0x2026: true  // 。！？!?…
        default: false
        }
    }
}

extension ScalarSet {
    /// ``Unicode/Scalar/isNormalizationInert`` as a bit table: a switch over its ranges compiles
    /// to a test of every range for every scalar.
    static let normalizationInert = ScalarSet(Unicode.Scalar.normalizationInertRanges.lazy.joined().map {
        Unicode.Scalar($0).unsafelyUnwrapped
    })
}

extension String {
    /// The string as an array of scalars, for building word lists.
    var scalarArray: [Unicode.Scalar] { UTF8Codec.scalars(of: self) }

    /// Number of Unicode scalars (characters, for Chinese text).
    var scalarCount: Int { unicodeScalars.count }
}
