import Foundation

/// Numbers for strings, found by their UTF-8 bytes in an open-addressing table
/// over one byte arena. A lookup allocates nothing and hashes each byte once,
/// where a `Dictionary<String, …>` first brings every non-ASCII key to NFC
/// (about a thousand instructions for a short Chinese name) — the cost of
/// indexing the entities of every article one by one.
///
/// Strings match as Swift compares them, by canonical equivalence: a string
/// whose scalars all leave NFC unchanged (ASCII, CJK ideographs, common
/// punctuation: nearly every name) is hashed as it is, any other by its NFC
/// form, so 豈 written as the compatibility ideograph U+F900 finds U+8C48's entry.
///
/// Keys carry a small `tag` (a kind), so one table serves several key spaces.
struct StringTable {
    private var arena: [UInt8] = []
    /// Per entry: where its bytes start in the arena (its end is the next start).
    private var starts: [Int] = [0]
    private var tags: [UInt8] = []
    private var hashes: [UInt64] = []
    private var values: [Int32] = []
    /// Entry index + 1 per slot; 0 is empty.
    private var slots: [Int32] = Array(repeating: 0, count: 64)

    /// Number of entries.
    var count: Int { values.count }

    /// The value stored for `string` under `tag`, or `nil`.
    func value(of string: String, tag: UInt8) -> Int32? {
        Self.withCanonicalUTF8(string) { bytes in
            let hash = Self.hash(bytes, tag: tag)
            let (slot, found) = self.probe(bytes, tag: tag, hash: hash)
            _ = slot
            return found.map { values[$0] }
        }
    }

    /// The value stored for `string` under `tag`; when there is none, stores
    /// `new()` and returns it.
    mutating func value(of string: String, tag: UInt8, orInsert new: () -> Int32) -> Int32 {
        Self.withCanonicalUTF8(string) { bytes in
            let hash = Self.hash(bytes, tag: tag)
            let (slot, found) = probe(bytes, tag: tag, hash: hash)
            if let found { return values[found] }
            let value = new()
            arena.append(contentsOf: bytes)
            starts.append(arena.count)
            tags.append(tag)
            hashes.append(hash)
            values.append(value)
            slots[slot] = Int32(values.count)
            if values.count * 2 > slots.count { grow() }
            return value
        }
    }

    /// The slot where `bytes` is or would go, and its entry when present.
    private func probe(_ bytes: UnsafeBufferPointer<UInt8>, tag: UInt8, hash: UInt64) -> (Int, Int?) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[i]) - 1
            if entry < 0 { return (i, nil) }
            if hashes[entry] == hash, tags[entry] == tag, equal(entry, bytes) { return (i, entry) }
            i = (i + 1) & mask
        }
    }

    private func equal(_ entry: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[entry], end = starts[entry + 1]
        guard end - start == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { arena in
            bytes.count == 0 || memcmp(arena.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0
        }
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for entry in hashes.indices {
            var i = Int(truncatingIfNeeded: hashes[entry]) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = Int32(entry + 1)
        }
    }

    /// FNV-1a over the tag and the bytes, with a final mix so that the low bits
    /// the table uses depend on every byte.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, tag: UInt8) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        h = (h ^ UInt64(tag)) &* 0x100_0000_01B3
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        return h ^ (h >> 32)
    }

    /// Calls `body` with the UTF-8 of `string` in NFC: the string's own bytes
    /// when none of its scalars can change under NFC, else those of its NFC form.
    static func withCanonicalUTF8<R>(_ string: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var string = string
        let stable = string.withUTF8 { bytes in
            UTF8Codec.forEachScalar(in: bytes) { isNFCStable($0) }
        }
        if !stable { string = string.precomposedStringWithCanonicalMapping }
        return string.withUTF8(body)
    }

    /// Scalars that NFC never changes and that never combine with a neighbour:
    /// ASCII, Latin-1 symbols, CJK ideographs (not the compatibility ones, which
    /// NFC replaces), CJK and general punctuation, enclosed numbers, full-width forms.
    @inline(__always)
    static func isNFCStable(_ v: UInt32) -> Bool {
        switch v {
        case 0..<0x80, 0xA0..<0xC0, 0xD7, 0xF7: true
        case 0x2010..<0x2070, 0x2460..<0x2500: true
        case 0x3000..<0x302A, 0x3030..<0x3040: true
        case 0x3400..<0x4DC0, 0x4E00..<0xA000: true
        case 0xFF01..<0xFF5F: true
        default: false
        }
    }
}
