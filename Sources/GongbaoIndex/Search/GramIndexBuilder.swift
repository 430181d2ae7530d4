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

    private var table = GramTable()
    private var last: [Int32] = []
    private var count: [UInt32] = []
    private var size: [Int] = []
    private var cursor: [Int] = []
    private var isBitmap: [Bool] = []
    private var data: [UInt8] = []
    private var keys: [UInt64] = []
    private var counts: [UInt32] = []
    private var offsets: [UInt64] = []
    private var grams: [UInt64] = []

    /// Pass 1: call for every article, positions ascending.
    mutating func count(_ article: Int32, _ text: UnsafeRawBufferPointer) {
        Gram.collect(text, into: &grams)
        // Room for every key of this text up front: the loop below then inserts
        // without growing anything, through plain pointers (no per-key checks).
        table.reserve(table.count + grams.count)
        let needed = table.count + grams.count
        if last.count < needed {
            let extra = needed - last.count
            last += repeatElement(-1, count: extra)
            count += repeatElement(0, count: extra)
            size += repeatElement(0, count: extra)
        }
        var slots = table.count
        grams.withUnsafeBufferPointer { grams in
            table.withStorage { keys, slotOf, mask in
                last.withUnsafeMutableBufferPointer { last in
                    count.withUnsafeMutableBufferPointer { count in
                        size.withUnsafeMutableBufferPointer { size in
                            for key in grams {
                                var i = GramTable.hash(key) & mask
                                var s: Int
                                while true {
                                    let k = keys[i]
                                    if k == key { s = Int(slotOf[i]); break }
                                    if k == 0 {
                                        keys[i] = key
                                        slotOf[i] = Int32(slots)
                                        s = slots
                                        slots += 1
                                        break
                                    }
                                    i = (i + 1) & mask
                                }
                                guard last[s] != article else { continue }
                                size[s] += varintSize(UInt64(article - last[s]))
                                count[s] += 1
                                last[s] = article
                            }
                        }
                    }
                }
            }
        }
        table.setCount(slots)
    }

    /// Between the passes: lays the lists out in key order.
    mutating func layOut(articleCount: Int) {
        let bitmapBytes = (articleCount + 7) / 8
        var pairs = table.pairs()
        pairs.sort { $0.key < $1.key }
        keys.reserveCapacity(pairs.count); counts.reserveCapacity(pairs.count)
        offsets = [0]
        offsets.reserveCapacity(pairs.count + 1)
        cursor = [Int](repeating: 0, count: pairs.count)
        isBitmap = [Bool](repeating: false, count: pairs.count)
        var total = 0
        for (key, slot) in pairs {
            let s = Int(slot)
            keys.append(key)
            counts.append(count[s])
            isBitmap[s] = bitmapBytes < size[s]
            cursor[s] = total + 1
            total += 1 + (isBitmap[s] ? bitmapBytes : size[s])
            offsets.append(UInt64(total))
        }
        data = [UInt8](repeating: 0, count: total)
        for s in cursor.indices where isBitmap[s] { data[cursor[s] - 1] = Self.bitmapTag }
        for s in last.indices { last[s] = -1 }
        size = []
        count = []
    }

    /// Pass 2: call again for every article, in the same order.
    mutating func write(_ article: Int32, _ text: UnsafeRawBufferPointer) {
        Gram.collect(text, into: &grams)
        let table = self.table
        let bit = UInt8(1) << UInt8(article & 7)
        let byte = Int(article >> 3)
        grams.withUnsafeBufferPointer { grams in
            last.withUnsafeMutableBufferPointer { last in
                cursor.withUnsafeMutableBufferPointer { cursor in
                    isBitmap.withUnsafeBufferPointer { isBitmap in
                        data.withUnsafeMutableBufferPointer { out in
                            for key in grams {
                                guard let slot = table.find(key) else { continue }
                                let s = Int(slot)
                                guard last[s] != article else { continue }
                                if isBitmap[s] {
                                    out[cursor[s] + byte] |= bit
                                } else {
                                    var gap = UInt64(article - last[s])
                                    var c = cursor[s]
                                    while gap >= 0x80 { out[c] = UInt8(truncatingIfNeeded: gap) | 0x80; gap >>= 7; c += 1 }
                                    out[c] = UInt8(gap)
                                    cursor[s] = c + 1
                                }
                                last[s] = article
                            }
                        }
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
