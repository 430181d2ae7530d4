import GongbaoKit

/// One active filter, shown as a chip in the top bar. Filters narrow together (AND).
public enum Filter: Sendable, Hashable {
    /// Articles carrying an entity: a region (and places under it), an organisation, a person, a campaign term.
    case entity(EntityKey)
    /// Articles whose headline or body contains the text.
    case text(String)
    /// Bookmarked articles only.
    case bookmarks

    /// The chip text: `地区:甘肃省`, `机构:甘肃省总工会`, `文本:「驿站」`, `书签`.
    /// Chrome uses no ambiguous-width glyphs, hence corner brackets around text.
    func chip(in archive: Archive) -> String {
        switch self {
        case .entity(let key): "\(key.kind.label):\(archive.label(of: key))"
        case .text(let text): "文本:「\(text)」"
        case .bookmarks: "书签"
        }
    }

    /// The archive query for a list of filters. Region filters are ANDed like
    /// other entities, so that picking 甘肃省 and then 平凉市 narrows.
    static func query(for filters: [Filter], bookmarks: Set<String>) -> Query {
        var query = Query()
        for filter in filters {
            switch filter {
            case .entity(let key): query.entities.append(key)
            case .text(let text): query.text = text
            case .bookmarks: query.onlyIDs = bookmarks
            }
        }
        return query
    }
}
