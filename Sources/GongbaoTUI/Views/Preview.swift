import GongbaoKit
import TextLayout

/// The preview of the selected article: kicker, title, subtitle, byline,
/// dateline, regions, and as many first paragraphs as fit.
enum Preview {
    static func draw(_ state: AppState, layout: Layout, into grid: inout CellGrid) {
        let rect = layout.preview.inset(columns: 1)
        guard let article = state.selectedArticle, rect.width > 4, rect.height > 0 else { return }
        let wrapper = TextWrapper(width: state.measure)
        var y = rect.y
        /// Wraps `text` into the pane, at most `maxLines` lines; false once the pane is full.
        /// `items`, when given, is the list `text` shows: lines break between its items.
        func put(_ text: String, _ style: Style, maxLines: Int = .max, items: [String]? = nil) -> Bool {
            guard !text.isEmpty || items?.isEmpty == false else { return y < rect.maxY }
            // Only as much text as could fill the rows left: a huge paragraph costs no more than a short one.
            let room = rect.width * (rect.maxY - y) + 1
            var lines = items.map { wrapper.wrap(items: Array($0.prefix(room)), columns: rect.width) }
                ?? wrapper.wrap(String(text.prefix(room)), columns: rect.width)
            if lines.count > maxLines {
                lines = Array(lines.prefix(maxLines))
                lines[lines.count - 1] = wrapper.truncate(lines[lines.count - 1] + "…", columns: rect.width)
            }
            for line in lines {
                guard y < rect.maxY else { return false }
                grid.write(line, x: rect.x, y: y, limit: rect.maxX, style: style)
                y += 1
            }
            return y < rect.maxY
        }
        var go = put(article.kicker, .dim, maxLines: 2)
        if go { go = put(article.displayTitle, .heading, maxLines: 3) }
        if go { go = put(article.subtitle.replacingOccurrences(of: "\n", with: " "), .normal, maxLines: 2) }
        let credits = [article.dateline, article.bylineText].filter { !$0.isEmpty }.joined(separator: "  ")
        if go { go = put(credits, .dim, maxLines: 2) }
        if go, !article.regions.isEmpty {
            let paths = article.regions.filter { $0.role == .about }.map { tag in
                (tag.code.isEmpty ? tag.path : state.archive.regionPath(of: tag.code)).joined(separator: "/")
            }
            if !paths.isEmpty { go = put("", .dim, maxLines: 2, items: ["地区"] + paths) }
        }
        if go { y += 1 }
        for paragraph in article.paragraphs {
            guard go, y < rect.maxY else { break }
            go = put(paragraph, .normal)
        }
    }
}
