import Foundation
import GRDB

/// Checkpoints an index database's write-ahead log on a connection and a thread
/// of its own, so that the thread that parses and stores never waits for the
/// two disk syncs each checkpoint needs (0.1–0.15 s each; at 100,000 articles
/// they added up to 0.7–2.5 s of a cold build, depending on the disk).
///
/// A passive checkpoint copies the logged pages into the database while the
/// writer goes on committing. The writer's own automatic checkpoint stays as a
/// backstop (`IndexDatabase` sets it to 256 MB of log); it then finds nearly
/// everything copied and synced already. Failures are ignored: the writer's
/// checkpoints, and the one SQLite makes when the last connection closes,
/// still do the work.
final class LogCheckpointer: @unchecked Sendable {
    // @unchecked: `pending` is guarded by `lock`; `connection` is touched only on `work`.
    private let path: String
    private let work = DispatchQueue(label: "gongbao.index.checkpoint")
    private let lock = NSLock()
    private var pending = false
    private var connection: DatabaseQueue?

    init(path: String) {
        self.path = path
    }

    /// Asks for a checkpoint; ignored while one is waiting or running.
    func request() {
        lock.lock()
        defer { lock.unlock() }
        guard !pending else { return }
        pending = true
        work.async { [self] in
            checkpoint()
            lock.lock()
            pending = false
            lock.unlock()
        }
    }

    /// Waits for the checkpoint in progress, if any, and closes the connection.
    func finish() {
        work.sync { connection = nil }
    }

    private func checkpoint() {
        do {
            if connection == nil {
                var config = Configuration()
                config.busyMode = .timeout(5)
                connection = try DatabaseQueue(path: path, configuration: config)
            }
            try connection?.writeWithoutTransaction { db in _ = try db.checkpoint(.passive) }
        } catch {
            connection = nil
        }
    }
}
