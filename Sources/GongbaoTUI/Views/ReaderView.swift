import GongbaoKit
import TextLayout

/// The reader: the whole article, full screen, centred at a readable width.
enum ReaderView {
    static func draw(_ state: AppState, _ reader: ReaderState, layout: Layout, into grid: inout CellGrid) {
        let bar = layout.topBar
        grid.fill(bar, style: .bar)
        let position = reader.listIndex.map { "\($0 + 1)/\(state.refs.count)" } ?? "-"
        let marks = state.reading.bookmarks.contains(reader.articleID) ? "  [书签]" : ""
        let title = "gongbao  \(state.corpusName)  \(position)\(marks)  \(state.archive.articles[reader.ref].displayTitle)"
        Draw.write([Span(title, .bar)], x: 1, y: bar.y, limit: bar.maxX - 1, into: &grid)

        let body = layout.body
        let x = layout.readerTextX
        let lines = reader.document.lines
        for row in 0..<body.height {
            let i = reader.top + row
            guard i < lines.count else { break }
            grid.write(lines[i], x: x, y: body.y + row, limit: body.maxX)
        }
        if let hit = reader.currentHit, reader.document.hits.indices.contains(hit) {
            for segment in reader.document.hits[hit] where segment.line >= reader.top && segment.line < reader.top + body.height {
                grid.restyle(Rect(x: x + segment.x, y: body.y + segment.line - reader.top, width: segment.width, height: 1), style: .currentHit)
            }
        }
    }
}
