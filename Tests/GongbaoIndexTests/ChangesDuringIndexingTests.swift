import Foundation
import Testing
import GongbaoKit
@testable import GongbaoIndex

/// Files that change or vanish between the scan of the corpus and their
/// reading, as when a user edits or deletes pages while `gongbao index` runs.
/// The update takes a scan made before the change, so the race happens on cue.
@Suite("Files changed or deleted while indexing")
struct ChangesDuringIndexingTests {
    let corpus: String
    let cache: String
    let options: IndexOptions

    init() {
        (corpus, cache) = TestCorpus.seedCopy()
        options = IndexOptions.test(cache: cache)
    }

    private func path(_ prefix: String) -> String {
        let name = try! FileManager.default.contentsOfDirectory(atPath: corpus).first { $0.hasPrefix(prefix) }!
        return (corpus as NSString).appendingPathComponent(name)
    }

    private func key(_ path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    /// Indexes from a scan taken now, after `change` has run on the files.
    private func indexAfterScan(_ change: () throws -> Void) throws -> (archive: Archive, report: IndexReport, warnings: [String]) {
        let scanned = try CorpusScanner.scan([corpus]) { _ in }
        try change()
        var warnings: [String] = []
        let (archive, report) = try ArchiveIndex.open(paths: [corpus], scanned: scanned, scanWarnings: [], options: options) {
            warnings.append($0)
        }
        return (archive, report, warnings)
    }

    private func reopen() throws -> (archive: Archive, report: IndexReport, warnings: [String]) {
        var warnings: [String] = []
        let (archive, report) = try ArchiveIndex.open(paths: [corpus], options: options) { warnings.append($0) }
        return (archive, report, warnings)
    }

    private func memory() throws -> Archive {
        try ArchiveOpener.open(paths: [corpus], useIndex: false, options: options) { _ in }
    }

    @Test("a file deleted after the scan is left out with one warning naming it; the rest load")
    func deletedDuringIndexing() throws {
        let file = path("001")
        let (archive, report, warnings) = try indexAfterScan { try FileManager.default.removeItem(atPath: file) }
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains((file as NSString).lastPathComponent) == true)
        #expect(warnings.first?.contains("deleted or renamed") == true)
        #expect(report.added == 4)
        #expect(!archive.articles.contains { $0.id.hasPrefix(key(file) + "#") })
        #expect(Array(archive.articles) == Array(try memory().articles))

        // The next open agrees with the files, silently, and stays current.
        let (again, second, quiet) = try reopen()
        #expect(quiet.isEmpty)
        #expect(Array(again.articles) == Array(try memory().articles))
        #expect(second.added == 0 && second.changed == 0)
        #expect(try reopen().report.snapshotWritten == false)
    }

    @Test("a file rewritten after the scan is indexed with the text read, and parsed again on the next open")
    func changedDuringIndexing() throws {
        let file = path("002")
        let (archive, _, warnings) = try indexAfterScan {
            TestCorpus.write("# 改写中的页面\n\n正文提到一个罕见词语：鲸落计划。\n", to: file)
            TestCorpus.bumpTime(file)
        }
        #expect(warnings.isEmpty)
        // What was read is what is shown: the new text, once, never the old one beside it.
        #expect(archive.run(Query(text: "鲸落计划")).count == 1)
        #expect(archive.articles.filter { $0.id.hasPrefix(key(file) + "#") }.count == 1)

        // The stored size and time are the scan's, so the next open looks at the file again.
        TestCorpus.write("# 写完的页面\n\n正文换成了另一个词语：雪豹巡护。\n", to: file)
        TestCorpus.bumpTime(file, by: 10)
        let (after, report, _) = try reopen()
        #expect(report.changed == 1)
        #expect(after.run(Query(text: "鲸落计划")).isEmpty)
        #expect(after.run(Query(text: "雪豹巡护")).count == 1)
        #expect(Array(after.articles) == Array(try memory().articles))
    }

    @Test("a file only read after the scan's time changed is re-checked next time, not trusted")
    func changedWithoutRewriteNextOpen() throws {
        let file = path("003")
        _ = try indexAfterScan {
            TestCorpus.write("# 扫描之后写入\n\n正文：扫描之后的新内容。\n", to: file)
            TestCorpus.bumpTime(file)
        }
        // The file did not change again, but its time is not the stored one:
        // it is read, found to hold the content already indexed, and only its time is updated.
        let (archive, report, _) = try reopen()
        #expect(report.bytesParsed == 0)
        #expect(report.unchanged == 5)
        #expect(Array(archive.articles) == Array(try memory().articles))
        #expect(try reopen().report.snapshotWritten == false)
    }
}
