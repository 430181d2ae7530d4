import ArgumentParser
import Foundation
import GongbaoKit
import GongbaoTUI

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Browse a corpus in the terminal (the default command).",
        discussion: """
            Filter by region, organisation, person, campaign term and text; read articles \
            full screen. Keys: press ? in the browser, or see docs/keys.md. Read marks and \
            bookmarks are kept in $XDG_STATE_HOME/gongbao (default ~/.local/state/gongbao). \
            Needs a terminal; for pipes and scripts use `gongbao list`.
            """
    )

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Count East Asian Ambiguous characters (“ ” … —) as two columns, for terminals set up for CJK.")
    var ambiguousWide = false

    @Flag(help: "Leave the mouse to the terminal (its own text selection) instead of clicks and the wheel.")
    var noMouse = false

    func run() throws {
        do {
            try TerminalCheck.prepare()
        } catch {
            throw UserError(message: error.description, code: error.exitCode)
        }
        let paths = try corpus.resolvedPaths()
        for path in paths where !FileManager.default.fileExists(atPath: path) {
            throw UserError(message: "no such file or directory: \(path)")
        }
        let environment = ProcessInfo.processInfo.environment
        let options = BrowserOptions(
            source: corpus.noIndex ? CorpusLoadingSource(paths: paths) : IndexLoadingSource(paths: paths),
            hierarchy: Gazetteer.shared,
            ambiguousWide: ambiguousWide,
            colors: (environment["NO_COLOR"] ?? "").isEmpty,
            mouse: !noMouse,
            stateStore: ReadingStateStore(directory: ReadingStateStore.defaultDirectory(environment: environment)))
        let status: Int32
        do {
            status = try Browser.run(options)
        } catch {
            throw UserError(message: "\(error)", code: ExitStatus.failure)
        }
        if status != 0 { throw ExitCode(status) }
    }
}
