import GongbaoKit
import Foundation

/// Substring search over many short labels (thousands of regions, tens of
/// thousands of names), fast enough to narrow a picker on every keystroke:
/// all labels, case-folded, in one NUL-separated buffer scanned with `memchr` and `memcmp`.
struct LabelIndex: Sendable {
    private let buffer: [UInt8]
    /// Start of each label in `buffer`, plus the end.
    private let starts: [Int]

    init(labels: [String]) {
        var buffer: [UInt8] = []
        var starts: [Int] = []
        starts.reserveCapacity(labels.count + 1)
        for label in labels {
            starts.append(buffer.count)
            buffer += Self.folded(label).utf8
            buffer.append(0)
        }
        starts.append(buffer.count)
        self.buffer = buffer
        self.starts = starts
    }

    /// Positions of the labels containing `query`, ascending; every label for an empty query.
    /// `prefixFirst` additionally tells which of them start with it.
    func matches(_ query: String) -> (all: [Int], prefix: Set<Int>) {
        let needle = Array(Self.folded(query).utf8)
        let count = starts.count - 1
        guard !needle.isEmpty else { return (Array(0..<count), []) }
        var all: [Int] = []
        var prefix = Set<Int>()
        buffer.withUnsafeBytes { hay in
            needle.withUnsafeBytes { n in
                var offset = 0
                while offset < hay.count {
                    guard let at = Self.find(n, in: hay, from: offset) else { break }
                    // The label holding the hit: the last start ≤ at.
                    var lo = 0, hi = count - 1
                    while lo < hi {
                        let mid = (lo + hi + 1) / 2
                        if starts[mid] <= at { lo = mid } else { hi = mid - 1 }
                    }
                    all.append(lo)
                    if starts[lo] == at { prefix.insert(lo) }
                    offset = starts[lo + 1]
                }
            }
        }
        return (all, prefix)
    }

    /// The first position at or after `from` where `needle` occurs in `hay`.
    private static func find(_ needle: UnsafeRawBufferPointer, in hay: UnsafeRawBufferPointer, from: Int) -> Int? {
        let first = Int32(needle[0])
        var at = from
        while hay.count - at >= needle.count {
            guard let hit = memchr(hay.baseAddress! + at, first, hay.count - at - needle.count + 1) else { return nil }
            at = hay.baseAddress!.distance(to: UnsafeRawPointer(hit))
            if memcmp(hay.baseAddress! + at, needle.baseAddress!, needle.count) == 0 { return at }
            at += 1
        }
        return nil
    }

    /// ASCII case and full-width ASCII forms do not matter when typing a name:
    /// the same folding as text search.
    static func folded(_ text: String) -> String { TextNormalization.fold(text) }
}
