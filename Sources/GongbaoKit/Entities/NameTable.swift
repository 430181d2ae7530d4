import Foundation

/// A table keyed by names (`String`s, compared as Swift compares them: by canonical
/// equivalence) that hashes a name's UTF-8 bytes once instead of running Swift's
/// normalizing `String` hash on every lookup and comparing keys through normalization.
///
/// While every name it has seen is made of `isNormalizationInert` scalars, all names are in
/// normal form and equal exactly when their bytes are, so bytes are hashed and compared: the
/// names' bytes are kept back to back and found through an open-addressing table of entry
/// numbers, so that a lookup hashes eight bytes a step and runs no `Hasher` (SipHash), and a
/// new name costs no `String` kept and no dictionary node. The first name of any other scalar
/// turns the table into a plain `[String: Value]` for good (one linear move), so the answers
/// are always those of a `String`-keyed dictionary.
struct NameTable<Value> {
    /// The UTF-8 of every name set, back to back: entry `e`'s name is
    /// `bytes[(e == 0 ? 0 : entries[e - 1].end)..<entries[e].end]`.
    private var bytes: [UInt8] = []
    /// Each entry's name end in `bytes`, hash and value; the value is nil once the name is set to
    /// nil (the entry stays, as an absent name). The value is kept beside the hash rather than in
    /// an array of its own: one allocation less per table and one append less per name.
    private var entries: [(end: Int, hash: UInt64, value: Value?)] = []
    /// How many entries hold a value.
    private var live = 0
    /// Open addressing: 1 + an entry's number, 0 for an empty slot. A power of two in size
    /// (or empty), at most half full. Empty while the table holds at most ``linearLimit``
    /// entries, which are found by a scan of their hashes: most tables hold a few names, and
    /// their slots cost an allocation and a rehash each.
    private var slots: [Int32] = []
    /// The most entries found by a scan before the slots are built.
    private static var linearLimit: Int { 8 }
    private var byString: [String: Value]?

    init() {}

    /// A table with room for `minimumCapacity` names before it grows.
    init(minimumCapacity: Int) {
        if minimumCapacity > Self.linearLimit { rehash(capacity: minimumCapacity) }
    }

    /// A hash of the name's UTF-8, or nil when a scalar is not normalization-inert.
    ///
    /// ASCII and the Han of U+4000–U+9FFF (lead bytes E5–E9, and E4 but for the hexagram
    /// symbols U+4DC0–U+4DFF, second byte B7) are inert and settled on their first bytes: names
    /// of Chinese text are made of them (工会, 企业 and 中国 have characters below U+5000). Only
    /// a name with another scalar is decoded and looked up, in ``allInert(_:from:)``, which
    /// keeps the inert set (a `swift_once` and a retain to read) out of this loop. The bytes are
    /// then mixed eight at a time.
    static func inertHash(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let n = utf8.count
        var i = 0
        while i < n {
            let lead = utf8[i]
            if lead < 0x80 {
                i += 1
            } else if (lead >= 0xE5 && lead <= 0xE9) || (lead == 0xE4 && utf8[i + 1] != 0xB7) {
                // Valid UTF-8: a three-byte lead has its two continuation bytes.
                i += 3
            } else {
                guard allInert(utf8, from: i) else { return nil }
                break
            }
        }
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
        var k = 0
        var tail: UInt64 = 0
        if let base = utf8.baseAddress {
            let raw = UnsafeRawPointer(base)
            while k + 8 <= n {
                h = (h ^ raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
                h ^= h >> 32
                k += 8
            }
            if k < n && n >= 8 {
                // The last bytes as the low bytes of a word: the last eight read at once and the
                // ones already mixed shifted out (little-endian, as the loads above).
                tail = raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) >> UInt64(8 * (8 - (n - k)))
                k = n
            }
        }
        var shift: UInt64 = 0
        while k < n {
            tail |= UInt64(utf8[k]) << shift
            shift += 8
            k += 1
        }
        h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return h ^ (h >> 33)
    }

    /// Whether every scalar of `utf8` from `start` is normalization-inert, by the set.
    @inline(never)
    private static func allInert(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        let inert = ScalarSet.normalizationInert
        var i = start
        while i < utf8.count {
            guard inert.contains(unsafeBitCast(UTF8Codec.next(utf8, &i), to: Unicode.Scalar.self)) else { return false }
        }
        return true
    }

    /// The slot holding the entry of the name `utf8` (hash `h`), or the empty slot where it
    /// would go, and the entry if it is there; without slots, the entry found by a scan (and
    /// no slot).
    private func find(_ utf8: UnsafeBufferPointer<UInt8>, _ h: UInt64) -> (slot: Int, entry: Int?) {
        if slots.isEmpty {
            return bytes.withUnsafeBufferPointer { bytes -> (slot: Int, entry: Int?) in
                for e in entries.indices where entries[e].hash == h {
                    let start = e == 0 ? 0 : entries[e - 1].end
                    if entries[e].end - start == utf8.count
                        && (utf8.isEmpty || memcmp(bytes.baseAddress! + start, utf8.baseAddress!, utf8.count) == 0) {
                        return (-1, e)
                    }
                }
                return (-1, nil)
            }
        }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        return slots.withUnsafeBufferPointer { slots -> (slot: Int, entry: Int?) in
            bytes.withUnsafeBufferPointer { bytes -> (slot: Int, entry: Int?) in
                while true {
                    let e = Int(slots[slot]) - 1
                    if e < 0 { return (slot, nil) }
                    if entries[e].hash == h {
                        let start = e == 0 ? 0 : entries[e - 1].end
                        if entries[e].end - start == utf8.count
                            && (utf8.isEmpty || memcmp(bytes.baseAddress! + start, utf8.baseAddress!, utf8.count) == 0) {
                            return (slot, e)
                        }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// Rebuilds the slots for at least `capacity` entries (at most half full).
    private mutating func rehash(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        var slots = [Int32](repeating: 0, count: size)
        let mask = size - 1
        for (e, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(e + 1)
        }
        self.slots = slots
    }

    /// Switches to `String` keys (for a name out of the inert set).
    private mutating func useStrings() -> [String: Value] {
        if let byString { return byString }
        var table: [String: Value] = [:]
        table.reserveCapacity(live)
        for e in entries.indices {
            guard let value = entries[e].value else { continue }
            let start = e == 0 ? 0 : entries[e - 1].end
            table[String(decoding: bytes[start..<entries[e].end], as: UTF8.self)] = value
        }
        bytes = []
        entries = []
        slots = []
        live = 0
        return table
    }

    subscript(name: String) -> Value? {
        mutating get {
            if byString == nil {
                // An empty table holds no name: whatever the name's scalars (a name out of the inert
                // set would only turn the empty table into an empty dictionary), the answer is nil.
                if entries.isEmpty { return nil }
                var name = name
                let found: Value?? = name.withUTF8 { utf8 in
                    guard let h = Self.inertHash(utf8) else { return nil }
                    guard let e = find(utf8, h).entry else { return .some(nil) }
                    return .some(entries[e].value)
                }
                if let found { return found }
            }
            let table = useStrings()
            byString = table
            return table[name]
        }
        set {
            if byString == nil {
                var name = name
                let done: Bool = name.withUTF8 { utf8 in
                    guard let h = Self.inertHash(utf8) else { return false }
                    _ = store(utf8, h, newValue, keepingValue: false)
                    return true
                }
                if done { return }
            }
            var table = useStrings()
            byString = nil
            table[name] = newValue
            byString = table
        }
    }

    /// The value of `name` if it has one; else nil, once `name` is set to `value`. The same as
    /// reading the name and setting it when absent, with one hash and one probe instead of two.
    mutating func valueOrInsert(_ value: Value, for name: String) -> Value? {
        if byString == nil {
            var name = name
            let found: Value?? = name.withUTF8 { utf8 in
                guard let h = Self.inertHash(utf8) else { return nil }
                return .some(store(utf8, h, value, keepingValue: true))
            }
            if let found { return found }
        }
        var table = useStrings()
        byString = nil
        let existing = table[name]
        if existing == nil { table[name] = value }
        byString = table
        return existing
    }

    /// Sets the name `utf8` (of hash `h`) to `newValue`, or with `keepingValue` only when it holds
    /// none; returns the value it held before.
    private mutating func store(_ utf8: UnsafeBufferPointer<UInt8>, _ h: UInt64, _ newValue: Value?, keepingValue: Bool) -> Value? {
        if entries.isEmpty && slots.isEmpty {
            // Room for the few names of most tables: the arrays are not regrown name by name.
            bytes.reserveCapacity(256)
            entries.reserveCapacity(16)
        }
        if slots.isEmpty ? entries.count >= Self.linearLimit : (entries.count + 1) * 2 > slots.count {
            rehash(capacity: entries.count + 1)
        }
        let (slot, entry) = find(utf8, h)
        guard let entry else {
            if newValue != nil {
                bytes.append(contentsOf: utf8)
                entries.append((bytes.count, h, newValue))
                live += 1
                if !slots.isEmpty { slots[slot] = Int32(entries.count) }
            }
            return nil
        }
        let old = entries[entry].value
        if keepingValue && old != nil { return old }
        if old == nil, newValue != nil { live += 1 }
        if old != nil, newValue == nil { live -= 1 }
        entries[entry].value = newValue
        return old
    }

    var isEmpty: Bool { byString?.isEmpty ?? (live == 0) }
}
