import GongbaoKit
import TextLayout

/// Everything the browser shows, as one value. `update` changes it in
/// response to actions; `render` draws it. Nothing here touches the terminal.
public struct AppState: Sendable {
    /// The two panes of the main screen that take the keyboard.
    public enum Pane: Sendable, Hashable { case facets, list }

    /// Where the cursor and the first visible row of a scrolling list are.
    public struct ListPosition: Sendable, Hashable {
        public var cursor = 0
        public var scroll = 0
    }

    /// A message in the status line, until the next key.
    public struct Message: Sendable, Hashable {
        public var text: String
        public var isError: Bool
    }

    /// A line of text being typed in the status line: the text filter (`/` on
    /// the main screen) or a search in the reader.
    struct Prompt: Sendable, Hashable {
        enum Purpose: Sendable, Hashable {
            /// Narrows the list as the user types; Esc restores `previous`
            /// and the article that was selected before (`selected`).
            case textFilter(previous: String, selected: String?)
            /// Marks hits in the article; Esc restores `previous`.
            case readerSearch(previous: String)
        }

        var purpose: Purpose
        var input: TextInput

        var label: String {
            switch purpose {
            case .textFilter: "文本 /"
            case .readerSearch: "查找 /"
            }
        }
    }

    /// Something drawn over the whole screen.
    enum Overlay: Sendable {
        case help(scroll: Int)
        case picker(PickerState)
    }

    // MARK: Data

    public internal(set) var archive: Archive
    /// Shown in the top bar: the corpus folder's name.
    public internal(set) var corpusName: String
    public internal(set) var loading: LoadProgress
    public internal(set) var reading: ReadingState
    /// The one width function, with the user's choice for ambiguous characters.
    public let measure: DisplayWidth
    public internal(set) var size: Size

    // MARK: Filters and what they select

    public internal(set) var filters: [Filter] = []
    /// Bumped whenever the filters or the archive change; `view` answers one generation.
    public internal(set) var generation = 0
    public internal(set) var view: ViewData = .empty

    // MARK: Main screen

    public internal(set) var focus: Pane = .list
    public internal(set) var facetTab: EntityKind = .region
    var facetPositions: [EntityKind: ListPosition] = [:]
    var expandedRegions: Set<String> = []
    var collapsedRegions: Set<String> = []
    /// The rows of the region tab, cached: rebuilt when the view or the expansion changes.
    var regionRows: [FacetRow] = []
    public internal(set) var list = ListPosition()
    /// The article the list cursor is on, kept across filter changes.
    var selectedID: String?

    // MARK: Other screens

    var reader: ReaderState?
    var overlay: Overlay?
    var prompt: Prompt?
    public internal(set) var message: Message?

    public init(
        archive: Archive = Archive(articles: []), corpusName: String, size: Size,
        measure: DisplayWidth = DisplayWidth(), reading: ReadingState = ReadingState()
    ) {
        self.archive = archive
        self.corpusName = corpusName
        self.size = size
        self.measure = measure
        self.reading = reading
        loading = LoadProgress()
    }

    var layout: Layout { Layout(size: size) }

    /// Whether the list shown answers the current filters (else a recount is under way).
    public var isViewCurrent: Bool { view.generation == generation }

    /// Positions in `archive.articles` of the listed articles.
    var refs: [Int] { view.refs }

    /// The article under the list cursor.
    var selectedArticle: Article? {
        refs.indices.contains(list.cursor) ? archive.articles[refs[list.cursor]] : nil
    }

    var textFilter: String {
        for case .text(let text) in filters { return text }
        return ""
    }

    // MARK: Facets

    func facetPosition(_ kind: EntityKind) -> ListPosition {
        facetPositions[kind] ?? ListPosition()
    }

    func facetRowCount(_ kind: EntityKind) -> Int {
        kind == .region ? regionRows.count : view.counts.facets[kind]?.count ?? 0
    }

    /// Row `i` of facet tab `kind`.
    func facetRow(_ kind: EntityKind, _ i: Int) -> FacetRow {
        if kind == .region { return regionRows[i] }
        let facet = view.counts.facets[kind]![i]
        return FacetRow(key: facet.key, label: facet.label, count: facet.count, depth: 0, disclosure: .leaf)
    }
}

/// How far loading the corpus has come.
public struct LoadProgress: Sendable, Hashable {
    public var pagesDone = 0
    /// `nil` until the files have been listed.
    public var pagesTotal: Int?
    public var articles = 0
    public var finished = false
    /// One line per skipped file; printed on stderr after the browser closes.
    public var warnings: [String] = []
    /// Why loading stopped, when it failed.
    public var failure: String?

    public init(pagesDone: Int = 0, pagesTotal: Int? = nil, articles: Int = 0, finished: Bool = false) {
        self.pagesDone = pagesDone
        self.pagesTotal = pagesTotal
        self.articles = articles
        self.finished = finished
    }
}

/// The article open in the reader.
struct ReaderState: Sendable {
    var articleID: String
    /// Its position in `archive.articles`.
    var ref: Int
    /// Its position in the filtered list, for n/p; `nil` once filtered out.
    var listIndex: Int?
    /// The first line shown.
    var top = 0
    var document: ReaderDocument
    /// The search in the article; empty for none.
    var search = ""
    /// The hit `n`/`N` are on.
    var currentHit: Int?
}
