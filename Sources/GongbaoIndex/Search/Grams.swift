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

    /// Replaces `keys` with the key of every unigram and bigram of the UTF-8
    /// `text` after folding (duplicates included, in order). `text` must be valid UTF-8.
    static func collect(_ text: UnsafeRawBufferPointer, into keys: inout [UInt64]) {
        // Written through a pointer into room for the most keys there can be (two a
        // scalar, a scalar at least a byte): `append`'s checks cost more than decoding.
        keys = [UInt64](unsafeUninitializedCapacity: 2 * text.count) { out, written in
            var k = 0
            var i = 0
            let n = text.count
            var previous: UInt32 = 0
            while i < n {
                let b0 = UInt32(text[i])
                var s: UInt32
                if b0 < 0x80 {
                    s = b0; i += 1
                } else if b0 < 0xE0 {
                    guard i + 1 < n else { break }
                    s = (b0 & 0x1F) << 6 | (UInt32(text[i + 1]) & 0x3F); i += 2
                } else if b0 < 0xF0 {
                    guard i + 2 < n else { break }
                    s = (b0 & 0x0F) << 12 | (UInt32(text[i + 1]) & 0x3F) << 6 | (UInt32(text[i + 2]) & 0x3F); i += 3
                } else {
                    guard i + 3 < n else { break }
                    s = (b0 & 0x07) << 18 | (UInt32(text[i + 1]) & 0x3F) << 12
                        | (UInt32(text[i + 2]) & 0x3F) << 6 | (UInt32(text[i + 3]) & 0x3F); i += 4
                }
                // Fold as `TextNormalization.fold` does; NUL is dropped.
                if s >= 0xFF01 && s <= 0xFF5E { s -= 0xFEE0 }
                if s >= 0x41 && s <= 0x5A { s += 0x20 }
                if s == 0 { continue }
                s &= 0x1F_FFFF
                out[k] = unigram(s)
                k += 1
                if previous != 0 {
                    out[k] = bigram(previous, s)
                    k += 1
                }
                previous = s
            }
            written = k
        }
    }

    /// The scalars of a folded query.
    static func scalars(_ query: String) -> [UInt32] {
        query.unicodeScalars.map(\.value)
    }
}
