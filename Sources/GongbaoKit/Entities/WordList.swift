/// A set of words in a trie, matched forwards from a position or backwards
/// from an end, each word carrying a small tag (what kind of word it is).
///
/// Matching costs at most the length of the longest word, which keeps the
/// scanners that call it linear in the text.
struct WordList: Sendable {
    private struct Node: Sendable {
        var next: [Unicode.Scalar: Int32] = [:]
        var tag: Int16 = -1
    }

    private var forward: [Node] = [Node()]
    private var backward: [Node] = [Node()]
    private(set) var words: Set<String> = []

    init(_ words: [String], tag: Int = 0) {
        for word in words { insert(word, tag: tag) }
    }

    init(tagged: [(String, Int)]) {
        for (word, tag) in tagged { insert(word, tag: tag) }
    }

    mutating func insert(_ word: String, tag: Int = 0) {
        let scalars = word.scalarArray
        guard !scalars.isEmpty else { return }
        words.insert(word)
        Self.insert(scalars, tag: tag, into: &forward)
        Self.insert(scalars.reversed(), tag: tag, into: &backward)
    }

    private static func insert<S: Sequence>(_ scalars: S, tag: Int, into nodes: inout [Node]) where S.Element == Unicode.Scalar {
        var node = 0
        for scalar in scalars {
            if let next = nodes[node].next[scalar] {
                node = Int(next)
            } else {
                nodes.append(Node())
                let index = nodes.count - 1
                nodes[node].next[scalar] = Int32(index)
                node = index
            }
        }
        nodes[node].tag = Int16(tag)
    }

    func contains(_ word: String) -> Bool { words.contains(word) }

    /// Length and tag of the longest word starting at `i` (and ending at or before `limit`).
    func longestMatch(in text: ScalarText, at i: Int, limit: Int? = nil) -> (length: Int, tag: Int)? {
        let end = min(limit ?? text.count, text.count)
        var node = 0, k = i
        var best: (Int, Int)?
        while k < end, let next = forward[node].next[text[k]] {
            node = Int(next)
            k += 1
            if forward[node].tag >= 0 { best = (k - i, Int(forward[node].tag)) }
        }
        return best
    }

    /// Length and tag of the longest word ending just before `end` (and starting at or after `floor`).
    func longestMatch(in text: ScalarText, endingAt end: Int, floor: Int = 0) -> (length: Int, tag: Int)? {
        var node = 0, k = end - 1
        var best: (Int, Int)?
        while k >= max(0, floor), k < text.count, let next = backward[node].next[text[k]] {
            node = Int(next)
            if backward[node].tag >= 0 { best = (end - k, Int(backward[node].tag)) }
            k -= 1
        }
        return best
    }

    /// Every word length that ends just before `end`, shortest first.
    func allMatches(in text: ScalarText, endingAt end: Int, floor: Int = 0) -> [(length: Int, tag: Int)] {
        var result: [(Int, Int)] = []
        var node = 0, k = end - 1
        while k >= max(0, floor), k < text.count, let next = backward[node].next[text[k]] {
            node = Int(next)
            if backward[node].tag >= 0 { result.append((end - k, Int(backward[node].tag))) }
            k -= 1
        }
        return result
    }

    /// Whether a word of the list starts at `i`.
    func hasMatch(in text: ScalarText, at i: Int) -> Bool {
        longestMatch(in: text, at: i) != nil
    }

    /// Whether the whole of `range` can be split into words of the list.
    func covers(_ text: ScalarText, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return true }
        // Reachability over positions: linear in the range times the longest word.
        var reachable = [Bool](repeating: false, count: range.count + 1)
        reachable[0] = true
        for offset in 0..<range.count where reachable[offset] {
            var node = 0, k = range.lowerBound + offset
            while k < range.upperBound, let next = forward[node].next[text[k]] {
                node = Int(next)
                k += 1
                if forward[node].tag >= 0 { reachable[k - range.lowerBound] = true }
            }
        }
        return reachable[range.count]
    }
}
