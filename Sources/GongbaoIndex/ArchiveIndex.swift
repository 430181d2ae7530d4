import Foundation
import GongbaoKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How to parse and where to keep the index.
public struct IndexOptions: Sendable {
    /// The stages that turn a page into articles.
    public var pipeline: ArticlePipeline
    /// The region hierarchy for region postings (articles count under a place's
    /// ancestors). The official gazetteer unless told otherwise; it is part of
    /// the index's fingerprint, so every opener of one corpus must use the same.
    public var hierarchy: (any RegionHierarchy)?
    /// The cache folder; `nil` means `$XDG_CACHE_HOME/gongbao`, else `~/.cache/gongbao`.
    public var cacheDirectory: String?
    /// Names the parsing code: an index made with another revision is parsed
    /// again from scratch. Bump `IndexOptions.currentPipelineRevision` (or pass
    /// your own) whenever the segmenter or an annotator changes its output.
    public var pipelineRevision: String
    /// Files parsed at once on as many threads (parsing is per page and independent).
    public var parallelism: Int

    /// The revision of the standard pipeline this build parses with.
    public static let currentPipelineRevision = "pipeline-4"

    public init(
        pipeline: ArticlePipeline = .standard, hierarchy: (any RegionHierarchy)? = Gazetteer.shared,
        cacheDirectory: String? = nil, pipelineRevision: String = IndexOptions.currentPipelineRevision,
        parallelism: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.parallelism = max(1, parallelism)
        self.pipeline = pipeline
        self.hierarchy = hierarchy
        self.cacheDirectory = cacheDirectory
        self.pipelineRevision = pipelineRevision
    }

    /// What the stored articles depend on besides the files: the index formats,
    /// the pipeline, and the hierarchy used for region postings.
    var fingerprint: String {
        let h = hierarchy.map { String(reflecting: type(of: $0)) } ?? "none"
        return "schema=\(IndexDatabase.schemaVersion);snapshot=\(SnapshotFormat.version);pipeline=\(pipelineRevision);hierarchy=\(h)"
    }
}

/// Progress of an index update, for a progress bar.
public struct IndexProgress: Sendable, Hashable {
    public enum Phase: String, Sendable {
        /// Checking files, reading and parsing new or changed ones.
        case reading
        /// Writing the snapshot (texts, entity and n-gram indexes).
        case snapshot
    }

    public var phase: Phase
    /// Files done so far (reading) or 0/1 (snapshot).
    public var done: Int
    public var total: Int
}

/// What opening or updating an index did.
public struct IndexReport: Sendable, Hashable, CustomStringConvertible {
    /// Files seen for the first time.
    public var added = 0
    /// Files whose content changed since the last update.
    public var changed = 0
    /// Files gone from the corpus.
    public var removed = 0
    /// Files left as they were (including those only touched: same content, new time).
    public var unchanged = 0
    /// Articles in the index after the update.
    public var articles = 0
    /// Bytes of the files parsed in this run.
    public var bytesParsed: Int64 = 0
    /// Whether the snapshot was written anew.
    public var snapshotWritten = false
    /// Wall-clock seconds.
    public var seconds = 0.0
    /// The SQLite file.
    public var indexPath = ""

    public var description: String {
        let mb = Double(bytesParsed) / 1_048_576
        return "\(added) added, \(changed) changed, \(removed) removed, \(unchanged) unchanged; "
            + "\(articles) articles; parsed \(String(format: "%.1f", mb)) MB in \(String(format: "%.2f", seconds)) s"
            + (snapshotWritten ? "" : " (index was current)")
            + "\nindex: \(indexPath)"
    }
}

/// The persistent index of a corpus: brings it up to date with the files
/// (parsing only new and changed ones) and opens it as an `Archive`.
public enum ArchiveIndex {
    /// Opens the index of the corpus under `paths`, updating it first when files
    /// were added, changed or removed. `rebuild` parses every file again.
    ///
    /// Throws `CorpusError` for a missing path, and any other error when the
    /// index cannot be used (corrupt, unwritable): callers fall back to memory.
    /// Warnings about corpus files go to `warn` only when the open succeeds.
    ///
    /// When the index must be updated, `articles` is called with each file's
    /// articles in corpus order as they are stored (parsed anew or taken from
    /// the database), so that a browser can show them before the index is ready.
    public static func open(
        paths: [String], options: IndexOptions = IndexOptions(), rebuild: Bool = false,
        progress: ((IndexProgress) -> Void)? = nil, articles: (([Article]) -> Void)? = nil,
        warn: (String) -> Void
    ) throws -> (archive: Archive, report: IndexReport) {
        let trace = Trace()
        var warnings: [String] = []
        let scanned = try CorpusScanner.scan(paths) { warnings.append($0.description) }
        trace.mark("scan \(scanned.count) files")
        return try open(paths: paths, scanned: scanned, scanWarnings: warnings, options: options,
                        rebuild: rebuild, trace: trace, progress: progress, articles: articles, warn: warn)
    }

    /// `open` from a scan already made. The files are read after the scan, so
    /// they may have changed or gone in between (a user editing the corpus
    /// while it is indexed); tests call this to make that happen on cue.
    static func open(
        paths: [String], scanned: [ScannedFile], scanWarnings: [String], options: IndexOptions,
        rebuild: Bool = false, trace: Trace = Trace(),
        progress: ((IndexProgress) -> Void)? = nil, articles: (([Article]) -> Void)? = nil,
        warn: (String) -> Void
    ) throws -> (archive: Archive, report: IndexReport) {
        let clock = ContinuousClock()
        let start = clock.now
        var warnings = scanWarnings
        let location = IndexLocation(paths: paths, cacheDirectory: options.cacheDirectory)
        try FileManager.default.createDirectory(atPath: location.directory, withIntermediateDirectories: true)
        let db = try IndexDatabase(path: location.database, fingerprint: options.fingerprint)
        trace.mark("open database")

        var report = IndexReport()
        report.indexPath = location.database
        func finish(_ archive: Archive) -> (Archive, IndexReport) {
            report.articles = archive.count
            report.seconds = (clock.now - start).seconds
            for w in warnings { warn(w) }
            return (archive, report)
        }

        if !rebuild, let archive = try current(scanned, db: db, stored: try db.files(), location: location, options: options, warnings: &warnings, trace: trace) {
            report.unchanged = scanned.count
            return finish(archive)
        }
        let lock = try FileLock(path: location.lock)
        defer { withExtendedLifetime(lock) {} }
        if rebuild { try db.clear() }
        let stored = try db.files()
        // Another process may have brought the index up to date while we waited for the lock.
        if !rebuild, let archive = try current(scanned, db: db, stored: stored, location: location, options: options, warnings: &warnings, trace: trace) {
            report.unchanged = scanned.count
            return finish(archive)
        }
        let archive = try update(scanned, db: db, stored: stored, location: location, options: options,
                                 report: &report, warnings: &warnings, progress: progress, articles: articles)
        return finish(archive)
    }

    /// The archive from the current snapshot when it matches the files exactly, else `nil`.
    private static func current(
        _ scanned: [ScannedFile], db: IndexDatabase, stored: [String: StoredFile],
        location: IndexLocation, options: IndexOptions, warnings: inout [String], trace: Trace
    ) throws -> Archive? {
        trace.mark("read \(stored.count) stored files")
        guard stored.count == scanned.count else { return nil }
        var ids: [Int64] = []
        ids.reserveCapacity(scanned.count)
        var fileWarnings: [String] = []
        for file in scanned {
            guard let old = stored[file.canonical], old.source == file.source,
                  old.size == file.size, old.mtime == file.mtime else { return nil }
            ids.append(old.id)
            if let w = old.warning { fileWarnings.append(w) }
        }
        guard let generation = Int64(try db.meta("snapshot") ?? "0"), generation > 0,
              let snapshot = try? MappedSnapshot(path: location.snapshot(generation)),
              snapshot.manifest == ids else { return nil }
        trace.mark("compare and map the snapshot")
        let store = try SnapshotStore(snapshot: snapshot)
        trace.mark("load the entity index (\(store.entityIndex.keys.count) entities)")
        warnings += fileWarnings
        return Archive(store: store, hierarchy: options.hierarchy)
    }

    /// Parses new and changed files, stores them batch by batch, writes a new snapshot.
    private static func update(
        _ scanned: [ScannedFile], db: IndexDatabase, stored: [String: StoredFile],
        location: IndexLocation, options: IndexOptions, report: inout IndexReport,
        warnings: inout [String], progress: ((IndexProgress) -> Void)?, articles deliver: (([Article]) -> Void)?
    ) throws -> Archive {
        let generation = (Int64(try db.meta("generation") ?? "0") ?? 0) + 1
        let finalPath = location.snapshot(generation)
        let temporary = finalPath + ".tmp"
        defer { unlink(temporary) }
        let writer = try SnapshotWriter(path: temporary, hierarchy: options.hierarchy)
        var nextID = try db.maxFileID() + 1
        var manifest: [Int64] = []
        var batch: [ParsedFile] = []
        var touched: [(id: Int64, size: Int64, mtime: Int64)] = []
        var batchBytes = 0
        let present = Set(scanned.map(\.canonical))
        var removed = stored.filter { !present.contains($0.key) }.map(\.value.id)
        report.removed = removed.count

        func addStored(_ id: Int64) throws {
            var articles: [Article] = []
            try db.forEachRecord(ofFile: id) { record in
                let article = try ArticleCodec.decodeStored(record)
                try writer.add(article)
                if deliver != nil { articles.append(article) }
            }
            deliver?(articles)
        }

        // Files are taken in windows: those that must be read are read, hashed and
        // parsed on `parallelism` threads, then stored in corpus order on this one.
        let window = max(16, options.parallelism * 16)
        var start = 0
        while start < scanned.count {
            let files = Array(scanned[start..<min(start + window, scanned.count)])
            var toRead: [Int] = []
            for (k, file) in files.enumerated() {
                let old = stored[file.canonical].flatMap { $0.source == file.source ? $0 : nil }
                if !(old.map { $0.size == file.size && $0.mtime == file.mtime } ?? false) { toRead.append(k) }
            }
            let results = ParseResults(count: files.count)
            let pipeline = options.pipeline
            let jobs = toRead.map { k in
                (k, files[k], stored[files[k].canonical].flatMap { $0.source == files[k].source ? $0.hash : nil })
            }
            let work: @Sendable (Int) -> Void = { j in
                let (k, file, oldHash) = jobs[j]
                results.set(k, FileWork.run(file, oldHash: oldHash, pipeline: pipeline))
            }
            if options.parallelism > 1, toRead.count > 1 {
                DispatchQueue.concurrentPerform(iterations: toRead.count, execute: work)
            } else {
                for j in toRead.indices { work(j) }
            }
            for (k, file) in files.enumerated() {
                progress?(IndexProgress(phase: .reading, done: start + k, total: scanned.count))
                let old = stored[file.canonical].flatMap { $0.source == file.source ? $0 : nil }
                switch results.get(k) {
                case nil:
                    guard let old else { continue }
                    report.unchanged += 1
                    manifest.append(old.id)
                    if let w = old.warning { warnings.append(w) }
                    try addStored(old.id)
                case .unreadable(let reason):
                    // Not stored: the next open tries again (permissions may be fixed without a new mtime).
                    warnings.append(CorpusWarning(path: file.path, reason: reason).description)
                    if let old = stored[file.canonical] { removed.append(old.id) }
                case .sameContent:
                    guard let old else { continue }
                    report.unchanged += 1
                    touched.append((old.id, file.size, file.mtime))
                    manifest.append(old.id)
                    if let w = old.warning { warnings.append(w) }
                    try addStored(old.id)
                case .parsed(let hash, let bytes, let articles, let warning):
                    let id: Int64
                    if let existing = stored[file.canonical] {
                        id = existing.id
                        report.changed += 1
                    } else {
                        id = nextID
                        nextID += 1
                        report.added += 1
                    }
                    var records = ByteWriter(capacity: 1 << 16)
                    for article in articles { try writer.add(article, storingInto: &records) }
                    if let warning { warnings.append(warning) }
                    deliver?(articles)
                    report.bytesParsed += Int64(bytes)
                    batchBytes += bytes
                    manifest.append(id)
                    batch.append(ParsedFile(
                        id: id, canonical: file.canonical, scanned: file, hash: hash,
                        records: records.bytes, articleCount: articles.count, warning: warning,
                        isNew: stored[file.canonical] == nil
                    ))
                    if batch.count >= 256 || batchBytes >= 8 << 20 {
                        try db.apply(parsed: batch, touched: touched)
                        batch.removeAll(keepingCapacity: true)
                        touched.removeAll()
                        batchBytes = 0
                    }
                }
            }
            start += files.count
        }
        try db.apply(parsed: batch, touched: touched, removed: removed)
        progress?(IndexProgress(phase: .snapshot, done: 0, total: 1))
        try writer.finish(manifest: manifest)
        guard rename(temporary, finalPath) == 0 else { throw IndexIOError(finalPath, "rename") }
        try db.setMeta(["snapshot": String(generation), "generation": String(generation)])
        removeOldSnapshots(location: location, keep: generation)
        progress?(IndexProgress(phase: .snapshot, done: 1, total: 1))
        report.snapshotWritten = true
        let store = try SnapshotStore(snapshot: try MappedSnapshot(path: finalPath))
        return Archive(store: store, hierarchy: options.hierarchy)
    }

    /// Deletes snapshots of other generations (a process that still maps one keeps reading it).
    private static func removeOldSnapshots(location: IndexLocation, keep: Int64) {
        let prefix = (location.base as NSString).lastPathComponent + ".snap-"
        let keepName = (location.snapshot(keep) as NSString).lastPathComponent
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: location.directory) else { return }
        // Under the lock, so temporary files left here are a killed writer's.
        for name in names where name.hasPrefix(prefix) && name != keepName {
            unlink((location.directory as NSString).appendingPathComponent(name))
        }
    }
}

/// Phase timings on stderr when `GONGBAO_TRACE` is set, for finding where an open spends its time.
final class Trace {
    private let enabled = ProcessInfo.processInfo.environment["GONGBAO_TRACE"] != nil
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant

    init() { last = clock.now }

    func mark(_ what: @autoclosure () -> String) {
        guard enabled else { return }
        let now = clock.now
        FileHandle.standardError.write(Data(String(format: "gongbao: %7.1f ms  %@\n", (now - last).seconds * 1000, what()).utf8))
        last = now
    }
}

extension Duration {
    /// The duration in seconds, as a `Double`.
    var seconds: Double {
        let (s, atto) = components
        return Double(s) + Double(atto) / 1e18
    }
}
