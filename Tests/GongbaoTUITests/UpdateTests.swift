import GongbaoTestSupport
import GongbaoKit
import Testing
@testable import GongbaoTUI

@Suite("Update: key sequences change the state")
struct UpdateTests {
    @Test("the list starts on the first article with every article listed and the list focused")
    func start() {
        let d = Driver()
        #expect(d.state.refs.count == Fixture.articles.count)
        #expect(d.state.list.cursor == 0)
        #expect(d.state.focus == .list)
        #expect(d.state.isViewCurrent)
    }

    @Test("j, k, G, g and the arrows move the list cursor within bounds")
    func listMovement() {
        var d = Driver()
        d.press("j j Down")
        #expect(d.state.list.cursor == 3)
        d.press("k Up")
        #expect(d.state.list.cursor == 1)
        d.press("G")
        #expect(d.state.list.cursor == Fixture.articles.count - 1)
        d.press("j")
        #expect(d.state.list.cursor == Fixture.articles.count - 1)
        d.press("g k")
        #expect(d.state.list.cursor == 0)
        d.press("End Home")
        #expect(d.state.list.cursor == 0)
    }

    @Test("page down moves by a page and scrolls so the cursor stays visible")
    func paging() {
        var d = Driver(size: Size(columns: 80, rows: 16))
        let page = d.state.layout.list.height
        d.press("PgDn")
        #expect(d.state.list.cursor == page - 1)
        #expect(d.state.list.cursor >= d.state.list.scroll && d.state.list.cursor < d.state.list.scroll + page)
        d.press("PgUp")
        #expect(d.state.list.cursor == 0)
        #expect(d.state.list.scroll == 0)
    }

    @Test("Tab and Shift-Tab switch between the facet pane and the list")
    func panes() {
        var d = Driver()
        d.press("Tab")
        #expect(d.state.focus == .facets)
        d.press("S-Tab")
        #expect(d.state.focus == .list)
    }

    @Test("Enter on a facet adds it as a filter, and the counts follow the filter")
    func facetFilter() {
        var d = Driver()
        d.press("Tab")
        // Regions: 甘肃省 (6 articles about it or places under it) comes first.
        #expect(d.state.facetRow(.region, 0).label == "甘肃省")
        #expect(d.state.facetRow(.region, 0).count == 5)
        d.press("Enter")
        #expect(d.state.filters == [.entity(EntityKey(.region, "620000000000"))])
        #expect(Set(d.ids) == ["p1#1", "p1#2", "p1#3", "p3#1", "p3#2"])
        // The tree now has one root, shown expanded, with the prefectures under it.
        #expect(d.state.regionRows.map(\.label) == ["甘肃省", "平凉市", "兰州市"])
        #expect(d.state.regionRows[0].disclosure == .expanded)
    }

    @Test("l expands a region in the tree and h collapses it or goes to the parent")
    func regionTree() {
        var d = Driver()
        d.press("Tab")
        let provinces = d.state.regionRows.map(\.label)
        #expect(provinces.contains("甘肃省") && !provinces.contains("平凉市"))
        d.press("l")
        #expect(d.state.regionRows.map(\.label).contains("平凉市"))
        d.press("l") // on an expanded region: to its first child
        #expect(d.state.facetRow(.region, d.state.facetPosition(.region).cursor).depth == 1)
        d.press("h") // on a child: back to the parent
        #expect(d.state.facetPosition(.region).cursor == 0)
        d.press("h") // on the expanded parent: collapse
        #expect(!d.state.regionRows.map(\.label).contains("平凉市"))
    }

    @Test("facet tabs switch with ] and [ and with 1 to 4, showing counts per kind")
    func facetTabs() {
        var d = Driver()
        d.press("]")
        #expect(d.state.facetTab == .org)
        #expect(d.state.focus == .facets)
        // Most articles first, ties in code point order (灵 U+7075 before 甘 U+7518).
        #expect(d.state.facetRow(.org, 0) == FacetRow(key: EntityKey(.org, "灵台县总工会"), label: "灵台县总工会", count: 2, depth: 0, disclosure: .leaf))
        #expect(d.state.facetRow(.org, 1).label == "甘肃省总工会")
        d.press("[ [")
        #expect(d.state.facetTab == .campaign)
        d.press("3")
        #expect(d.state.facetTab == .person)
        d.press("1")
        #expect(d.state.facetTab == .region)
    }

    @Test("r, typing 甘肃 and Enter filters by 甘肃省 and shows the chip")
    func regionPicker() {
        var d = Driver()
        d.press("r")
        guard case .picker(let picker) = d.state.overlay else {
            Issue.record("no picker")
            return
        }
        #expect(picker.matches.count == picker.entries.count)
        d.press("甘肃")
        guard case .picker(let narrowed) = d.state.overlay else { return }
        #expect(narrowed.matches.map { narrowed.entries[$0].label } == ["甘肃省"])
        d.press("Enter")
        #expect(d.state.overlay == nil)
        #expect(d.state.filters == [.entity(EntityKey(.region, "620000000000"))])
        #expect(d.screen.components(separatedBy: "\n")[0].contains("[地区:甘肃省]"))
        #expect(d.state.refs.count < Fixture.articles.count)
    }

    @Test("names starting with what was typed come first in a picker")
    func pickerPrefixFirst() {
        var d = Driver()
        d.press("e 总工会")
        guard case .picker(let picker) = d.state.overlay else { return }
        #expect(picker.matches.count == 8)
        d.press("C-u 灵台")
        guard case .picker(let again) = d.state.overlay else { return }
        #expect(again.entries[again.matches[0]].label == "灵台县总工会")
        d.press("Esc")
        #expect(d.state.overlay == nil)
        #expect(d.state.filters.isEmpty)
    }

    @Test("typing in the text filter narrows the list at each character; Esc restores it")
    func textFilter() {
        var d = Driver()
        d.press("/ 驿")
        #expect(d.state.filters == [.text("驿")])
        #expect(Set(d.ids) == ["p1#3", "p3#3"])
        d.press("站 Enter")
        #expect(d.state.filters == [.text("驿站")])
        #expect(d.state.prompt == nil)
        d.press("/ Backspace Backspace")
        #expect(d.state.filters.isEmpty)
        d.press("Esc")
        #expect(d.state.filters == [.text("驿站")])
    }

    @Test("a new text query puts the cursor on its best match; Esc brings back the article selected before")
    func textFilterSelection() {
        var d = Driver()
        d.press("j j j")
        let before = d.state.selectedArticle?.id
        #expect(d.state.list.cursor == 3)
        d.press("/ 驿")
        #expect(d.state.list.cursor == 0)
        #expect(d.state.selectedArticle?.id == d.ids.first)
        d.press("站")
        #expect(d.state.list.cursor == 0)
        d.press("Esc")
        #expect(d.state.filters.isEmpty)
        #expect(d.state.selectedArticle?.id == before)
        d.press("/ 驿 Enter j")
        let second = d.state.selectedArticle?.id
        #expect(second == d.ids[1])
        d.press("x") // removing the text keeps the article selected
        #expect(d.state.filters.isEmpty)
        #expect(d.state.selectedArticle?.id == second)
    }

    @Test("x removes the last filter and c clears them all")
    func removingFilters() {
        var d = Driver()
        d.press("Tab Enter ] Enter")
        #expect(d.state.filters.count == 2)
        d.press("x")
        #expect(d.state.filters == [.entity(EntityKey(.region, "620000000000"))])
        d.press("] Enter c")
        #expect(d.state.filters.isEmpty)
        #expect(d.state.refs.count == Fixture.articles.count)
        d.press("x")
        #expect(d.state.message?.text == "no filter to remove")
    }

    @Test("the selected article stays selected when a filter keeps it")
    func selectionKept() {
        var d = Driver()
        d.press("j") // p1#2 灵台县
        d.press("r 甘肃 Enter")
        #expect(d.state.selectedArticle?.id == "p1#2")
    }

    @Test("Enter opens the reader, marks the article read and asks to save")
    func openReader() {
        var d = Driver()
        d.press("j Enter")
        #expect(d.state.reader?.articleID == "p1#2")
        #expect(d.state.reading.read == ["p1#2"])
        #expect(d.effects.contains { if case .saveReadingState(let r) = $0 { r.read == ["p1#2"] } else { false } })
    }

    @Test("n and p in the reader move through the filtered list; q goes back to it")
    func readerNextPrevious() {
        var d = Driver()
        d.press("r 甘肃 Enter Enter")
        let first = d.state.reader?.articleID
        d.press("n")
        #expect(d.state.reader?.articleID == d.ids[1])
        #expect(d.state.list.cursor == 1)
        d.press("p p")
        #expect(d.state.reader?.articleID == first)
        #expect(d.state.message?.text == "first article of the list")
        d.press("q")
        #expect(d.state.reader == nil)
        #expect(d.state.list.cursor == 0)
    }

    @Test("Space and b page through the reader and G goes to the last page")
    func readerPaging() {
        var d = Driver(size: Size(columns: 60, rows: 16))
        d.press("Enter")
        let lines = d.state.reader!.document.lines.count
        let page = d.state.layout.body.height
        #expect(lines > page)
        d.press("Space")
        #expect(d.state.reader!.top == min(page - 1, lines - page))
        d.press("b")
        #expect(d.state.reader!.top == 0)
        d.press("G")
        #expect(d.state.reader!.top == lines - page)
        d.press("j")
        #expect(d.state.reader!.top == lines - page)
    }

    @Test("/ in the reader marks hits; n and N move between them and Esc ends the search")
    func readerSearch() {
        var d = Driver()
        d.press("Enter / 甘肃省 Enter")
        let hits = d.state.reader!.document.hits.count
        #expect(hits >= 4)
        #expect(d.state.reader?.currentHit == 0)
        #expect(d.state.keyContexts.first == .readerSearch)
        d.press("n n")
        #expect(d.state.reader?.currentHit == 2)
        d.press("N N N")
        #expect(d.state.reader?.currentHit == hits - 1)
        d.press("Esc")
        #expect(d.state.reader?.search == "")
        #expect(d.state.reader != nil)
        d.press("n")
        #expect(d.state.reader?.articleID == "p1#2")
    }

    @Test("a search with no hit says so")
    func readerSearchMiss() {
        var d = Driver()
        d.press("Enter / 不存在的词 Enter")
        #expect(d.state.message?.text == "not found: 不存在的词")
    }

    @Test("m toggles a bookmark and M shows only bookmarked articles")
    func bookmarks() {
        var d = Driver()
        d.press("j m j j m")
        #expect(d.state.reading.bookmarks == ["p1#2", "p2#1"])
        d.press("M")
        #expect(d.ids == ["p1#2", "p2#1"])
        #expect(d.screen.components(separatedBy: "\n")[0].contains("[书签]"))
        d.press("m") // un-bookmark the selected one while the filter is on
        #expect(d.ids.count == 1)
        d.press("M")
        #expect(d.state.refs.count == Fixture.articles.count)
    }

    @Test("o in the reader asks to open the article's plain text in the pager")
    func pager() {
        var d = Driver()
        d.press("Enter o")
        guard case .openPager(let title, let text)? = d.effects.last else {
            Issue.record("no pager effect")
            return
        }
        #expect(title == "甘肃省高标准评选首批模范县级工会")
        #expect(text.contains(Fixture.body[1]))
    }

    @Test("? opens the help from the list and the reader; q closes it")
    func help() {
        var d = Driver()
        d.press("?")
        #expect(d.state.keyContexts == [.help, .global])
        d.press("j j q")
        #expect(d.state.overlay == nil)
        d.press("Enter ?")
        #expect(d.state.keyContexts.first == .help)
        d.press("Esc")
        #expect(d.state.reader != nil)
    }

    @Test("q on the main screen quits; an unbound key only says so")
    func quit() {
        var d = Driver()
        d.press("z")
        #expect(d.state.message?.text.contains("? lists the keys") == true)
        d.press("q")
        #expect(d.effects.contains { if case .quit = $0 { true } else { false } })
    }

    @Test("a stale recount is ignored: only the newest generation is shown")
    func staleViewIgnored() {
        var d = Driver()
        let stale = ViewData.compute(ViewRequest(generation: 0, archive: Fixture.archive, query: Query(text: "驿站"), selectedID: nil))
        d.send(.viewComputed(stale))
        #expect(d.state.refs.count == Fixture.articles.count)
    }

    @Test("a bigger archive from the loader keeps filters, selection and the open article")
    func archiveGrows() {
        var d = Driver(archive: Archive(articles: Array(Fixture.articles.prefix(3)), hierarchy: TestHierarchy()))
        d.press("j Enter")
        d.send(.archiveUpdated(Fixture.archive, LoadProgress(pagesDone: 4, pagesTotal: 4, articles: 10, finished: true)))
        #expect(d.state.refs.count == Fixture.articles.count)
        #expect(d.state.reader?.articleID == "p1#2")
        #expect(d.state.reader?.listIndex == 1)
    }

    @Test("resizing keeps the cursor visible and rewraps the reader")
    func resize() {
        var d = Driver(size: Size(columns: 160, rows: 48))
        d.press("G Enter")
        let wide = d.state.reader!.document.width
        d.send(.resize(Size(columns: 60, rows: 16)))
        #expect(d.state.reader!.document.width < wide)
        d.press("q")
        #expect(d.state.list.cursor >= d.state.list.scroll)
        #expect(d.state.list.cursor < d.state.list.scroll + d.state.layout.list.height)
    }

    @Test("clicking a row selects it, clicking it again opens it, the wheel moves the cursor")
    func mouse() {
        var d = Driver()
        let list = d.state.layout.list
        d.send(.mouse(MouseEvent(.click, x: list.x + 5, y: list.y + 2)))
        #expect(d.state.list.cursor == 2)
        d.send(.mouse(MouseEvent(.wheelDown, x: list.x + 5, y: list.y)))
        #expect(d.state.list.cursor == 5)
        d.send(.mouse(MouseEvent(.click, x: list.x + 5, y: list.y + 5)))
        #expect(d.state.reader?.articleID == d.ids[5])
    }

    @Test("clicking a filter chip removes that filter; clicking a tab shows it")
    func mouseChipsAndTabs() {
        var d = Driver()
        d.press("r 甘肃 Enter / 工会 Enter")
        #expect(d.state.filters.count == 2)
        let top = render(d.state, size: d.state.size).rowText(0)
        let chipColumn = Columns.of( "[地区", in: top)!
        d.send(.mouse(MouseEvent(.click, x: chipColumn + 1, y: 0)))
        #expect(d.state.filters == [.text("工会")])
        let tabs = FacetPane.tabs(width: d.state.layout.facets.width)
        d.send(.mouse(MouseEvent(.click, x: tabs[2].x.lowerBound, y: d.state.layout.facetTabs.y)))
        #expect(d.state.facetTab == .person)
    }
}
