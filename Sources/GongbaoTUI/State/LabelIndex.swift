import GongbaoKit
import Foundation

/// Substring search over many short labels (thousands of regions, tens of
/// thousands of names), fast enough to narrow a picker on every keystroke:
/// all labels, case-folded, in one NUL-separated buffer scanned with `memchr` and `memcmp`.
///
/// A query of letters also matches the labels' pinyin initials (`gss` finds
/// 甘肃省, `hhht` 呼和浩特市), kept in a second buffer of the same kind, built
/// when the first such query comes (most people type Chinese; opening a picker
/// over tens of thousands of names stays as fast as before).
struct LabelIndex: Sendable {
    private let labels: Strings
    private let originals: [String]
    private let pinyin: PinyinInitials
    /// Every spelling of every label in pinyin initials, and the label of each.
    private var initials: (spellings: Strings, owners: [Int])?

    init(labels: [String], pinyin: PinyinInitials = .shared) {
        self.labels = Strings(labels.map(Self.folded))
        originals = labels
        self.pinyin = pinyin
    }

    /// Positions of the labels containing `query`, ascending; every label for an empty query.
    /// `prefix` tells which of them start with it. Letters match the pinyin initials too.
    mutating func matches(_ query: String) -> (all: [Int], prefix: Set<Int>) {
        let needle = Array(Self.folded(query).utf8)
        guard !needle.isEmpty else { return (Array(0..<labels.count), []) }
        var found: [Int: Bool] = [:] // label → starts with the query
        for hit in labels.hits(needle) { found[hit.string] = hit.atStart }
        if PinyinInitials.isInitialsQuery(query) {
            let initials = self.initials ?? buildInitials()
            self.initials = initials
            for hit in initials.spellings.hits(Array(query.lowercased().utf8)) {
                let label = initials.owners[hit.string]
                found[label] = (found[label] ?? false) || hit.atStart
            }
        }
        return (found.keys.sorted(), Set(found.filter(\.value).keys))
    }

    private func buildInitials() -> (spellings: Strings, owners: [Int]) {
        var spellings: [String] = []
        var owners: [Int] = []
        for (i, label) in originals.enumerated() {
            for spelling in pinyin.spellings(of: label) {
                spellings.append(spelling)
                owners.append(i)
            }
        }
        return (Strings(spellings), owners)
    }

    /// ASCII case and full-width ASCII forms do not matter when typing a name:
    /// the same folding as text search.
    static func folded(_ text: String) -> String { TextNormalization.fold(text) }
}

/// Strings in one NUL-separated UTF-8 buffer, searched for a substring.
private struct Strings: Sendable {
    let buffer: [UInt8]
    /// Start of each string in `buffer`, plus the end.
    let starts: [Int]

    init(_ strings: [String]) {
        var buffer: [UInt8] = []
        var starts: [Int] = []
        starts.reserveCapacity(strings.count + 1)
        for s in strings {
            starts.append(buffer.count)
            buffer += s.utf8
            buffer.append(0)
        }
        starts.append(buffer.count)
        self.buffer = buffer
        self.starts = starts
    }

    var count: Int { starts.count - 1 }

    /// The strings containing `needle` (non-empty), ascending, and whether each starts with it.
    func hits(_ needle: [UInt8]) -> [(string: Int, atStart: Bool)] {
        var found: [(Int, Bool)] = []
        guard count > 0 else { return [] }
        buffer.withUnsafeBytes { hay in
            needle.withUnsafeBytes { n in
                var offset = 0
                while offset < hay.count {
                    guard let at = Self.find(n, in: hay, from: offset) else { break }
                    // The string holding the hit: the last start ≤ at.
                    var lo = 0, hi = count - 1
                    while lo < hi {
                        let mid = (lo + hi + 1) / 2
                        if starts[mid] <= at { lo = mid } else { hi = mid - 1 }
                    }
                    found.append((lo, starts[lo] == at))
                    offset = starts[lo + 1]
                }
            }
        }
        return found
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
}
