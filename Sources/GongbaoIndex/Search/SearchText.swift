import GongbaoKit

/// The text of an article that text search matches, folded: the headline
/// (kicker, title, subtitle) and the body (paragraphs, then boxes).
enum SearchText {
    /// The UTF-8 of `TextNormalization.searchHeadline(of:)` written into `bytes`
    /// (`scratch` holds the text before folding): without the array of parts, the
    /// joined String and the folded String, for the snapshot, which reads the bytes.
    static func headline(of a: Article, into bytes: inout [UInt8], scratch: inout [UInt8]) {
        scratch.removeAll(keepingCapacity: true)
        func append(_ part: String) {
            guard !part.isEmpty else { return }
            if !scratch.isEmpty { scratch.append(0x20) }
            scratch.append(contentsOf: part.utf8)
        }
        append(a.kicker)
        append(a.title)
        append(a.subtitle)
        scratch.withUnsafeBytes { TextNormalization.fold($0, into: &bytes) }
    }

    static func body(of a: Article) -> String {
        TextNormalization.searchBody(of: a)
    }
}
