import Foundation
@testable import GongbaoKit

/// The repository's seed pages, for tests of this target.
enum Fixtures {
    static let seedsDirectory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds")

    static var seedNames: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: seedsDirectory.path))?
            .filter { $0.hasSuffix(".txt") }.sorted() ?? []
    }

    static func seedText(_ prefix: String) -> String {
        let file = seedNames.first { $0.hasPrefix(prefix) }!
        return try! String(contentsOf: seedsDirectory.appendingPathComponent(file), encoding: .utf8)
    }
}
