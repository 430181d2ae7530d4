import Foundation
import Testing
import GongbaoKit
@testable import GongbaoIndex

@Suite("Index store round trip")
struct StoreRoundTripTests {
    @Test("an article survives the binary record form field by field")
    func codec() throws {
        let page = try PageReader.page(source: "x.txt", bytes: Array(Data(contentsOf: TestCorpus.seeds.appendingPathComponent("000_b6d46a1b74e4ecaf.txt")))).get()
        var articles = ArticlePipeline(annotators: [KeywordAnnotator()]).articles(of: page)
        articles[0].byline = [Byline(name: "康功", role: "reporter")]
        articles[0].boxes = [Box(label: "阅读提示", text: "提示")]
        articles[0].lines = [LineSpan(3, 9), LineSpan(-1, 0)]
        articles[0].regions[0].candidates = ["620000000000"]
        for article in articles {
            var body = TextNormalization.rawBody(of: article)
            let record = body.withUTF8 { ArticleCodec.storedRecord(ArticleCodec.encode(article), body: UnsafeRawBufferPointer($0)) }
            #expect(try record.withUnsafeBytes { try ArticleCodec.decodeStored($0) } == article)
        }
    }

    @Test("a file's stored records come back one by one from its blob, and a cut blob throws")
    func fileBlob() throws {
        let parts: [([UInt8], String)] = [
            ([1, 2, 3], "工会"), ([], ""), (Array(repeating: 7, count: 200), String(repeating: "职", count: 100)),
        ]
        var file = ByteWriter()
        var expected: [[UInt8]] = []
        for (record, text) in parts {
            var text = text
            text.withUTF8 { body in
                ArticleCodec.appendStored(record, body: UnsafeRawBufferPointer(body), to: &file)
                expected.append(ArticleCodec.storedRecord(record, body: UnsafeRawBufferPointer(body)))
            }
        }
        var seen: [[UInt8]] = []
        try file.bytes.withUnsafeBytes { try ArticleCodec.forEachStored(in: $0) { seen.append(Array($0)) } }
        #expect(seen == expected)
        #expect(throws: ByteReader.Malformed.self) {
            try Array(file.bytes.dropLast()).withUnsafeBytes { try ArticleCodec.forEachStored(in: $0) { _ in } }
        }
    }

    @Test("articles and entities read from the index equal those parsed in memory")
    func roundTrip() throws {
        let (corpus, cache) = TestCorpus.seedCopy()
        let options = IndexOptions.test(cache: cache)
        let (indexed, report) = try ArchiveIndex.open(paths: [corpus], options: options) { _ in }
        #expect(report.added == 5)
        let memory = try ArchiveOpener.open(paths: [corpus], useIndex: false, options: options) { _ in }
        #expect(indexed.count == memory.count)
        #expect(Array(indexed.articles) == Array(memory.articles))
        #expect(indexed.keys == memory.keys)
        #expect(indexed.labels == memory.labels)
        for i in 0..<memory.count {
            #expect(indexed.summary(at: i) == memory.summary(at: i))
        }
        // A warm open gives the same again, from the snapshot.
        let (warm, warmReport) = try ArchiveIndex.open(paths: [corpus], options: options) { _ in }
        #expect(!warmReport.snapshotWritten)
        #expect(warmReport.unchanged == 5)
        #expect(Array(warm.articles) == Array(memory.articles))
        for article in memory.articles {
            #expect(warm.article(id: article.id) == article)
            #expect(warm.position(of: article.id) == memory.position(of: article.id))
        }
        #expect(warm.article(id: "nope#1") == nil)
    }

    @Test("queries and facets answer the same from the index as from memory")
    func queries() throws {
        let (corpus, cache) = TestCorpus.seedCopy()
        let options = IndexOptions.test(cache: cache)
        let indexed = try ArchiveOpener.open(paths: [corpus], options: options) { _ in }
        let memory = try ArchiveOpener.open(paths: [corpus], useIndex: false, options: options) { _ in }
        let queries = [
            Query(), Query(regions: ["620000000000"]), Query(regions: ["620800000000"]),
            Query(regions: ["420000000000"], includeMentions: true),
            Query(entities: [EntityKey(.org, "总工会")]), Query(entities: [EntityKey(.campaign, "小三级"), EntityKey(.org, "总工会")]),
            Query(text: "工会"), Query(text: "驿站"), Query(text: "甘"), Query(text: "县级工会加强年"),
            Query(regions: ["620000000000"], text: "工会"), Query(text: "工会", kinds: [.news]),
            Query(onlyIDs: [memory.articles[2].id, memory.articles[7].id]),
        ]
        for query in queries {
            let refs = memory.run(query)
            #expect(indexed.run(query) == refs, "\(query)")
            for kind in EntityKind.allCases {
                #expect(indexed.facets(kind, over: refs) == memory.facets(kind, over: refs))
            }
            #expect(indexed.regionCounts(over: refs) == memory.regionCounts(over: refs))
        }
        #expect(indexed.cooccurring(with: EntityKey(.org, "总工会")) == memory.cooccurring(with: EntityKey(.org, "总工会")))
    }
}

@Suite("Index entity names")
struct EntityNameTests {
    @Test("entity names and aliases resolve the same from the index as from memory")
    func names() throws {
        let (corpus, cache) = TestCorpus.seedCopy()
        let options = IndexOptions.test(cache: cache)
        let indexed = try ArchiveOpener.open(paths: [corpus], options: options) { _ in }
        let memory = try ArchiveOpener.open(paths: [corpus], useIndex: false, options: options) { _ in }
        for name in ["总工会", "总", "灵台县", "620000000000", "小三级", "驿站员", "无此名"] {
            #expect(indexed.entityKeys(named: name) == memory.entityKeys(named: name))
        }
        #expect(indexed.entityKeys(named: "总") == [EntityKey(.org, "总工会")])
        #expect(indexed.entityKeys(containing: "工会") == memory.entityKeys(containing: "工会"))
    }
}
