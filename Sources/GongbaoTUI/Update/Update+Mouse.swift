import GongbaoKit

extension AppState {
    /// Clicks select (and, on the selected row or double-clicked, open);
    /// the wheel scrolls whatever is under the pointer.
    mutating func handleMouse(_ event: MouseEvent) -> [Effect] {
        if layout.isTooSmall || prompt != nil { return [] }
        let wheel: Command? = switch event.kind {
        case .wheelUp: .moveUp
        case .wheelDown: .moveDown
        default: nil
        }
        if let wheel {
            // Three rows a notch, as terminals scroll.
            var effects: [Effect] = []
            for _ in 0..<3 { effects += wheelStep(wheel, at: event) }
            return effects
        }
        switch overlay {
        case .help: return []
        case .picker(var picker):
            let rows = layout.pickerRows
            guard rows.contains(x: event.x, y: event.y) else { return [] }
            let row = picker.scroll + event.y - rows.y
            guard row < picker.matches.count else { return [] }
            if row == picker.cursor || event.kind == .doubleClick { return perform(.open) }
            picker.cursor = row
            overlay = .picker(picker)
            return []
        case nil:
            break
        }
        if reader != nil { return [] }
        return clickMain(event)
    }

    private mutating func wheelStep(_ command: Command, at event: MouseEvent) -> [Effect] {
        if overlay != nil || reader != nil { return perform(command) }
        let l = layout
        if l.facets.contains(x: event.x, y: event.y) {
            let kind = facetTab
            if let moved = facetPosition(kind).moved(command, count: facetRowCount(kind), page: l.facetRows.height) {
                facetPositions[kind] = moved
            }
        } else if l.list.contains(x: event.x, y: event.y) || l.preview.contains(x: event.x, y: event.y) {
            if let moved = list.moved(command, count: refs.count, page: l.list.height) { setList(moved) }
        }
        return []
    }

    private mutating func clickMain(_ event: MouseEvent) -> [Effect] {
        let l = layout
        if l.topBar.contains(x: event.x, y: event.y) {
            if let i = TopBar.chipHit(self, x: event.x) {
                filters.remove(at: i)
                return refilter()
            }
            return []
        }
        if l.facetTabs.contains(x: event.x, y: event.y) {
            if let kind = FacetPane.tabHit(self, x: event.x) { showFacetTab(kind) }
            return []
        }
        if l.facetRows.contains(x: event.x, y: event.y) {
            focus = .facets
            let kind = facetTab
            var position = facetPosition(kind)
            let row = position.scroll + event.y - l.facetRows.y
            guard row < facetRowCount(kind) else { return [] }
            if row == position.cursor || event.kind == .doubleClick { return perform(.open) }
            position.cursor = row
            facetPositions[kind] = position.clamped(count: facetRowCount(kind), page: l.facetRows.height)
            return []
        }
        if l.list.contains(x: event.x, y: event.y) {
            focus = .list
            let row = list.scroll + event.y - l.list.y
            guard row < refs.count else { return [] }
            if row == list.cursor || event.kind == .doubleClick { return openReader(at: row) }
            setList(ListPosition(cursor: row, scroll: list.scroll))
            return []
        }
        if l.preview.contains(x: event.x, y: event.y), selectedArticle != nil {
            return openReader(at: list.cursor)
        }
        return []
    }
}
