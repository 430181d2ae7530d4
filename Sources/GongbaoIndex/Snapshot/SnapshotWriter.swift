import Foundation
import GongbaoKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a snapshot file from the articles of the index, streamed in corpus
/// order: records and bodies go to disk as they come; the entity index,
/// headlines and ids stay in memory (small); the gram indexes are sized as the
/// articles come and filled at the end, from the body text on disk.
final class SnapshotWriter {
    private let path: String
    private let bodyPath: String
    private let main: FileWriter
    private let body: FileWriter
    private var sections: [(id: SnapshotSection, offset: Int, length: Int)] = []
    private var recordOffsets: [UInt64] = [0]
    private var bodyOffsets: [UInt64] = [0]
    private var headlineOffsets: [UInt64] = [0]
    private var headlines: [UInt8] = []
    private var kinds: [UInt8] = []
    private var bodyFolding: [UInt8] = []
    private var ids: [String] = []
    /// The record, the folded headline and the raw body of the article being added,
    /// their buffers reused from article to article.
    private var record = ByteWriter(capacity: 1 << 12)
    private var headlineBytes: [UInt8] = []
    private var bodyBytes: [UInt8] = []
    private var scratch: [UInt8] = []
    private var entities: EntityIndexBuilder
    /// The gram indexes, built as the articles come, on the text at hand.
    private var headlineGrams = GramIndexBuilder()
    private var bodyGrams = GramIndexBuilder()
    private let recordsStart: Int

    /// Starts a snapshot at `path` (a temporary name; the caller renames it when done).
    init(path: String, hierarchy: (any RegionHierarchy)?) throws {
        self.path = path
        self.bodyPath = path + ".body"
        main = try FileWriter(creating: path, writesBack: true)
        body = try FileWriter(creating: bodyPath)
        entities = EntityIndexBuilder(hierarchy: hierarchy)
        try main.write([UInt8](repeating: 0, count: SnapshotFormat.headerSize))
        recordsStart = main.offset
    }

    deinit { unlink(bodyPath) }

    var count: Int { kinds.count }

    /// Adds the next article (taken from the database: its stored record is there already).
    func add(_ article: Article) throws {
        try add(article) { _, _ in }
    }

    /// Adds the next article, and appends its stored record to the database's blob
    /// of its file (`ArticleCodec.appendStored`), made from the same encoding.
    func add(_ article: Article, storingInto file: inout ByteWriter) throws {
        try add(article) { record, body in ArticleCodec.appendStored(record, body: body, to: &file) }
    }

    /// Adds the next article; hands its record and raw body to `store`.
    private func add(_ article: Article, store: ([UInt8], UnsafeRawBufferPointer) -> Void) throws {
        record.bytes.removeAll(keepingCapacity: true)
        ArticleCodec.encode(article, into: &record)
        let encoded = record.bytes
        try main.write(encoded)
        recordOffsets.append(UInt64(main.offset - recordsStart))
        kinds.append(UInt8(ArticleKind.allCases.firstIndex(of: article.kind) ?? 0))
        ids.append(article.id)
        entities.add(article)
        SearchText.headline(of: article, into: &headlineBytes, scratch: &scratch)
        headlineBytes.withUnsafeBytes { _ = headlineGrams.add(Int32(kinds.count - 1), $0) }
        headlines += headlineBytes
        headlineOffsets.append(UInt64(headlines.count))
        Self.rawBody(of: article, into: &bodyBytes)
        try bodyBytes.withUnsafeBytes { raw in
            try body.write(raw)
            let folding = bodyGrams.add(Int32(kinds.count - 1), raw)
            // 1: folding changes it; 2: it holds NUL (dropped by folding, so even non-ASCII needles must fold).
            bodyFolding.append(folding.changes ? (folding.holdsNUL ? 3 : 1) : 0)
            store(encoded, raw)
        }
        bodyOffsets.append(UInt64(body.offset))
    }

    /// The UTF-8 of `TextNormalization.rawBody(of:)` (paragraphs, then box texts,
    /// joined by newlines), written into `bytes`: without the joined String, and its
    /// array of parts, that the store only reads the bytes of.
    static func rawBody(of article: Article, into bytes: inout [UInt8]) {
        bytes.removeAll(keepingCapacity: true)
        var parts = 0
        func append(_ part: String) {
            if parts > 0 { bytes.append(0x0A) }
            bytes.append(contentsOf: part.utf8)
            parts += 1
        }
        for paragraph in article.paragraphs { append(paragraph) }
        for box in article.boxes { append(box.text) }
    }

    /// The byte-wise order of `a` and `b` (negative, zero or positive), as
    /// `lexicographicallyPrecedes` and `==` tell it, in one `memcmp`.
    static func compare(_ a: [UInt8], _ b: [UInt8]) -> Int {
        let common = Swift.min(a.count, b.count)
        let order = common == 0 ? 0 : a.withUnsafeBytes { a in
            b.withUnsafeBytes { b in Int(memcmp(a.baseAddress!, b.baseAddress!, common)) }
        }
        return order != 0 ? order : a.count - b.count
    }

    private func section(_ id: SnapshotSection, _ write: () throws -> Void) throws {
        try main.align()
        let start = main.offset
        try write()
        sections.append((id, start, main.offset - start))
    }

    /// Writes the derived sections and the header, syncs, and closes. `manifest`
    /// is the ordered list of file ids the articles came from.
    func finish(manifest: [Int64]) throws {
        let n = count
        sections.append((.records, recordsStart, main.offset - recordsStart))
        try section(.recordOffsets) { try main.write(array: recordOffsets) }
        try section(.manifest) { try main.write(array: manifest) }
        try section(.kinds) { try main.write(kinds) }
        try section(.bodyFolding) { try main.write(bodyFolding) }
        try section(.idOrder) {
            var order = Array(0..<n)
            let idBytes = ids.map { Array($0.utf8) }
            order.sort { a, b in
                let bytes = Self.compare(idBytes[a], idBytes[b])
                return bytes == 0 ? a < b : bytes < 0
            }
            try main.write(array: order.map { UInt32($0) })
        }
        ids = []
        let index = entities.finish()
        try section(.entityKeys) {
            var w = ByteWriter()
            w.u64(UInt64(index.keys.count))
            for (key, label) in zip(index.keys, index.labels) {
                w.u8(UInt8(EntityKind.allCases.firstIndex(of: key.kind) ?? 0))
                w.string(key.value)
                w.string(label)
            }
            try main.write(w.bytes)
        }
        try section(.aliases) {
            var w = ByteWriter()
            w.u64(UInt64(index.aliasNames.count))
            for (name, id) in zip(index.aliasNames, index.aliasIDs) {
                w.string(name)
                w.varint(UInt64(id))
            }
            try main.write(w.bytes)
        }
        try section(.labelRank) { try main.write(array: index.labelRank) }
        try section(.postingStart) { try main.write(array: index.postingStart) }
        try section(.postingRefs) { try main.write(array: index.postingRefs) }
        try section(.mentionStart) { try main.write(array: index.mentionStart) }
        try section(.mentionRefs) { try main.write(array: index.mentionRefs) }
        try section(.entityStart) { try main.write(array: index.entityStart) }
        try section(.entityIDs) { try main.write(array: index.entityIDs) }
        try section(.headlineOffsets) { try main.write(array: headlineOffsets) }
        try section(.headlineText) { try main.write(headlines) }
        try section(.bodyOffsets) { try main.write(array: bodyOffsets) }
        try body.flush()
        try section(.bodyText) {
            var buffer: [UInt8] = []
            var at = 0
            let total = Int(bodyOffsets.last ?? 0)
            while at < total {
                let chunk = min(4 << 20, total - at)
                try readFully(body.fd, path: bodyPath, offset: at, count: chunk, into: &buffer)
                try buffer.withUnsafeBytes { try main.write(UnsafeRawBufferPointer(rebasing: $0[0..<chunk])) }
                at += chunk
            }
        }
        try writeGrams(&headlineGrams, articleCount: n, keys: .headlineGramKeys, counts: .headlineGramCounts,
                       offsets: .headlineGramOffsets, data: .headlineGramData)
        try writeGrams(&bodyGrams, articleCount: n, keys: .bodyGramKeys, counts: .bodyGramCounts,
                       offsets: .bodyGramOffsets, data: .bodyGramData)
        try main.align()
        let length = main.offset
        var header = ByteWriter(capacity: SnapshotFormat.headerSize)
        header.append(SnapshotFormat.magic)
        header.u32(SnapshotFormat.version)
        header.u32(UInt32(sections.count))
        header.u64(UInt64(length))
        header.u64(UInt64(n))
        header.u64(0x0102_0304_0506_0708) // byte-order mark
        header.u64(0)
        for s in sections {
            header.u64(s.id.rawValue)
            header.u64(UInt64(s.offset))
            header.u64(UInt64(s.length))
        }
        try main.write(header.bytes, at: 0)
        try main.sync()
    }

    private func writeGrams(
        _ grams: inout GramIndexBuilder, articleCount: Int, keys: SnapshotSection, counts: SnapshotSection,
        offsets: SnapshotSection, data: SnapshotSection
    ) throws {
        let layout = grams.layOut(articleCount: articleCount)
        try section(keys) { try main.write(array: layout.keys) }
        try section(counts) { try main.write(array: layout.counts) }
        try section(offsets) { try main.write(array: layout.offsets) }
        try section(data) { try grams.writeData(articleCount: articleCount) { try main.write($0) } }
    }
}

