import Foundation
import GRDB

/// What the index knows of one corpus file.
struct StoredFile: Sendable, Hashable {
    var id: Int64
    var source: String
    var size: Int64
    var mtime: Int64
    var hash: UInt64
    var articles: Int
    /// Why the file yielded no page (decoding failure), re-reported on every open.
    var warning: String?
}

/// A file parsed in this run, to be written: its state and its article records.
struct ParsedFile {
    var id: Int64
    var canonical: String
    var scanned: ScannedFile
    var hash: UInt64
    /// The file's articles, in page order, as one blob (`ArticleCodec.appendStored`).
    var records: [UInt8]
    var articleCount: Int
    var warning: String?
    var isNew: Bool
}

/// The SQLite side of the index (through GRDB): the files seen, with size,
/// modification time and content hash, and every article as an
/// `ArticleCodec.storedRecord` (record, then raw body), those of a file in one row
/// (`ArticleCodec.appendStored`). It is the durable truth; the snapshot is derived
/// from it (and rewritten from it, without parsing, when it is damaged or missing).
///
/// WAL mode lets readers go on while a writer commits; writers commit one
/// batch of files per transaction, so a crash loses at most the batch in flight.
final class IndexDatabase {
    /// Bump when the tables change; an index of another version is rebuilt.
    static let schemaVersion = 4

    let queue: DatabaseQueue
    let path: String
    /// Checkpoints the log in the background while files are stored.
    private let checkpointer: LogCheckpointer
    /// Record bytes committed since a checkpoint was last asked for.
    private var bytesSinceCheckpoint = 0
    /// A background checkpoint is asked for after this many bytes of records.
    private static let checkpointStep = 32 << 20

    init(path: String, fingerprint: String) throws {
        self.path = path
        var config = Configuration()
        config.journalMode = .wal
        config.busyMode = .timeout(30)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -16000")
            // The writer checkpoints only every 256 MB of log (SQLite's default is 4 MB):
            // each checkpoint waits for two disk syncs, which at 100,000 articles took
            // seconds. A `LogCheckpointer` does the work in the background every 32 MB.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 65536")
        }
        queue = try DatabaseQueue(path: path, configuration: config)
        checkpointer = LogCheckpointer(path: path)
        try queue.write { db in
            let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            if version != Self.schemaVersion {
                for table in ["articles", "records", "files", "meta"] { try db.execute(sql: "DROP TABLE IF EXISTS \(table)") }
                try db.execute(sql: """
                    CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
                    CREATE TABLE files(
                        id INTEGER PRIMARY KEY,
                        path TEXT NOT NULL UNIQUE,
                        source TEXT NOT NULL,
                        size INTEGER NOT NULL,
                        mtime INTEGER NOT NULL,
                        hash INTEGER NOT NULL,
                        articles INTEGER NOT NULL,
                        warning TEXT);
                    CREATE TABLE records(
                        file INTEGER PRIMARY KEY,
                        data BLOB NOT NULL);
                    PRAGMA user_version = \(Self.schemaVersion);
                    """)
            }
            // Parsed with another pipeline or gazetteer: every file must be parsed again.
            if try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'fingerprint'") != fingerprint {
                try db.execute(sql: "DELETE FROM records; DELETE FROM files; DELETE FROM meta")
                try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('fingerprint', ?)", arguments: [fingerprint])
            }
        }
    }

    deinit {
        // Before the writer's connection closes (and makes the last checkpoint).
        checkpointer.finish()
    }

    /// Every stored file by canonical path.
    func files() throws -> [String: StoredFile] {
        try queue.read { db in
            var out: [String: StoredFile] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT id, path, source, size, mtime, hash, articles, warning FROM files")
            while let row = try rows.next() {
                out[row[1]] = StoredFile(
                    id: row[0], source: row[2], size: row[3], mtime: row[4],
                    hash: UInt64(bitPattern: row[5] as Int64), articles: row[6], warning: row[7]
                )
            }
            return out
        }
    }

    func meta(_ key: String) throws -> String? {
        try queue.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) }
    }

    func setMeta(_ values: [String: String]) throws {
        try queue.write { db in
            for (key, value) in values {
                try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", arguments: [key, value])
            }
        }
    }

    /// The largest file id in use.
    func maxFileID() throws -> Int64 {
        try queue.read { db in try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM files") ?? 0 }
    }

    /// Calls `body` with each stored record of file `id`, in page order.
    func forEachRecord(ofFile id: Int64, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        try queue.read { db in
            let statement = try db.cachedStatement(sql: "SELECT data FROM records WHERE file = ?")
            let rows = try Row.fetchCursor(statement, arguments: [id])
            while let row = try rows.next() {
                try row.withUnsafeData(atIndex: 0) { data in
                    guard let data else { return }
                    try data.withUnsafeBytes { try ArticleCodec.forEachStored(in: $0, body) }
                }
            }
        }
    }

    /// Writes parsed files and content-unchanged files' new times in one
    /// transaction, and marks the snapshot stale in the same transaction.
    func apply(parsed: [ParsedFile], touched: [(id: Int64, size: Int64, mtime: Int64)], removed: [Int64] = []) throws {
        guard !parsed.isEmpty || !touched.isEmpty || !removed.isEmpty else { return }
        try queue.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('snapshot', '0')")
            let deleteRecords = try db.cachedStatement(sql: "DELETE FROM records WHERE file = ?")
            let upsertFile = try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO files(id, path, source, size, mtime, hash, articles, warning)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let insertRecords = try db.cachedStatement(sql: "INSERT INTO records(file, data) VALUES (?, ?)")
            for file in parsed {
                if !file.isNew { try deleteRecords.execute(arguments: [file.id]) }
                try upsertFile.execute(arguments: [
                    file.id, file.canonical, file.scanned.source, file.scanned.size, file.scanned.mtime,
                    Int64(bitPattern: file.hash), file.articleCount, file.warning,
                ])
                if !file.records.isEmpty { try insertRecords.execute(arguments: [file.id, Data(file.records)]) }
            }
            let touch = try db.cachedStatement(sql: "UPDATE files SET size = ?, mtime = ? WHERE id = ?")
            for t in touched { try touch.execute(arguments: [t.size, t.mtime, t.id]) }
            let deleteFile = try db.cachedStatement(sql: "DELETE FROM files WHERE id = ?")
            for id in removed {
                try deleteRecords.execute(arguments: [id])
                try deleteFile.execute(arguments: [id])
            }
        }
        for file in parsed { bytesSinceCheckpoint += file.records.count }
        if bytesSinceCheckpoint >= Self.checkpointStep {
            bytesSinceCheckpoint = 0
            checkpointer.request()
        }
    }

    /// Forgets every file (a forced rebuild).
    func clear() throws {
        try queue.write { db in
            try db.execute(sql: "DELETE FROM records; DELETE FROM files")
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('snapshot', '0')")
        }
    }
}
