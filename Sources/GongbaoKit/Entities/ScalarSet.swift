/// A set of Unicode scalars answering `contains` with one bit test for the
/// Basic Multilingual Plane, so that per-character checks in the scanners do
/// not hash (a `Set<Unicode.Scalar>` lookup costs a SipHash per character).
struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    /// One bit per BMP scalar.
    private var bits: [UInt64]
    /// Scalars beyond the BMP (rare in these lists).
    private var astral: Set<Unicode.Scalar> = []

    init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        bits = [UInt64](repeating: 0, count: 1024)
        for s in scalars { insert(s) }
    }

    init(arrayLiteral elements: Unicode.Scalar...) {
        self.init(elements)
    }

    private mutating func insert(_ s: Unicode.Scalar) {
        let v = Int(s.value)
        if v < 0x10000 {
            bits[v >> 6] |= 1 << UInt64(v & 63)
        } else {
            astral.insert(s)
        }
    }

    @inline(__always)
    func contains(_ s: Unicode.Scalar) -> Bool {
        let v = Int(s.value)
        if v < 0x10000 { return bits.withUnsafeBufferPointer { $0[v >> 6] } & (1 << UInt64(v & 63)) != 0 }
        return !astral.isEmpty && astral.contains(s)
    }
}
