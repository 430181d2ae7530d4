import Foundation
@testable import GongbaoKit

/// Shared fixtures: the repository's seed pages and the gold annotations.
enum Fixtures {
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let seedsDirectory: URL = repositoryRoot.appendingPathComponent("seeds")

    static var seedNames: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: seedsDirectory.path))?
            .filter { $0.hasSuffix(".txt") }.sorted() ?? []
    }

    /// The seed page `name` (file name, or a prefix such as `003`), read through the real reader.
    static func seed(_ name: String) -> Page {
        let file = seedNames.first { $0 == name || $0.hasPrefix(name + "_") }!
        let bytes = try! [UInt8](Data(contentsOf: seedsDirectory.appendingPathComponent(file)))
        return try! PageReader.page(source: file, bytes: bytes).get()
    }

    static func seedText(_ name: String) -> String {
        seed(name).lines.joined(separator: "\n")
    }

    static let goldURL: URL = Bundle.module.url(forResource: "Fixtures/gold/seeds", withExtension: "json")!

    /// The held-out pages (written after the segmenter, never tuned on): folder and gold.
    static let holdoutDirectory: URL = Bundle.module.url(forResource: "Fixtures/holdout", withExtension: nil)!
    static let holdoutGoldURL: URL = holdoutDirectory.appendingPathComponent("gold.json")

    /// The held-out page `name` (file name, or a prefix such as `h04`), read through the real reader.
    static func holdout(_ name: String) -> Page {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: holdoutDirectory.path)) ?? []
        let file = files.sorted().first { $0 == name || $0.hasPrefix(name + "_") }!
        let bytes = try! [UInt8](Data(contentsOf: holdoutDirectory.appendingPathComponent(file)))
        return try! PageReader.page(source: file, bytes: bytes).get()
    }
}
