/// Where the user is, as far as keys are concerned. A key is looked up in the
/// most specific context first (`list`), then the more general ones (`main`, `global`).
public enum KeyContext: String, Sendable, Hashable, CaseIterable {
    case global, main, facets, list, reader, readerSearch, picker, prompt, help

    /// The heading of this context in the help screen and `docs/keys.md`.
    public var title: String {
        switch self {
        case .global: "Everywhere but while typing"
        case .main: "Main screen"
        case .facets: "Facet pane (地区 机构 人物 主题)"
        case .list: "Article list"
        case .reader: "Reader"
        case .readerSearch: "Reader, while a search is shown"
        case .picker: "Pickers (r regions, e entities): type Chinese or pinyin initials (gss: 甘肃省) to narrow"
        case .prompt: "Text prompts (/): type to narrow"
        case .help: "Help"
        }
    }
}

/// One line of the key map: keys, what they do, and how the help and the
/// status line describe it.
public struct Binding: Sendable, Hashable {
    public var context: KeyContext
    public var keys: [KeyEvent]
    public var command: Command
    /// A sentence for the help screen.
    public var help: String
    /// A word or two for the status line hints; `nil` keeps it out of the hints.
    public var hint: String?

    public init(_ context: KeyContext, _ keys: [KeyEvent], _ command: Command, _ help: String, hint: String? = nil) {
        self.context = context
        self.keys = keys
        self.command = command
        self.help = help
        self.hint = hint
    }

    /// The keys as the help screen writes them: `j / Down`.
    public var keyNames: String { keys.map(\.name).joined(separator: " / ") }
}

/// The one table of key bindings: dispatch, the `?` help screen, the status
/// line hints and `docs/keys.md` all read it.
public struct KeyMap: Sendable {
    public let bindings: [Binding]
    private let lookup: [KeyContext: [KeyEvent: Command]]

    public init(_ bindings: [Binding]) {
        self.bindings = bindings
        var lookup: [KeyContext: [KeyEvent: Command]] = [:]
        for binding in bindings {
            for key in binding.keys where lookup[binding.context]?[key] == nil {
                lookup[binding.context, default: [:]][key] = binding.command
            }
        }
        self.lookup = lookup
    }

    /// The command `key` is bound to in the first of `contexts` that binds it.
    public func command(for key: KeyEvent, in contexts: [KeyContext]) -> Command? {
        for context in contexts {
            if let command = lookup[context]?[key] { return command }
        }
        return nil
    }

    /// The bindings of `context`, in table order.
    public func bindings(in context: KeyContext) -> [Binding] {
        bindings.filter { $0.context == context }
    }

    /// Status line hints for the current contexts: key names and labels, most
    /// specific context first, leaving out keys a more specific context takes over.
    func hints(for contexts: [KeyContext]) -> [(keys: String, label: String)] {
        var result: [(keys: String, label: String)] = []
        for (i, context) in contexts.enumerated() {
            let earlier = contexts[..<i]
            for binding in bindings(in: context) {
                guard let hint = binding.hint else { continue }
                let keys = binding.keys.filter { key in !earlier.contains { lookup[$0]?[key] != nil } }
                guard !keys.isEmpty else { continue }
                result.append((keys.prefix(2).map(\.name).joined(separator: "/"), hint))
            }
        }
        return result
    }

    /// Mouse actions, documented with the keys (the mouse is not rebindable).
    public static let mouse: [(what: String, does: String)] = [
        ("Click", "selects a facet, an article or a tab; clicking the selected row opens it; clicking a filter chip removes it"),
        ("Double-click", "opens the article or adds the facet as a filter"),
        ("Wheel", "scrolls the pane under the pointer, the reader and the help"),
    ]

    /// gongbao's key bindings.
    public static let standard = KeyMap([
        // Everywhere but in pickers and prompts, where keys are text.
        Binding(.global, [.char("?"), .function(1)], .help, "show this help", hint: "help"),
        Binding(.global, [.ctrl("l")], .redraw, "redraw the screen"),

        // Main screen, both panes.
        Binding(.main, [.tab], .nextPane, "focus the next pane (facets, articles)", hint: "pane"),
        Binding(.main, [.backTab], .previousPane, "focus the previous pane"),
        Binding(.main, [.char("r")], .regionPicker, "pick a region to filter by (type to narrow)", hint: "地区"),
        Binding(.main, [.char("e")], .entityPicker, "pick an organisation, person or campaign term to filter by", hint: "实体"),
        Binding(.main, [.char("/")], .textFilter, "filter by text in headline or body; the list narrows as you type", hint: "文本"),
        Binding(.main, [.char("x")], .removeLastFilter, "remove the last filter", hint: "unfilter"),
        Binding(.main, [.char("c")], .clearFilters, "clear all filters"),
        Binding(.main, [.char("M")], .bookmarksFilter, "show bookmarked articles only (书签), or stop"),
        Binding(.main, [.char("[")], .previousFacetTab, "previous facet tab"),
        Binding(.main, [.char("]")], .nextFacetTab, "next facet tab"),
        Binding(.main, [.char("1")], .regionTab, "facet tab 地区 (regions)"),
        Binding(.main, [.char("2")], .orgTab, "facet tab 机构 (organisations)"),
        Binding(.main, [.char("3")], .personTab, "facet tab 人物 (people)"),
        Binding(.main, [.char("4")], .campaignTab, "facet tab 主题 (campaign terms)"),
        Binding(.main, [.char("q")], .quit, "quit gongbao", hint: "quit"),

        // Article list.
        Binding(.list, [.char("j"), .down], .moveDown, "next article", hint: "move"),
        Binding(.list, [.char("k"), .up], .moveUp, "previous article"),
        Binding(.list, [.pageDown, .ctrl("f")], .pageDown, "one page down"),
        Binding(.list, [.pageUp, .ctrl("b")], .pageUp, "one page up"),
        Binding(.list, [.char("g"), .home], .top, "first article"),
        Binding(.list, [.char("G"), .end], .bottom, "last article"),
        Binding(.list, [.enter], .open, "read the article", hint: "read"),
        Binding(.list, [.char("m")], .toggleBookmark, "bookmark the article, or remove the bookmark", hint: "bookmark"),

        // Facet pane.
        Binding(.facets, [.char("j"), .down], .moveDown, "next entry", hint: "move"),
        Binding(.facets, [.char("k"), .up], .moveUp, "previous entry"),
        Binding(.facets, [.pageDown, .ctrl("f")], .pageDown, "one page down"),
        Binding(.facets, [.pageUp, .ctrl("b")], .pageUp, "one page up"),
        Binding(.facets, [.char("g"), .home], .top, "first entry"),
        Binding(.facets, [.char("G"), .end], .bottom, "last entry"),
        Binding(.facets, [.enter], .open, "filter by the entry", hint: "filter"),
        Binding(.facets, [.char("l"), .right], .expand, "expand the region (show the places under it)", hint: "expand"),
        Binding(.facets, [.char("h"), .left], .collapse, "collapse the region, or go to its parent", hint: "collapse"),

        // Reader.
        Binding(.reader, [.char("j"), .down], .moveDown, "scroll one line down", hint: "scroll"),
        Binding(.reader, [.char("k"), .up], .moveUp, "scroll one line up"),
        Binding(.reader, [.char(" "), .pageDown, .ctrl("f")], .pageDown, "one page down", hint: "page"),
        Binding(.reader, [.char("b"), .pageUp, .ctrl("b")], .pageUp, "one page up"),
        Binding(.reader, [.char("g"), .home], .top, "beginning of the article"),
        Binding(.reader, [.char("G"), .end], .bottom, "end of the article"),
        Binding(.reader, [.char("n")], .nextArticle, "next article of the list", hint: "next"),
        Binding(.reader, [.char("p")], .previousArticle, "previous article of the list", hint: "prev"),
        Binding(.reader, [.char("/")], .search, "search in the article; hits are highlighted", hint: "search"),
        Binding(.reader, [.char("m")], .toggleBookmark, "bookmark the article, or remove the bookmark"),
        Binding(.reader, [.char("o")], .openPager, "open the article in $PAGER", hint: "pager"),
        Binding(.reader, [.char("q"), .escape], .back, "back to the list", hint: "back"),

        // Reader with a search shown: n/N move between hits instead of articles.
        Binding(.readerSearch, [.char("n")], .nextHit, "next hit", hint: "next hit"),
        Binding(.readerSearch, [.char("N")], .previousHit, "previous hit", hint: "prev hit"),
        Binding(.readerSearch, [.escape], .endSearch, "stop searching (n/p move between articles again)", hint: "end search"),

        // Pickers.
        Binding(.picker, [.down, .ctrl("n")], .moveDown, "next entry", hint: "move"),
        Binding(.picker, [.up, .ctrl("p")], .moveUp, "previous entry"),
        Binding(.picker, [.pageDown], .pageDown, "one page down"),
        Binding(.picker, [.pageUp], .pageUp, "one page up"),
        Binding(.picker, [.enter], .open, "filter by the entry", hint: "filter"),
        Binding(.picker, [.escape], .back, "close without filtering", hint: "cancel"),
        Binding(.picker, [.backspace], .deleteBackward, "delete the last character typed"),
        Binding(.picker, [.ctrl("u")], .clearInput, "clear what was typed"),

        // Prompts.
        Binding(.prompt, [.enter], .open, "keep the text", hint: "done"),
        Binding(.prompt, [.escape], .back, "cancel: restore what was there before", hint: "cancel"),
        Binding(.prompt, [.backspace], .deleteBackward, "delete the last character typed"),
        Binding(.prompt, [.ctrl("u")], .clearInput, "clear what was typed"),

        // Help.
        Binding(.help, [.char("j"), .down], .moveDown, "scroll down", hint: "scroll"),
        Binding(.help, [.char("k"), .up], .moveUp, "scroll up"),
        Binding(.help, [.char(" "), .pageDown], .pageDown, "one page down"),
        Binding(.help, [.char("b"), .pageUp], .pageUp, "one page up"),
        Binding(.help, [.char("g"), .home], .top, "top"),
        Binding(.help, [.char("G"), .end], .bottom, "bottom"),
        Binding(.help, [.char("q"), .escape, .char("?"), .function(1)], .back, "close the help", hint: "close"),
    ])
}
