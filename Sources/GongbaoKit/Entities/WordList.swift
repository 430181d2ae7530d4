/// A set of words in a trie, matched forwards from a position or backwards
/// from an end, each word carrying a small tag (what kind of word it is).
///
/// Matching costs at most the length of the longest word, which keeps the
/// scanners that call it linear in the text. The trie's edges live in one
/// flat open-addressing table keyed by (node, scalar), so a step costs a
/// multiply and a compare instead of a hashed dictionary lookup.
struct WordList: Sendable {
    /// A trie frozen into a flat hash table of edges.
    private struct Trie: Sendable {
        /// Edge keys: `(node << 21 | scalar) + 1`; 0 marks an empty slot.
        private var keys: [UInt64]
        private var targets: [Int32]
        /// Tag of each node, -1 when no word ends there.
        private(set) var tags: [Int16]
        private var mask: Int
        /// A filter of the scalars that leave the root (8,192 bits on the low bits of the scalar):
        /// most positions of a text start no word, and a bit test rejects them without a probe.
        private var rootFilter = [UInt64](repeating: 0, count: 128)

        init(edges: [(from: Int, scalar: Unicode.Scalar, to: Int)], tags: [Int16]) {
            var capacity = 16
            while capacity < edges.count * 2 + 2 { capacity *= 2 }
            keys = [UInt64](repeating: 0, count: capacity)
            targets = [Int32](repeating: 0, count: capacity)
            mask = capacity - 1
            self.tags = tags
            for e in edges {
                let key = Self.key(e.from, e.scalar)
                var slot = Self.slot(key, mask)
                while keys[slot] != 0 { slot = (slot + 1) & mask }
                keys[slot] = key
                targets[slot] = Int32(e.to)
                if e.from == 0 { rootFilter[Int(e.scalar.value >> 6) & 127] |= 1 << UInt64(e.scalar.value & 63) }
            }
        }

        /// Whether some word may start with `scalar` (no false negatives).
        @inline(__always)
        func mayStart(_ scalar: Unicode.Scalar) -> Bool {
            let v = scalar.value
            return rootFilter.withUnsafeBufferPointer { $0[Int(v >> 6) & 127] } & (1 << UInt64(v & 63)) != 0
        }

        @inline(__always)
        private static func key(_ node: Int, _ scalar: Unicode.Scalar) -> UInt64 {
            (UInt64(node) << 21 | UInt64(scalar.value)) &+ 1
        }

        @inline(__always)
        private static func slot(_ key: UInt64, _ mask: Int) -> Int {
            Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
        }

        /// The node reached from `node` by `scalar`, or -1.
        @inline(__always)
        func next(_ node: Int, _ scalar: Unicode.Scalar) -> Int {
            let key = Self.key(node, scalar)
            return keys.withUnsafeBufferPointer { keys in
                var slot = Self.slot(key, mask)
                while true {
                    let k = keys[slot]
                    if k == key { return Int(targets[slot]) }
                    if k == 0 { return -1 }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// A trie under construction.
    private struct Builder {
        var next: [[Unicode.Scalar: Int]] = [[:]]
        var tags: [Int16] = [-1]

        mutating func insert<S: Sequence>(_ scalars: S, tag: Int) where S.Element == Unicode.Scalar {
            var node = 0
            for scalar in scalars {
                if let n = next[node][scalar] {
                    node = n
                } else {
                    next.append([:])
                    tags.append(-1)
                    let index = next.count - 1
                    next[node][scalar] = index
                    node = index
                }
            }
            tags[node] = Int16(tag)
        }

        func frozen() -> Trie {
            var edges: [(from: Int, scalar: Unicode.Scalar, to: Int)] = []
            for (from, map) in next.enumerated() {
                for (scalar, to) in map { edges.append((from, scalar, to)) }
            }
            return Trie(edges: edges, tags: tags)
        }
    }

    private let forward: Trie
    private let backward: Trie
    let words: Set<String>

    init(_ words: [String], tag: Int = 0) {
        self.init(tagged: words.map { ($0, tag) })
    }

    init(tagged: [(String, Int)]) {
        var forward = Builder(), backward = Builder()
        var words: Set<String> = []
        for (word, tag) in tagged {
            let scalars = word.scalarArray
            guard !scalars.isEmpty else { continue }
            words.insert(word)
            forward.insert(scalars, tag: tag)
            backward.insert(scalars.reversed(), tag: tag)
        }
        self.forward = forward.frozen()
        self.backward = backward.frozen()
        self.words = words
    }

    func contains(_ word: String) -> Bool { words.contains(word) }

    /// Whether some word may start with `scalar` (a bit test; no false negatives), for
    /// scanners that look at every position and would rather not call `longestMatch` there.
    @inline(__always)
    func mayStart(_ scalar: Unicode.Scalar) -> Bool { forward.mayStart(scalar) }

    /// Whether some word may end with `scalar` (a bit test; no false negatives).
    @inline(__always)
    func mayEnd(_ scalar: Unicode.Scalar) -> Bool { backward.mayStart(scalar) }

    /// Length and tag of the longest word starting at `i` (and ending at or before `limit`).
    ///
    /// Inlined up to the bit test on the first scalar: most positions of a text start no
    /// word, and the scanners ask at nearly every one.
    @inline(__always)
    func longestMatch(in text: ScalarText, at i: Int, limit: Int? = nil) -> (length: Int, tag: Int)? {
        guard i >= 0, i < text.count, forward.mayStart(text[i]) else { return nil }
        return walkForward(in: text, at: i, limit: limit)
    }

    private func walkForward(in text: ScalarText, at i: Int, limit: Int?) -> (length: Int, tag: Int)? {
        let end = min(limit ?? text.count, text.count)
        guard i >= 0, i < end, forward.mayStart(text[i]) else { return nil }
        var node = 0, k = i
        var best: (Int, Int)?
        while k < end {
            let next = forward.next(node, text[k])
            if next < 0 { break }
            node = next
            k += 1
            let tag = forward.tags[node]
            if tag >= 0 { best = (k - i, Int(tag)) }
        }
        return best
    }

    /// Length and tag of the longest word ending just before `end` (and starting at or after `floor`).
    /// Inlined up to the bit test on the last scalar, like `longestMatch(in:at:limit:)`.
    @inline(__always)
    func longestMatch(in text: ScalarText, endingAt end: Int, floor: Int = 0) -> (length: Int, tag: Int)? {
        let k = end - 1
        guard k >= 0, k >= floor, k < text.count, backward.mayStart(text[k]) else { return nil }
        return walkBackward(in: text, endingAt: end, floor: floor)
    }

    private func walkBackward(in text: ScalarText, endingAt end: Int, floor: Int) -> (length: Int, tag: Int)? {
        var node = 0, k = end - 1
        var best: (Int, Int)?
        let lower = max(0, floor)
        guard k >= lower, k < text.count, backward.mayStart(text[k]) else { return nil }
        while k >= lower, k < text.count {
            let next = backward.next(node, text[k])
            if next < 0 { break }
            node = next
            let tag = backward.tags[node]
            if tag >= 0 { best = (end - k, Int(tag)) }
            k -= 1
        }
        return best
    }

    /// Every word length that ends just before `end`, shortest first.
    func allMatches(in text: ScalarText, endingAt end: Int, floor: Int = 0) -> [(length: Int, tag: Int)] {
        var result: [(length: Int, tag: Int)] = []
        var node = 0, k = end - 1
        let lower = max(0, floor)
        while k >= lower, k < text.count {
            let next = backward.next(node, text[k])
            if next < 0 { break }
            node = next
            let tag = backward.tags[node]
            if tag >= 0 { result.append((end - k, Int(tag))) }
            k -= 1
        }
        return result
    }

    /// Whether a word of the list starts at `i`.
    func hasMatch(in text: ScalarText, at i: Int) -> Bool {
        longestMatch(in: text, at: i) != nil
    }

    /// Whether the scalars of `range` are exactly one word of the list (compared scalar by scalar).
    func isWord(_ text: ScalarText, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= text.count else { return false }
        var node = 0
        for k in range {
            node = forward.next(node, text[k])
            if node < 0 { return false }
        }
        return forward.tags[node] >= 0
    }

    /// The tag of the word made of exactly the scalars of `range`, if it is one.
    func tag(of text: ScalarText, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= text.count else { return nil }
        var node = 0
        for k in range {
            node = forward.next(node, text[k])
            if node < 0 { return nil }
        }
        let tag = forward.tags[node]
        return tag >= 0 ? Int(tag) : nil
    }

    /// Whether `range` of `text` is a word of the list under `String` equality: scalar by scalar
    /// when the text is plain (both sides are then in normal form), else as strings.
    func containsWord(_ text: ScalarText, _ range: Range<Int>) -> Bool {
        guard text.isPlain else { return words.contains(text.string(range)) }
        let lower = max(0, range.lowerBound), upper = min(text.count, range.upperBound)
        return lower < upper && isWord(text, lower..<upper)
    }

    /// Whether the whole of `range` can be split into words of the list.
    func covers(_ text: ScalarText, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return true }
        // Reachability over positions: linear in the range times the longest word. A range
        // short enough (names are) keeps the positions reached as bits of one word, not an array.
        guard range.count < 64 else {
            var reachable = [Bool](repeating: false, count: range.count + 1)
            reachable[0] = true
            for offset in 0..<range.count where reachable[offset] {
                forEachWordEnd(in: text, from: range.lowerBound + offset, limit: range.upperBound) {
                    reachable[$0 - range.lowerBound] = true
                }
            }
            return reachable[range.count]
        }
        var reachable: UInt64 = 1
        for offset in 0..<range.count where reachable & (1 << UInt64(offset)) != 0 {
            forEachWordEnd(in: text, from: range.lowerBound + offset, limit: range.upperBound) {
                reachable |= 1 << UInt64($0 - range.lowerBound)
            }
        }
        return reachable & (1 << UInt64(range.count)) != 0
    }

    /// Calls `body` with the end of each word starting at `start` and ending at or before `limit`.
    @inline(__always)
    private func forEachWordEnd(in text: ScalarText, from start: Int, limit: Int, _ body: (Int) -> Void) {
        var node = 0, k = start
        while k < limit {
            let next = forward.next(node, text[k])
            if next < 0 { break }
            node = next
            k += 1
            if forward.tags[node] >= 0 { body(k) }
        }
    }
}
