import CHints

/// Builds the n-gram posting lists of one text field (headlines or bodies) in
/// one pass over the texts, as the articles come: each gram's list grows in a
/// chain of small chunks (`ChunkChains`), and is copied out in key order at the
/// end. Texts are folded scalar by scalar on the way (`TextNormalization`).
///
/// A list is stored as varint gaps between ascending positions or, when that
/// would be larger, as a bitmap over all articles (frequent grams like 工会).
struct GramIndexBuilder {
    /// The keys and the list sizes, in key order: the sections that come before the data.
    struct Layout {
        var keys: [UInt64]
        var counts: [UInt32]
        /// Where each list starts in the data, and its end last.
        var offsets: [UInt64]
    }

    static let varintTag: UInt8 = 0
    static let bitmapTag: UInt8 = 1

    /// One distinct gram and its list so far, in one table entry: at 100,000
    /// articles every key of every text is looked up here, so one cache line a key
    /// is what the index costs.
    private struct Entry {
        var key: UInt64
        /// The last article added under this gram.
        var last: Int32
        /// Articles under this gram.
        var count: UInt32
        /// Bytes of the varint list.
        var size: UInt32
        /// First and last chunk of the list.
        var head: Int32
        var tail: Int32
    }

    private static let empty = Entry(key: 0, last: -1, count: 0, size: 0, head: 0, tail: 0)

    /// The bigrams, and the unigrams beyond the Basic Multilingual Plane: open addressing.
    private var table = [Entry](repeating: GramIndexBuilder.empty, count: 1 << 16)
    private var used = 0
    /// The unigrams of the Basic Multilingual Plane, at their scalar: half the keys of
    /// a text are unigrams, nearly all of them here, found by an index without
    /// hashing or probing. Already in key order for `layOut`.
    private var unigrams = [Entry](repeating: GramIndexBuilder.empty, count: 1 << 16)
    private let chains = ChunkChains()
    private var keys = Gram.Keys()
    /// After `layOut`: the entries in key order, as indexes into `table` (≥ 0) or
    /// into `unigrams` (`~index`, < 0).
    private var order: [Int32] = []

    /// How many keys ahead `add` prefetches table entries.
    private static let prefetchDistance = 16

    @inline(__always)
    private static func hash(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20)
    }

    /// Adds the text of the next article; call with positions ascending. Returns
    /// what folding found in the text on the way (`Gram.collect`).
    ///
    /// The loops below run once for every character of every text, twice (a unigram
    /// and a bigram): they work through plain pointers with wrapping arithmetic, so
    /// that a key costs its lookup and a byte of list, not checks and spills.
    @discardableResult
    mutating func add(_ article: Int32, _ text: UnsafeRawBufferPointer) -> Gram.Folding {
        let folding = Gram.collect(text, into: &keys)
        // Room for every key of this text up front: the loop below then inserts
        // without growing the table, through a plain pointer.
        while (used + keys.hashedCount) * 2 > table.count { grow() }
        let chains = self.chains
        let scalarCount = keys.scalarCount, hashedCount = keys.hashedCount
        keys.scalarBuffer.withUnsafeBufferPointer { scalars in
            unigrams.withUnsafeMutableBufferPointer { unigrams in
                let base = unigrams.baseAddress!
                for s in scalars[..<scalarCount] {
                    let entry = base + Int(s)
                    if entry.pointee.key == 0 { Self.start(entry, key: Gram.unigram(UInt32(s)), chains: chains) }
                    Self.post(article, in: entry, chains: chains)
                }
            }
        }
        var used = self.used
        keys.hashedBuffer.withUnsafeBufferPointer { grams in
            table.withUnsafeMutableBufferPointer { table in
                let base = table.baseAddress!
                let mask = table.count &- 1
                let n = hashedCount
                // At 100,000 articles the table is far larger than the caches and
                // nearly every probe misses: ask for the entry a few keys ahead, so
                // that its miss overlaps with the work on this one.
                let prefetched = Swift.max(0, n &- Self.prefetchDistance)
                for g in 0..<n {
                    if g < prefetched {
                        gb_prefetch_for_write(base + (Self.hash(grams[g &+ Self.prefetchDistance]) & mask))
                    }
                    let key = grams[g]
                    var entry = base + (Self.hash(key) & mask)
                    while entry.pointee.key != key {
                        if entry.pointee.key == 0 {
                            Self.start(entry, key: key, chains: chains)
                            used &+= 1
                            break
                        }
                        entry = base + (((entry - base) &+ 1) & mask)
                    }
                    Self.post(article, in: entry, chains: chains)
                }
            }
        }
        self.used = used
        return folding
    }

    /// Makes the empty `entry` that of `key`, with an empty list.
    private static func start(_ entry: UnsafeMutablePointer<Entry>, key: UInt64, chains: ChunkChains) {
        let chunk = chains.newChain()
        entry.pointee = Entry(key: key, last: -1, count: 0, size: 0, head: chunk, tail: chunk)
    }

    /// Adds `article` to the list in `entry`, once.
    @inline(__always)
    private static func post(_ article: Int32, in entry: UnsafeMutablePointer<Entry>, chains: ChunkChains) {
        let last = entry.pointee.last
        guard last != article else { return }
        entry.pointee.last = article
        entry.pointee.count &+= 1
        let gap = UInt32(bitPattern: article &- last)
        let size = entry.pointee.size
        entry.pointee.tail = chains.appendVarint(gap, chain: entry.pointee.tail, at: size)
        entry.pointee.size = size &+ UInt32(truncatingIfNeeded: varintSize(UInt64(gap)))
    }

    private mutating func grow() {
        let old = table
        table = [Entry](repeating: Self.empty, count: old.count * 2)
        let mask = table.count - 1
        for entry in old where entry.key != 0 {
            var i = Self.hash(entry.key) & mask
            while table[i].key != 0 { i = (i + 1) & mask }
            table[i] = entry
        }
    }

    /// When every article has been added: the lists in key order, and where
    /// each starts in the data (a tag byte, then the varints or the bitmap).
    mutating func layOut(articleCount: Int) -> Layout {
        let bitmapBytes = (articleCount + 7) / 8
        // Bigram keys come before unigram keys, and the unigrams beyond the Basic
        // Multilingual Plane after those in it: sorted bigrams, then `unigrams` in
        // scalar order, then the other unigrams sorted.
        // The keys are sorted as plain integers (far cheaper than slots compared
        // through the table; a unigram key is below 2^43), then found again.
        var hashed = table.compactMap { $0.key != 0 ? $0.key : nil }
        RadixSort.sort(&hashed, below: 43)
        let slots = hashed.map { Int32(slot(of: $0)) }
        let bigrams = hashed.firstIndex { $0 >= Gram.unigram(0) } ?? hashed.endIndex
        order = Array(slots[..<bigrams])
        order += unigrams.indices.filter { unigrams[$0].key != 0 }.map { ~Int32($0) }
        order += slots[bigrams...]
        var layout = Layout(keys: [], counts: [], offsets: [0])
        layout.keys.reserveCapacity(order.count)
        layout.counts.reserveCapacity(order.count)
        layout.offsets.reserveCapacity(order.count + 1)
        var total = 0
        for index in order {
            let entry = self.entry(index)
            layout.keys.append(entry.key)
            layout.counts.append(entry.count)
            total += 1 + min(bitmapBytes, Int(entry.size))
            layout.offsets.append(UInt64(total))
        }
        return layout
    }

    /// The slot of `key`, which is in `table`.
    private func slot(of key: UInt64) -> Int {
        let mask = table.count - 1
        var i = Self.hash(key) & mask
        while table[i].key != key { i = (i + 1) & mask }
        return i
    }

    /// The entry at `index` of `order`.
    private func entry(_ index: Int32) -> Entry {
        index >= 0 ? table[Int(index)] : unigrams[Int(~index)]
    }

    /// After `layOut`: hands the data, list by list in key order, to `write`
    /// (about 64 KiB at a time), and frees the lists.
    ///
    /// The lists are laid out in one buffer with room for 64 KiB and one more list
    /// (a list is never longer than a bitmap): chunks are copied and bitmaps filled
    /// in place, through a plain pointer, without an array append per chunk.
    mutating func writeData(articleCount: Int, _ write: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        let bitmapBytes = (articleCount + 7) / 8
        let flushAt = 1 << 16
        let out = UnsafeMutableRawPointer.allocate(byteCount: flushAt + 1 + bitmapBytes, alignment: 16)
        defer { out.deallocate() }
        var used = 0
        for index in order {
            let entry = self.entry(index)
            if bitmapBytes < Int(entry.size) {
                out.storeBytes(of: Self.bitmapTag, toByteOffset: used, as: UInt8.self)
                let bits = (out + used + 1).initializeMemory(as: UInt8.self, repeating: 0, count: bitmapBytes)
                // Once for every article of every frequent gram: with wrapping arithmetic.
                // A gap is below 2^31 (positions are `Int32`), so its varint fits a
                // `UInt32` shifted by less than 32.
                var article: Int32 = -1
                var gap: UInt32 = 0, shift: UInt32 = 0
                chains.forEachRun(of: entry.head, count: Int(entry.size)) { run in
                    for byte in run {
                        gap |= UInt32(byte & 0x7F) &<< shift
                        if byte >= 0x80 { shift &+= 7; continue }
                        article &+= Int32(bitPattern: gap)
                        bits[Int(article &>> 3)] |= 1 &<< UInt8(truncatingIfNeeded: article & 7)
                        gap = 0; shift = 0
                    }
                }
                used += 1 + bitmapBytes
            } else {
                out.storeBytes(of: Self.varintTag, toByteOffset: used, as: UInt8.self)
                used += 1
                chains.forEachRun(of: entry.head, count: Int(entry.size)) { run in
                    (out + used).copyMemory(from: run.baseAddress!, byteCount: run.count)
                    used += run.count
                }
            }
            if used >= flushAt {
                try write(UnsafeRawBufferPointer(start: out, count: used))
                used = 0
            }
        }
        try write(UnsafeRawBufferPointer(start: out, count: used))
        self = GramIndexBuilder()
    }
}

/// Growable byte lists in an arena of 32-byte chunks, each with the index of the
/// next chunk beside it (in a parallel array of links): a list grows without
/// copying, and a gram seen once costs one chunk. The arena is a table of pages
/// of 32,768 chunks each (1 MB of bytes, then their links), found through a plain
/// pointer: a chunk's place is one load and a multiply-add. Pages are never moved.
/// One block grown by `realloc` would be copied at each doubling (jemalloc does not
/// remap), which raised the peak memory of a 100,000-article build by 50 MB.
final class ChunkChains {
    /// Bytes of list a chunk holds.
    static let payload = 32
    private static let pageShift = 15
    private static let chunksPerPage = 1 << pageShift
    /// Where a page's links start: after its chunks.
    private static let linksOffset = chunksPerPage * payload
    private static let pageBytes = linksOffset + chunksPerPage * MemoryLayout<Int32>.stride

    // Unchecked: the runtime's exclusivity check on every access cost more than
    // the append itself, and a `ChunkChains` is used by one builder on one thread.
    @exclusivity(unchecked) private var pages: UnsafeMutablePointer<UnsafeMutableRawPointer>
    @exclusivity(unchecked) private var pageCapacity = 64
    @exclusivity(unchecked) private var pageCount = 0
    @exclusivity(unchecked) private var chunks = 0

    init() {
        pages = .allocate(capacity: pageCapacity)
    }

    deinit {
        for page in 0..<pageCount { pages[page].deallocate() }
        pages.deallocate()
    }

    @inline(__always)
    private func chunk(_ index: Int32) -> UnsafeMutableRawPointer {
        let index = Int(index)
        return pages[index &>> Self.pageShift] + (index & (Self.chunksPerPage - 1)) &* Self.payload
    }

    @inline(__always)
    private func link(_ index: Int32) -> UnsafeMutablePointer<Int32> {
        let index = Int(index)
        return (pages[index &>> Self.pageShift] + Self.linksOffset)
            .assumingMemoryBound(to: Int32.self) + (index & (Self.chunksPerPage - 1))
    }

    /// A new, empty chain; returns its (first) chunk.
    func newChain() -> Int32 {
        if chunks == pageCount << Self.pageShift {
            if pageCount == pageCapacity {
                let grown = UnsafeMutablePointer<UnsafeMutableRawPointer>.allocate(capacity: pageCapacity * 2)
                grown.moveInitialize(from: pages, count: pageCount)
                pages.deallocate()
                pages = grown
                pageCapacity *= 2
            }
            let page = UnsafeMutableRawPointer.allocate(byteCount: Self.pageBytes, alignment: 64)
            (page + Self.linksOffset).bindMemory(to: Int32.self, capacity: Self.chunksPerPage)
            (pages + pageCount).initialize(to: page)
            pageCount += 1
        }
        defer { chunks += 1 }
        return Int32(chunks)
    }

    /// Appends the varint of `value` to the chain whose last chunk is `tail` and
    /// which holds `length` bytes; returns the chain's last chunk afterwards.
    @inline(__always)
    func appendVarint(_ value: UInt32, chain tail: Int32, at length: UInt32) -> Int32 {
        let offset = Int(length & UInt32(Self.payload - 1))
        if value < 0x80, offset != 0 || length == 0 {
            // Most gaps: one byte, with room for it in the last chunk.
            chunk(tail).storeBytes(of: UInt8(truncatingIfNeeded: value), toByteOffset: offset, as: UInt8.self)
            return tail
        }
        return appendSlowly(value, chain: tail, at: length)
    }

    /// `appendVarint` of a value of several bytes, or into a full chunk.
    private func appendSlowly(_ value: UInt32, chain tail: Int32, at length: UInt32) -> Int32 {
        var value = value, tail = tail, length = length
        while true {
            let byte = value >= 0x80 ? UInt8(truncatingIfNeeded: value) | 0x80 : UInt8(value)
            let offset = Int(length & UInt32(Self.payload - 1))
            if offset == 0, length > 0 {
                let next = newChain()
                link(tail).pointee = next
                tail = next
            }
            chunk(tail).storeBytes(of: byte, toByteOffset: offset, as: UInt8.self)
            length += 1
            if value < 0x80 { return tail }
            value >>= 7
        }
    }

    /// Calls `body` with the first `count` bytes of the chain that starts at
    /// `head`, in order, a chunk's run of bytes at a time.
    func forEachRun(of head: Int32, count: Int, _ body: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        var current = head, left = count
        while left > 0 {
            let run = min(left, Self.payload)
            let start = chunk(current)
            try body(UnsafeRawBufferPointer(start: start, count: run))
            left -= run
            if left > 0 { current = link(current).pointee }
        }
    }
}
