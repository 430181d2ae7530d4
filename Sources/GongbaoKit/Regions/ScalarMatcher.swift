/// A multi-pattern matcher (Aho–Corasick) over Unicode scalars: finds every
/// occurrence of every pattern in one left-to-right pass, in time linear in the
/// text plus the number of matches.
///
/// Scalars are mapped to a dense alphabet (only those that occur in patterns;
/// everything else resets to the root). The root's transitions are a dense
/// array; the others live in one open-addressing table of 64-bit words
/// (state · symbol · target). Most lookups fail; each state's mask of its children's
/// symbols (one bit per symbol modulo 64), read with the state, answers nearly all of
/// them without hashing.
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
    /// One bit per hashed (state, symbol) edge.
    /// What the walk reads of a state, side by side so that a step touches one cache line.
    private struct State {
        /// Its only child when it has one: `symbol << 32 | target`; 0 for a leaf, `UInt64.max`
        /// when it has several (then the edge table is asked). Most states of a trie of names
        /// have one child or none, and this settles them with one read.
        var onlyChild: UInt64
        /// Bit `symbol & 63` set for the symbol of every child: a clear bit means no edge.
        var childMask: UInt64
        var fail: Int32
        /// The pattern ending at the state, or -1.
        var output: Int32
        /// The nearest state down the fail chain with an output, or -1.
        var outputLink: Int32
        /// The first state whose output ends here: the state itself when it has one, else
        /// `outputLink` (one read settles the common case, no output at all).
        var firstOutput: Int32
    }

    private let states: [State]
    private let patternLengths: [Int32]

    /// Builds the automaton. Pattern `i` of `patterns` gets id `i`; empty
    /// patterns never match, and a repeated pattern keeps its first id.
    init(patterns: [[Unicode.Scalar]]) {
        var builder = Builder()
        for (id, pattern) in patterns.enumerated() where !pattern.isEmpty {
            let state = builder.insert(pattern)
            if builder.output(of: state) < 0 { builder.setOutput(of: state, to: Int32(id)) }
        }
        self.init(builder, patternLengths: patterns.map { Int32($0.count) })
    }

    /// A trie under construction. Inserting a pattern gives the state it ends in,
    /// so the trie can also serve as a dictionary from patterns to anything.
    struct Builder {
        private var bmp = [UInt16](repeating: 0, count: 0x10000)
        private var astral: [UInt32: UInt16] = [:]
        fileprivate var symbolCount = 1
        fileprivate var root = [Int32](repeating: 0, count: 0x10000)
        fileprivate var keys = [UInt64](repeating: 0, count: 1 << 16)   // (state << 16 | symbol) + 1; 0 = empty
        fileprivate var targets = [Int32](repeating: 0, count: 1 << 16)
        fileprivate private(set) var edgeCount = 0
        /// What the trie knows of each state, in one record: adding a state is one append.
        fileprivate struct TrieState {
            var parent: Int32
            var symbol: UInt16
            var depth: Int32
            /// The pattern ending here, or -1.
            var output: Int32
        }
        fileprivate var trieStates = [TrieState(parent: -1, symbol: 0, depth: 0, output: -1)]

        var stateCount: Int { trieStates.count }

        init() {}

        /// A builder with room for about `states` states, so that a large trie (the
        /// gazetteer's names) is not regrown and rehashed on the way.
        init(expectedStates states: Int) {
            var size = 1 << 16
            while size < states * 2 { size <<= 1 }
            keys = [UInt64](repeating: 0, count: size)
            targets = [Int32](repeating: 0, count: size)
            trieStates.reserveCapacity(states)
        }

        private mutating func symbol(_ s: Unicode.Scalar) -> Int {
            let v = s.value
            if v < 0x10000 {
                let c = Int(bmp[Int(v)])
                if c != 0 { return c }
                precondition(symbolCount < 0xFFFF, "alphabet too large")
                bmp[Int(v)] = UInt16(symbolCount)
            } else {
                if let c = astral[v] { return Int(c) }
                precondition(symbolCount < 0xFFFF, "alphabet too large")
                astral[v] = UInt16(symbolCount)
            }
            symbolCount += 1
            return symbolCount - 1
        }

        fileprivate func symbolTables() -> ([UInt16], [UInt32: UInt16]) { (bmp, astral) }

        /// The state the pattern ends in, adding what is missing.
        mutating func insert<C: Collection>(_ pattern: C) -> Int where C.Element == Unicode.Scalar {
            insert(pattern, after: 0)
        }

        /// The state that `pattern` read on from `start` ends in, adding what is missing: a text
        /// that shares its beginning with one just inserted goes on from there (see ``ancestor(of:up:)``).
        mutating func insert<C: Collection>(_ pattern: C, after start: Int) -> Int where C.Element == Unicode.Scalar {
            var state = start
            for scalar in pattern {
                let c = symbol(scalar)
                if state == 0 {
                    if root[c] != 0 { state = Int(root[c]); continue }
                    let next = addState(parent: 0, symbol: c)
                    root[c] = Int32(next)
                    state = next
                    continue
                }
                let key = UInt64(state) << 16 | UInt64(c)
                var slot = ScalarMatcher.slot(key, keys.count - 1)
                var found = -1
                while keys[slot] != 0 {
                    if keys[slot] == key + 1 { found = Int(targets[slot]); break }
                    slot = (slot + 1) & (keys.count - 1)
                }
                if found >= 0 { state = found; continue }
                let next = addState(parent: state, symbol: c)
                keys[slot] = key + 1
                targets[slot] = Int32(next)
                edgeCount += 1
                if edgeCount * 2 > keys.count { grow() }
                state = next
            }
            return state
        }

        /// The state `pattern` ends in, if the trie holds it.
        func find<C: Collection>(_ pattern: C) -> Int? where C.Element == Unicode.Scalar {
            var state = 0
            for scalar in pattern {
                let v = scalar.value
                let c = v < 0x10000 ? Int(bmp[Int(v)]) : Int(astral[v] ?? 0)
                guard c != 0, let next = step(state, c) else { return nil }
                state = next
            }
            return state
        }

        func output(of state: Int) -> Int32 { trieStates[state].output }
        mutating func setOutput(of state: Int, to pattern: Int32) { trieStates[state].output = pattern }

        /// The state `levels` scalars above `state`: where the pattern ending in `state` stood
        /// before its last `levels` scalars.
        func ancestor(of state: Int, up levels: Int) -> Int {
            var s = state
            for _ in 0..<levels { s = Int(trieStates[s].parent) }
            return s
        }

        private mutating func addState(parent: Int, symbol: Int) -> Int {
            trieStates.append(TrieState(parent: Int32(parent), symbol: UInt16(symbol),
                                        depth: trieStates[parent].depth + 1, output: -1))
            return trieStates.count - 1
        }

        private mutating func grow() {
            let capacity = keys.count * 2
            var newKeys = [UInt64](repeating: 0, count: capacity)
            var newTargets = [Int32](repeating: 0, count: capacity)
            for (i, k) in keys.enumerated() where k != 0 {
                var slot = ScalarMatcher.slot(k - 1, capacity - 1)
                while newKeys[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
                newKeys[slot] = k
                newTargets[slot] = targets[i]
            }
            keys = newKeys
            targets = newTargets
        }

        fileprivate func step(_ state: Int, _ c: Int) -> Int? {
            if state == 0 { let t = root[c]; return t == 0 ? nil : Int(t) }
            let key = UInt64(state) << 16 | UInt64(c)
            let mask = keys.count - 1
            var slot = ScalarMatcher.slot(key, mask)
            while keys[slot] != 0 {
                if keys[slot] == key + 1 { return Int(targets[slot]) }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    /// The automaton of a finished trie; `patternLengths[id]` is the length of pattern `id`.
    init(_ builder: Builder, patternLengths: [Int32]) {
        let stateCount = builder.stateCount
        precondition(stateCount < 1 << 24, "too many states")

        // Failure links, breadth first (states sorted by depth, counting), on the builder's state ids.
        let trie = builder.trieStates
        var maxDepth = 0
        for t in trie { maxDepth = max(maxDepth, Int(t.depth)) }
        var depthStarts = [Int](repeating: 0, count: maxDepth + 2)
        for v in 1..<max(stateCount, 1) { depthStarts[Int(trie[v].depth) + 1] += 1 }
        for d in 0...maxDepth { depthStarts[d + 1] += depthStarts[d] }
        // The non-root states, shallowest first and in id order within a depth.
        var byDepth = [Int32](repeating: 0, count: depthStarts[maxDepth + 1])
        var fill = depthStarts
        for v in 1..<max(stateCount, 1) {
            let d = Int(trie[v].depth)
            byDepth[fill[d]] = Int32(v)
            fill[d] += 1
        }
        var failLinks = [Int32](repeating: 0, count: stateCount)
        var links = [Int32](repeating: -1, count: stateCount)
        for v32 in byDepth {
            let v = Int(v32)
            let u = Int(trie[v].parent)
            let c = Int(trie[v].symbol)
            if u != 0 {
                var f = Int(failLinks[u])
                while true {
                    if let t = builder.step(f, c) { failLinks[v] = Int32(t); break }
                    if f == 0 { failLinks[v] = 0; break }
                    f = Int(failLinks[f])
                }
            }
            let f = Int(failLinks[v])
            links[v] = trie[f].output >= 0 ? Int32(f) : links[f]
        }

        // The automaton numbers its states breadth first: the shallow states, which the walk
        // visits most (every scalar that starts a name lands on one), then sit together in
        // memory instead of scattered among the deep states of long names.
        var newID = [Int32](repeating: 0, count: stateCount)
        for (k, v) in byDepth.enumerated() { newID[Int(v)] = Int32(k + 1) }

        var root = builder.root
        root.removeLast(root.count - builder.symbolCount)
        for c in root.indices where root[c] != 0 { root[c] = newID[Int(root[c])] }

        // The compact table of non-root edges, at most half full.
        let edgeCount = builder.edgeCount
        var capacity = 16
        while capacity < edgeCount * 2 { capacity <<= 1 }
        var compact = [UInt64](repeating: 0, count: capacity)
        // With each state's only child, when it has one, and the mask of its children's symbols
        // (see `State.onlyChild` and `State.childMask`).
        var onlyChild = [UInt64](repeating: 0, count: stateCount)
        var childMask = [UInt64](repeating: 0, count: stateCount)
        for (i, k) in builder.keys.enumerated() where k != 0 {
            let state = Int(newID[Int((k - 1) >> 16)])
            let symbol = (k - 1) & 0xFFFF
            let target = UInt64(UInt32(newID[Int(builder.targets[i])]))
            let key = UInt64(state) << 16 | symbol
            let h = Self.hash(key)
            var slot = Int(truncatingIfNeeded: h) & (capacity - 1)
            while compact[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            compact[slot] = key << 24 | target
            childMask[state] |= 1 << (symbol & 63)
            onlyChild[state] = onlyChild[state] == 0 ? symbol << 32 | target : .max
        }

        (bmpSymbols, astralSymbols) = builder.symbolTables()
        rootNext = root
        edges = compact
        edgeMask = capacity - 1
        var states = [State](repeating: State(onlyChild: 0, childMask: 0, fail: 0, output: -1, outputLink: -1, firstOutput: -1),
                             count: stateCount)
        for v in 0..<stateCount {
            let n = Int(newID[v])
            let link: Int32 = links[v] < 0 ? -1 : newID[Int(links[v])]
            let output = trie[v].output
            states[n] = State(onlyChild: onlyChild[n], childMask: childMask[n], fail: newID[Int(failLinks[v])], output: output,
                              outputLink: link, firstOutput: output >= 0 ? Int32(n) : link)
        }
        self.states = states
        self.patternLengths = patternLengths
    }

    @inline(__always)
    fileprivate static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    @inline(__always)
    private static func hash(_ key: UInt64) -> UInt64 {
        (key &* 0x9E37_79B9_7F4A_7C15) ^ ((key &* 0x9E37_79B9_7F4A_7C15) >> 29)
    }

    /// Calls `body` for every occurrence of every pattern in `text`, in order of end offset.
    func forEachMatch(in text: UnsafeBufferPointer<Unicode.Scalar>, _ body: (Match) -> Void) {
        withTables { tables in
            var state = 0
            for i in 0..<text.count {
                state = tables.step(from: state, on: text[i].value)
                if state != 0 { tables.reportOutputs(of: state, endingAt: i + 1, body) }
            }
        }
    }

    /// ``forEachMatch(in:_:)`` straight over the valid UTF-8 `bytes` of a field (a native
    /// `String`'s): decodes each scalar into `output` (room for one a byte) as the walk reaches
    /// it and returns how many it wrote. The finder needs both the matches and the scalars
    /// (its cues read the words around each name); one pass over the bytes gives both, where
    /// decoding first and walking the decoded array after read every scalar twice.
    func forEachMatch(inUTF8 bytes: UnsafeBufferPointer<UInt8>, decodingInto output: UnsafeMutablePointer<Unicode.Scalar>,
                      _ body: (Match) -> Void) -> Int {
        withTables { tables in
            var walk = Walk()
            while tables.walk(bytes, decodingInto: output, &walk) {
                tables.reportOutputs(of: walk.state, endingAt: walk.scalars, body)
            }
            return walk.scalars
        }
    }

    /// How far a walk over UTF-8 has come: the next byte to read, the scalars decoded so far
    /// and the automaton's state after them.
    private struct Walk {
        var byte = 0
        var scalars = 0
        var state = 0
    }

    /// The automaton's transition tables, the part of ``Tables`` that every step reads: plain
    /// pointers, so that a walk copies them into registers once (see ``Tables/walk(_:decodingInto:_:)``).
    private struct Automaton {
        let bmp: UnsafeBufferPointer<UInt16>
        let root: UnsafeBufferPointer<Int32>
        let edges: UnsafeBufferPointer<UInt64>
        let edgeMask: Int
        let states: UnsafeBufferPointer<State>

        /// The state after reading symbol `c` (not 0) in `state`: the transition on `c`,
        /// following failure links until an edge or the root.
        @inline(__always)
        func step(from state: Int, symbol c: Int) -> Int {
            var s = state
            while true {
                if s == 0 { return Int(root[c]) }
                let only = states[s].onlyChild
                if only != .max {
                    if only != 0, Int(only >> 32) == c { return Int(only & 0xFFFF_FFFF) }
                    s = Int(states[s].fail)
                    continue
                }
                if states[s].childMask & (1 << UInt64(c & 63)) != 0 {
                    let key = UInt64(s) << 16 | UInt64(c)
                    var slot = Int(truncatingIfNeeded: ScalarMatcher.hash(key)) & edgeMask
                    while true {
                        let e = edges[slot]
                        if e == 0 { break }
                        if e >> 24 == key { return Int(e & 0xFF_FFFF) }
                        slot = (slot + 1) & edgeMask
                    }
                }
                s = Int(states[s].fail)
            }
        }
    }

    /// The automaton's tables as buffer pointers, taken once per text: the walk runs once per
    /// scalar of every field, and array subscripts would check bounds at each step.
    private struct Tables {
        let automaton: Automaton
        let astral: [UInt32: UInt16]
        let lengths: UnsafeBufferPointer<Int32>

        /// The state after reading the scalar of value `v` in `state`.
        @inline(__always)
        func step(from state: Int, on v: UInt32) -> Int {
            step(from: state, on: v, in: automaton)
        }

        /// ``step(from:on:)`` on a copy of the automaton's tables that the caller holds.
        @inline(__always)
        func step(from state: Int, on v: UInt32, in automaton: Automaton) -> Int {
            let c = v < 0x10000 ? Int(automaton.bmp[Int(v)]) : symbol(astral: v)
            // A scalar in no pattern: no name runs across it.
            return c == 0 ? 0 : automaton.step(from: state, symbol: c)
        }

        /// The symbol of a scalar beyond the BMP (rare: a few names are written with them), or 0.
        @inline(never)
        func symbol(astral v: UInt32) -> Int { Int(astral[v] ?? 0) }

        /// Decodes and walks `bytes` from where `walk` stands until a scalar brings the automaton
        /// to a state where a pattern ends (true) or the bytes end (false), writing each scalar
        /// to `output`.
        ///
        /// Out of line and calling nothing on its way (matches are rare: most scalars end none),
        /// so that the tables' base pointers, the cursor and the state stay in registers for
        /// the whole field instead of being reloaded around each match's report.
        @inline(never)
        func walk(_ bytes: UnsafeBufferPointer<UInt8>, decodingInto output: UnsafeMutablePointer<Unicode.Scalar>,
                  _ walk: inout Walk) -> Bool {
            let automaton = self.automaton
            var position = walk.byte, count = walk.scalars, state = walk.state
            defer { walk = Walk(byte: position, scalars: count, state: state) }
            while position < bytes.count {
                let v = UTF8Codec.next(bytes, &position)
                // Valid UTF-8 holds only scalar values.
                output[count] = unsafeBitCast(v, to: Unicode.Scalar.self)
                count &+= 1
                state = step(from: state, on: v, in: automaton)
                if state != 0 && automaton.states[state].firstOutput > 0 { return true }
            }
            return false
        }

        /// Calls `body` for each pattern that ends in `state`, the text read so far being `end` scalars long.
        @inline(__always)
        func reportOutputs(of state: Int, endingAt end: Int, _ body: (Match) -> Void) {
            let states = automaton.states
            var o = Int(states[state].firstOutput)
            while o > 0 {
                let p = states[o].output
                body(Match(start: end - Int(lengths[Int(p)]), end: end, pattern: p))
                o = Int(states[o].outputLink)
            }
        }
    }

    @inline(__always)
    private func withTables<R>(_ body: (Tables) -> R) -> R {
        bmpSymbols.withUnsafeBufferPointer { bmp in
        rootNext.withUnsafeBufferPointer { root in
        edges.withUnsafeBufferPointer { edges in
        states.withUnsafeBufferPointer { states in
        patternLengths.withUnsafeBufferPointer { lengths in
            body(Tables(automaton: Automaton(bmp: bmp, root: root, edges: edges, edgeMask: edgeMask, states: states),
                        astral: astralSymbols, lengths: lengths))
        }}}}}
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

