import GongbaoKit
import Testing
@testable import GongbaoTUI

/// Each pane draws only inside its own rectangle, whatever the text.
@Suite("Panes stay inside their rectangles")
struct PaneBoundsTests {
    static let sizes = [Size(columns: 60, rows: 16), Size(columns: 80, rows: 24), Size(columns: 139, rows: 30),
                        Size(columns: 140, rows: 30), Size(columns: 250, rows: 70)]

    /// Cells outside `rect` that are not blank.
    func strays(_ grid: CellGrid, outside rect: Rect) -> [Point] {
        var found: [Point] = []
        for y in 0..<grid.height {
            for x in 0..<grid.width where !rect.contains(x: x, y: y) && grid[x, y] != .blank {
                found.append(Point(x: x, y: y))
            }
        }
        return found
    }

    @Test("facets, list and preview write nothing outside their panes", arguments: sizes)
    func panes(size: Size) {
        for keys in ["", "Tab l j l", "G k k k k", "] j"] {
            var d = Driver(size: size, reading: ReadingState(bookmarks: ["p2#3"]))
            d.press(keys)
            let layout = Layout(size: size)
            var grid = CellGrid(size: size)
            FacetPane.draw(d.state, layout: layout, into: &grid)
            #expect(strays(grid, outside: layout.facets).isEmpty, "facets after \"\(keys)\" at \(size)")
            grid = CellGrid(size: size)
            ArticleList.draw(d.state, layout: layout, into: &grid)
            #expect(strays(grid, outside: layout.list).isEmpty, "list after \"\(keys)\" at \(size)")
            grid = CellGrid(size: size)
            Preview.draw(d.state, layout: layout, into: &grid)
            #expect(strays(grid, outside: layout.preview).isEmpty, "preview after \"\(keys)\" at \(size)")
        }
    }
}
