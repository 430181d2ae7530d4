import ArgumentParser
import Foundation
import GongbaoIndex
import GongbaoKit

/// The corpus paths every command takes.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Page files or folders of pages (*.txt, searched recursively). Default: ./seeds, then $GONGBAO_CORPUS.")
    var paths: [String] = []

    @Flag(help: "Read every file into memory instead of using (and updating) the index in ~/.cache/gongbao.")
    var noIndex = false

    /// The paths to read: those given, else the default corpus.
    func resolvedPaths() throws -> [String] {
        if !paths.isEmpty { return paths }
        do {
            return try Corpus.defaultPaths()
        } catch let error as CorpusError {
            throw UserError(message: error.description)
        }
    }

    /// Every article, printing one warning line per skipped file on stderr.
    func loadArticles(pipeline: ArticlePipeline = .standard) throws -> ArticleList {
        try loadArchive(pipeline: pipeline).articles
    }
}

extension CorpusOptions {
    /// Opens the corpus as an archive ready for queries and facet counts: from
    /// the index (built or updated as needed, with a progress bar on a terminal)
    /// unless `--no-index`; warnings go to stderr.
    func loadArchive(pipeline: ArticlePipeline = .standard) throws -> Archive {
        let paths = try resolvedPaths()
        let bar = ProgressBar.onTerminal()
        defer { bar?.clear() }
        do {
            return try ArchiveOpener.open(
                paths: paths, useIndex: !noIndex, options: IndexOptions(pipeline: pipeline),
                progress: bar?.update, warn: Console.warn
            )
        } catch let error as CorpusError {
            throw UserError(message: error.description)
        }
    }
}

/// Writing to the terminal or a pipe.
enum Console {
    static func warn(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Writes to stdout through a buffer; a closed pipe (`| head`) ends the program quietly.
    nonisolated(unsafe) private static var buffer: [UInt8] = []

    static func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    static func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(1, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 {
                    if errno == EINTR { continue }
                    Foundation.exit(errno == EPIPE ? ExitStatus.success : ExitStatus.failure)
                }
                offset += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    static var stdoutIsTerminal: Bool { isatty(1) == 1 }

    /// Columns of the terminal on stdout, or `nil` when stdout is not a terminal.
    static var terminalColumns: Int? {
        guard stdoutIsTerminal else { return nil }
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let env = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(env), n > 0 { return n }
        return 80
    }
}

extension UserError {
    /// Prints `gongbao: message` on stderr and exits with the error's code.
    func exit() -> Never {
        Console.flush()
        Console.warn("gongbao: \(message)")
        Foundation.exit(code)
    }
}
