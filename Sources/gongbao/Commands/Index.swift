import ArgumentParser
import Foundation
import GongbaoIndex
import GongbaoKit

struct Index: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build or update the index of a corpus (parsing only new and changed files).",
        discussion: """
            The index lives in $XDG_CACHE_HOME/gongbao (default ~/.cache/gongbao), one per set of \
            corpus folders; list, show, entities and the browser use it automatically. \
            Prints what it did: files added, changed, removed and unchanged, articles, time.
            """
    )

    @Argument(help: "Page files or folders of pages. Default: ./seeds, then $GONGBAO_CORPUS.")
    var paths: [String] = []

    @Flag(help: "Parse every file again, even unchanged ones (also replaces a damaged index).")
    var rebuild = false

    func run() throws {
        let paths = try CorpusOptions(paths: paths).resolvedPaths()
        let bar = ProgressBar.onTerminal()
        do {
            let report: IndexReport
            do {
                report = try ArchiveIndex.open(paths: paths, rebuild: rebuild, progress: bar?.update, warn: Console.warn).report
            } catch let error as CorpusError {
                throw error
            } catch where !rebuild {
                // A damaged index: start it afresh once.
                Console.warn("gongbao: the index could not be read (\(error)); rebuilding it")
                Self.removeIndex(IndexLocation(paths: paths))
                report = try ArchiveIndex.open(paths: paths, rebuild: true, progress: bar?.update, warn: Console.warn).report
            }
            bar?.clear()
            Console.write(report.description + "\n")
        } catch let error as CorpusError {
            bar?.clear()
            throw UserError(message: error.description)
        } catch {
            bar?.clear()
            throw UserError(message: "cannot index: \(error)", code: ExitStatus.failure)
        }
    }

    private static func removeIndex(_ location: IndexLocation) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: location.database + suffix) }
    }
}

extension CorpusOptions {
    init(paths: [String]) {
        self.init()
        self.paths = paths
    }
}

/// A one-line progress bar on stderr, redrawn in place; only on a terminal.
final class ProgressBar {
    private var lastDrawn = -1
    private var lastPhase: IndexProgress.Phase?

    /// A bar when stderr is a terminal, else `nil` (quiet in pipes and scripts).
    static func onTerminal() -> ProgressBar? {
        isatty(2) == 1 ? ProgressBar() : nil
    }

    func update(_ progress: IndexProgress) {
        let width = 30
        let permille = progress.total > 0 ? progress.done * 1000 / progress.total : 1000
        guard permille != lastDrawn || progress.phase != lastPhase else { return }
        lastDrawn = permille
        lastPhase = progress.phase
        let filled = permille * width / 1000
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        let label = progress.phase == .reading ? "indexing \(progress.done)/\(progress.total) files" : "writing snapshot"
        FileHandle.standardError.write(Data("\r\u{1B}[K\(bar) \(permille / 10)% \(label)".utf8))
    }

    /// Erases the bar.
    func clear() {
        if lastDrawn >= 0 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
