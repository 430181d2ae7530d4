import Foundation
import Testing

/// Compares text with a snapshot kept in `Tests/GongbaoTUITests/Snapshots/NAME.txt`.
/// A missing snapshot is recorded (and the test passes); with `GONGBAO_RECORD=1`
/// every snapshot is re-recorded. A mismatch fails with the differing lines.
func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = Snapshots.directory.appendingPathComponent(name + ".txt")
    let content = text + "\n"
    let record = ProcessInfo.processInfo.environment["GONGBAO_RECORD"] == "1"
    guard !record, let saved = try? String(contentsOf: url, encoding: .utf8) else {
        do {
            try FileManager.default.createDirectory(at: Snapshots.directory, withIntermediateDirectories: true)
            try content.write(to: url, atomically: true, encoding: .utf8)
        } catch {
            Issue.record("could not record snapshot \(name): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    if saved != content {
        Issue.record(Comment(rawValue: Snapshots.diff(expected: saved, actual: content, name: name)), sourceLocation: sourceLocation)
    }
}

enum Snapshots {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots")

    /// The lines that differ, numbered, expected above actual.
    static func diff(expected: String, actual: String, name: String) -> String {
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        var out = ["snapshot \(name) differs (GONGBAO_RECORD=1 re-records it):"]
        for i in 0..<max(e.count, a.count) {
            let el = i < e.count ? e[i] : "<none>", al = i < a.count ? a[i] : "<none>"
            if el != al {
                out.append("line \(i + 1):")
                out.append("  expected: \(el)")
                out.append("  actual:   \(al)")
            }
        }
        return out.joined(separator: "\n")
    }
}
