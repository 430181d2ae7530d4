/// The gazetteer's official names, kept as their UTF-8 bytes back to back and
/// made into `String`s only when read: loading the gazetteer then makes no
/// `String` for its forty thousand names, of which a run reads a handful.
struct GazetteerNames: RandomAccessCollection, Sendable {
    private var bytes: [UInt8] = []
    /// Name `i` is `bytes[starts[i] ..< starts[i + 1]]`.
    private var starts: [Int32] = [0]

    var startIndex: Int { 0 }
    var endIndex: Int { starts.count - 1 }

    /// The name, as `String(decoding:as:)` makes it from the bytes read (repaired if need be).
    subscript(i: Int) -> String {
        bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[Int(starts[i])..<Int(starts[i + 1])]), as: UTF8.self)
        }
    }

    mutating func reserveCapacity(names: Int, bytes count: Int) {
        bytes.reserveCapacity(count)
        starts.reserveCapacity(names + 1)
    }

    mutating func append(_ name: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: name)
        starts.append(Int32(bytes.count))
    }

    /// Calls `body` with each name's index and UTF-8 bytes, in order, without making a `String`.
    func forEachUTF8(_ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        bytes.withUnsafeBufferPointer { all in
            for i in indices {
                body(i, UnsafeBufferPointer(rebasing: all[Int(starts[i])..<Int(starts[i + 1])]))
            }
        }
    }
}

/// Node indices by 12-digit code, in an open-addressing table: a `[UInt64: Int32]`
/// runs SipHash on every code, which was a good part of loading the gazetteer.
struct GazetteerCodeIndex: Sendable {
    /// `code + 1` per slot, 0 when empty.
    private var keys: [UInt64] = []
    private var values: [Int32] = []
    private var count = 0

    init(capacity: Int = 0) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: 0, count: size)
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The node with this code, if any.
    subscript(code code: UInt64) -> Int32? {
        guard !keys.isEmpty else { return nil }
        let key = code &+ 1, mask = keys.count - 1
        var slot = Self.slot(key, mask)
        while true {
            let k = keys[slot]
            if k == key { return values[slot] }
            if k == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Adds `code` for node `index`; false (and no change) when the code is there already.
    mutating func insert(_ code: UInt64, _ index: Int32) -> Bool {
        if (count + 1) * 2 > keys.count { grow() }
        let key = code &+ 1, mask = keys.count - 1
        var slot = Self.slot(key, mask)
        while true {
            let k = keys[slot]
            if k == key { return false }
            if k == 0 { break }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        values[slot] = index
        count += 1
        return true
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        let size = max(16, keys.count * 2)
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: 0, count: size)
        let mask = size - 1
        for (k, v) in zip(oldKeys, oldValues) where k != 0 {
            var slot = Self.slot(k, mask)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = k
            values[slot] = v
        }
    }
}
