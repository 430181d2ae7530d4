/// Cue `textAffinity`: how much of a headline (or text fragment) the words of a body
/// share, by character bigrams weighted so that words every article uses (`工会`)
/// count little and rare ones (`张掖`) count much. It tells which body a headline
/// printed between two bodies belongs to (`被评为陕西省学雷锋活动示范点` → the
/// 渭南 item before it, not the 咸阳 item after it).
struct BigramProfile: Sendable {
    /// The distinct bigrams of content characters, each a scalar pair packed as
    /// `first << 32 | second` (never 0), in an open-addressing hash table: inserting and
    /// looking up cost a multiply and a probe or two, with no hashing of Strings and no sort.
    private(set) var table: BigramTable

    /// The distinct bigrams, sorted (for tests and reading; the cues use `table`).
    var bigrams: [UInt64] { table.keys.sorted() }

    /// At most `limit` characters of `text` are read, which keeps huge inputs cheap.
    init(_ text: String, limit: Int = 6000) {
        var table = BigramTable(expectedCount: min(limit, text.utf8.count / 3))
        var reader = Reader(limit: limit)
        reader.read(text) { table.insert($0) }
        self.table = table
    }

    /// The profile of `lines` joined by line breaks (which break words), read without joining them.
    init(lines: [String], limit: Int = 6000) {
        var table = BigramTable(expectedCount: min(limit, lines.reduce(0) { $0 + $1.utf8.count / 3 }))
        Self.forEachBigram(lines: lines, limit: limit) { table.insert($0) }
        self.table = table
    }

    /// Calls `visit` with each bigram of `lines` as `init(lines:limit:)` reads them, repeats
    /// included, without building a table (for counting bigrams of texts not kept).
    static func forEachBigram(lines: [String], limit: Int = 6000, _ visit: (UInt64) -> Void) {
        var reader = Reader(limit: limit)
        for line in lines {
            guard reader.read(line, visit) else { break }
            guard reader.readLineBreak() else { break }
        }
    }

    /// Reads scalars and hands on their bigrams, up to `limit` scalars.
    private struct Reader {
        let limit: Int
        var previous: UInt32?
        var seen = 0

        init(limit: Int) {
            self.limit = limit
        }

        /// Reads a text; `false` once the limit is reached.
        @discardableResult
        mutating func read(_ text: String, _ visit: (UInt64) -> Void) -> Bool {
            var text = text
            // The scalars are decoded from the UTF-8 bytes directly (the text is valid UTF-8).
            return text.withUTF8 { bytes in
                UTF8Codec.forEachScalar(in: bytes) { value in
                    seen += 1
                    if seen > limit { return false }
                    guard let s = Unicode.Scalar(value) else { return true }
                    guard Punctuation.isContent(s) else {
                        // Spaces inside a line (`3 月 11 日`) do not break a word; marks do.
                        if !Punctuation.isSpace(s) { previous = nil }
                        return true
                    }
                    if let p = previous { visit(UInt64(p) << 32 | UInt64(value)) }
                    previous = value
                    return true
                }
            }
        }

        mutating func readLineBreak() -> Bool {
            seen += 1
            if seen > limit { return false }
            previous = nil
            return true
        }
    }

    /// Adds another text's bigrams (a headline read together with its body).
    mutating func formUnion(_ other: BigramProfile) {
        for b in other.table.keys { table.insert(b) }
    }

    func contains(_ bigram: UInt64) -> Bool { table.contains(bigram) }
}

/// A set of non-zero `UInt64` keys in open addressing with linear probing, at most half
/// full; slot value 0 is empty. Iterating `keys` gives the slots' order (deterministic).
struct BigramTable: Sendable {
    private var slots: [UInt64]
    private var shift: UInt64
    private(set) var count = 0

    init(expectedCount: Int) {
        var capacity = 16
        while capacity < 2 * max(1, expectedCount) { capacity <<= 1 }
        slots = Array(repeating: 0, count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
    }

    @inline(__always)
    private func home(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// Slot of `key`, or of the empty slot where it would go.
    @inline(__always)
    func slot(of key: UInt64) -> Int {
        let mask = slots.count - 1
        return slots.withUnsafeBufferPointer { buffer in
            var i = home(key)
            while true {
                let k = buffer[i]
                if k == key || k == 0 { return i }
                i = (i + 1) & mask
            }
        }
    }

    func contains(_ key: UInt64) -> Bool { slots[slot(of: key)] == key }

    /// Inserts `key`; `true` when it was new.
    @discardableResult
    mutating func insert(_ key: UInt64) -> Bool {
        let i = slot(of: key)
        if slots[i] == key { return false }
        slots[i] = key
        count += 1
        if 2 * count > slots.count { grow() }
        return true
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        shift -= 1
        for k in old where k != 0 { slots[slot(of: k)] = k }
    }

    /// Inserts `key` and returns its slot. The caller sizes the table so that it does not grow
    /// (`expectedCount` at least the number of keys), which keeps earlier slots valid.
    @discardableResult
    mutating func insertedSlot(_ key: UInt64) -> Int {
        let i = slot(of: key)
        if slots[i] != key {
            slots[i] = key
            count += 1
        }
        return i
    }

    /// Calls `body` with each key, in slot order.
    func forEach(_ body: (UInt64) -> Void) {
        slots.withUnsafeBufferPointer { buffer in
            for k in buffer where k != 0 { body(k) }
        }
    }

    /// The keys, in slot order.
    var keys: [UInt64] {
        var list: [UInt64] = []
        list.reserveCapacity(count)
        for k in slots where k != 0 { list.append(k) }
        return list
    }

    /// The slot index of `key` when present.
    func index(of key: UInt64) -> Int? {
        let i = slot(of: key)
        return slots[i] == key ? i : nil
    }

    /// The number of slots (indices returned by `index(of:)` are below it).
    var capacity: Int { slots.count }
}

/// Document frequencies over the bodies of one page, and the weighted overlap.
struct TextAffinity {
    /// The bigrams counted, and in how many bodies each occurs (by slot).
    private var keys: BigramTable
    private var counts: [Int32]

    /// Frequencies over `profiles`, every bigram of them counted.
    init(profiles: [BigramProfile]) {
        keys = BigramTable(expectedCount: profiles.reduce(0) { $0 + $1.table.count })
        counts = Array(repeating: 0, count: keys.capacity)
        // Sized for every key, the table never grows, so slot indices stay valid for `counts`.
        for profile in profiles {
            profile.table.forEach { b in counts[keys.insertedSlot(b)] += 1 }
        }
    }

    /// A text read for the frequencies: one or more runs of lines, each read as
    /// `BigramProfile(lines:)` reads them (a body, and its headline apart from it).
    struct Document {
        var reads: [[String]]
    }

    /// Frequencies over documents read from their texts, counted only for the bigrams of
    /// `probes`: a small table that the documents' bigrams are looked up in, instead of a
    /// table of every bigram of the page, and no profile of a document is built. Every probe
    /// later weighed must be one of `probes`, or hold only bigrams of theirs.
    init(reading documents: [Document], counting probes: [BigramProfile]) {
        keys = BigramTable(expectedCount: probes.reduce(0) { $0 + $1.table.count })
        counts = Array(repeating: 0, count: keys.capacity)
        // One bit per BMP scalar that starts a counted bigram: most bigrams of a text start
        // with none of them and are passed over without a look-up in the table.
        var starts = [UInt64](repeating: 0, count: 1024)
        for probe in probes {
            probe.table.forEach { b in
                keys.insertedSlot(b)
                let first = b >> 32
                if first < 0x10000 { starts[Int(first >> 6)] |= 1 << (first & 63) }
            }
        }
        // The last document that counted each slot: a bigram counts once per document.
        var counted = Array(repeating: -1, count: keys.capacity)
        for (d, document) in documents.enumerated() {
            for lines in document.reads {
                BigramProfile.forEachBigram(lines: lines) { b in
                    let first = b >> 32
                    if first < 0x10000, starts[Int(first >> 6)] & (1 << (first & 63)) == 0 { return }
                    guard let slot = keys.index(of: b), counted[slot] != d else { return }
                    counted[slot] = d
                    counts[slot] += 1
                }
            }
        }
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
        let bigrams = profile.table.keys
        var weights: [Double] = []
        weights.reserveCapacity(bigrams.count)
        var total = 0.0
        for b in bigrams {
            let n = keys.index(of: b).map { Int(counts[$0]) } ?? 0
            let weight = 1.0 / Double(max(1, n))
            weights.append(weight)
            total += weight
        }
        return Probe(bigrams: bigrams, weights: weights, total: total)
    }

    /// The weighted share of `probe`'s bigrams that `target` contains, from 0 to 1.
    func textAffinity(of probe: Probe, in target: BigramProfile) -> Double {
        guard probe.total > 0 else { return 0 }
        var shared = 0.0
        for (k, b) in probe.bigrams.enumerated() where target.contains(b) { shared += probe.weights[k] }
        return shared / probe.total
    }

    /// `textAffinity(of:in:)` with a target read in parts (a body and its headline): a bigram
    /// is shared when any part holds it.
    func textAffinity(of probe: Probe, inAnyOf target: [BigramProfile]) -> Double {
        guard probe.total > 0 else { return 0 }
        var shared = 0.0
        for (k, b) in probe.bigrams.enumerated() where target.contains(where: { $0.contains(b) }) {
            shared += probe.weights[k]
        }
        return shared / probe.total
    }

    /// The weighted share of `probe`'s bigrams that `target` contains, from 0 to 1.
    /// A bigram found in `n` bodies of the page weighs `1/n`; one found in none weighs 1.
    func textAffinity(of probe: BigramProfile, in target: BigramProfile) -> Double {
        textAffinity(of: self.probe(probe), in: target)
    }
}
