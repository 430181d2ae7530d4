import GongbaoKit

/// One field's text index in a mapped snapshot: gram posting lists plus the
/// folded text for checking candidates of queries of three characters or more.
struct GramIndex {
    let keys: UnsafeBufferPointer<UInt64>
    let counts: UnsafeBufferPointer<UInt32>
    let offsets: UnsafeBufferPointer<UInt64>
    let data: UnsafeRawBufferPointer
    let textOffsets: UnsafeBufferPointer<UInt64>
    let text: UnsafeRawBufferPointer
    let articleCount: Int
    /// Per article, 1 when `text` is stored unfolded and must be folded before comparing; `nil`: all folded.
    var folding: UnsafeRawBufferPointer? = nil
    /// When set, candidates' texts are read with `pread` from this file at this
    /// offset instead of through the mapping: a mapped page read once stays in
    /// this process's resident size (with its neighbours, by fault-around), a
    /// read copy does not.
    var file: (fd: Int32, offset: Int)? = nil

    private func find(_ key: UInt64) -> Int? {
        var lo = 0, hi = keys.count
        while lo < hi {
            let mid = (lo + hi) / 2
            let k = UInt64(littleEndian: keys[mid])
            if k == key { return mid }
            if k < key { lo = mid + 1 } else { hi = mid }
        }
        return nil
    }

    /// Number of articles holding `key`.
    func count(_ key: UInt64) -> Int {
        find(key).map { Int(UInt32(littleEndian: counts[$0])) } ?? 0
    }

    /// Ascending positions of the articles holding `key`.
    func postings(_ key: UInt64) -> [Int32] {
        guard let g = find(key) else { return [] }
        let start = Int(UInt64(littleEndian: offsets[g])), end = Int(UInt64(littleEndian: offsets[g + 1]))
        guard end > start else { return [] }
        var out: [Int32] = []
        out.reserveCapacity(Int(UInt32(littleEndian: counts[g])))
        if data[start] == GramIndexBuilder.bitmapTag {
            let bytes = min(end - start - 1, (articleCount + 7) / 8)
            var i = 0
            // Eight bytes at a time: skip empty words, walk set bits.
            while i + 8 <= bytes {
                var word = UInt64(littleEndian: data.loadUnaligned(fromByteOffset: start + 1 + i, as: UInt64.self))
                while word != 0 {
                    let bit = word.trailingZeroBitCount
                    let p = i * 8 + bit
                    if p < articleCount { out.append(Int32(p)) }
                    word &= word - 1
                }
                i += 8
            }
            while i < bytes {
                var byte = data[start + 1 + i]
                while byte != 0 {
                    let p = i * 8 + byte.trailingZeroBitCount
                    if p < articleCount { out.append(Int32(p)) }
                    byte &= byte - 1
                }
                i += 1
            }
        } else {
            var r = ByteReader(UnsafeRawBufferPointer(rebasing: data[start + 1..<end]))
            var last: Int64 = -1
            while !r.isAtEnd {
                guard let gap = try? r.varint(), gap > 0, gap < UInt64(articleCount) + 1 else { break }
                last += Int64(gap)
                guard last < Int64(articleCount) else { break }
                out.append(Int32(last))
            }
        }
        return out
    }

    /// Ascending positions among `among` (ascending; `nil` = all) whose text contains
    /// `needle` (folded UTF-8, scalars `scalars`).
    func matches(needle: [UInt8], scalars: [UInt32], among: [Int32]?) -> [Int32] {
        var checked = 0
        return matches(needle: needle, scalars: scalars, among: among, checked: &checked)
    }

    /// As `matches`, adding to `checked` the number of candidate texts read.
    func matches(needle: [UInt8], scalars: [UInt32], among: [Int32]?, checked: inout Int) -> [Int32] {
        switch scalars.count {
        case 0:
            return among ?? (0..<Int32(articleCount)).map { $0 }
        case 1:
            return restrict(postings(Gram.unigram(scalars[0])), to: among)
        case 2:
            return restrict(postings(Gram.bigram(scalars[0], scalars[1])), to: among)
        default:
            var grams = Set<UInt64>()
            for i in 1..<scalars.count { grams.insert(Gram.bigram(scalars[i - 1], scalars[i])) }
            let ordered = grams.map { ($0, count($0)) }.sorted { $0.1 < $1.1 }
            if ordered.first?.1 == 0 { return [] }
            var candidates: [Int32]? = among
            for (key, _) in ordered {
                let list = postings(key)
                candidates = candidates.map { intersectSorted($0, list) } ?? list
                if candidates!.isEmpty { return [] }
            }
            let search = Horspool(needle)
            var scratch: [UInt8] = []
            // A needle without ASCII bytes matches the raw text exactly where it matches the folded
            // text (folding only makes ASCII), so most articles are searched as stored.
            let asciiFree = !needle.contains { $0 < 0x80 }
            let list = candidates ?? []
            checked += list.count
            return list.filter { contains(Int($0), search, asciiFree: asciiFree, scratch: &scratch) }
        }
    }

    private func restrict(_ list: [Int32], to among: [Int32]?) -> [Int32] {
        among.map { intersectSorted($0, list) } ?? list
    }

    /// Whether the text of article `i` contains `needle`.
    func contains(_ i: Int, _ search: Horspool, asciiFree: Bool, scratch: inout [UInt8]) -> Bool {
        let start = Int(UInt64(littleEndian: textOffsets[i])), end = Int(UInt64(littleEndian: textOffsets[i + 1]))
        let mustFold = folding.map { $0[i] != 0 && !(asciiFree && $0[i] & 2 == 0) } ?? false
        guard let file else {
            let slice = UnsafeRawBufferPointer(rebasing: text[start..<end])
            guard mustFold else { return search.occurs(in: slice) }
            TextNormalization.fold(slice, into: &scratch)
            return scratch.withUnsafeBytes { search.occurs(in: $0) }
        }
        var read: [UInt8] = []
        swap(&read, &scratch)
        defer { swap(&read, &scratch) }
        guard (try? readFully(file.fd, path: "", offset: file.offset + start, count: end - start, into: &read)) != nil else {
            return false
        }
        return read.withUnsafeBytes { raw in
            let slice = UnsafeRawBufferPointer(rebasing: raw[0..<end - start])
            guard mustFold else { return search.occurs(in: slice) }
            var folded: [UInt8] = []
            TextNormalization.fold(slice, into: &folded)
            return folded.withUnsafeBytes { search.occurs(in: $0) }
        }
    }
}

/// Intersection of two ascending lists.
func intersectSorted(_ a: [Int32], _ b: [Int32]) -> [Int32] {
    if a.isEmpty || b.isEmpty { return [] }
    var out: [Int32] = []
    out.reserveCapacity(min(a.count, b.count))
    // A much shorter list gallops through the longer one.
    let (small, large) = a.count <= b.count ? (a, b) : (b, a)
    if small.count * 32 < large.count {
        var lo = 0
        for x in small {
            var hi = large.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if large[mid] < x { lo = mid + 1 } else { hi = mid }
            }
            if lo < large.count, large[lo] == x { out.append(x) }
        }
        return out
    }
    var i = 0, j = 0
    while i < a.count, j < b.count {
        let x = a[i], y = b[j]
        if x == y { out.append(x); i += 1; j += 1 } else if x < y { i += 1 } else { j += 1 }
    }
    return out
}
