import GongbaoKit

/// The JSON form of an article, one object per line in `gongbao list --json`.
/// Keys and their meaning are documented in `docs/cli.md`; later fields are
/// only ever added, never renamed or removed.
struct ArticleRecord: Encodable {
    var article: Article

    enum Key: String, CodingKey {
        case id, source, index, kind, section, kicker, title, subtitle, byline
        case bylineText = "byline_text"
        case dateline, lines, text, subheads, boxes, regions, orgs, persons, campaigns, figures
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(article.id, forKey: .id)
        try c.encode(article.source, forKey: .source)
        try c.encode(article.index, forKey: .index)
        try c.encode(article.kind, forKey: .kind)
        try c.encode(article.section, forKey: .section)
        try c.encode(article.kicker, forKey: .kicker)
        try c.encode(article.title, forKey: .title)
        try c.encode(article.subtitle, forKey: .subtitle)
        try c.encode(article.byline, forKey: .byline)
        try c.encode(article.bylineText, forKey: .bylineText)
        try c.encode(article.dateline, forKey: .dateline)
        try c.encode(article.lines, forKey: .lines)
        try c.encode(article.text, forKey: .text)
        try c.encode(article.subheads, forKey: .subheads)
        try c.encode(article.boxes, forKey: .boxes)
        try c.encode(article.regions, forKey: .regions)
        try c.encode(article.orgs, forKey: .orgs)
        try c.encode(article.persons, forKey: .persons)
        try c.encode(article.campaigns, forKey: .campaigns)
        try c.encode(article.figures, forKey: .figures)
    }
}
