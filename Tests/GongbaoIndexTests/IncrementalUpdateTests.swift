import Foundation
import Testing
import GongbaoKit
@testable import GongbaoIndex

@Suite("Incremental index updates")
struct IncrementalUpdateTests {
    let corpus: String
    let cache: String
    let options: IndexOptions

    init() {
        (corpus, cache) = TestCorpus.seedCopy()
        options = IndexOptions.test(cache: cache)
    }

    private func open(_ options: IndexOptions? = nil) throws -> (archive: Archive, report: IndexReport) {
        try ArchiveIndex.open(paths: [corpus], options: options ?? self.options) { _ in }
    }

    private func memory() throws -> Archive {
        try ArchiveOpener.open(paths: [corpus], useIndex: false, options: options) { _ in }
    }

    private func path(_ prefix: String) -> String {
        let name = try! FileManager.default.contentsOfDirectory(atPath: corpus).first { $0.hasPrefix(prefix) }!
        return (corpus as NSString).appendingPathComponent(name)
    }

    @Test("a changed file is the only one parsed again, and its new text is found")
    func changedFile() throws {
        _ = try open()
        let file = path("002")
        TestCorpus.write("# 全新的标题\n\n正文里有一个罕见词语：鲸落计划。\n", to: file)
        TestCorpus.bumpTime(file)
        let (archive, report) = try open()
        #expect(report.changed == 1)
        #expect(report.unchanged == 4)
        #expect(report.added == 0 && report.removed == 0)
        #expect(report.bytesParsed == Int64(try Data(contentsOf: URL(fileURLWithPath: file)).count))
        #expect(archive.run(Query(text: "鲸落计划")).count == 1)
        #expect(Array(archive.articles) == Array(try memory().articles))
    }

    @Test("while the index is built or updated, every article arrives once, in corpus order, as stored")
    func articlesWhileIndexing() throws {
        final class Collected: @unchecked Sendable { var articles: [Article] = [] }
        let first = Collected()
        let (archive, _) = try ArchiveIndex.open(paths: [corpus], options: options, articles: { first.articles += $0 }) { _ in }
        #expect(first.articles == Array(archive.articles))

        // An update delivers the unchanged files' stored articles too, so the list is whole.
        let file = path("002")
        TestCorpus.write("# 更新后的页面\n\n正文。\n", to: file)
        TestCorpus.bumpTime(file)
        let second = Collected()
        let (updated, report) = try ArchiveIndex.open(paths: [corpus], options: options, articles: { second.articles += $0 }) { _ in }
        #expect(report.changed == 1)
        #expect(second.articles == Array(updated.articles))

        // A current index is opened as it is: nothing to deliver.
        let third = Collected()
        _ = try ArchiveIndex.open(paths: [corpus], options: options, articles: { third.articles += $0 }) { _ in }
        #expect(third.articles.isEmpty)
    }

    @Test("a deleted file's articles disappear from the index")
    func deletedFile() throws {
        let (before, _) = try open()
        let file = path("001")
        let key = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        #expect(before.articles.contains { $0.id.hasPrefix(key + "#") })
        try FileManager.default.removeItem(atPath: file)
        let (after, report) = try open()
        #expect(report.removed == 1)
        #expect(report.bytesParsed == 0)
        #expect(!after.articles.contains { $0.id.hasPrefix(key + "#") })
        #expect(Array(after.articles) == Array(try memory().articles))
    }

    @Test("an added file appears, in corpus order")
    func addedFile() throws {
        _ = try open()
        TestCorpus.write("# 新增页面的标题\n\n新增页面的正文，提到灵台。\n", to: (corpus as NSString).appendingPathComponent("0015_new.txt"))
        let (archive, report) = try open()
        #expect(report.added == 1)
        #expect(report.unchanged == 5)
        #expect(archive.article(id: "0015_new#1")?.title == "新增页面的标题")
        #expect(Array(archive.articles) == Array(try memory().articles))
        #expect(archive.run(Query(regions: ["620000000000"])) == (try memory()).run(Query(regions: ["620000000000"])))
    }

    @Test("a file touched without a change is not parsed again")
    func touchedFile() throws {
        _ = try open()
        TestCorpus.bumpTime(path("003"))
        let (_, report) = try open()
        #expect(report.unchanged == 5)
        #expect(report.bytesParsed == 0)
        // The new time is stored: the next open is a plain warm open.
        let (_, again) = try open()
        #expect(!again.snapshotWritten)
    }

    @Test("another pipeline revision or format parses every file again")
    func revisionBump() throws {
        _ = try open()
        let (archive, report) = try open(IndexOptions.test(cache: cache, revision: "test-2"))
        #expect(report.added == 5)
        #expect(Array(archive.articles) == Array(try memory().articles))
        let (_, same) = try open(IndexOptions.test(cache: cache, revision: "test-2"))
        #expect(same.unchanged == 5 && !same.snapshotWritten)
    }

    @Test("a database of another schema version is rebuilt")
    func schemaBump() throws {
        _ = try open()
        let location = IndexLocation(paths: [corpus], cacheDirectory: cache)
        let db = try IndexDatabase(path: location.database, fingerprint: options.fingerprint)
        try db.queue.write { try $0.execute(sql: "PRAGMA user_version = 999") }
        let (archive, report) = try open()
        #expect(report.added == 5)
        #expect(Array(archive.articles) == Array(try memory().articles))
    }

    @Test("a missing or damaged snapshot is rewritten from the database without parsing")
    func snapshotRepair() throws {
        _ = try open()
        let names = try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0.contains(".snap-") }
        #expect(names.count == 1)
        let snapshot = (cache as NSString).appendingPathComponent(names[0])
        var bytes = try Data(contentsOf: URL(fileURLWithPath: snapshot))
        bytes.replaceSubrange(4096..<4200, with: [UInt8](repeating: 0xFF, count: 104))
        bytes.removeLast(100)
        try bytes.write(to: URL(fileURLWithPath: snapshot))
        let (archive, report) = try open()
        #expect(report.bytesParsed == 0)
        #expect(report.snapshotWritten)
        #expect(Array(archive.articles) == Array(try memory().articles))
    }
}
