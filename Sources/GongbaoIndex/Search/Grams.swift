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

/// An open-addressing hash table from gram key to a dense slot number.
struct GramTable {
    private(set) var keys: [UInt64]
    private(set) var slots: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1 << 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always)
    static func hash(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20)
    }

    /// The slot of `key`, or `nil`.
    @inline(__always)
    func find(_ key: UInt64) -> Int32? {
        var i = Self.hash(key) & mask
        while true {
            let k = keys[i]
            if k == key { return slots[i] }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// The slot of `key`, inserting it with the next slot number when new.
    @inline(__always)
    mutating func slot(_ key: UInt64) -> (slot: Int32, inserted: Bool) {
        var i = Self.hash(key) & mask
        while true {
            let k = keys[i]
            if k == key { return (slots[i], false) }
            if k == 0 { break }
            i = (i + 1) & mask
        }
        let s = Int32(count)
        keys[i] = key
        slots[i] = s
        count += 1
        if count * 2 > keys.count { grow() }
        return (s, true)
    }

    /// Makes room for `total` keys without growing on insert.
    mutating func reserve(_ total: Int) {
        while total * 2 > keys.count { grow() }
    }

    /// The key and slot arrays and the probe mask, for a caller that inserts
    /// in place (after `reserve`) and then reports the new count with `setCount`.
    mutating func withStorage<R>(
        _ body: (UnsafeMutableBufferPointer<UInt64>, UnsafeMutableBufferPointer<Int32>, Int) -> R
    ) -> R {
        let mask = self.mask
        return keys.withUnsafeMutableBufferPointer { keys in
            slots.withUnsafeMutableBufferPointer { slots in body(keys, slots, mask) }
        }
    }

    /// The number of keys after in-place inserts through `withStorage`.
    mutating func setCount(_ n: Int) {
        count = n
    }

    private mutating func grow() {
        let oldKeys = keys, oldSlots = slots
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        slots = [Int32](repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (j, k) in oldKeys.enumerated() where k != 0 {
            var i = Self.hash(k) & mask
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = k
            slots[i] = oldSlots[j]
        }
    }

    /// Every (key, slot) pair.
    func pairs() -> [(key: UInt64, slot: Int32)] {
        var out: [(UInt64, Int32)] = []
        out.reserveCapacity(count)
        for (i, k) in keys.enumerated() where k != 0 { out.append((k, slots[i])) }
        return out
    }
}
