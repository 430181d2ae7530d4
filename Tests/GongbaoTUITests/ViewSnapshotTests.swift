import GongbaoTestSupport
import GongbaoKit
import Testing
@testable import GongbaoTUI

/// Screens rendered into the grid and compared with text snapshots in
/// `Snapshots/`: what a person sees, at 80×24 and 160×48.
@Suite("Views: rendered screens match their snapshots")
struct ViewSnapshotTests {
    static let sizes = [Size(columns: 80, rows: 24), Size(columns: 160, rows: 48)]

    /// Renders the state `keys` lead to at each size, checks the grid's integrity, compares snapshots.
    func check(_ name: String, keys: String = "", reading: ReadingState = ReadingState(), sourceLocation: SourceLocation = #_sourceLocation) {
        for size in Self.sizes {
            var d = Driver(size: size, reading: reading)
            d.press(keys)
            let grid = render(d.state, size: size)
            #expect(grid.integrityProblems() == [], "\(name) at \(size)", sourceLocation: sourceLocation)
            assertSnapshot(grid.text, named: "\(name)-\(size)", sourceLocation: sourceLocation)
        }
    }

    @Test("main screen: facets, list with markers, preview")
    func main() {
        check("main", reading: ReadingState(read: ["p1#2"], bookmarks: ["p2#1"]))
    }

    @Test("main screen with the region tree expanded and the facet pane focused")
    func regionTreeExpanded() {
        check("region-tree", keys: "Tab l j l")
    }

    @Test("organisation facets after filtering by a region")
    func orgFacetsFiltered() {
        check("org-facets-filtered", keys: "r 甘肃 Enter ]")
    }

    @Test("region picker narrowed by typing")
    func pickerNarrowed() {
        check("picker-region", keys: "r 县")
    }

    @Test("entity picker before typing")
    func entityPicker() {
        check("picker-entity", keys: "e")
    }

    @Test("text filter being typed")
    func textPrompt() {
        check("text-prompt", keys: "/ 工会")
    }

    @Test("reader with metadata, highlighted entities and wrapped body")
    func reader() {
        check("reader", keys: "Enter")
    }

    @Test("reader with search hits")
    func readerSearch() {
        check("reader-search", keys: "Enter / 甘肃 Enter n")
    }

    @Test("reader of an article with emoji, ASCII words and a combining mark")
    func readerMixedScripts() {
        check("reader-mixed", keys: "G k k k k Enter")
    }

    @Test("help screen generated from the key map")
    func help() {
        check("help", keys: "?")
    }

    @Test("no article matches the filters")
    func emptyList() {
        check("empty-list", keys: "/ 没有这样的文章 Enter")
    }

    @Test("a window below 60×16 shows only the too-small message")
    func tooSmall() {
        var d = Driver(size: Size(columns: 50, rows: 12))
        d.press("j")
        let grid = render(d.state, size: d.state.size)
        #expect(grid.integrityProblems() == [])
        assertSnapshot(grid.text, named: "too-small-50x12")
    }

    @Test("while loading, the status line shows progress and the list what has loaded")
    func loading() {
        var d = Driver(archive: Archive(articles: Array(Fixture.articles.prefix(4)), hierarchy: TestHierarchy()))
        d.send(.loadProgress(LoadProgress(pagesDone: 2, pagesTotal: 40, articles: 4)))
        let grid = render(d.state, size: Size(columns: 80, rows: 24))
        #expect(grid.rowText(23).contains("loading 2/40 pages"))
        assertSnapshot(grid.text, named: "loading-80x24")
    }
}
