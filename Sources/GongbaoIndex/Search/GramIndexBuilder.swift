/// Builds the n-gram posting lists of one text field (headlines or bodies)
/// in two passes over the texts, so that memory holds only the final lists:
/// the first pass sizes every list, the second writes it in place.
///
/// A list is stored as varint gaps between ascending positions or, when that
/// would be larger, as a bitmap over all articles (frequent grams like 工会).
struct GramIndexBuilder {
    /// The finished index, ready to be written as one snapshot section.
    struct Output {
        var keys: [UInt64]
        var counts: [UInt32]
        var offsets: [UInt64]
        var data: [UInt8]
    }

    static let varintTag: UInt8 = 0
    static let bitmapTag: UInt8 = 1

    /// `forEachText` calls its argument with (position, UTF-8 text) for every
    /// article in ascending position order; it is called twice.
    static func build(
        articleCount: Int,
        forEachText: ((Int32, UnsafeRawBufferPointer) -> Void) -> Void
    ) -> Output {
        var table = GramTable()
        var last: [Int32] = []
        var count: [UInt32] = []
        var size: [Int] = []

        // Pass 1: document frequency and encoded size of each gram.
        forEachText { article, text in
            Gram.forEach(in: text) { key in
                let (slot, inserted) = table.slot(key)
                let s = Int(slot)
                if inserted { last.append(-1); count.append(0); size.append(0) }
                if last[s] != article {
                    size[s] += varintSize(UInt64(article - last[s]))
                    count[s] += 1
                    last[s] = article
                }
            }
        }

        let bitmapBytes = (articleCount + 7) / 8
        var pairs = table.pairs()
        pairs.sort { $0.key < $1.key }
        var keys: [UInt64] = [], counts: [UInt32] = [], offsets: [UInt64] = [0]
        keys.reserveCapacity(pairs.count); counts.reserveCapacity(pairs.count); offsets.reserveCapacity(pairs.count + 1)
        var cursor = [Int](repeating: 0, count: pairs.count)
        var isBitmap = [Bool](repeating: false, count: pairs.count)
        var total = 0
        for (key, slot) in pairs {
            let s = Int(slot)
            keys.append(key)
            counts.append(count[s])
            isBitmap[s] = bitmapBytes < size[s]
            cursor[s] = total
            total += 1 + (isBitmap[s] ? bitmapBytes : size[s])
            offsets.append(UInt64(total))
        }
        var data = [UInt8](repeating: 0, count: total)
        for s in 0..<pairs.count { last[s] = -1 }

        // Pass 2: write each list at its cursor.
        data.withUnsafeMutableBufferPointer { out in
            for s in 0..<pairs.count {
                out[cursor[s]] = isBitmap[s] ? bitmapTag : varintTag
                cursor[s] += 1
            }
            forEachText { article, text in
                Gram.forEach(in: text) { key in
                    guard let slot = table.find(key) else { return }
                    let s = Int(slot)
                    guard last[s] != article else { return }
                    if isBitmap[s] {
                        out[cursor[s] + Int(article >> 3)] |= 1 << UInt8(article & 7)
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
        return Output(keys: keys, counts: counts, offsets: offsets, data: data)
    }
}
