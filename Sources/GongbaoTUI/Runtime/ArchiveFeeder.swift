import Dispatch
import Foundation
import GongbaoKit

/// Runs a `LoadingSource` on a background thread and rebuilds the `Archive`
/// at growing intervals on another, posting each new archive to the UI loop.
///
/// The first archive is built from the first page, so the list shows at once;
/// later ones when the number of articles has doubled, or when a while has
/// passed (four times the last build's cost, at least a second). The total
/// work stays within a small multiple of one full build.
final class ArchiveFeeder: Sendable {
    private let source: any LoadingSource
    private let hierarchy: (any RegionHierarchy)?
    private let mailbox: Mailbox
    private let loadQueue = DispatchQueue(label: "gongbao.load", qos: .userInitiated)
    private let buildQueue = DispatchQueue(label: "gongbao.build", qos: .userInitiated)
    /// The newest snapshot number; older builds still queued are skipped.
    private let latestBuild = Locked(0)
    /// How long the last build took, to space the next.
    private let lastBuildCost = Locked(0.0)

    init(source: any LoadingSource, hierarchy: (any RegionHierarchy)?, mailbox: Mailbox) {
        self.source = source
        self.hierarchy = hierarchy
        self.mailbox = mailbox
    }

    func start() {
        loadQueue.async { [self] in load() }
    }

    private func load() {
        var articles: [Article] = []
        var progress = LoadProgress()
        var builtCount = 0
        var lastBuild = Date.distantPast
        var lastReport = Date.distantPast
        var ready: Archive?
        do {
            try source.load { batch in
                if let archive = batch.archive {
                    ready = archive
                    progress.pagesDone = batch.pagesDone
                    progress.pagesTotal = batch.pagesTotal
                    progress.articles = archive.count
                    progress.warnings += batch.warnings
                    return
                }
                articles += batch.articles
                progress.pagesDone = batch.pagesDone
                progress.pagesTotal = batch.pagesTotal
                progress.articles = articles.count
                progress.warnings += batch.warnings
                let now = Date()
                let spacing = max(1.0, 4 * lastBuildCost.withLock { $0 })
                let grown = articles.count >= 2 * builtCount
                let stale = now.timeIntervalSince(lastBuild) >= spacing
                if articles.count > builtCount, builtCount == 0 || grown || stale {
                    build(articles, progress)
                    builtCount = articles.count
                    lastBuild = now
                    lastReport = now
                } else if now.timeIntervalSince(lastReport) >= 0.1 {
                    mailbox.post(.loadProgress(progress))
                    lastReport = now
                }
            }
        } catch {
            progress.failure = "\(error)"
        }
        progress.finished = true
        if let ready {
            latestBuild.withLock { $0 += 1 } // any queued build of partial batches is now stale
            mailbox.post(.archiveUpdated(ready, progress))
        } else {
            build(articles, progress)
        }
    }

    /// Builds an archive of `articles` on the build queue, unless a newer snapshot overtakes it.
    private func build(_ articles: [Article], _ progress: LoadProgress) {
        let number = latestBuild.withLock { $0 += 1; return $0 }
        buildQueue.async { [self] in
            guard latestBuild.withLock({ $0 }) == number else { return }
            let start = Date()
            let archive = Archive(articles: articles, hierarchy: hierarchy)
            lastBuildCost.withLock { $0 = Date().timeIntervalSince(start) }
            mailbox.post(.archiveUpdated(archive, progress))
        }
    }
}
