/// The keys of the n-gram text index: every character (unigram) and every
/// pair of adjacent characters (bigram) of a text, after folding. A query of
/// one or two characters is answered exactly by one posting list; a longer
/// query by intersecting its bigrams' lists and checking the few candidates.
enum Gram {
    /// Key of a single scalar. Unigram keys are ≥ 2^42, bigram keys below, 0 never occurs.
    @inline(__always)
    static func unigram(_ s: UInt32) -> UInt64 { (1 << 42) | UInt64(s) }

    /// Key of two adjacent scalars (each < 2^21, and never NUL, so the key is never 0).
    @inline(__always)
    static func bigram(_ a: UInt32, _ b: UInt32) -> UInt64 { UInt64(a) << 21 | UInt64(b) }

    /// What folding met in a text, seen on the way while collecting its keys (so that
    /// the snapshot need not scan the text again for `TextNormalization.needsFolding`).
    struct Folding: Equatable {
        /// Folding changes the text (as `TextNormalization.needsFolding`: NUL counts).
        var changes = false
        /// The text holds NUL, which folding drops.
        var holdsNUL = false
    }

    /// The keys of one text, apart by where `GramIndexBuilder` keeps their lists.
    /// The buffers are kept from text to text (a builder collects every article's
    /// text into one `Keys`): allocating them anew for each text cost as much as
    /// filling them, and for a long body each allocation was a fresh `mmap`.
    struct Keys {
        /// Room for the keys, reused; only the first `scalarCount` and `hashedCount`
        /// hold the keys of the last text collected.
        private(set) var scalarBuffer: [UInt16] = []
        private(set) var hashedBuffer: [UInt64] = []
        private(set) var scalarCount = 0
        private(set) var hashedCount = 0

        /// The unigrams of the Basic Multilingual Plane, as their scalars.
        var scalars: ArraySlice<UInt16> { scalarBuffer[..<scalarCount] }
        /// The bigrams, and the unigrams beyond the Basic Multilingual Plane.
        var hashed: ArraySlice<UInt64> { hashedBuffer[..<hashedCount] }

        /// Every key.
        var all: [UInt64] { scalars.map { Gram.unigram(UInt32($0)) } + hashed }

        /// Replaces the keys with those of `text` (see `Gram.collect`), in the room
        /// kept: at most a key of each part a byte of text (a scalar at least a byte;
        /// a bigram a scalar but the first, and a scalar beyond the plane four bytes).
        fileprivate mutating func collect(_ text: UnsafeRawBufferPointer) -> Folding {
            if scalarBuffer.count < text.count {
                let room = Swift.max(text.count, 2 * scalarBuffer.count)
                scalarBuffer = [UInt16](repeating: 0, count: room)
                hashedBuffer = [UInt64](repeating: 0, count: room)
            }
            var folding = Folding()
            var direct = 0, hashed = 0
            // Written through pointers: `append`'s checks cost more than decoding.
            scalarBuffer.withUnsafeMutableBufferPointer { scalars in
                hashedBuffer.withUnsafeMutableBufferPointer { out in
                    (direct, hashed, folding) = Gram.collect(text, direct: scalars, hashed: out)
                }
            }
            scalarCount = direct
            hashedCount = hashed
            return folding
        }
    }

    /// Replaces `keys` with the key of every unigram and bigram of the UTF-8
    /// `text` after folding (duplicates included, in order within each part).
    /// `text` must be valid UTF-8.
    @discardableResult
    static func collect(_ text: UnsafeRawBufferPointer, into keys: inout Keys) -> Folding {
        keys.collect(text)
    }

    /// `collect` into room enough: returns how many keys of each part it wrote.
    fileprivate static func collect(
        _ text: UnsafeRawBufferPointer, direct: UnsafeMutableBufferPointer<UInt16>,
        hashed out: UnsafeMutableBufferPointer<UInt64>
    ) -> (direct: Int, hashed: Int, folding: Folding) {
        var folded = false, nul = false
        var d = 0
        var k = 0
        var i = 0
        let n = text.count
        var previous: UInt32 = 0
        while i < n {
            let b0 = UInt32(text[i])
            var s: UInt32
            // Folded as `TextNormalization.fold` does, in the branch of the only
            // scalars each fold can meet: ASCII capitals and NUL (dropped) are one
            // byte, the full-width forms U+FF01…U+FF5E three.
            if b0 < 0x80 {
                s = b0; i &+= 1
                if s &- 0x41 < 26 {
                    s += 0x20; folded = true
                } else if s == 0 {
                    nul = true; continue
                }
            } else if b0 < 0xE0 {
                guard i &+ 1 < n else { break }
                s = (b0 & 0x1F) << 6 | (UInt32(text[i &+ 1]) & 0x3F); i &+= 2
            } else if b0 < 0xF0 {
                guard i &+ 2 < n else { break }
                s = (b0 & 0x0F) << 12 | (UInt32(text[i &+ 1]) & 0x3F) << 6 | (UInt32(text[i &+ 2]) & 0x3F); i &+= 3
                if s &- 0xFF01 < 0x5E {
                    s -= 0xFEE0; folded = true
                    if s &- 0x41 < 26 { s += 0x20 }
                }
            } else {
                guard i &+ 3 < n else { break }
                s = (b0 & 0x07) << 18 | (UInt32(text[i &+ 1]) & 0x3F) << 12
                    | (UInt32(text[i &+ 2]) & 0x3F) << 6 | (UInt32(text[i &+ 3]) & 0x3F); i &+= 4
            }
            s &= 0x1F_FFFF
            if s < 0x1_0000 {
                direct[d] = UInt16(truncatingIfNeeded: s)
                d &+= 1
            } else {
                out[k] = unigram(s)
                k &+= 1
            }
            if previous != 0 {
                out[k] = bigram(previous, s)
                k &+= 1
            }
            previous = s
        }
        return (d, k, Folding(changes: folded || nul, holdsNUL: nul))
    }

    /// The scalars of a folded query.
    static func scalars(_ query: String) -> [UInt32] {
        query.unicodeScalars.map(\.value)
    }
}
