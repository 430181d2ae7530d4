import Foundation

/// ``Gazetteer/resolve(_:)`` on scalars, for short queries of CJK ideographs: which
/// levels the regions it finds are at.
///
/// The person extractor asks, for every candidate name, whether it (or the text
/// just after it) is a place: `resolve` on a `String` hashes it through Unicode
/// normalisation and, for a miss, splits it into pieces as `String`s again. Here
/// every full name and every alias (the short forms `RegionAliasIndex` holds) of up
/// to six characters is a key of one table keyed by the packed scalars, whose entry
/// holds the regions `resolve` would consider and the mask of their levels: a query
/// is one probe, and the chain reading (北京朝阳) runs on the same probes. Queries
/// with any other scalar answer `nil`, and the caller falls back on `resolve`.
final class GazetteerShortNames: Sendable {
    /// The table of ``Gazetteer/shared``.
    static let shared = GazetteerShortNames(gazetteer: .shared)

    /// Longest key kept: the person guard asks about at most four characters and two more.
    static let maxLength = 6

    /// Which levels a set of regions covers: bit `depth` for each region's level.
    struct LevelMask: OptionSet, Sendable {
        let rawValue: UInt8
        static let province = LevelMask(rawValue: 1)
        static let prefecture = LevelMask(rawValue: 2)
        static let county = LevelMask(rawValue: 4)
        static let township = LevelMask(rawValue: 8)

        init(rawValue: UInt8) { self.rawValue = rawValue }
        init(_ level: RegionLevel) { rawValue = 1 << UInt8(level.depth) }
    }

    /// A key: up to three scalars of 18 bits in each word, and the length in `a`'s top bits.
    private struct Key: Equatable {
        var a: UInt64
        var b: UInt64
    }

    private let nodes: GazetteerNodes
    /// Open addressing: entry index + 1 per slot, 0 when empty.
    private let slots: [Int32]
    private let keys: [Key]
    /// Per entry: its regions (`candidateIndices` of the name) in `regionNodes[starts[e] ..< starts[e + 1]]`.
    private let starts: [Int32]
    private let regionNodes: [Int32]
    private let masks: [UInt8]
    /// One bit per hashed key (2^19 bits, 64 KB): most queries are no name, and this answers
    /// them without touching the large tables (a cache miss or two each).
    private let keyFilter: [UInt64]
    private static let filterBits = 1 << 19

    init(gazetteer: Gazetteer) {
        let nodes = gazetteer.nodes
        self.nodes = nodes
        var table = Builder()
        var scratch: [Unicode.Scalar] = []
        // Full names first, under the same keys: a full name wins over the aliases that read
        // the same, and one probe of this table answers what took the byte-keyed name index
        // and the alias table before.
        // The names are read through one buffer pointer (a slice of the array per name would be
        // retained and released for every one of them).
        nodes.nameScalars.withUnsafeBufferPointer { allScalars in
            func name(_ i: Int) -> UnsafeBufferPointer<Unicode.Scalar> {
                UnsafeBufferPointer(rebasing: allScalars[Int(nodes.nameScalarStarts[i])..<Int(nodes.nameScalarStarts[i + 1])])
            }
            for i in 0..<nodes.count {
                table.add(name(i), node: Int32(i), full: true, scratch: &scratch)
            }
            for i in 0..<nodes.count where nodes.levels[i] != .township {
                for (alias, _) in RegionShortForms.aliases(ofScalars: Array(name(i)), level: nodes.levels[i])
                where alias.count <= Self.maxLength {
                    table.add(alias, node: Int32(i), full: false, scratch: &scratch)
                }
            }
        }

        // Each key's regions, as `Gazetteer.candidateIndices` chooses them: the regions of that
        // full name when there are any, else those of the alias, where provinces win. Nodes
        // were added in order, so every list is ascending already and a repeat stands next to
        // its first.
        var starts: [Int32] = [0]
        var regionNodes: [Int32] = []
        var masks: [UInt8] = []
        starts.reserveCapacity(table.keys.count + 1)
        masks.reserveCapacity(table.keys.count)
        regionNodes.reserveCapacity(table.keys.count + table.keys.count / 4)
        for e in table.keys.indices {
            var mask: UInt8 = 0
            if table.lists[e].fullHead >= 0 {
                var item = Int(table.lists[e].fullHead)
                while item >= 0 {
                    let n = table.items[item].node
                    regionNodes.append(n)
                    mask |= LevelMask(nodes.levels[Int(n)]).rawValue
                    item = Int(table.items[item].next)
                }
            } else {
                var onlyProvinces = false
                var item = Int(table.lists[e].aliasHead)
                while item >= 0 {
                    if nodes.levels[Int(table.items[item].node)] == .province { onlyProvinces = true; break }
                    item = Int(table.items[item].next)
                }
                var previous: Int32 = -1
                item = Int(table.lists[e].aliasHead)
                while item >= 0 {
                    let n = table.items[item].node
                    item = Int(table.items[item].next)
                    let level = nodes.levels[Int(n)]
                    if n == previous || (onlyProvinces && level != .province) { continue }
                    regionNodes.append(n)
                    mask |= LevelMask(level).rawValue
                    previous = n
                }
            }
            starts.append(Int32(regionNodes.count))
            masks.append(mask)
        }
        self.slots = table.slots
        self.keys = table.keys
        self.starts = starts
        self.regionNodes = regionNodes
        self.masks = masks
        var filter = [UInt64](repeating: 0, count: Self.filterBits / 64)
        for key in table.keys {
            let bit = Self.filterBit(key)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.keyFilter = filter
    }

    /// The levels of the regions `Gazetteer.resolve` considers for these scalars (empty when it
    /// finds none), or `nil` when the query is not one this table answers (longer than
    /// ``maxLength``, or with a scalar other than a CJK ideograph).
    ///
    /// Where `resolve` answers with the one region that holds all the others (和田 → 和田地区),
    /// this keeps the levels of the others too; that region lies above them all, so whether
    /// any is above township level, or is a province or prefecture, reads the same either way.
    func levels(of query: ArraySlice<Unicode.Scalar>) -> LevelMask? {
        guard !query.isEmpty, query.count <= Self.maxLength, query.allSatisfy(Self.isStable) else { return nil }
        if let e = entry(query) { return LevelMask(rawValue: masks[e]) }
        // `chainIndices`: the longest known name (two characters or more) at each position,
        // each narrowing the next.
        var current: [Int32] = []
        var pieces = 0
        var i = query.startIndex
        while i < query.endIndex {
            var piece: ArraySlice<Int32> = []
            var length = query.endIndex - i
            while length >= 2 {
                if let e = entry(query[i..<(i + length)]) {
                    piece = regions(of: e)
                    break
                }
                length -= 1
            }
            guard length >= 2 else { return [] }
            pieces += 1
            if pieces == 1 {
                current = Array(piece)
            } else {
                let narrowed = piece.filter { n in current.contains { nodes.isAtOrAbove(Int($0), Int(n)) } }
                if narrowed.isEmpty { return [] }
                current = narrowed
            }
            i += length
        }
        guard pieces >= 2 else { return [] }
        var mask: UInt8 = 0
        for n in current { mask |= LevelMask(nodes.levels[Int(n)]).rawValue }
        return LevelMask(rawValue: mask)
    }

    private func regions(of entry: Int) -> ArraySlice<Int32> {
        regionNodes[Int(starts[entry])..<Int(starts[entry + 1])]
    }

    private func entry(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        let key = Self.key(scalars)
        let bit = Self.filterBit(key)
        guard keyFilter.withUnsafeBufferPointer({ $0[bit >> 6] }) & (1 << UInt64(bit & 63)) != 0 else { return nil }
        let mask = slots.count - 1
        var slot = Self.slot(key, mask)
        while true {
            let e = Int(slots[slot])
            if e == 0 { return nil }
            if keys[e - 1] == key { return e - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// CJK ideographs outside the compatibility blocks: a text of them is its own NFC
    /// form, so two such texts are equal as `String`s exactly when their scalars are.
    /// (The same set as `GazetteerNameIndex`'s.)
    @inline(__always)
    static func isStable(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0x20000...0x2F7FF, 0x30000...0x3FFFF: true
        default: false
        }
    }

    /// Packs one to six stable scalars (each below 2^18).
    private static func key<C: Collection>(_ scalars: C) -> Key where C.Element == Unicode.Scalar {
        var a = UInt64(scalars.count) << 54, b: UInt64 = 0
        var n: UInt64 = 0
        for s in scalars {
            if n < 3 { a |= UInt64(s.value) << (18 * n) } else { b |= UInt64(s.value) << (18 * (n - 3)) }
            n += 1
        }
        return Key(a: a, b: b)
    }

    @inline(__always)
    private static func filterBit(_ key: Key) -> Int {
        Int(truncatingIfNeeded: ((key.a &* 0xD6E8_FEB8_6659_FD93) ^ (key.b &* 0xA076_1D64_78BD_642F)) >> 40) & (filterBits - 1)
    }

    @inline(__always)
    private static func slot(_ key: Key, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: ((key.a ^ (key.b &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The table while names are added. Each key's full-name and alias nodes are linked
    /// lists in flat arrays (an array per key made tens of thousands of small allocations).
    private struct Builder {
        var slots = [Int32](repeating: 0, count: 1 << 17)
        var keys: [Key] = []
        /// Per key: the first and last item of the nodes it is the full name of, and of those
        /// it is an alias of; -1 when none. (One record per key: a new key is one append.)
        struct Lists {
            var fullHead: Int32 = -1
            var fullTail: Int32 = -1
            var aliasHead: Int32 = -1
            var aliasTail: Int32 = -1
        }
        var lists: [Lists] = []
        /// Per item: its node and the next item of the same list (-1 at the end).
        var items: [(node: Int32, next: Int32)] = []

        init() {
            // The bundled gazetteer makes about 45,000 keys.
            let capacity = 1 << 16
            keys.reserveCapacity(capacity)
            lists.reserveCapacity(capacity)
            items.reserveCapacity(capacity)
        }

        /// Adds a name of `node` (its full name or an alias) under the key of its NFC form,
        /// if that form is stable and short enough to be asked about.
        mutating func add<C: Collection>(_ scalars: C, node: Int32, full: Bool, scratch: inout [Unicode.Scalar])
        where C.Element == Unicode.Scalar {
            guard !scalars.isEmpty else { return }
            let key: Key
            if !scalars.allSatisfy(GazetteerShortNames.isStable) {
                // A name `String` equality would match against a stable query only through its NFC form.
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars)
                scratch = Array(String(view).precomposedStringWithCanonicalMapping.unicodeScalars)
                guard !scratch.isEmpty, scratch.count <= GazetteerShortNames.maxLength,
                      scratch.allSatisfy(GazetteerShortNames.isStable) else { return }
                key = GazetteerShortNames.key(scratch)
            } else if scalars.count > GazetteerShortNames.maxLength {
                return
            } else {
                key = GazetteerShortNames.key(scalars)
            }
            let e = entry(key)
            let item = Int32(items.count)
            items.append((node, -1))
            if full {
                if lists[e].fullTail >= 0 { items[Int(lists[e].fullTail)].next = item } else { lists[e].fullHead = item }
                lists[e].fullTail = item
            } else {
                if lists[e].aliasTail >= 0 { items[Int(lists[e].aliasTail)].next = item } else { lists[e].aliasHead = item }
                lists[e].aliasTail = item
            }
        }

        private mutating func entry(_ key: Key) -> Int {
            if (keys.count + 1) * 2 > slots.count { grow() }
            let mask = slots.count - 1
            var slot = GazetteerShortNames.slot(key, mask)
            while true {
                let e = Int(slots[slot])
                if e == 0 { break }
                if keys[e - 1] == key { return e - 1 }
                slot = (slot + 1) & mask
            }
            keys.append(key)
            lists.append(Lists())
            slots[slot] = Int32(keys.count)
            return keys.count - 1
        }

        private mutating func grow() {
            slots = [Int32](repeating: 0, count: slots.count * 2)
            let mask = slots.count - 1
            for (e, key) in keys.enumerated() {
                var slot = GazetteerShortNames.slot(key, mask)
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(e + 1)
            }
        }
    }
}
