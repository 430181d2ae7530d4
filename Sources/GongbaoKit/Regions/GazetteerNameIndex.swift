import Foundation

/// The gazetteer's nodes by official full name, keyed by the name's UTF-8 bytes.
///
/// A `[String: …]` dictionary hashes every key through Unicode normalisation,
/// which made it the main cost of loading the gazetteer. Here a name is hashed
/// and compared as bytes; a name with any scalar whose canonical form could
/// differ (outside ASCII and the CJK ideograph blocks) is keyed by its NFC
/// form, so lookups still follow String equality (canonical equivalence).
struct GazetteerNameIndex: Sendable {
    /// Open addressing: the first node of each distinct name, -1 when empty.
    private var slots: [Int32] = []
    /// Per node: the next node with the same name, or -1.
    private var nextSameName: [Int32] = []
    /// Per slot: the last node of its name, to append in order while building.
    private var lastOfSlot: [Int32] = []
    /// Per slot: the key's hash, to regrow without rehashing bytes.
    private var hashes: [UInt64] = []
    /// Keys of all nodes, back to back, and where each begins (`count + 1` offsets).
    private var keyBytes: [UInt8] = []
    private var keyStarts: [Int32] = [0]
    private var used = 0

    init(capacity: Int = 0) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        lastOfSlot = [Int32](repeating: -1, count: size)
        hashes = [UInt64](repeating: 0, count: size)
        keyBytes.reserveCapacity(capacity * 10)
        keyStarts.reserveCapacity(capacity + 1)
        nextSameName.reserveCapacity(capacity)
    }

    /// The index of every name of `names`, node `i` named by `names[i]`.
    init(names: GazetteerNames) {
        self.init(capacity: names.count)
        names.forEachUTF8 { i, name in append(name, index: Int32(i)) }
    }

    /// Adds node `index` (the next one: nodes are added in order) named by these UTF-8 bytes.
    mutating func append(_ name: UnsafeBufferPointer<UInt8>, index: Int32) {
        if Self.isStable(name) {
            keyBytes.append(contentsOf: name)
        } else {
            keyBytes.append(contentsOf: Self.normalised(String(decoding: name, as: UTF8.self)))
        }
        keyStarts.append(Int32(keyBytes.count))
        nextSameName.append(-1)
        let start = Int(keyStarts[Int(index)])
        let end = keyBytes.count
        let hash = keyBytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[start..<end])) }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            if hashes[slot] == hash, keyEquals(Int(slots[slot]), start, end) {
                nextSameName[Int(lastOfSlot[slot])] = index
                lastOfSlot[slot] = index
                return
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = index
        lastOfSlot[slot] = index
        hashes[slot] = hash
        used += 1
        if used * 2 > slots.count { grow() }
    }

    /// Nodes whose official full name is `name`, in gazetteer order; `nil` if none.
    subscript(name: String) -> [Int32]? {
        var query = name
        let stable = query.withUTF8 { Self.isStable($0) }
        let key: [UInt8] = stable ? Array(query.utf8) : Self.normalised(query)
        return key.withUnsafeBufferPointer { k -> [Int32]? in
            guard !slots.isEmpty else { return nil }
            let hash = Self.hash(k)
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 {
                let node = Int(slots[slot])
                if hashes[slot] == hash, keyEquals(node, k) {
                    var result: [Int32] = []
                    var n = Int32(node)
                    while n >= 0 {
                        result.append(n)
                        n = nextSameName[Int(n)]
                    }
                    return result
                }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    /// Calls `body` with every node named by `key`, in gazetteer order; false when none is.
    /// `key` is the UTF-8 of a name that is its own canonical form (ASCII and CJK ideographs
    /// outside the compatibility blocks), so no `String` is made to look it up.
    func forEachNode(namedByStableUTF8 key: UnsafeBufferPointer<UInt8>, _ body: (Int32) -> Void) -> Bool {
        guard !slots.isEmpty else { return false }
        let hash = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let node = Int(slots[slot])
            if hashes[slot] == hash, keyEquals(node, key) {
                var n = Int32(node)
                while n >= 0 {
                    body(n)
                    n = nextSameName[Int(n)]
                }
                return true
            }
            slot = (slot + 1) & mask
        }
        return false
    }

    private func keyEquals(_ node: Int, _ start: Int, _ end: Int) -> Bool {
        let a = Int(keyStarts[node]), b = Int(keyStarts[node + 1])
        guard b - a == end - start else { return false }
        return keyBytes.withUnsafeBufferPointer { buf in
            memcmp(buf.baseAddress! + a, buf.baseAddress! + start, end - start) == 0
        }
    }

    private func keyEquals(_ node: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let a = Int(keyStarts[node]), b = Int(keyStarts[node + 1])
        guard b - a == key.count else { return false }
        if key.isEmpty { return true }
        return keyBytes.withUnsafeBufferPointer { buf in
            memcmp(buf.baseAddress! + a, key.baseAddress!, key.count) == 0
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        var newSlots = [Int32](repeating: -1, count: size)
        var newLast = [Int32](repeating: -1, count: size)
        var newHashes = [UInt64](repeating: 0, count: size)
        for i in slots.indices where slots[i] >= 0 {
            var slot = Int(truncatingIfNeeded: hashes[i]) & (size - 1)
            while newSlots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            newSlots[slot] = slots[i]
            newLast[slot] = lastOfSlot[i]
            newHashes[slot] = hashes[i]
        }
        slots = newSlots
        lastOfSlot = newLast
        hashes = newHashes
    }

    /// FNV-1a, then mixed so that the low bits (the slot) depend on every byte.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        return h ^ (h >> 32)
    }

    /// True when every scalar is ASCII or a CJK ideograph outside the
    /// compatibility blocks: such text is its own canonical (NFC) form.
    private static func isStable(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            if b & 0xF0 == 0xE0, i + 2 < n {
                let v = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                guard (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) else { return false }
                i += 3
                continue
            }
            if b & 0xF8 == 0xF0, i + 3 < n {
                let v = UInt32(b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                    | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                // Extensions B and later, but not the compatibility supplement (2F800–2FA1F).
                guard (0x20000...0x2F7FF).contains(v) || (0x30000...0x3FFFF).contains(v) else { return false }
                i += 4
                continue
            }
            return false
        }
        return true
    }

    private static func normalised(_ s: String) -> [UInt8] {
        Array(s.precomposedStringWithCanonicalMapping.utf8)
    }
}
