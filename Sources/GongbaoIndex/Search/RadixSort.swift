/// Sorts integer keys by their 11-bit digits, least significant first (an LSD
/// radix sort): a pass reads the keys twice (to count each digit, then to place
/// each key) whatever their order, where comparison sorting costs a few hundred
/// instructions a key once there are tens of thousands of them (the gram index
/// sorts every distinct gram of the corpus, millions at 100,000 articles).
enum RadixSort {
    /// Small enough that clearing and summing the counts stays cheap for tens of
    /// thousands of keys (16-bit digits cost more there than the standard sort).
    private static let digitBits = 11
    /// Below this many keys the standard sort is cheaper than clearing the counts.
    private static let smallCount = 512

    /// Sorts `keys`, all of them below 2^`bits`, ascending.
    static func sort(_ keys: inout [UInt64], below bits: Int) {
        precondition(bits <= 64)
        guard keys.count >= smallCount else {
            keys.sort()
            return
        }
        var other = [UInt64](repeating: 0, count: keys.count)
        var counts = [Int](repeating: 0, count: 1 << digitBits)
        var shift: UInt64 = 0
        while shift < UInt64(bits) {
            let moved = keys.withUnsafeBufferPointer { source in
                other.withUnsafeMutableBufferPointer { target in
                    counts.withUnsafeMutableBufferPointer { counts in
                        pass(source, into: target, shift: shift, counts: counts)
                    }
                }
            }
            if moved { swap(&keys, &other) }
            shift += UInt64(digitBits)
        }
    }

    /// One stable pass over the digit at `shift`: `target` gets the keys of `source`
    /// ordered by that digit. Returns false, writing nothing, when every key has the
    /// same digit there (the order stays as it is).
    private static func pass(
        _ source: UnsafeBufferPointer<UInt64>, into target: UnsafeMutableBufferPointer<UInt64>,
        shift: UInt64, counts: UnsafeMutableBufferPointer<Int>
    ) -> Bool {
        let mask = UInt64(counts.count - 1)
        counts.update(repeating: 0)
        for key in source { counts[Int(truncatingIfNeeded: (key &>> shift) & mask)] &+= 1 }
        // Each digit's first place in `target`.
        var total = 0
        for digit in counts.indices {
            let count = counts[digit]
            if count == source.count { return false }
            counts[digit] = total
            total &+= count
        }
        for key in source {
            let digit = Int(truncatingIfNeeded: (key &>> shift) & mask)
            target[counts[digit]] = key
            counts[digit] &+= 1
        }
        return true
    }
}
