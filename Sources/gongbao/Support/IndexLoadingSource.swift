import Foundation
import GongbaoIndex
import GongbaoKit
import GongbaoTUI

/// The browser's articles through the persistent index: opens it (updating it
/// first for new or changed files, with progress for the status line) and hands
/// over the ready archive. A damaged or unwritable index falls back to reading
/// the corpus, with a warning, inside `ArchiveOpener`.
///
/// When the corpus has no index yet, the first open would show an empty list
/// for as long as indexing takes; so the pages are streamed through the
/// pipeline first (the list fills as they are read), and the index is built
/// afterwards, its archive then replacing the streamed one.
struct IndexLoadingSource: LoadingSource {
    var paths: [String]
    let name: String

    init(paths: [String]) {
        self.paths = paths
        name = CorpusLoadingSource(paths: paths).name
    }

    func load(deliver: (LoadBatch) -> Void) throws {
        let cold = !FileManager.default.fileExists(atPath: IndexLocation(paths: paths).database)
        if cold {
            try CorpusLoadingSource(paths: paths).load(deliver: deliver)
        }
        try withoutActuallyEscaping(deliver) { deliver in
            var done = 0, total: Int?
            var warnings: [String] = []
            let archive = try ArchiveOpener.open(
                paths: paths, useIndex: true,
                options: IndexOptions(),
                progress: { p in
                    guard p.phase == .reading else { return }
                    done = p.done
                    total = p.total
                    deliver(LoadBatch(articles: [], pagesDone: done, pagesTotal: total))
                },
                // Streaming already reported the corpus's skipped files (CorpusWarning lines).
                warn: { if !cold || !$0.hasPrefix("gongbao: skipping ") { warnings.append($0) } })
            deliver(LoadBatch(archive: archive, pagesDone: total ?? done, pagesTotal: total, warnings: warnings))
        }
    }
}
