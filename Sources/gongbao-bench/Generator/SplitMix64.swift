/// A small, fast, seeded pseudo-random generator (SplitMix64): the same seed
/// gives the same sequence on every machine, so generated archives are
/// byte-identical for the same seed.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `range` (no dependence on the standard library's algorithm).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(next() % span)
    }

    /// A uniform index into a collection of `count` elements.
    mutating func index(_ count: Int) -> Int {
        Int(next() % UInt64(max(count, 1)))
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[index(items.count)]
    }

    /// `true` with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < p
    }

    /// A new generator for a sub-task, so adding draws in one place does not shift another.
    mutating func fork() -> SplitMix64 {
        SplitMix64(seed: next())
    }
}
