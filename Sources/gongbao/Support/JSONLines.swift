import Foundation

/// Encodes values as JSON Lines: one compact object per line, UTF-8, keys sorted so that
/// output is byte-for-byte reproducible.
struct JSONLines {
    private let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return e
    }()

    func line(_ value: some Encodable) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
