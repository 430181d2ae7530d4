import GongbaoKit
import TextLayout

/// Draws the whole screen for `state` into an off-screen grid of `size`.
/// Pure: the backend puts the grid on the terminal, tests read it as text.
public func render(_ state: AppState, size: Size) -> CellGrid {
    var grid = CellGrid(size: size, measure: state.measure)
    let layout = Layout(size: size)
    if layout.isTooSmall {
        TooSmallView.draw(size: size, into: &grid)
        return grid
    }
    switch state.overlay {
    case .help(let scroll):
        HelpView.draw(state, scroll: scroll, layout: layout, into: &grid)
    case .picker(let picker):
        PickerView.draw(state, picker, layout: layout, into: &grid)
    case nil:
        if let reader = state.reader {
            ReaderView.draw(state, reader, layout: layout, into: &grid)
        } else {
            drawMain(state, layout: layout, into: &grid)
        }
    }
    StatusLine.draw(state, layout: layout, into: &grid)
    return grid
}

/// The main screen: top bar, facets, list, preview, separators.
private func drawMain(_ state: AppState, layout: Layout, into grid: inout CellGrid) {
    TopBar.draw(state, layout: layout, into: &grid)
    FacetPane.draw(state, layout: layout, into: &grid)
    ArticleList.draw(state, layout: layout, into: &grid)
    Preview.draw(state, layout: layout, into: &grid)
    // Separators: ASCII, so that no terminal draws them at another width.
    for y in layout.body.y..<layout.body.maxY {
        grid.write("|", x: layout.facets.maxX, y: y, style: .dim)
        if layout.previewBeside { grid.write("|", x: layout.list.maxX, y: y, style: .dim) }
    }
    if !layout.previewBeside {
        grid.write(String(repeating: "-", count: layout.list.width), x: layout.list.x, y: layout.list.maxY, style: .dim)
    }
}

/// Shared drawing helpers of the views.
enum Draw {
    /// One row of a pane: `left` from the left edge, `right` flush right, the
    /// whole row in `style` (the selection bar), `left` truncated with `…` to make room.
    static func row(_ left: StyledLine, right: StyledLine = [], in rect: Rect, y: Int, style: Style?, into grid: inout CellGrid) {
        if let style { grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style) }
        let rightWidth = right.reduce(0) { $0 + grid.measure.of($1.text) }
        let leftLimit = rect.maxX - (rightWidth > 0 ? rightWidth + 1 : 0)
        write(left, x: rect.x, y: y, limit: leftLimit, style: style, into: &grid)
        if rightWidth > 0, rightWidth < rect.width {
            write(right, x: rect.maxX - rightWidth, y: y, limit: rect.maxX, style: style, into: &grid)
        }
    }

    /// Writes spans up to `limit`, cutting the last one that does not fit with `…`;
    /// `style` overrides the spans' own styles (a selected row is one style).
    @discardableResult
    static func write(_ line: StyledLine, x: Int, y: Int, limit: Int, style: Style? = nil, into grid: inout CellGrid) -> Int {
        let wrapper = TextWrapper(width: grid.measure)
        var x = x
        for span in line {
            let room = limit - x
            if room <= 0 { break }
            let text = wrapper.truncate(span.text, columns: room)
            x = grid.write(text, x: x, y: y, limit: limit, style: style ?? span.style)
        }
        return x
    }

    /// The short kind marker of an article in the list.
    static func kindMarker(_ kind: ArticleKind) -> String {
        switch kind {
        case .news: "讯"
        case .feature: "特"
        case .photo: "图"
        case .brief: "简"
        case .continuation: "续"
        }
    }
}
