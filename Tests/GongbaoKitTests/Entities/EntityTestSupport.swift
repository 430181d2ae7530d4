@testable import GongbaoKit

/// Runs the entity annotator on one made-up article.
enum Entities {
    static func of(_ paragraphs: [String], title: String = "", bylineText: String = "", byline: [Byline] = [],
                   regions: [RegionTag] = []) -> ArticleEntities {
        let article = Article(id: "t#1", source: "t.txt", index: 1, title: title, bylineText: bylineText, byline: byline,
                              paragraphs: paragraphs, regions: regions)
        return EntityAnnotator().entities(of: article)
    }

    static func orgs(_ text: String, regions: [RegionTag] = []) -> [String] {
        of([text], regions: regions).orgs.map(\.name)
    }

    static func persons(_ text: String, bylineText: String = "") -> [String] {
        of([text], bylineText: bylineText).persons.map(\.name)
    }

    static func campaigns(_ text: String) -> [String] {
        of([text]).campaigns.map(\.term)
    }

    static func figures(_ text: String) -> [Figure] {
        of([text]).figures
    }
}
