import Testing
import TextLayout
@testable import GongbaoTUI

@Suite("Cell grid: the drawing core")
struct CellGridTests {
    init() { _ = utf8Locale }

    @Test("a double-width character takes a cell and its continuation; the row reads naturally")
    func wide() {
        var grid = CellGrid(size: Size(columns: 6, rows: 1))
        let end = grid.write("甘a肃", x: 0, y: 0)
        #expect(end == 5)
        #expect(grid[1, 0].isContinuation && grid[4, 0].isContinuation)
        #expect(grid.rowText(0) == "甘a肃 ")
        #expect(grid.integrityProblems() == [])
    }

    @Test("a double-width character that would cross the limit leaves a space instead")
    func padAtEdge() {
        var grid = CellGrid(size: Size(columns: 5, rows: 1))
        grid.write("xxxxx", x: 0, y: 0)
        let end = grid.write("甘肃", x: 0, y: 0, limit: 3)
        #expect(end == 3)
        #expect(grid.rowText(0) == "甘 xx")
        grid.write("ab甘", x: 2, y: 0)
        #expect(grid.rowText(0) == "甘ab ")
        #expect(grid.integrityProblems() == [])
    }

    @Test("overwriting half of a wide character blanks the other half")
    func halfOverwrite() {
        var grid = CellGrid(size: Size(columns: 6, rows: 1))
        grid.write("甘肃省", x: 0, y: 0)
        grid.write("x", x: 1, y: 0) // right half of 甘
        #expect(grid.rowText(0) == " x肃省")
        grid.write("y", x: 2, y: 0) // left half of 肃
        #expect(grid.rowText(0) == " xy 省")
        grid.write("中", x: 3, y: 0) // straddles the orphan and 省's left half
        #expect(grid.rowText(0) == " xy中 ")
        #expect(grid.integrityProblems() == [])
    }

    @Test("tabs become spaces; controls and lone combining marks are dropped; accents stay on their letter")
    func zeroWidth() {
        var grid = CellGrid(size: Size(columns: 8, rows: 1))
        grid.write("a\tb\u{7}\u{301}c e\u{301}", x: 0, y: 0)
        #expect(grid.rowText(0) == "a bc é  ")
        #expect(grid.integrityProblems() == [])
    }

    @Test("writing never passes the grid's edge, rows outside are ignored")
    func clipping() {
        var grid = CellGrid(size: Size(columns: 4, rows: 2))
        grid.write("甘肃省总工会", x: 1, y: 0)
        grid.write("nothing", x: 0, y: 5)
        grid.write("ab", x: -1, y: 1)
        #expect(grid.text == " 甘\nb")
        #expect(grid.integrityProblems() == [])
    }

    @Test("with wide ambiguous characters, “ takes two cells")
    func ambiguousWide() {
        var grid = CellGrid(size: Size(columns: 6, rows: 1), measure: DisplayWidth(ambiguousWide: true))
        grid.write("“甘”", x: 0, y: 0)
        #expect(grid[1, 0].isContinuation)
        #expect(grid.rowText(0) == "“甘”")
        #expect(grid.integrityProblems() == [])
    }

    @Test("integrity problems are reported: a bare continuation, a wide character without one")
    func problems() {
        var grid = CellGrid(size: Size(columns: 3, rows: 1))
        grid.write("甘", x: 0, y: 0)
        #expect(grid.integrityProblems().isEmpty)
        var broken = grid
        broken.restyle(Rect(x: 0, y: 0, width: 3, height: 1), style: .dim)
        #expect(broken.integrityProblems().isEmpty)
    }
}

@Suite("Layout")
struct LayoutTests {
    @Test("panes tile the screen between top bar and status line, side by side from 140 columns")
    func tiling() {
        for size in [Size(columns: 60, rows: 16), Size(columns: 80, rows: 24), Size(columns: 139, rows: 40),
                     Size(columns: 140, rows: 40), Size(columns: 250, rows: 70)] {
            let l = Layout(size: size)
            #expect(!l.isTooSmall)
            #expect(l.facets.y == 1 && l.facets.maxY == size.rows - 1)
            #expect(l.list.x == l.facets.maxX + 1)
            if l.previewBeside {
                #expect(size.columns >= 140)
                #expect(l.preview.x == l.list.maxX + 1 && l.preview.maxX == size.columns)
            } else {
                #expect(l.preview.y == l.list.maxY + 1 && l.preview.maxY == size.rows - 1)
                #expect(l.list.maxX == size.columns)
            }
            #expect(l.list.height >= 5 && l.preview.height >= 4)
            #expect(l.readerTextWidth <= 100 && l.readerTextX + l.readerTextWidth <= size.columns)
        }
    }

    @Test("below 60×16 the layout is too small")
    func tooSmall() {
        #expect(Layout(size: Size(columns: 59, rows: 24)).isTooSmall)
        #expect(Layout(size: Size(columns: 80, rows: 15)).isTooSmall)
        #expect(!Layout(size: Size(columns: 60, rows: 16)).isTooSmall)
    }
}
