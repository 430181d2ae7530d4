import ArgumentParser
import Foundation
import TextLayout

@main
struct Gongbao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gongbao",
        abstract: "Browse archives of Chinese newspaper pages.",
        discussion: """
            A corpus is a folder of plain-text pages, one file per printed page (*.txt, \
            UTF-8, UTF-16 or GB18030). With no PATH, gongbao reads ./seeds, then $GONGBAO_CORPUS.
            Exit codes: 0 success, 1 runtime failure, 2 bad arguments or input (see docs/cli.md).
            """,
        subcommands: [Browse.self, List.self, Show.self, Regions.self, Entities.self, Index.self],
        defaultSubcommand: Browse.self
    )

    /// Parses and runs, mapping every usage error to exit code 2 as `docs/cli.md` promises.
    static func main() {
        signal(SIGPIPE, SIG_IGN) // a closed pipe shows up as EPIPE, handled by Console
        TerminalLocale.ensureUTF8() // display widths (wcwidth) need a UTF-8 LC_CTYPE
        Allocator.trace()
        do {
            var command = try parseAsRoot()
            try command.run()
            Console.flush()
        } catch let error as UserError {
            error.exit()
        } catch {
            Console.flush()
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}

/// The exit codes of every gongbao command, documented in `docs/cli.md`.
enum ExitStatus {
    static let success: Int32 = 0
    /// Something failed at run time (an I/O error, the terminal could not be set up).
    static let failure: Int32 = 1
    /// Bad arguments or input: unknown option, missing path, unknown id or region.
    static let usage: Int32 = 2
}

/// An error the user can act on: printed as `gongbao: message` with its exit code.
struct UserError: Error, CustomStringConvertible {
    var message: String
    var code: Int32 = ExitStatus.usage

    var description: String { message }
}
