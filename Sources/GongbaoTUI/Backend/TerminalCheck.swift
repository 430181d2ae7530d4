import CNcursesw
import Foundation
import TextLayout

/// Checks, before the screen opens, that the browser can run here: a UTF-8
/// locale (for `wcwidth` and `get_wch`), a terminal on stdin and stdout, a usable TERM.
public enum TerminalCheck {
    /// Why the browser cannot run; `message` says what to do instead.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        case noUTF8Locale
        case notATerminal
        case noTerm
        case dumbTerm

        public var description: String {
            switch self {
            case .noUTF8Locale:
                "the browser needs a UTF-8 locale and none is available (not even C.UTF-8); set LANG, e.g. LANG=C.UTF-8, or use `gongbao list`"
            case .notATerminal:
                "the browser needs a terminal on stdin and stdout; for pipes and scripts use `gongbao list` (or `gongbao list --json`)"
            case .noTerm:
                "TERM is not set, so the terminal's capabilities are unknown; set TERM (e.g. TERM=xterm-256color) or use `gongbao list`"
            case .dumbTerm:
                "TERM=dumb cannot position the cursor; use a full terminal, or `gongbao list`"
            }
        }

        /// Exit status: 2, the user ran the browser where it cannot work (see docs/cli.md).
        public var exitCode: Int32 { 2 }
    }

    /// Sets the locale from the environment (falling back to C.UTF-8 when it
    /// is not UTF-8), then checks the terminal.
    public static func prepare(environment: [String: String] = ProcessInfo.processInfo.environment) throws(Problem) {
        try setUTF8Locale()
        guard isatty(0) == 1, isatty(1) == 1 else { throw .notATerminal }
        guard let term = environment["TERM"], !term.isEmpty else { throw .noTerm }
        if term == "dumb" { throw .dumbTerm }
    }

    /// `setlocale(LC_ALL, "")`; when that is not UTF-8, C.UTF-8.
    public static func setUTF8Locale() throws(Problem) {
        guard TerminalLocale.ensureUTF8() else { throw .noUTF8Locale }
    }
}
