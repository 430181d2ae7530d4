import Foundation

/// A table keyed by names (`String`s, compared as Swift compares them: by canonical
/// equivalence) that hashes a name's UTF-8 bytes once instead of running Swift's
/// normalizing `String` hash on every lookup and comparing keys through normalization.
///
/// While every name it has seen is made of `isNormalizationInert` scalars, all names are in
/// normal form and equal exactly when their bytes are, so bytes are hashed and compared. The
/// first name of any other scalar turns the table into a plain `[String: Value]` for good
/// (one linear move), so the answers are always those of a `String`-keyed dictionary.
struct NameTable<Value> {
    private struct Key: Hashable {
        let name: String
        let hash: UInt64

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }

        static func == (a: Key, b: Key) -> Bool {
            guard a.hash == b.hash else { return false }
            var x = a.name, y = b.name
            return x.withUTF8 { p in
                y.withUTF8 { q in p.count == q.count && (p.isEmpty || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) }
            }
        }
    }

    private var byBytes: [Key: Value] = [:]
    private var byString: [String: Value]?

    init() {}

    /// A table with room for `minimumCapacity` names before it grows.
    init(minimumCapacity: Int) {
        byBytes.reserveCapacity(minimumCapacity)
    }

    /// The FNV-1a hash of the name's UTF-8, or nil when a scalar is not normalization-inert.
    ///
    /// One pass over the bytes: ASCII and the bulk of the Han block (U+5000–U+9FFF, lead bytes
    /// E5–E9) are inert and settled on their lead byte; only other scalars are decoded and looked
    /// up, in the inert set held in a local (a static read per scalar costs a `swift_once` each).
    private static func inertHash(_ name: String) -> UInt64? {
        var name = name
        let inert = ScalarSet.normalizationInert
        return name.withUTF8 { bytes -> UInt64? in
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            var i = 0
            while i < bytes.count {
                let lead = bytes[i]
                let start = i
                if lead < 0x80 {
                    i += 1
                } else if lead >= 0xE5 && lead <= 0xE9 {
                    i += 3
                } else if !inert.contains(unsafeBitCast(UTF8Codec.next(bytes, &i), to: Unicode.Scalar.self)) {
                    return nil
                }
                for k in start..<i { h = (h ^ UInt64(bytes[k])) &* 0x100_0000_01B3 }
            }
            return h
        }
    }

    /// Switches to `String` keys (for a name out of the inert set).
    private mutating func useStrings() -> [String: Value] {
        if let byString { return byString }
        var table: [String: Value] = [:]
        table.reserveCapacity(byBytes.count)
        for (key, value) in byBytes { table[key.name] = value }
        byBytes = [:]
        return table
    }

    subscript(name: String) -> Value? {
        mutating get {
            if byString == nil, let h = Self.inertHash(name) { return byBytes[Key(name: name, hash: h)] }
            let table = useStrings()
            byString = table
            return table[name]
        }
        set {
            if byString == nil, let h = Self.inertHash(name) {
                byBytes[Key(name: name, hash: h)] = newValue
                return
            }
            var table = useStrings()
            byString = nil
            table[name] = newValue
            byString = table
        }
    }

    var isEmpty: Bool { byString?.isEmpty ?? byBytes.isEmpty }
}
