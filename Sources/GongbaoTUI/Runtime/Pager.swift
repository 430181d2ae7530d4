import Foundation

/// Shows text in the user's `$PAGER` (default `less`) on the real terminal.
enum Pager {
    /// Runs the pager on a temporary file of `text` and waits for it; returns an error message on failure.
    ///
    /// The pager is spawned in gongbao's own process group (Foundation's
    /// `Process` would give it a group of its own, in the background, where
    /// reading the terminal stops it), so that it owns the keyboard and
    /// Ctrl-C reaches it. A SIGTERM or SIGHUP meanwhile ends the pager too.
    static func show(_ text: String, title: String) -> String? {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("gongbao-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).txt")
        do {
            try Data(text.utf8).write(to: file)
        } catch {
            return "could not write a temporary file for the pager: \(error.localizedDescription)"
        }
        defer { try? FileManager.default.removeItem(at: file) }
        // The file name goes in as $1, never through the shell's parser.
        let arguments = ["/bin/sh", "-c", "exec ${PAGER:-less} \"$1\"", "gongbao-pager", file.path]
        let environment = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", nil, nil, &argv, &envp)
        guard spawned == 0 else { return "could not start the pager: \(String(cString: strerror(spawned)))" }
        var status: Int32 = 0
        var signalled = false
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { break }
            if let signal = Signals.pending, signal != SIGINT, !signalled {
                kill(pid, SIGTERM)
                signalled = true
            }
        }
        // Exited with 127: the shell could not find the pager.
        if status & 0x7F == 0, (status >> 8) & 0xFF == 127 { return "pager not found: set $PAGER" }
        return nil
    }
}
