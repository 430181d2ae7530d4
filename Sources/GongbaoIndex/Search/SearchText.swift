import GongbaoKit

/// The text of an article that text search matches, folded: the headline
/// (kicker, title, subtitle) and the body (paragraphs, then boxes).
enum SearchText {
    static func headline(of a: Article) -> String {
        TextNormalization.fold(a.headline)
    }

    static func body(of a: Article) -> String {
        TextNormalization.searchBody(of: a)
    }
}
