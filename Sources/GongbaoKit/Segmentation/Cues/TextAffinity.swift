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

    /// The profile of `sources` read one after another as if joined by line breaks, as
    /// `init(lines:limit:)` reads their texts (paragraphs give the bigrams they keep).
    init(sources: [BigramSource], limit: Int = 6000) {
        var table = BigramTable(expectedCount: min(limit, sources.reduce(0) { $0 + $1.text.utf8.count / 3 }))
        Self.forEachBigram(sources: sources, limit: limit) { table.insert($0) }
        self.table = table
    }

    /// `forEachBigram(lines:limit:_:)` over `sources`: a paragraph's bigrams are read once and
    /// kept with it (`Paragraph.bigramRun`), then handed on from there, the limit counted on
    /// the scalars each run holds.
    @inline(__always)
    static func forEachBigram(sources: [BigramSource], limit: Int = 6000, _ visit: (UInt64) -> Void) {
        guard limit <= BigramRun.cap else {
            forEachBigram(lines: sources.map(\.text), limit: limit, visit)
            return
        }
        var seen = 0
        for source in sources {
            switch source {
            case .text(let text):
                var reader = Reader(limit: limit)
                reader.seen = seen
                guard reader.read(text, visit) else { return }
                seen = reader.seen
            case .kept(let text, let cache):
                let run = cache.run(of: text)
                // Only scalars up to the limit are read: `room` more of them. A run that fits
                // (nearly all) is handed on whole; the one text that passes the limit (a body of
                // thousands of characters) is read from its text up to the limit, where reading ends.
                let room = limit - seen
                guard run.scalarCount <= room else {
                    var reader = Reader(limit: limit)
                    reader.seen = seen
                    reader.read(text, visit)
                    return
                }
                run.bigrams.withUnsafeBufferPointer { for b in $0 { visit(b) } }
                seen += run.scalarCount
            }
            // The line break after it.
            seen += 1
            if seen > limit { return }
        }
    }

    /// Reads scalars and hands on their bigrams, up to `limit` scalars.
    private struct Reader {
        let limit: Int
        /// The content scalar before, 0 when a mark broke the word (0 is no content scalar).
        var previous: UInt32 = 0
        var seen = 0

        init(limit: Int) {
            self.limit = limit
        }

        /// Reads a text; `false` once the limit is reached.
        @discardableResult
        mutating func read(_ text: String, _ visit: (UInt64) -> Void) -> Bool {
            // The scalars are decoded from the UTF-8 bytes directly (the text is valid UTF-8),
            // and the state is kept in locals while the loop runs.
            var seen = self.seen, previous = self.previous
            let limit = self.limit
            let finished = UTF8Scalars.withBytes(text) { bytes -> Bool in
                var i = 0
                while i < bytes.count {
                    let s = UTF8Scalars.next(bytes, &i)
                    seen += 1
                    if seen > limit { return false }
                    let value = s.value
                    if (value >= 0x4E00 && value <= 0x9FFF) || Punctuation.isContent(s) {
                        if previous != 0 { visit(UInt64(previous) << 32 | UInt64(value)) }
                        previous = value
                    } else if !Punctuation.isSpace(s) {
                        // Spaces inside a line (`3 月 11 日`) do not break a word; marks do.
                        previous = 0
                    }
                }
                return true
            }
            self.seen = seen
            self.previous = previous
            return finished
        }

        mutating func readLineBreak() -> Bool {
            seen += 1
            if seen > limit { return false }
            previous = 0
            return true
        }
    }

    /// Adds another text's bigrams (a headline read together with its body).
    mutating func formUnion(_ other: BigramProfile) {
        for b in other.table.keys { table.insert(b) }
    }

    func contains(_ bigram: UInt64) -> Bool { table.contains(bigram) }

    /// Whether `other` holds any of these bigrams (that `excluded`, when given, does not hold).
    /// A probe that shares none with a target has no affinity with it whatever the page's
    /// weights (`TextAffinity.textAffinity(of:in:)` is 0); one whose bigrams in a target are all
    /// in `excluded` too has no more affinity with the target than with `excluded` (the same
    /// positive weights summed in the same order over a subset). Either is told without the
    /// frequencies.
    func sharesBigram(with other: BigramProfile, outside excluded: BigramProfile? = nil) -> Bool {
        var shared = false
        table.forEach { b in
            if !shared, other.contains(b), !(excluded?.contains(b) ?? false) { shared = true }
        }
        return shared
    }
}

/// A text read for bigrams: a String, read when asked, or a paragraph, whose bigrams are read
/// once and kept with it (a page's bodies are read several times: for the headlines' and the
/// fragments' frequencies, and as profiles).
enum BigramSource {
    case text(String)
    /// A paragraph's text and where it keeps its bigrams (`Paragraph.bigramSource`).
    case kept(String, BigramRunCache)

    var text: String {
        switch self {
        case .text(let t): t
        case .kept(let t, _): t
        }
    }
}

/// The bigrams of one text in reading order, as `BigramProfile` reads them from the text alone
/// (a word breaks at its start), and how many scalars the text has (`cap + 1` for any number
/// past `cap`: no read goes further, so longer texts are read no further). A read that stops
/// inside a run reads the text itself (`BigramProfile.forEachBigram(sources:limit:_:)`), so
/// the run keeps no positions.
struct BigramRun {
    /// The most scalars any read of a run takes (the profiles' default limit).
    static let cap = 6000
    var bigrams: [UInt64] = []
    var scalarCount = 0

    init(_ text: String) {
        self = UTF8Scalars.withBytes(text) { BigramRun(bytes: $0) }
    }

    /// Reads valid UTF-8 `bytes` in one plain loop on locals, writing the bigrams into a buffer
    /// sized for the most a text of this length can have (fewer than its bytes), then keeping
    /// as many as were written. (Arrays made with `init(unsafeUninitializedCapacity:)` cost
    /// more here: their allocation is not specialized.)
    private init(bytes: UnsafeBufferPointer<UInt8>) {
        let capacity = min(Self.cap, bytes.count)
        let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: max(1, capacity))
        defer { keys.deallocate() }
        var count = 0
        var seen = 0
        var previous: UInt32 = 0
        var i = 0
        let end = bytes.count
        while i < end {
            seen += 1
            if seen > Self.cap { break }
            // As `BigramProfile.Reader` reads: content scalars make words, other marks but
            // spaces break them. Most scalars of a text are unified ideographs (content), told
            // and decoded from their three bytes here; any other is decoded and asked.
            let value: UInt32
            if UTF8Scalars.startsWithUnifiedIdeograph(bytes, at: i) {
                value = UTF8Scalars.nextUnifiedIdeograph(bytes, &i).value
            } else {
                let s = UTF8Scalars.next(bytes, &i)
                guard Punctuation.isContent(s) else {
                    if !Punctuation.isSpace(s) { previous = 0 }
                    continue
                }
                value = s.value
            }
            if previous != 0 {
                keys[count] = UInt64(previous) << 32 | UInt64(value)
                count += 1
            }
            previous = value
        }
        bigrams = Array(UnsafeBufferPointer(start: keys, count: count))
        scalarCount = seen
    }
}

/// Where a paragraph keeps its `BigramRun` once read; shared by the copies of the paragraph,
/// and replaced whenever its text changes. A paragraph's storage is one (a subclass), so that
/// no object is made per paragraph for a run most paragraphs never read.
class BigramRunCache {
    private var run: BigramRun?

    init() {}

    final func run(of text: String) -> BigramRun {
        if let run { return run }
        let made = BigramRun(text)
        run = made
        return made
    }
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
        var reads: [[BigramSource]]
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
        // The loop works on locals (the closure below is inlined and reads them in place), through
        // buffers: every bigram of the page is tested here, and an array read or written in the
        // closure is checked for its bounds (and, written, for uniqueness) each time.
        var counted = Array(repeating: -1, count: keys.capacity)
        var counts = self.counts
        let table = keys
        starts.withUnsafeBufferPointer { startBits in
            counted.withUnsafeMutableBufferPointer { counted in
                counts.withUnsafeMutableBufferPointer { counts in
                    for (d, document) in documents.enumerated() {
                        for lines in document.reads {
                            BigramProfile.forEachBigram(sources: lines) { b in
                                let first = b >> 32
                                if first < 0x10000, startBits[Int(first >> 6)] & (1 << (first & 63)) == 0 { return }
                                guard let slot = table.index(of: b), counted[slot] != d else { return }
                                counted[slot] = d
                                counts[slot] += 1
                            }
                        }
                    }
                }
            }
        }
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
