import GongbaoKit
import TextLayout

/// The middle pane: one row per listed article: unread and bookmark markers,
/// title cut to the room left with `…`, the province's short name, the
/// source page (shorter on narrow panes, left out below 50 columns) and a
/// one-character kind marker.
enum ArticleList {
    static let regionWidth = 6

    /// Columns of the page column for a list `width` wide.
    static func pageWidth(listWidth width: Int) -> Int {
        width >= 70 ? 14 : width >= 50 ? 10 : 0
    }

    static func draw(_ state: AppState, layout: Layout, into grid: inout CellGrid) {
        let rect = layout.list
        guard !state.refs.isEmpty else {
            grid.write(emptyNote(state), x: rect.x + 1, y: rect.y, limit: rect.maxX, style: .dim)
            return
        }
        let wrapper = TextWrapper(width: state.measure)
        let pageWidth = Self.pageWidth(listWidth: rect.width)
        for row in 0..<rect.height {
            let i = state.list.scroll + row
            guard i < state.refs.count else { break }
            let article = state.archive.articles[state.refs[i]]
            let selected = i == state.list.cursor
            let style: Style? = selected ? (state.focus == .list ? .selection : .selectionInactive) : nil
            let unread = !state.reading.read.contains(article.id)
            let bookmarked = state.reading.bookmarks.contains(article.id)
            let region = state.archive.provinceName(of: article).map { RegionShortForms.shortName(of: $0, level: .province) } ?? ""
            var right: StyledLine = [Span(wrapper.fit(region, columns: regionWidth), .dim)]
            if pageWidth > 0 { right += [Span(" " + pageLabel(article, columns: pageWidth, wrapper: wrapper), .dim)] }
            right += [Span(" " + Draw.kindMarker(article.kind) + " ", .dim)]
            let left: StyledLine = [
                Span(unread ? "N" : " ", .unread),
                Span(bookmarked ? "*" : " ", .bookmark),
                Span(" " + article.displayTitle),
            ]
            Draw.row(left, right: right, in: rect, y: rect.y + row, style: style, into: &grid)
        }
    }

    /// The source page and the article's place on it, `000_b6d46a1…#3`, in `columns` columns.
    static func pageLabel(_ article: Article, columns: Int, wrapper: TextWrapper) -> String {
        let suffix = "#\(article.index)"
        let page = article.source.hasSuffix(".txt") ? String(article.source.dropLast(4)) : article.source
        let room = columns - wrapper.width.of(suffix)
        return wrapper.fit(wrapper.truncate(page, columns: room) + suffix, columns: columns)
    }

    static func emptyNote(_ state: AppState) -> String {
        if !state.isViewCurrent || (!state.loading.finished && state.archive.articles.isEmpty) { return "loading…" }
        if state.filters.isEmpty { return "(no articles in this corpus)" }
        return "(no article matches: x removes the last filter, c clears all)"
    }
}
