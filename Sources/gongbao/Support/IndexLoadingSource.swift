import Foundation
import GongbaoIndex
import GongbaoKit
import GongbaoTUI

/// The browser's articles through the persistent index: opens it (updating it
/// first for new or changed files, with progress for the status line) and hands
/// over the ready archive. A damaged or unwritable index falls back to reading
/// the corpus, with a warning, inside `ArchiveOpener`.
///
/// While the index is built or updated (the first open of a corpus, new files,
/// a new version of gongbao that parses differently), each file's articles are
/// delivered as they are stored, so the list fills as indexing goes; the
/// index's archive then replaces them. Every file is parsed once.
struct IndexLoadingSource: LoadingSource {
    var paths: [String]
    let name: String

    init(paths: [String]) {
        self.paths = paths
        name = CorpusLoadingSource(paths: paths).name
    }

    func load(deliver: (LoadBatch) -> Void) throws {
        try withoutActuallyEscaping(deliver) { deliver in
            var done = 0, total: Int?
            var warnings: [String] = []
            let archive = try ArchiveOpener.open(
                paths: paths, useIndex: true, options: IndexOptions(),
                progress: { p in
                    guard p.phase == .reading else { return }
                    done = p.done
                    total = p.total
                    deliver(LoadBatch(articles: [], pagesDone: done, pagesTotal: total))
                },
                articles: { articles in
                    guard !articles.isEmpty else { return }
                    deliver(LoadBatch(articles: articles, pagesDone: done + 1, pagesTotal: total))
                },
                warn: { warnings.append($0) })
            deliver(LoadBatch(archive: archive, pagesDone: total ?? done, pagesTotal: total, warnings: warnings))
        }
    }
}
