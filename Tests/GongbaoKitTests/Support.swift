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
}
