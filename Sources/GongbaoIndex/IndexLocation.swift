import Foundation

/// Where the index of a corpus lives: one SQLite file per set of corpus roots
/// in the cache folder (`$XDG_CACHE_HOME/gongbao/`, else `~/.cache/gongbao/`),
/// named by a hash of the canonical root paths, with its snapshot and lock beside it.
public struct IndexLocation: Sendable, Hashable {
    /// The cache folder.
    public var directory: String
    /// The path of the files without extension: `<directory>/<hash>`.
    public var base: String

    /// The index location of the corpus under `paths` (in the order given).
    public init(paths: [String], cacheDirectory: String? = nil) {
        directory = cacheDirectory ?? Self.defaultDirectory()
        let roots = paths.map { CorpusScanner.realPath($0) ?? $0 }.joined(separator: "\n")
        let hash = Array(roots.utf8).withUnsafeBytes { ContentHash.of($0) }
        base = (directory as NSString).appendingPathComponent(String(format: "%016llx", hash))
    }

    /// `$XDG_CACHE_HOME/gongbao`, else `~/.cache/gongbao`.
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return (xdg as NSString).appendingPathComponent("gongbao")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return ((home as NSString).appendingPathComponent(".cache") as NSString).appendingPathComponent("gongbao")
    }

    /// The SQLite database.
    public var database: String { base + ".sqlite" }
    /// The lock file that serializes writers.
    var lock: String { base + ".lock" }
    /// The snapshot of generation `generation`.
    func snapshot(_ generation: Int64) -> String { base + ".snap-\(generation)" }
}
