import Foundation
import Testing

/// `docs/guide.md` shows screens captured from the snapshot renders: each
/// block after a `<!-- snapshot NAME -->` marker must be that snapshot.
@Suite("User guide")
struct GuideTests {
    static let guide = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/guide.md")

    @Test("the screens in docs/guide.md are the current snapshots")
    func capturesAreCurrent() throws {
        let text = try String(contentsOf: Self.guide, encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        var i = 0
        var found = 0
        while i < lines.count {
            let line = lines[i]
            guard line.hasPrefix("<!-- snapshot "), line.hasSuffix(" -->") else { i += 1; continue }
            let name = String(line.dropFirst("<!-- snapshot ".count).dropLast(" -->".count))
            let snapshot = try String(contentsOf: Snapshots.directory.appendingPathComponent(name + ".txt"), encoding: .utf8)
            let expected = snapshot.hasSuffix("\n") ? String(snapshot.dropLast()) : snapshot
            // The fenced block right after the marker.
            guard i + 1 < lines.count, lines[i + 1] == "```text", let close = lines[(i + 2)...].firstIndex(of: "```") else {
                Issue.record("no ```text block after the marker for \(name)")
                return
            }
            let block = lines[(i + 2)..<close].joined(separator: "\n")
            if ProcessInfo.processInfo.environment["GONGBAO_RECORD"] == "1" {
                lines.replaceSubrange((i + 2)..<close, with: expected.components(separatedBy: "\n"))
            } else {
                #expect(block == expected, "the capture of \(name) in docs/guide.md is out of date: GONGBAO_RECORD=1 swift test --filter GuideTests")
            }
            found += 1
            i += 2
        }
        #expect(found >= 4)
        if ProcessInfo.processInfo.environment["GONGBAO_RECORD"] == "1" {
            try lines.joined(separator: "\n").write(to: Self.guide, atomically: true, encoding: .utf8)
        }
    }
}
