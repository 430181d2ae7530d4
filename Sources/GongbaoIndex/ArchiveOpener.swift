import GongbaoKit

/// The one way front ends open an archive: from the persistent index when it
/// can be used (updating it first), else by reading every file into memory.
public enum ArchiveOpener {
    /// Opens the corpus under `paths` as an `Archive`.
    ///
    /// - `useIndex`: `false` (`--no-index`) reads every file into memory and never touches the cache.
    /// - `progress`: called while files are parsed and the snapshot is written (for a progress bar).
    /// - `articles`: while the index is updated, each file's articles in corpus order (see `ArchiveIndex.open`).
    /// - `warn`: one line per skipped corpus file, and one line when the index cannot be used
    ///   (corrupt, unreadable or read-only cache): the archive is then read into memory.
    ///
    /// Throws `CorpusError` when a path does not exist.
    public static func open(
        paths: [String], useIndex: Bool = true, options: IndexOptions = IndexOptions(),
        progress: ((IndexProgress) -> Void)? = nil, articles: (([Article]) -> Void)? = nil,
        warn: (String) -> Void
    ) throws -> Archive {
        if useIndex {
            do {
                return try ArchiveIndex.open(paths: paths, options: options, progress: progress, articles: articles, warn: warn).archive
            } catch let error as CorpusError {
                throw error
            } catch {
                let location = IndexLocation(paths: paths, cacheDirectory: options.cacheDirectory)
                warn("gongbao: cannot use the index \(location.database) (\(error)); reading the corpus without it")
            }
        }
        let articles = try ArchiveLoader(pipeline: options.pipeline).load(paths: paths) { warn($0.description) }
        return Archive(articles: articles, hierarchy: options.hierarchy)
    }
}
