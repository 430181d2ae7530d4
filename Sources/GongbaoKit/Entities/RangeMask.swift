/// A set of positions of a text given as ranges, answering "is this position
/// (or range) covered?" in logarithmic time in the number of ranges, so that
/// scanners stay linear in the text however many ranges there are.
///
/// The ranges are kept clamped, sorted and merged, rather than as a count of covered
/// positions before each position: the texts are long and their excluded ranges (book titles,
/// campaign terms) few, so a table as long as the text cost more to fill than all the
/// questions asked of it.
struct RangeMask: Sendable {
    /// Disjoint, non-empty ranges within the text, in order, none touching the next.
    private let ranges: [Range<Int>]

    init(_ ranges: [Range<Int>], count: Int) {
        // Most texts exclude nothing: their mask is made without the work (and arrays) below.
        guard !ranges.isEmpty else {
            self.ranges = []
            return
        }
        var clamped: [Range<Int>] = []
        clamped.reserveCapacity(ranges.count)
        for r in ranges {
            let lower = max(0, min(count, r.lowerBound)), upper = max(0, min(count, r.upperBound))
            if lower < upper { clamped.append(lower..<upper) }
        }
        clamped.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        merged.reserveCapacity(clamped.count)
        for r in clamped {
            if let last = merged.last, r.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        self.ranges = merged
    }

    /// The index of the first range that ends after `i` (`ranges.count` when none does).
    private func firstEnding(after i: Int) -> Int {
        var lo = 0, hi = ranges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid].upperBound <= i { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    func contains(_ i: Int) -> Bool {
        guard !ranges.isEmpty else { return false }
        let k = firstEnding(after: i)
        return k < ranges.count && ranges[k].lowerBound <= i
    }

    func overlaps(_ range: Range<Int>) -> Bool {
        guard !ranges.isEmpty, range.lowerBound < range.upperBound else { return false }
        let k = firstEnding(after: range.lowerBound)
        return k < ranges.count && ranges[k].lowerBound < range.upperBound
    }
}
