/// A filter on the first two scalars of the words of a list: whether some word may start at a
/// position of a text, told by one bit test, with no false negatives.
///
/// ``WordList/mayStart(_:)`` tests the first scalar only, and the first characters of the
/// organisation suffixes (工, 中, 学, 公, 有…) are among the commonest of all: most positions it
/// lets through start no suffix, and each cost a call and two probes of the trie. Nearly every
/// such position is settled here by its first two scalars: a word of one scalar is kept in a
/// set of its own, a longer one by its first pair, hashed into a table of bits.
struct ScalarPairFilter: Sendable {
    /// Words of a single scalar.
    private let singles: ScalarSet
    /// One bit per hashed (first, second) pair of the longer words.
    private let pairs: [UInt64]

    /// Bits in `pairs`: with a few hundred words, a pair that starts none passes one time in a hundred or so.
    private static let bitCount = 1 << 15

    init<S: Sequence>(words: S) where S.Element == String {
        var singles: [Unicode.Scalar] = []
        var pairs = [UInt64](repeating: 0, count: Self.bitCount / 64)
        for word in words {
            let scalars = word.scalarArray
            if scalars.count == 1 {
                singles.append(scalars[0])
            } else if scalars.count >= 2 {
                let bit = Self.bit(scalars[0], scalars[1])
                pairs[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
        self.singles = ScalarSet(singles)
        self.pairs = pairs
    }

    @inline(__always)
    private static func bit(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Int {
        let key = UInt64(a.value) << 21 | UInt64(b.value)
        return Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 49) & (bitCount - 1)
    }

    /// False when no word of the list starts at `i` of `text` (which must be a position of it).
    @inline(__always)
    func mayStart(in text: ScalarText, at i: Int) -> Bool {
        let first = text[i]
        if singles.contains(first) { return true }
        guard i + 1 < text.count else { return false }
        let bit = Self.bit(first, text[i + 1])
        return pairs.withUnsafeBufferPointer { $0[bit >> 6] } & (1 << UInt64(bit & 63)) != 0
    }
}
