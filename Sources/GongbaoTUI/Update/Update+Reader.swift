import GongbaoKit

extension AppState {
    /// Opens the article at `index` of the list in the reader and marks it read.
    mutating func openReader(at index: Int) -> [Effect] {
        guard refs.indices.contains(index) else { return [] }
        let ref = refs[index]
        let article = archive.articles[ref]
        setList(ListPosition(cursor: index, scroll: list.scroll))
        let search = reader?.search ?? ""
        reader = ReaderState(
            articleID: article.id, ref: ref, listIndex: index,
            document: ReaderDocument(article: article, archive: archive, width: layout.readerTextWidth, search: search, measure: measure),
            search: search)
        if !search.isEmpty { jumpToHit(fromLine: 0, forward: true) }
        guard !reading.read.contains(article.id) else { return [] }
        reading.read.insert(article.id)
        return [.saveReadingState(reading)]
    }

    /// Commands in the reader.
    mutating func performReader(_ command: Command) -> [Effect] {
        guard var reader else { return [] }
        let page = layout.body.height
        switch command {
        case .moveDown: reader.top += 1
        case .moveUp: reader.top -= 1
        case .pageDown: reader.top += max(1, page - 1)
        case .pageUp: reader.top -= max(1, page - 1)
        case .top: reader.top = 0
        case .bottom: reader.top = reader.document.lines.count
        case .nextArticle, .previousArticle:
            let forward = command == .nextArticle
            guard let index = reader.listIndex else {
                message = .init(text: "this article is no longer in the filtered list", isError: false)
                return []
            }
            let next = index + (forward ? 1 : -1)
            guard refs.indices.contains(next) else {
                message = .init(text: forward ? "last article of the list" : "first article of the list", isError: false)
                return []
            }
            return openReader(at: next)
        case .search:
            prompt = Prompt(purpose: .readerSearch(previous: reader.search), input: TextInput(reader.search))
            return []
        case .nextHit, .previousHit:
            guard !reader.document.hits.isEmpty else { return [] }
            let count = reader.document.hits.count
            let current = reader.currentHit ?? -1
            self.reader?.currentHit = command == .nextHit ? (current + 1) % count : (current - 1 + count) % count
            showCurrentHit()
            return []
        case .endSearch:
            setReaderSearch("")
            return []
        case .toggleBookmark:
            return toggleBookmark(reader.articleID)
        case .openPager:
            let article = archive.articles[reader.ref]
            return [.openPager(title: article.displayTitle, text: ReaderDocument.plainText(article: article, archive: archive))]
        case .back:
            self.reader = nil
            return []
        case .help:
            overlay = .help(scroll: 0)
            return []
        default:
            return []
        }
        self.reader = reader
        clampReader()
        return []
    }

    /// Keeps the reader's first line between the top and the last page.
    mutating func clampReader() {
        guard var reader else { return }
        reader.top = max(0, min(reader.top, reader.document.lines.count - layout.body.height))
        self.reader = reader
    }

    /// Lays the open article out again (new width or search).
    mutating func relayoutReader() {
        guard var reader else { return }
        reader.document = ReaderDocument(
            article: archive.articles[reader.ref], archive: archive, width: layout.readerTextWidth,
            search: reader.search, measure: measure)
        if let hit = reader.currentHit, hit >= reader.document.hits.count { reader.currentHit = nil }
        self.reader = reader
    }

    /// Searches the open article and moves to the first hit from the current line on.
    mutating func setReaderSearch(_ text: String) {
        guard var reader, reader.search != text else { return }
        reader.search = text
        reader.currentHit = nil
        self.reader = reader
        relayoutReader()
        if !text.isEmpty { jumpToHit(fromLine: reader.top, forward: true) }
        clampReader()
    }

    /// Makes the first hit at or after `line` current (wrapping round) and shows it.
    mutating func jumpToHit(fromLine line: Int, forward: Bool) {
        guard let hits = reader?.document.hits, !hits.isEmpty else { return }
        reader?.currentHit = hits.firstIndex { $0[0].line >= line } ?? 0
        showCurrentHit()
    }

    /// Scrolls so that the current hit is in view, a third of the way down when it was not.
    mutating func showCurrentHit() {
        guard var reader, let hit = reader.currentHit else { return }
        let line = reader.document.hits[hit][0].line
        let page = layout.body.height
        if line < reader.top || line >= reader.top + page {
            reader.top = line - page / 3
        }
        self.reader = reader
        clampReader()
    }
}
