/// Builds the n-gram posting lists of one text field (headlines or bodies)
/// in two passes over the texts, so that memory holds only the final lists:
/// the first pass (`count`) sizes every list, the second (`write`) fills it
/// in place. Texts are folded scalar by scalar on the way (`TextNormalization`).
///
/// A list is stored as varint gaps between ascending positions or, when that
/// would be larger, as a bitmap over all articles (frequent grams like 工会).
struct GramIndexBuilder {
    /// The finished index, ready to be written as snapshot sections.
    struct Output {
        var keys: [UInt64]
        var counts: [UInt32]
        var offsets: [UInt64]
        var data: [UInt8]
    }

    static let varintTag: UInt8 = 0
    static let bitmapTag: UInt8 = 1

    /// One distinct gram and all that both passes keep for it, in one table
    /// entry: at 100,000 articles the table is far larger than the caches, and
    /// every key of every text is looked up twice, so one cache line a key is
    /// what the two passes cost.
    private struct Entry {
        var key: UInt64
        /// The last article counted (pass 1) or written (pass 2) under this gram.
        var last: Int32
        /// Pass 1: articles under this gram. Pass 2: 1 when the list is a bitmap.
        var count: UInt32
        /// Pass 1: bytes of the varint list. Pass 2: where the next byte goes.
        var at: Int
    }

    private var table = [Entry](repeating: Entry(key: 0, last: -1, count: 0, at: 0), count: 1 << 16)
    private var used = 0
    private var data: [UInt8] = []
    private var keys: [UInt64] = []
    private var counts: [UInt32] = []
    private var offsets: [UInt64] = []
    private var grams: [UInt64] = []

    @inline(__always)
    private static func hash(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20)
    }

    /// Pass 1: call for every article, positions ascending.
    mutating func count(_ article: Int32, _ text: UnsafeRawBufferPointer) {
        Gram.collect(text, into: &grams)
        // Room for every key of this text up front: the loop below then inserts
        // without growing anything, through a plain pointer.
        while (used + grams.count) * 2 > table.count { grow() }
        var used = self.used
        grams.withUnsafeBufferPointer { grams in
            table.withUnsafeMutableBufferPointer { table in
                let mask = table.count - 1
                for key in grams {
                    var i = Self.hash(key) & mask
                    while table[i].key != key && table[i].key != 0 { i = (i + 1) & mask }
                    if table[i].key == 0 {
                        table[i].key = key
                        used += 1
                    }
                    guard table[i].last != article else { continue }
                    table[i].at += varintSize(UInt64(article - table[i].last))
                    table[i].count += 1
                    table[i].last = article
                }
            }
        }
        self.used = used
    }

    private mutating func grow() {
        let old = table
        table = [Entry](repeating: Entry(key: 0, last: -1, count: 0, at: 0), count: old.count * 2)
        let mask = table.count - 1
        for entry in old where entry.key != 0 {
            var i = Self.hash(entry.key) & mask
            while table[i].key != 0 { i = (i + 1) & mask }
            table[i] = entry
        }
    }

    /// Between the passes: lays the lists out in key order.
    mutating func layOut(articleCount: Int) {
        let bitmapBytes = (articleCount + 7) / 8
        var order: [(key: UInt64, entry: Int32)] = []
        order.reserveCapacity(used)
        for (i, entry) in table.enumerated() where entry.key != 0 { order.append((entry.key, Int32(i))) }
        order.sort { $0.key < $1.key }
        keys.reserveCapacity(order.count); counts.reserveCapacity(order.count)
        offsets = [0]
        offsets.reserveCapacity(order.count + 1)
        var total = 0
        var bitmaps: [Int] = []
        for (key, index) in order {
            let i = Int(index)
            keys.append(key)
            counts.append(table[i].count)
            let isBitmap = bitmapBytes < table[i].at
            let size = isBitmap ? bitmapBytes : table[i].at
            if isBitmap { bitmaps.append(total) }
            table[i].count = isBitmap ? 1 : 0
            table[i].at = total + 1
            table[i].last = -1
            total += 1 + size
            offsets.append(UInt64(total))
        }
        data = [UInt8](repeating: 0, count: total)
        for start in bitmaps { data[start] = Self.bitmapTag }
    }

    /// Pass 2: call again for every article, in the same order.
    mutating func write(_ article: Int32, _ text: UnsafeRawBufferPointer) {
        Gram.collect(text, into: &grams)
        let bit = UInt8(1) << UInt8(article & 7)
        let byte = Int(article >> 3)
        grams.withUnsafeBufferPointer { grams in
            table.withUnsafeMutableBufferPointer { table in
                data.withUnsafeMutableBufferPointer { out in
                    let mask = table.count - 1
                    for key in grams {
                        var i = Self.hash(key) & mask
                        while table[i].key != key {
                            if table[i].key == 0 { break }
                            i = (i + 1) & mask
                        }
                        guard table[i].key == key, table[i].last != article else { continue }
                        if table[i].count == 1 {
                            out[table[i].at + byte] |= bit
                        } else {
                            var gap = UInt64(article - table[i].last)
                            var c = table[i].at
                            while gap >= 0x80 { out[c] = UInt8(truncatingIfNeeded: gap) | 0x80; gap >>= 7; c += 1 }
                            out[c] = UInt8(gap)
                            table[i].at = c + 1
                        }
                        table[i].last = article
                    }
                }
            }
        }
    }

    /// The finished lists.
    mutating func finish() -> Output {
        defer { self = GramIndexBuilder() }
        return Output(keys: keys, counts: counts, offsets: offsets, data: data)
    }
}
