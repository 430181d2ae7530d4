/// A set of positions of a text given as ranges, answering "is this position
/// (or range) covered?" in constant time, so that scanners stay linear however
/// many ranges there are.
struct RangeMask: Sendable {
    /// `prefix[i]` is the number of covered positions before `i`.
    private let prefix: [Int32]

    init(_ ranges: [Range<Int>], count: Int) {
        guard !ranges.isEmpty else {
            prefix = []
            return
        }
        // One array: the depth changes at each position, then (in place) the prefix counts.
        var prefix = [Int32](repeating: 0, count: count + 1)
        for r in ranges {
            let lower = max(0, min(count, r.lowerBound)), upper = max(0, min(count, r.upperBound))
            guard lower < upper else { continue }
            prefix[lower] += 1
            prefix[upper] -= 1
        }
        var depth: Int32 = 0
        var change = prefix[0]
        prefix[0] = 0
        for i in 0..<count {
            depth += change
            change = prefix[i + 1]
            prefix[i + 1] = prefix[i] + (depth > 0 ? 1 : 0)
        }
        self.prefix = prefix
    }

    func contains(_ i: Int) -> Bool {
        guard !prefix.isEmpty, i >= 0, i + 1 < prefix.count else { return false }
        return prefix[i + 1] > prefix[i]
    }

    func overlaps(_ range: Range<Int>) -> Bool {
        guard !prefix.isEmpty else { return false }
        let lower = max(0, min(prefix.count - 1, range.lowerBound)), upper = max(0, min(prefix.count - 1, range.upperBound))
        return lower < upper && prefix[upper] > prefix[lower]
    }
}
