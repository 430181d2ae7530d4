import Foundation

/// Shows text in the user's `$PAGER` (default `less`) on the real terminal.
enum Pager {
    /// Runs the pager on a temporary file of `text` and waits for it; returns an error message on failure.
    static func show(_ text: String, title: String) -> String? {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("gongbao-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).txt")
        do {
            try Data(text.utf8).write(to: file)
        } catch {
            return "could not write a temporary file for the pager: \(error.localizedDescription)"
        }
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The file name goes in as $1, never through the shell's parser.
        process.arguments = ["-c", "exec ${PAGER:-less} \"$1\"", "gongbao-pager", file.path]
        do {
            try process.run()
        } catch {
            return "could not start the pager: \(error.localizedDescription)"
        }
        process.waitUntilExit()
        if process.terminationStatus == 127 { return "pager not found: set $PAGER" }
        return nil
    }
}
