import Foundation
import GRDB
import Testing
@testable import GongbaoIndex

/// The two ways a cold build avoids waiting for the disk: checkpoints of the
/// database's log on a thread of their own, and early writeback of the snapshot.
@Suite("Background checkpoints and early writeback")
struct DiskSyncTests {
    private static func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }

    @Test("a requested checkpoint copies the whole log into the database while the writer stays open")
    func checkpointCopiesTheLog() throws {
        let path = (TestCorpus.temporaryDirectory("checkpoint") as NSString).appendingPathComponent("t.sqlite")
        var config = Configuration()
        config.journalMode = .wal
        // No automatic checkpoint: whatever reaches the database file, the checkpointer copied.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = 0") }
        let writer = try DatabaseQueue(path: path, configuration: config)
        try writer.write { db in
            try db.execute(sql: "CREATE TABLE t(x BLOB NOT NULL)")
            for _ in 0..<200 { try db.execute(sql: "INSERT INTO t VALUES (randomblob(10000))") }
        }
        let before = Self.size(path)
        #expect(Self.size(path + "-wal") > 2_000_000)

        let checkpointer = LogCheckpointer(path: path)
        checkpointer.request()
        checkpointer.request() // while the first is pending: folded into it
        checkpointer.finish()

        #expect(Self.size(path) >= before + 2_000_000)
        let count = try writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM t") }
        #expect(count == 200)
        // The writer goes on after the checkpoint.
        try writer.write { db in try db.execute(sql: "INSERT INTO t VALUES (x'00')") }
        #expect(try writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM t") } == 201)
    }

    @Test("a checkpointer on a file that is not a database fails quietly")
    func checkpointOnGarbageIsHarmless() throws {
        let path = (TestCorpus.temporaryDirectory("checkpoint") as NSString).appendingPathComponent("bad.sqlite")
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: path))
        let checkpointer = LogCheckpointer(path: path)
        checkpointer.request()
        checkpointer.finish()
        #expect(Self.size(path) == 8192)
    }

    @Test("a file written with early writeback holds exactly what was written")
    func writebackKeepsTheBytes() throws {
        let path = (TestCorpus.temporaryDirectory("writeback") as NSString).appendingPathComponent("f.bin")
        let writer = try FileWriter(creating: path, writesBack: true)
        // 17 MiB in pieces of many sizes, so writeback starts twice, mid-buffer;
        // every 4 KiB block numbered, so a piece out of place would show.
        var expected = [UInt8](repeating: 0, count: 17 << 20)
        expected.withUnsafeMutableBytes { raw in
            for i in stride(from: 0, to: raw.count, by: 4096) { raw.storeBytes(of: UInt32(i >> 12), toByteOffset: i, as: UInt32.self) }
        }
        var start = 0, piece = 1
        while start < expected.count {
            let end = min(expected.count, start + piece)
            try expected[start..<end].withUnsafeBytes { try writer.write($0) }
            start = end
            piece = piece * 7 % 3_000_017 + 1
        }
        try writer.write([1, 2, 3, 4], at: 0)
        expected.replaceSubrange(0..<4, with: [1, 2, 3, 4])
        try writer.sync()
        #expect(writer.offset == expected.count)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(expected))
    }
}
