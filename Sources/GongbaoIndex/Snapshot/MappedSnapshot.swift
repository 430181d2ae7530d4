import GongbaoKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A snapshot file mapped into memory and checked: every section lies inside
/// the file, every offset table is ascending and ends at its data's length,
/// so the accessors can trust their bounds. Damaged files are rejected here
/// rather than crashing a query later.
final class MappedSnapshot: @unchecked Sendable {
    // @unchecked: the mapping is read-only and never changes after init.
    struct Invalid: Error, CustomStringConvertible {
        var reason: String
        var description: String { "snapshot: \(reason)" }
    }

    let path: String
    /// The file, kept open for `pread` (text checks read through it, not the mapping).
    let fd: Int32
    let base: UnsafeRawPointer
    let length: Int
    let articleCount: Int
    private var sections: [SnapshotSection: (offset: Int, length: Int)] = [:]

    init(path: String) throws {
        self.path = path
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw IndexIOError(path, "open") }
        self.fd = fd
        var st = stat()
        guard fstat(fd, &st) == 0 else { close(fd); throw IndexIOError(path, "stat") }
        length = Int(st.st_size)
        guard length >= SnapshotFormat.headerSize else { close(fd); throw Invalid(reason: "too short") }
        guard let map = mmap(nil, length, PROT_READ, MAP_SHARED, fd, 0), map != MAP_FAILED else {
            close(fd)
            throw IndexIOError(path, "mmap")
        }
        base = UnsafeRawPointer(map)
        do {
            var r = ByteReader(UnsafeRawBufferPointer(start: base, count: SnapshotFormat.headerSize))
            for byte in SnapshotFormat.magic where try r.u8() != byte { throw Invalid(reason: "not a snapshot") }
            guard try r.u32() == SnapshotFormat.version else { throw Invalid(reason: "other format version") }
            let sectionCount = Int(try r.u32())
            guard try r.u64() == UInt64(length) else { throw Invalid(reason: "truncated") }
            let n = try r.u64()
            guard try r.u64() == 0x0102_0304_0506_0708 else { throw Invalid(reason: "other byte order") }
            _ = try r.u64()
            guard sectionCount <= SnapshotFormat.maxSections, n < UInt64(Int32.max) else { throw Invalid(reason: "bad header") }
            articleCount = Int(n)
            for _ in 0..<sectionCount {
                let id = try r.u64(), offset = try r.u64(), len = try r.u64()
                guard let section = SnapshotSection(rawValue: id) else { continue }
                guard offset % 8 == 0, offset <= UInt64(length), len <= UInt64(length) - offset else {
                    throw Invalid(reason: "section out of bounds")
                }
                sections[section] = (Int(offset), Int(len))
            }
            for section in SnapshotSection.allCases where sections[section] == nil {
                throw Invalid(reason: "missing section \(section)")
            }
            try validate()
        } catch {
            munmap(UnsafeMutableRawPointer(mutating: base), length)
            close(fd)
            throw error
        }
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: base), length)
        close(fd)
    }

    /// The file offset of a section's first byte.
    func fileOffset(_ s: SnapshotSection) -> Int {
        sections[s]!.offset
    }

    /// The bytes of a section.
    func bytes(_ s: SnapshotSection) -> UnsafeRawBufferPointer {
        let (offset, len) = sections[s]!
        return UnsafeRawBufferPointer(start: base + offset, count: len)
    }

    /// A section as an array of fixed-width integers (sections are 8-byte aligned).
    func array<T: FixedWidthInteger>(_ s: SnapshotSection, of: T.Type) -> UnsafeBufferPointer<T> {
        let raw = bytes(s)
        return UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: T.self), count: raw.count / MemoryLayout<T>.stride)
    }

    private func validate() throws {
        let n = articleCount
        func offsets(_ table: SnapshotSection, of data: SnapshotSection, count: Int) throws {
            let raw = bytes(table)
            guard raw.count == (count + 1) * 8 else { throw Invalid(reason: "\(table) has the wrong length") }
            let list = array(table, of: UInt64.self)
            guard list[0] == 0, list[count] == UInt64(bytes(data).count) else { throw Invalid(reason: "\(table) does not cover \(data)") }
            for i in 0..<count where list[i] > list[i + 1] { throw Invalid(reason: "\(table) not ascending") }
        }
        try offsets(.recordOffsets, of: .records, count: n)
        try offsets(.headlineOffsets, of: .headlineText, count: n)
        try offsets(.bodyOffsets, of: .bodyText, count: n)
        guard bytes(.kinds).count == n, bytes(.bodyFolding).count == n, bytes(.idOrder).count == n * 4 else { throw Invalid(reason: "article tables") }
        for p in array(.idOrder, of: UInt32.self) where Int(p) >= n { throw Invalid(reason: "id order") }
        for (keys, counts, table, data) in [
            (SnapshotSection.headlineGramKeys, SnapshotSection.headlineGramCounts, SnapshotSection.headlineGramOffsets, SnapshotSection.headlineGramData),
            (.bodyGramKeys, .bodyGramCounts, .bodyGramOffsets, .bodyGramData),
        ] {
            let g = bytes(keys).count / 8
            guard bytes(keys).count == g * 8, bytes(counts).count == g * 4 else { throw Invalid(reason: "\(keys)") }
            try offsets(table, of: data, count: g)
            let k = array(keys, of: UInt64.self)
            for i in 1..<max(1, g) where k[i - 1] >= k[i] { throw Invalid(reason: "\(keys) not sorted") }
        }
        guard bytes(.manifest).count % 8 == 0 else { throw Invalid(reason: "manifest") }
    }

    /// The ordered file ids the snapshot was built from.
    var manifest: [Int64] {
        Array(array(.manifest, of: Int64.self)).map { Int64(littleEndian: $0) }
    }

    /// The record of article `i`.
    func record(_ i: Int) -> UnsafeRawBufferPointer {
        slice(.records, offsets: .recordOffsets, i)
    }

    func slice(_ data: SnapshotSection, offsets: SnapshotSection, _ i: Int) -> UnsafeRawBufferPointer {
        let o = array(offsets, of: UInt64.self)
        let d = bytes(data)
        return UnsafeRawBufferPointer(rebasing: d[Int(o[i])..<Int(o[i + 1])])
    }

    /// The entity index stored in the snapshot, or `nil` when inconsistent.
    func entityIndex() throws -> EntityIndex {
        var r = ByteReader(bytes(.entityKeys))
        let k = Int(try r.u64())
        guard k <= bytes(.entityKeys).count else { throw Invalid(reason: "entity keys") }
        var keys: [EntityKey] = [], labels: [String] = []
        keys.reserveCapacity(k); labels.reserveCapacity(k)
        for _ in 0..<k {
            let kind = Int(try r.u8())
            guard kind < EntityKind.allCases.count else { throw Invalid(reason: "entity kind") }
            keys.append(EntityKey(EntityKind.allCases[kind], try r.string()))
            labels.append(try r.string())
        }
        var a = ByteReader(bytes(.aliases))
        let aliasCount = Int(try a.u64())
        guard aliasCount <= bytes(.aliases).count else { throw Invalid(reason: "aliases") }
        var aliasNames: [String] = [], aliasIDs: [Int32] = []
        for _ in 0..<aliasCount {
            aliasNames.append(try a.string())
            let id = try a.varint()
            guard id < UInt64(k) else { throw Invalid(reason: "alias id") }
            aliasIDs.append(Int32(id))
        }
        func ints(_ s: SnapshotSection) -> [Int32] {
            array(s, of: Int32.self).map { Int32(littleEndian: $0) }
        }
        guard let index = EntityIndex(
            validating: keys, labels: labels, labelRank: ints(.labelRank),
            postingStart: ints(.postingStart), postingRefs: ints(.postingRefs),
            mentionStart: ints(.mentionStart), mentionRefs: ints(.mentionRefs),
            entityStart: ints(.entityStart), entityIDs: ints(.entityIDs),
            aliasNames: aliasNames, aliasIDs: aliasIDs
        ), index.articleCount == articleCount else { throw Invalid(reason: "entity index") }
        return index
    }
}
