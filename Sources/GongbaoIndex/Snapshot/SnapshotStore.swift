import GongbaoKit

/// The persistent backend of an `Archive`: a mapped snapshot. Opening costs
/// one `mmap` and copying the entity arrays; an article's record is decoded
/// only when it is asked for, and text queries use the gram index.
final class SnapshotStore: ArticleStore, @unchecked Sendable {
    // @unchecked: every stored property is immutable; the buffers point into
    // `snapshot`, which this object keeps alive and which never changes.
    let snapshot: MappedSnapshot
    let entityIndex: EntityIndex
    let count: Int
    private let headline: GramIndex
    private let body: GramIndex
    private let kinds: UnsafeRawBufferPointer
    private let idOrder: UnsafeBufferPointer<UInt32>

    init(snapshot: MappedSnapshot) throws {
        self.snapshot = snapshot
        count = snapshot.articleCount
        entityIndex = try snapshot.entityIndex()
        kinds = snapshot.bytes(.kinds)
        idOrder = snapshot.array(.idOrder, of: UInt32.self)
        headline = GramIndex(
            keys: snapshot.array(.headlineGramKeys, of: UInt64.self), counts: snapshot.array(.headlineGramCounts, of: UInt32.self),
            offsets: snapshot.array(.headlineGramOffsets, of: UInt64.self), data: snapshot.bytes(.headlineGramData),
            textOffsets: snapshot.array(.headlineOffsets, of: UInt64.self), text: snapshot.bytes(.headlineText),
            articleCount: count
        )
        body = GramIndex(
            keys: snapshot.array(.bodyGramKeys, of: UInt64.self), counts: snapshot.array(.bodyGramCounts, of: UInt32.self),
            offsets: snapshot.array(.bodyGramOffsets, of: UInt64.self), data: snapshot.bytes(.bodyGramData),
            textOffsets: snapshot.array(.bodyOffsets, of: UInt64.self), text: snapshot.bytes(.bodyText),
            articleCount: count, folding: snapshot.bytes(.bodyFolding),
            file: (snapshot.fd, snapshot.fileOffset(.bodyText))
        )
    }

    func article(at position: Int) -> Article {
        (try? ArticleCodec.decode(snapshot.record(position), body: snapshot.slice(.bodyText, offsets: .bodyOffsets, position)))
            ?? Article(id: "damaged#\(position + 1)", source: "", index: position + 1, title: "(damaged index record)")
    }

    func summary(at position: Int) -> ArticleSummary {
        var r = ByteReader(snapshot.record(position))
        return (try? ArticleCodec.decodeSummary(&r))
            ?? ArticleSummary(id: "damaged#\(position + 1)", source: "", index: position + 1, kind: .news, title: "(damaged index record)")
    }

    func kind(at position: Int) -> ArticleKind {
        let k = Int(kinds[position])
        return k < ArticleKind.allCases.count ? ArticleKind.allCases[k] : .news
    }

    /// The id bytes at the start of a record (a varint length, then UTF-8).
    private func idBytes(_ position: Int) -> UnsafeRawBufferPointer {
        var r = ByteReader(snapshot.record(position))
        guard let n = try? r.count() else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(rebasing: r.buffer[r.offset..<r.offset + n])
    }

    func position(ofID id: String) -> Int? {
        let target = Array(id.utf8)
        var lo = 0, hi = idOrder.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if idBytes(Int(idOrder[mid])).lexicographicallyPrecedes(target) { lo = mid + 1 } else { hi = mid }
        }
        guard lo < idOrder.count else { return nil }
        let p = Int(idOrder[lo])
        return idBytes(p).elementsEqual(target) ? p : nil
    }

    func textMatches(_ text: String, among: [Int]?) -> [Int] {
        let folded = TextNormalization.fold(text)
        let needle = Array(folded.utf8)
        let scalars = Gram.scalars(folded)
        guard !scalars.isEmpty else { return among ?? Array(0..<count) }
        let restricted = among.map { $0.map { Int32($0) } }
        let inHeadline = headline.matches(needle: needle, scalars: scalars, among: restricted)
        let inBody = body.matches(needle: needle, scalars: scalars, among: restricted)
        var result: [Int] = []
        result.reserveCapacity(inHeadline.count + inBody.count)
        for p in inHeadline { result.append(Int(p)) }
        // Body hits that are not headline hits, in order.
        var h = 0
        for p in inBody {
            while h < inHeadline.count, inHeadline[h] < p { h += 1 }
            if h < inHeadline.count, inHeadline[h] == p { continue }
            result.append(Int(p))
        }
        return result
    }
}
