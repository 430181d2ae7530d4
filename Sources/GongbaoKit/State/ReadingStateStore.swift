import Foundation

/// Keeps the `ReadingState` in one JSON file under the user's state directory
/// (`$XDG_STATE_HOME/gongbao/`, by default `~/.local/state/gongbao/`).
///
/// Writes are atomic (a temporary file in the same directory, then a rename),
/// so a crash never leaves half a file. A file that cannot be decoded is moved
/// aside, never deleted, and a fresh state starts. Corpus files are never touched.
public struct ReadingStateStore: Sendable {
    /// The state file.
    public let fileURL: URL

    /// A store keeping its file `reading-state.json` in `directory`.
    public init(directory: URL) {
        fileURL = directory.appendingPathComponent("reading-state.json")
    }

    /// `$XDG_STATE_HOME/gongbao` when that is an absolute path, else `$HOME/.local/state/gongbao`.
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("gongbao")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/state/gongbao")
    }

    /// The saved state, or an empty one when there is no file yet. When the file
    /// is unreadable it is renamed aside and `warning` says where it went.
    public func load() -> (state: ReadingState, warning: String?) {
        let fm = FileManager.default
        guard fm.fileExists(atPath: fileURL.path) else { return (ReadingState(), nil) }
        do {
            let data = try Data(contentsOf: fileURL)
            return (try JSONDecoder().decode(ReadingState.self, from: data), nil)
        } catch {
            let aside = asidePath()
            do {
                try fm.moveItem(at: fileURL, to: aside)
                return (ReadingState(), "reading state \(fileURL.path) was unreadable; moved it to \(aside.path) and started afresh")
            } catch {
                return (ReadingState(), "reading state \(fileURL.path) is unreadable and could not be moved aside; starting afresh without it")
            }
        }
    }

    /// Writes `state` atomically, creating the directory when needed.
    public func save(_ state: ReadingState) throws {
        let fm = FileManager.default
        let directory = fileURL.deletingLastPathComponent()
        try fm.createDirectory(at: directory, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(state)
        let temporary = directory.appendingPathComponent(".reading-state.json.\(getpid()).tmp")
        do {
            try data.write(to: temporary)
            guard rename(temporary.path, fileURL.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: fileURL.path])
            }
        } catch {
            try? fm.removeItem(at: temporary)
            throw error
        }
    }

    /// A free name next to the state file for a corrupt copy: `reading-state.json.corrupt-1`, `-2`, …
    private func asidePath() -> URL {
        var n = 1
        while true {
            let candidate = URL(fileURLWithPath: fileURL.path + ".corrupt-\(n)")
            if !FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            n += 1
        }
    }
}
