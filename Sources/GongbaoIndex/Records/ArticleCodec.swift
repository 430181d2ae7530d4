import GongbaoKit

/// A compact binary form of an `Article`, far cheaper to decode than JSON.
/// The summary fields come first, so a list view decodes only those.
/// Paragraphs and box texts are written as byte lengths only: their text is the
/// article's raw body (see `TextNormalization.rawBody`), stored once, beside
/// (in the snapshot for search too; in the database after the record, as
/// `storedRecord`, a file's records in one blob, `appendStored`).
///
/// Layout: summary (id, source, index, kind, section, kicker, title,
/// subtitle, dateline, byline text, lead), then byline, lines, paragraphs,
/// subheads, boxes, marker, regions, orgs, persons, campaigns, figures.
/// Strings are varint-length-prefixed UTF-8, integers zigzag varints.
enum ArticleCodec {
    static func encode(_ a: Article, into w: inout ByteWriter) {
        w.string(a.id)
        w.string(a.source)
        w.int(a.index)
        w.u8(UInt8(ArticleKind.allCases.firstIndex(of: a.kind) ?? 0))
        w.string(a.section)
        w.string(a.kicker)
        w.string(a.title)
        w.string(a.subtitle)
        w.string(a.dateline)
        w.string(a.bylineText)
        w.string(ArticleLead.of(a))

        w.varint(UInt64(a.byline.count))
        for b in a.byline { w.string(b.name); w.string(b.role) }
        w.varint(UInt64(a.lines.count))
        for span in a.lines { w.int(span.start); w.int(span.end) }
        w.varint(UInt64(a.paragraphs.count))
        for p in a.paragraphs { w.varint(UInt64(p.utf8.count)) }
        w.strings(a.subheads)
        w.varint(UInt64(a.boxes.count))
        for box in a.boxes {
            w.string(box.label)
            w.varint(UInt64(box.text.utf8.count))
        }
        w.string(a.marker)
        w.varint(UInt64(a.regions.count))
        for r in a.regions {
            w.string(r.name); w.string(r.code); w.string(r.level.rawValue); w.strings(r.path)
            w.string(r.role.rawValue); w.int(r.count); w.strings(r.candidates)
        }
        w.varint(UInt64(a.orgs.count))
        for o in a.orgs { w.string(o.name); w.string(o.kind.rawValue); w.strings(o.aliases); w.int(o.count) }
        w.varint(UInt64(a.persons.count))
        for p in a.persons { w.string(p.name); w.string(p.role); w.int(p.count) }
        w.varint(UInt64(a.campaigns.count))
        for c in a.campaigns { w.string(c.term); w.int(c.count) }
        w.varint(UInt64(a.figures.count))
        for f in a.figures { w.string(f.text); w.double(f.value); w.string(f.unit); w.string(f.kind.rawValue); w.string(f.subject) }
    }

    static func encode(_ a: Article) -> [UInt8] {
        var w = ByteWriter(capacity: 256)
        encode(a, into: &w)
        return w.bytes
    }

    static func decodeSummary(_ r: inout ByteReader) throws -> ArticleSummary {
        let id = try r.string(), source = try r.string(), index = try r.int()
        let kindIndex = Int(try r.u8())
        let kind = kindIndex < ArticleKind.allCases.count ? ArticleKind.allCases[kindIndex] : .news
        return ArticleSummary(
            id: id, source: source, index: index, kind: kind, section: try r.string(),
            kicker: try r.string(), title: try r.string(), subtitle: try r.string(),
            dateline: try r.string(), bylineText: try r.string(), lead: try r.string()
        )
    }

    /// Decodes a record, taking its paragraphs and box texts from `body`.
    static func decode(_ buffer: UnsafeRawBufferPointer, body: UnsafeRawBufferPointer) throws -> Article {
        var r = ByteReader(buffer)
        // Part k of the body starts one byte (the newline) after part k-1 ends.
        var cursor = 0
        func nextPart() throws -> String {
            let n = try r.varint()
            guard n <= UInt64(body.count), cursor + Int(n) <= body.count else { throw ByteReader.Malformed() }
            defer { cursor += Int(n) + 1 }
            return String(decoding: UnsafeRawBufferPointer(rebasing: body[cursor..<cursor + Int(n)]), as: UTF8.self)
        }
        let s = try decodeSummary(&r)
        var a = Article(
            id: s.id, source: s.source, index: s.index, kind: s.kind, section: s.section,
            kicker: s.kicker, title: s.title, subtitle: s.subtitle, bylineText: s.bylineText,
            dateline: s.dateline
        )
        for _ in 0..<(try r.count()) { a.byline.append(Byline(name: try r.string(), role: try r.string())) }
        for _ in 0..<(try r.count()) { a.lines.append(LineSpan(try r.int(), try r.int())) }
        for _ in 0..<(try r.count()) { a.paragraphs.append(try nextPart()) }
        a.subheads = try r.strings()
        for _ in 0..<(try r.count()) {
            let label = try r.string()
            a.boxes.append(Box(label: label, text: try nextPart()))
        }
        a.marker = try r.string()
        for _ in 0..<(try r.count()) {
            let name = try r.string(), code = try r.string()
            let level = RegionLevel(rawValue: try r.string()) ?? .county
            let path = try r.strings()
            let role = RegionRole(rawValue: try r.string()) ?? .about
            a.regions.append(RegionTag(
                name: name, code: code, level: level, path: path, role: role,
                count: try r.int(), candidates: try r.strings()
            ))
        }
        for _ in 0..<(try r.count()) {
            let name = try r.string()
            let kind = OrgKind(rawValue: try r.string()) ?? .institution
            a.orgs.append(OrgTag(name: name, kind: kind, aliases: try r.strings(), count: try r.int()))
        }
        for _ in 0..<(try r.count()) {
            a.persons.append(PersonTag(name: try r.string(), role: try r.string(), count: try r.int()))
        }
        for _ in 0..<(try r.count()) { a.campaigns.append(CampaignTag(term: try r.string(), count: try r.int())) }
        for _ in 0..<(try r.count()) {
            let text = try r.string(), value = try r.double(), unit = try r.string()
            let kind = FigureKind(rawValue: try r.string()) ?? .other
            a.figures.append(Figure(text: text, value: value, unit: unit, kind: kind, subject: try r.string()))
        }
        return a
    }

    /// The database's record of an article: its record (length-prefixed),
    /// then its raw body. The snapshot writer has both at hand, so an article is
    /// encoded once for the two stores.
    static func storedRecord(_ record: [UInt8], body: UnsafeRawBufferPointer) -> [UInt8] {
        var w = ByteWriter(capacity: record.count + body.count + 4)
        appendStoredRecord(record, body: body, to: &w)
        return w.bytes
    }

    private static func appendStoredRecord(_ record: [UInt8], body: UnsafeRawBufferPointer, to w: inout ByteWriter) {
        w.varint(UInt64(record.count))
        w.append(record)
        w.append(body)
    }

    /// Appends to `file` an article's `storedRecord`, prefixed by its length. The
    /// database keeps the articles of a file as one blob of these, in page order:
    /// one row a file instead of one an article (and its index entry) made SQLite
    /// the most of the cost of storing.
    static func appendStored(_ record: [UInt8], body: UnsafeRawBufferPointer, to file: inout ByteWriter) {
        let length = varintSize(UInt64(record.count)) + record.count + body.count
        file.varint(UInt64(length))
        appendStoredRecord(record, body: body, to: &file)
    }

    /// Calls `body` with each `storedRecord` of a file's blob (`appendStored`), in order.
    static func forEachStored(in file: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        var r = ByteReader(file)
        while !r.isAtEnd {
            let n = try r.count()
            try body(UnsafeRawBufferPointer(rebasing: file[r.offset..<r.offset + n]))
            r.offset += n
        }
    }

    /// Decodes a `storedRecord`.
    static func decodeStored(_ buffer: UnsafeRawBufferPointer) throws -> Article {
        var r = ByteReader(buffer)
        let n = try r.varint()
        let start = r.offset
        guard n <= UInt64(buffer.count - start) else { throw ByteReader.Malformed() }
        let end = start + Int(n)
        return try decode(UnsafeRawBufferPointer(rebasing: buffer[start..<end]),
                          body: UnsafeRawBufferPointer(rebasing: buffer[end...]))
    }
}
