/// Boyer–Moore–Horspool substring search over bytes. UTF-8 CJK needles are
/// at least three bytes per character, so shifts are long and the scan is fast.
struct ByteSearch: Sendable {
    let needle: [UInt8]
    private let shift: [Int]

    init(_ needle: [UInt8]) {
        self.needle = needle
        var shift = [Int](repeating: needle.count, count: 256)
        for (i, byte) in needle.dropLast().enumerated() {
            shift[Int(byte)] = needle.count - 1 - i
        }
        self.shift = shift
    }

    /// Offset of the first occurrence of the needle in `hay[from..<to]`, or `nil`.
    func firstIndex(in hay: UnsafeRawBufferPointer, from: Int, to: Int) -> Int? {
        let m = needle.count
        guard m > 0, to - from >= m else { return m == 0 ? from : nil }
        return needle.withUnsafeBufferPointer { n in
            shift.withUnsafeBufferPointer { shift in
                let last = n[m - 1]
                var i = from
                while i <= to - m {
                    let byte = hay[i + m - 1]
                    if byte == last {
                        var j = m - 2
                        while j >= 0, hay[i + j] == n[j] { j -= 1 }
                        if j < 0 { return i }
                    }
                    i += shift[Int(byte)]
                }
                return nil
            }
        }
    }
}
