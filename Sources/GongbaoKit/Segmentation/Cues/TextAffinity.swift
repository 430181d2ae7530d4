/// Cue `textAffinity`: how much of a headline (or text fragment) the words of a body
/// share, by character bigrams weighted so that words every article uses (`工会`)
/// count little and rare ones (`张掖`) count much. It tells which body a headline
/// printed between two bodies belongs to (`被评为陕西省学雷锋活动示范点` → the
/// 渭南 item before it, not the 咸阳 item after it).
struct BigramProfile: Sendable {
    /// The distinct bigrams of content characters, each a scalar pair packed as
    /// `first << 32 | second`, sorted ascending. A sorted array is built with one sort
    /// and answers `contains` by binary search, without hashing or growing a set.
    private(set) var bigrams: [UInt64]

    /// At most `limit` characters of `text` are read, which keeps huge inputs cheap.
    init(_ text: String, limit: Int = 6000) {
        var reader = Reader(limit: limit)
        reader.read(text)
        bigrams = reader.finish()
    }

    /// The profile of `lines` joined by line breaks (which break words), read without joining them.
    init(lines: [String], limit: Int = 6000) {
        var reader = Reader(limit: limit)
        for line in lines {
            guard reader.read(line) else { break }
            guard reader.readLineBreak() else { break }
        }
        bigrams = reader.finish()
    }

    /// Reads scalars into a list of bigrams, up to `limit` of them.
    private struct Reader {
        let limit: Int
        var list: [UInt64] = []
        var previous: UInt32?
        var seen = 0

        init(limit: Int) { self.limit = limit }

        /// Reads a text; `false` once the limit is reached.
        @discardableResult
        mutating func read(_ text: String) -> Bool {
            for s in text.unicodeScalars {
                seen += 1
                if seen > limit { return false }
                guard Punctuation.isContent(s) else {
                    // Spaces inside a line (`3 月 11 日`) do not break a word; marks do.
                    if !Punctuation.isSpace(s) { previous = nil }
                    continue
                }
                if let p = previous { list.append(UInt64(p) << 32 | UInt64(s.value)) }
                previous = s.value
            }
            return true
        }

        mutating func readLineBreak() -> Bool {
            seen += 1
            if seen > limit { return false }
            previous = nil
            return true
        }

        /// The distinct bigrams read, sorted.
        mutating func finish() -> [UInt64] {
            list.sort()
            return BigramProfile.uniqued(list)
        }
    }

    /// A sorted array with repeats removed.
    private static func uniqued(_ sorted: [UInt64]) -> [UInt64] {
        var list = sorted
        guard list.count > 1 else { return list }
        var kept = 1
        for i in 1..<list.count where list[i] != list[kept - 1] {
            list[kept] = list[i]
            kept += 1
        }
        list.removeLast(list.count - kept)
        return list
    }

    /// Adds another text's bigrams (a headline read together with its body).
    mutating func formUnion(_ other: BigramProfile) {
        guard !other.bigrams.isEmpty else { return }
        guard !bigrams.isEmpty else { bigrams = other.bigrams; return }
        var merged: [UInt64] = []
        merged.reserveCapacity(bigrams.count + other.bigrams.count)
        var i = 0, j = 0
        let a = bigrams, b = other.bigrams
        while i < a.count, j < b.count {
            if a[i] < b[j] { merged.append(a[i]); i += 1 }
            else if b[j] < a[i] { merged.append(b[j]); j += 1 }
            else { merged.append(a[i]); i += 1; j += 1 }
        }
        merged.append(contentsOf: a[i...])
        merged.append(contentsOf: b[j...])
        bigrams = merged
    }

    func contains(_ bigram: UInt64) -> Bool { Self.index(of: bigram, in: bigrams) != nil }

    /// Binary search in a sorted array.
    static func index(of key: UInt64, in sorted: [UInt64]) -> Int? {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) >> 1
            let k = sorted[mid]
            if k == key { return mid }
            if k < key { low = mid + 1 } else { high = mid }
        }
        return nil
    }
}

/// Document frequencies over the bodies of one page, and the weighted overlap.
struct TextAffinity {
    /// The distinct bigrams of all bodies, sorted, and in how many bodies each occurs.
    private let keys: [UInt64]
    private let counts: [Int32]

    init(profiles: [BigramProfile]) {
        var all: [UInt64] = []
        all.reserveCapacity(profiles.reduce(0) { $0 + $1.bigrams.count })
        for profile in profiles { all.append(contentsOf: profile.bigrams) }
        all.sort()
        var keys: [UInt64] = []
        var counts: [Int32] = []
        var i = 0
        while i < all.count {
            var j = i + 1
            while j < all.count, all[j] == all[i] { j += 1 }
            keys.append(all[i])
            counts.append(Int32(j - i))
            i = j
        }
        self.keys = keys
        self.counts = counts
    }

    /// A probe's bigrams with their weights, worked out once for comparing it with many targets.
    struct Probe {
        fileprivate var bigrams: [UInt64]
        fileprivate var weights: [Double]
        fileprivate var total: Double
    }

    /// The weights of `probe`'s bigrams on this page: a bigram found in `n` bodies weighs
    /// `1/n`; one found in none weighs 1.
    func probe(_ profile: BigramProfile) -> Probe {
        var weights: [Double] = []
        weights.reserveCapacity(profile.bigrams.count)
        var total = 0.0
        for b in profile.bigrams {
            let n = BigramProfile.index(of: b, in: keys).map { Int(counts[$0]) } ?? 0
            let weight = 1.0 / Double(max(1, n))
            weights.append(weight)
            total += weight
        }
        return Probe(bigrams: profile.bigrams, weights: weights, total: total)
    }

    /// The weighted share of `probe`'s bigrams that `target` contains, from 0 to 1.
    func textAffinity(of probe: Probe, in target: BigramProfile) -> Double {
        guard probe.total > 0 else { return 0 }
        var shared = 0.0
        for (k, b) in probe.bigrams.enumerated() where target.contains(b) { shared += probe.weights[k] }
        return shared / probe.total
    }

    /// The weighted share of `probe`'s bigrams that `target` contains, from 0 to 1.
    /// A bigram found in `n` bodies of the page weighs `1/n`; one found in none weighs 1.
    func textAffinity(of probe: BigramProfile, in target: BigramProfile) -> Double {
        textAffinity(of: self.probe(probe), in: target)
    }
}
