import Foundation
import Testing
import GongbaoKit
@testable import GongbaoIndex

/// Collects warnings from a thread-safe box (the opener takes a plain closure).
final class Warnings: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func add(_ line: String) { lock.lock(); lines.append(line); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return lines }
}

@Suite("Index failures fall back to memory")
struct FallbackTests {
    private func openWithWarnings(corpus: String, options: IndexOptions) throws -> (Archive, [String]) {
        let warnings = Warnings()
        let archive = try ArchiveOpener.open(paths: [corpus], options: options) { warnings.add($0) }
        return (archive, warnings.all)
    }

    private func expectMemoryEquivalent(_ archive: Archive, corpus: String, options: IndexOptions) throws {
        let memory = try ArchiveOpener.open(paths: [corpus], useIndex: false, options: options) { _ in }
        #expect(Array(archive.articles) == Array(memory.articles))
        #expect(archive.run(Query(text: "工会")) == memory.run(Query(text: "工会")))
    }

    @Test("an index file of garbage bytes gives one warning and the archive from memory")
    func garbage() throws {
        let (corpus, cache) = TestCorpus.seedCopy()
        let options = IndexOptions.test(cache: cache)
        let location = IndexLocation(paths: [corpus], cacheDirectory: cache)
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        var garbage = SplitMixBytes(seed: 3)
        try Data((0..<65536).map { _ in garbage.next() }).write(to: URL(fileURLWithPath: location.database))
        let (archive, warnings) = try openWithWarnings(corpus: corpus, options: options)
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("cannot use the index") == true)
        try expectMemoryEquivalent(archive, corpus: corpus, options: options)
    }

    @Test("a truncated index file gives one warning and the archive from memory")
    func truncated() throws {
        let (corpus, cache) = TestCorpus.seedCopy()
        let options = IndexOptions.test(cache: cache)
        _ = try ArchiveIndex.open(paths: [corpus], options: options) { _ in }
        let location = IndexLocation(paths: [corpus], cacheDirectory: cache)
        // Fold the WAL into the main file, then cut the file short.
        let db = try IndexDatabase(path: location.database, fingerprint: options.fingerprint)
        try db.queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        let size = try FileManager.default.attributesOfItem(atPath: location.database)[.size] as! Int
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: location.database))
        try handle.truncate(atOffset: UInt64(size / 3))
        try handle.close()
        // Touch a file so that the open has to read the damaged tables.
        TestCorpus.bumpTime((corpus as NSString).appendingPathComponent(try FileManager.default.contentsOfDirectory(atPath: corpus).sorted()[0]))
        let (archive, warnings) = try openWithWarnings(corpus: corpus, options: options)
        #expect(warnings.count == 1)
        try expectMemoryEquivalent(archive, corpus: corpus, options: options)
    }

    @Test("a cache folder that cannot be created gives one warning and the archive from memory")
    func unwritableCache() throws {
        let (corpus, cache) = TestCorpus.seedCopy()
        // A plain file where the cache folder should be: nobody, not even root, can create it.
        TestCorpus.write("not a folder", to: cache)
        let options = IndexOptions.test(cache: (cache as NSString).appendingPathComponent("gongbao"))
        let (archive, warnings) = try openWithWarnings(corpus: corpus, options: options)
        #expect(warnings.count == 1)
        try expectMemoryEquivalent(archive, corpus: corpus, options: options)
    }

    @Test("a read-only cache folder gives one warning and the archive from memory", .enabled(if: geteuid() != 0))
    func readOnlyCache() throws {
        let (corpus, cache) = TestCorpus.seedCopy()
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: cache)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: cache) }
        let options = IndexOptions.test(cache: cache)
        let (archive, warnings) = try openWithWarnings(corpus: corpus, options: options)
        #expect(warnings.count == 1)
        try expectMemoryEquivalent(archive, corpus: corpus, options: options)
    }

    @Test("corpus warnings are given once whether the index is used or not")
    func corpusWarnings() throws {
        let (corpus, cache) = TestCorpus.seedCopy()
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]).write(to: URL(fileURLWithPath: (corpus as NSString).appendingPathComponent("bad.txt")))
        let options = IndexOptions.test(cache: cache)
        let (_, first) = try openWithWarnings(corpus: corpus, options: options)
        let (_, second) = try openWithWarnings(corpus: corpus, options: options)
        let memory = Warnings()
        _ = try ArchiveOpener.open(paths: [corpus], useIndex: false, options: options) { memory.add($0) }
        #expect(first == memory.all)
        #expect(second == memory.all)
        #expect(memory.all.count == 1)
    }

    @Test("a missing corpus path is an error, not a fallback")
    func missingPath() {
        #expect(throws: CorpusError.self) {
            try ArchiveOpener.open(paths: ["/no/such/corpus"], options: IndexOptions.test(cache: TestCorpus.temporaryDirectory())) { _ in }
        }
    }
}

/// Deterministic garbage bytes.
struct SplitMixBytes {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt8 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        return UInt8(truncatingIfNeeded: z >> 27)
    }
}

@Suite("Several openers")
struct ConcurrentOpenTests {
    @Test("two openers at once on a new index both get the whole archive")
    func twoAtOnce() async throws {
        let (corpus, cache) = TestCorpus.seedCopy()
        let options = IndexOptions.test(cache: cache)
        let expected = Array(try ArchiveOpener.open(paths: [corpus], useIndex: false, options: options) { _ in }.articles)
        let results = try await withThrowingTaskGroup(of: [Article].self) { group in
            for _ in 0..<2 {
                group.addTask {
                    let warnings = Warnings()
                    let archive = try ArchiveOpener.open(paths: [corpus], options: options) { warnings.add($0) }
                    #expect(warnings.all.isEmpty)
                    return Array(archive.articles)
                }
            }
            var all: [[Article]] = []
            for try await r in group { all.append(r) }
            return all
        }
        #expect(results.count == 2)
        for r in results { #expect(r == expected) }
        // Afterwards the index is current.
        let (_, report) = try ArchiveIndex.open(paths: [corpus], options: options) { _ in }
        #expect(!report.snapshotWritten)
    }

    @Test("an archive stays readable while another process replaces the snapshot")
    func readerSurvivesUpdate() throws {
        let (corpus, cache) = TestCorpus.seedCopy()
        let options = IndexOptions.test(cache: cache)
        let (old, _) = try ArchiveIndex.open(paths: [corpus], options: options) { _ in }
        let before = Array(old.articles)
        TestCorpus.write("# 另一页\n\n内容。\n", to: (corpus as NSString).appendingPathComponent("zz.txt"))
        let (new, report) = try ArchiveIndex.open(paths: [corpus], options: options) { _ in }
        #expect(report.added == 1)
        #expect(Array(old.articles) == before)
        #expect(new.count == old.count + 1)
    }
}
