import CNcursesw
import Foundation

/// The signal that asked the browser to stop (SIGINT, SIGTERM, SIGHUP), or 0.
/// Set by the handler, polled by the UI loop between keys (every 30 ms), which
/// then saves and restores the terminal: nothing unsafe runs in the handler.
nonisolated(unsafe) private var pendingSignal: Int32 = 0

/// The handlers that were installed before ours for fatal signals (Swift's
/// backtracer), by signal number: ours restores the terminal, then hands over.
nonisolated(unsafe) private var previousFatalActions = Array(repeating: sigaction(), count: 65)

enum Signals {
    static let stopping: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    static let fatal: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    /// Installs the handlers. Call before ncurses starts, so that it leaves SIGINT and SIGTERM to us.
    static func install() {
        for signal in stopping {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { pendingSignal = $0 }
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, nil)
        }
        // A crash must not leave the terminal in raw mode: restore it, then let
        // the previous handler (the backtracer) or the default action take over.
        for signal in fatal {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { sig in
                endwin()
                sigaction(sig, &previousFatalActions[Int(sig)], nil)
                raise(sig) // delivered once this handler returns
            }
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, &previousFatalActions[Int(signal)])
        }
    }

    /// The stop signal received, if any.
    static var pending: Int32? {
        pendingSignal == 0 ? nil : pendingSignal
    }

    /// Forgets a SIGINT (a Ctrl-C meant for the pager).
    static func forgetInterrupt() {
        if pendingSignal == SIGINT { pendingSignal = 0 }
    }
}
