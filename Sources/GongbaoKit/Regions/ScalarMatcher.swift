/// A multi-pattern matcher (Aho–Corasick) over Unicode scalars: finds every
/// occurrence of every pattern in one left-to-right pass, in time linear in the
/// text plus the number of matches.
///
/// Scalars are mapped to a dense alphabet (only those that occur in patterns;
/// everything else resets to the root). The root's transitions are a dense
/// array; the others live in one open-addressing hash table keyed by
/// (state, symbol), which keeps the automaton compact for ~45,000 Chinese names.
struct ScalarMatcher: Sendable {
    /// One occurrence: scalar offsets `start ..< end` and the pattern's id.
    struct Match: Sendable, Hashable {
        var start: Int
        var end: Int
        var pattern: Int32
    }

    private let bmpSymbols: [UInt16]          // scalar value < 0x10000 → symbol (0 = not in any pattern)
    private let astralSymbols: [UInt32: UInt16]
    private let rootNext: [Int32]             // symbol → state
    /// Non-root edges, one word each: state (24 bits) · symbol (16) · target (24); 0 = empty.
    private let edges: [UInt64]
    private let edgeMask: Int
    /// One bit per hashed (state, symbol): most lookups fail, and this small table
    /// (kept in cache) answers them without touching `edges`.
    private let edgeFilter: [UInt64]
    private let filterMask: Int
    private let fail: [Int32]
    private let output: [Int32]               // pattern ending at the state, or -1
    private let outputLink: [Int32]           // nearest state down the fail chain with an output, or -1
    private let patternLengths: [Int32]

    /// Number of patterns.
    var patternCount: Int { patternLengths.count }

    /// Builds the automaton. Pattern `i` of `patterns` gets id `i`; empty
    /// patterns never match, and a repeated pattern keeps its first id.
    init(patterns: [[Unicode.Scalar]]) {
        // Alphabet.
        var bmp = [UInt16](repeating: 0, count: 0x10000)
        var astral: [UInt32: UInt16] = [:]
        var symbolCount = 1
        func symbol(_ s: Unicode.Scalar, assign: Bool) -> Int {
            let v = s.value
            if v < 0x10000 {
                let c = Int(bmp[Int(v)])
                if c != 0 || !assign { return c }
                precondition(symbolCount < 0xFFFF, "alphabet too large")
                bmp[Int(v)] = UInt16(symbolCount)
            } else {
                if let c = astral[v] { return Int(c) }
                if !assign { return 0 }
                astral[v] = UInt16(symbolCount)
            }
            symbolCount += 1
            return symbolCount - 1
        }

        // Trie, with its edges straight in an open-addressing table sized for
        // the worst case (one edge per pattern scalar).
        let totalScalars = patterns.reduce(0) { $0 + $1.count }
        var capacity = 16
        while capacity < totalScalars * 2 { capacity <<= 1 }
        let mask = capacity - 1
        var keys = [UInt64](repeating: 0, count: capacity)
        var targets = [Int32](repeating: 0, count: capacity)
        var parentOf: [Int32] = [-1]
        var symbolOf: [UInt16] = [0]
        var depthOf: [Int32] = [0]
        var out: [Int32] = [-1]
        parentOf.reserveCapacity(totalScalars + 1)
        symbolOf.reserveCapacity(totalScalars + 1)
        depthOf.reserveCapacity(totalScalars + 1)
        out.reserveCapacity(totalScalars + 1)
        var root = [Int32](repeating: 0, count: 0x10000)
        var maxDepth = 0
        for (id, pattern) in patterns.enumerated() where !pattern.isEmpty {
            var state = 0
            for scalar in pattern {
                let c = symbol(scalar, assign: true)
                if state == 0 && root[c] != 0 {
                    state = Int(root[c])
                    continue
                }
                let key = UInt64(state) << 16 | UInt64(c)
                var slot = Self.slot(key, mask)
                var found = -1
                while keys[slot] != 0 {
                    if keys[slot] == key + 1 { found = Int(targets[slot]); break }
                    slot = (slot + 1) & mask
                }
                if found >= 0 {
                    state = found
                    continue
                }
                let next = Int32(parentOf.count)
                keys[slot] = key + 1
                targets[slot] = next
                if state == 0 { root[c] = next }
                parentOf.append(Int32(state))
                symbolOf.append(UInt16(c))
                depthOf.append(depthOf[state] + 1)
                maxDepth = max(maxDepth, Int(depthOf[state]) + 1)
                out.append(-1)
                state = Int(next)
            }
            if out[state] < 0 { out[state] = Int32(id) }
        }
        let stateCount = parentOf.count
        root.removeLast(root.count - symbolCount)

        // Failure links, breadth first (states bucketed by depth).
        var byDepth = [[Int32]](repeating: [], count: maxDepth + 1)
        for v in 1..<max(stateCount, 1) { byDepth[Int(depthOf[v])].append(Int32(v)) }
        var failLinks = [Int32](repeating: 0, count: stateCount)
        var links = [Int32](repeating: -1, count: stateCount)
        func step(_ state: Int, _ c: Int) -> Int? {
            if state == 0 { let t = root[c]; return t == 0 ? nil : Int(t) }
            let key = UInt64(state) << 16 | UInt64(c)
            var slot = Self.slot(key, mask)
            while keys[slot] != 0 {
                if keys[slot] == key + 1 { return Int(targets[slot]) }
                slot = (slot + 1) & mask
            }
            return nil
        }
        for bucket in byDepth {
            for v32 in bucket {
                let v = Int(v32)
                let u = Int(parentOf[v])
                let c = Int(symbolOf[v])
                if u != 0 {
                    var f = Int(failLinks[u])
                    while true {
                        if let t = step(f, c) { failLinks[v] = Int32(t); break }
                        if f == 0 { failLinks[v] = 0; break }
                        f = Int(failLinks[f])
                    }
                }
                let f = Int(failLinks[v])
                links[v] = out[f] >= 0 ? Int32(f) : links[f]
            }
        }

        bmpSymbols = bmp
        astralSymbols = astral
        rootNext = root
        // The compact table: only non-root edges, at most half full.
        var edgeCount = 0
        for k in keys where k != 0 && (k - 1) >> 16 != 0 { edgeCount += 1 }
        var compactCapacity = 16
        while compactCapacity < edgeCount * 2 { compactCapacity <<= 1 }
        let compactMask = compactCapacity - 1
        var compact = [UInt64](repeating: 0, count: compactCapacity)
        var filterBits = 1 << 16
        while filterBits < edgeCount * 16 { filterBits <<= 1 }
        var filter = [UInt64](repeating: 0, count: filterBits / 64)
        precondition(stateCount < 1 << 24, "too many states")
        for (i, k) in keys.enumerated() where k != 0 && (k - 1) >> 16 != 0 {
            let key = k - 1
            let h = Self.hash(key)
            var slot = Int(truncatingIfNeeded: h) & compactMask
            while compact[slot] != 0 { slot = (slot + 1) & compactMask }
            compact[slot] = key << 24 | UInt64(targets[i])
            let bit = Int(truncatingIfNeeded: h >> 40) & (filterBits - 1)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        edges = compact
        edgeMask = compactMask
        edgeFilter = filter
        filterMask = filterBits - 1
        fail = failLinks
        output = out
        outputLink = links
        patternLengths = patterns.map { Int32($0.count) }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    @inline(__always)
    private static func hash(_ key: UInt64) -> UInt64 {
        (key &* 0x9E37_79B9_7F4A_7C15) ^ ((key &* 0x9E37_79B9_7F4A_7C15) >> 29)
    }

    @inline(__always)
    private func next(_ state: Int, _ c: Int) -> Int {
        var s = state
        while true {
            if s == 0 { return Int(rootNext[c]) }
            let key = UInt64(s) << 16 | UInt64(c)
            let h = Self.hash(key)
            let bit = Int(truncatingIfNeeded: h >> 40) & filterMask
            if edgeFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 {
                var slot = Int(truncatingIfNeeded: h) & edgeMask
                while true {
                    let e = edges[slot]
                    if e == 0 { break }
                    if e >> 24 == key { return Int(e & 0xFF_FFFF) }
                    slot = (slot + 1) & edgeMask
                }
            }
            s = Int(fail[s])
        }
    }

    /// Calls `body` for every occurrence of every pattern in `text`, in order of end offset.
    func forEachMatch(in text: UnsafeBufferPointer<Unicode.Scalar>, _ body: (Match) -> Void) {
        var state = 0
        for i in 0..<text.count {
            let v = text[i].value
            let c = v < 0x10000 ? Int(bmpSymbols[Int(v)]) : Int(astralSymbols[v] ?? 0)
            if c == 0 {
                state = 0
                continue
            }
            state = next(state, c)
            if state == 0 { continue }
            var s = output[state] >= 0 ? state : Int(outputLink[state])
            while s > 0 {
                let p = output[s]
                body(Match(start: i + 1 - Int(patternLengths[Int(p)]), end: i + 1, pattern: p))
                s = Int(outputLink[s])
            }
        }
    }

    /// Every occurrence of every pattern in `text`.
    func matches(in text: [Unicode.Scalar]) -> [Match] {
        var result: [Match] = []
        text.withUnsafeBufferPointer { buffer in
            forEachMatch(in: buffer) { result.append($0) }
        }
        return result
    }
}
