/// Boyer–Moore–Horspool substring search over bytes, the shift table built
/// once per query and reused for every candidate article.
struct Horspool {
    let needle: [UInt8]
    private let shift: [UInt8]

    init(_ needle: [UInt8]) {
        self.needle = needle
        let m = min(needle.count, 255)
        var shift = [UInt8](repeating: UInt8(m), count: 256)
        if needle.count <= 255 {
            for (i, byte) in needle.dropLast().enumerated() { shift[Int(byte)] = UInt8(needle.count - 1 - i) }
        } else {
            shift = [UInt8](repeating: 1, count: 256)
        }
        self.shift = shift
    }

    /// Whether `hay` contains the needle.
    func occurs(in hay: UnsafeRawBufferPointer) -> Bool {
        let m = needle.count
        guard m > 0 else { return true }
        guard hay.count >= m else { return false }
        return needle.withUnsafeBufferPointer { n in
            shift.withUnsafeBufferPointer { shift in
                let last = n[m - 1]
                var i = 0
                let end = hay.count - m
                while i <= end {
                    let byte = hay[i + m - 1]
                    if byte == last {
                        var j = m - 2
                        while j >= 0, hay[i + j] == n[j] { j -= 1 }
                        if j < 0 { return true }
                    }
                    i += Int(shift[Int(byte)])
                }
                return false
            }
        }
    }
}
