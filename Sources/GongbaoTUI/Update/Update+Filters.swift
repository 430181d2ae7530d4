import GongbaoKit

extension AppState {
    /// Adds a filter (unless it is already there) and asks for a recount.
    mutating func addFilter(_ filter: Filter) -> [Effect] {
        guard !filters.contains(filter) else {
            message = .init(text: "already filtering by \(filter.chip(in: archive))", isError: false)
            return []
        }
        filters.append(filter)
        return refilter()
    }

    /// Sets the text filter in place (or removes it when empty). A new text
    /// ranks the list afresh (headline hits first), so by default the cursor
    /// goes to the best match, as in any search; removing the text keeps the
    /// article selected.
    mutating func setTextFilter(_ text: String, selecting selection: ViewRequest.Selection? = nil) -> [Effect] {
        let index = filters.firstIndex { if case .text = $0 { true } else { false } }
        switch (index, text.isEmpty) {
        case (let i?, true): filters.remove(at: i)
        case (let i?, false): filters[i] = .text(text)
        case (nil, false): filters.append(.text(text))
        case (nil, true): return []
        }
        return refilter(selecting: selection ?? (text.isEmpty ? .kept : .first))
    }

    /// The filters (or the archive) changed: a new generation, counted off the UI thread.
    mutating func refilter(selecting selection: ViewRequest.Selection = .kept) -> [Effect] {
        generation += 1
        let query = Filter.query(for: filters, bookmarks: reading.bookmarks)
        let request = ViewRequest(generation: generation, archive: archive, query: query, selectedID: selectedID, selection: selection)
        return [.computeView(request)]
    }

    /// Takes in a recount, if it answers the current generation: the list keeps
    /// its article selected when it is still there, facets keep their places.
    mutating func apply(_ data: ViewData) {
        guard data.generation == generation else { return }
        view = data
        var position = list
        position.cursor = data.selectedIndex ?? min(list.cursor, refs.count - 1)
        list = position.clamped(count: refs.count, page: layout.list.height)
        selectedID = selectedArticle?.id
        rebuildRegionRows()
        for kind in EntityKind.allCases where kind != .region {
            facetPositions[kind] = facetPosition(kind).clamped(count: facetRowCount(kind), page: layout.facetRows.height)
        }
        if var reader {
            reader.listIndex = refs.firstIndex(of: reader.ref)
            self.reader = reader
        }
    }
}
