import Testing
@testable import GongbaoIndex

@Suite("Radix sort")
struct RadixSortTests {
    @Test("sorts as the standard sort does, few keys or many, with repeats, over every digit")
    func sortsLikeSort() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 511, 512, 513, 5_000] {
            var keys = (0..<count).map { _ in UInt64.random(in: 0..<(1 << 43), using: &generator) }
            keys += keys.prefix(count / 10) // repeats
            let expected = keys.sorted()
            RadixSort.sort(&keys, below: 43)
            #expect(keys == expected, "\(count) keys")
        }
    }

    @Test("keys that differ only in the highest digit, or only in the lowest")
    func singleDigit() {
        var high = (0..<1_000).map { UInt64(999 - $0) << 32 }
        RadixSort.sort(&high, below: 48)
        #expect(high == high.sorted())
        var low = (0..<1_000).map { UInt64(($0 * 7_919) % 1_000) }
        RadixSort.sort(&low, below: 16)
        #expect(low == Array(0..<1_000).map(UInt64.init))
    }
}
