import GongbaoKit
import Testing
import TextLayout
@testable import GongbaoTUI

/// Every screen at every size: no row measures more or less than the
/// terminal, no double-width character is cut, no stray half-cell.
@Suite("Rendering keeps every row exactly as wide as the terminal")
struct RenderIntegrityTests {
    static let sizes: [Size] = [
        Size(columns: 60, rows: 16), Size(columns: 61, rows: 17), Size(columns: 79, rows: 23),
        Size(columns: 80, rows: 24), Size(columns: 99, rows: 30), Size(columns: 139, rows: 40),
        Size(columns: 140, rows: 40), Size(columns: 201, rows: 50), Size(columns: 250, rows: 70),
        Size(columns: 30, rows: 8), Size(columns: 1, rows: 1),
    ]
    static let screens = [
        "", "Tab l j l", "r", "r 县", "e", "/ 工会", "Enter", "Enter / 甘肃 Enter n", "G Enter", "G k k k k Enter",
        "?", "? G", "M", "r 甘肃 Enter ] j", "c",
    ]

    @Test("every screen at every size, with ambiguous characters narrow and wide", arguments: [false, true])
    func integrity(ambiguousWide: Bool) {
        _ = utf8Locale
        for size in Self.sizes {
            for keys in Self.screens {
                var state = AppState(corpusName: "fixture", size: size, measure: DisplayWidth(ambiguousWide: ambiguousWide))
                var d = Driver(size: size)
                d.state = state
                d.send(.archiveUpdated(Fixture.archive, LoadProgress(pagesDone: 1, pagesTotal: 1, articles: 10, finished: true)))
                d.press(keys)
                state = d.state
                let grid = render(state, size: size)
                #expect(grid.integrityProblems() == [], "keys \"\(keys)\" at \(size), ambiguous wide: \(ambiguousWide)")
            }
        }
    }

    @Test("a resize renders the new size at once, and back, identically to a fresh render")
    func resizeRoundTrip() {
        var d = Driver(size: Size(columns: 100, rows: 30))
        d.press("j Enter")
        let before = render(d.state, size: d.state.size).text
        d.send(.resize(Size(columns: 70, rows: 20)))
        let small = render(d.state, size: d.state.size)
        #expect(small.size == Size(columns: 70, rows: 20))
        #expect(small.integrityProblems() == [])
        d.send(.resize(Size(columns: 100, rows: 30)))
        #expect(render(d.state, size: d.state.size).text == before)
    }

    @Test("a title longer than the pane is cut with … and never passes the right edge")
    func longTitlesCut() {
        let long = Article(id: "x#1", source: "x.txt", index: 1, title: String(repeating: "很长的标题", count: 2000))
        var d = Driver(archive: Archive(articles: [long]))
        d.press("")
        let row = render(d.state, size: d.state.size).rowText(1)
        #expect(row.contains("…"))
        #expect(DisplayWidth().of(row) == 80)
    }

    @Test("the interface chrome uses no East Asian Ambiguous characters")
    func chromeIsUnambiguous() {
        // Render with no article text: what remains is chrome (bars, markers, separators, labels).
        var d = Driver(archive: Archive(articles: []))
        for keys in ["", "Tab", "r", "?", "/"] {
            d.press(keys)
            let text = render(d.state, size: Size(columns: 120, rows: 40)).text
            let ambiguous = text.unicodeScalars.filter { DisplayWidth.isAmbiguous($0) && $0 != "…" }
            #expect(ambiguous.isEmpty, "ambiguous glyphs in chrome after \"\(keys)\": \(String(String.UnicodeScalarView(ambiguous)))")
            d.press("Esc Esc q")
        }
        for marker in ["|", "-", "+", "N", "*", "[", "]", ">", "「", "」"] {
            #expect(marker.unicodeScalars.allSatisfy { !DisplayWidth.isAmbiguous($0) }, "\(marker)")
        }
    }
}
