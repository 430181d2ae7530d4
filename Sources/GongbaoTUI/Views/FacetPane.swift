import GongbaoKit

/// The left pane: tabs 地区 机构 人物 主题 and the entries of the active tab
/// with their article counts for the current filter; regions as a tree.
enum FacetPane {
    static func draw(_ state: AppState, layout: Layout, into grid: inout CellGrid) {
        for tab in tabs(width: layout.facets.width) {
            let active = tab.kind == state.facetTab
            grid.write(tab.kind.label, x: layout.facets.x + tab.x.lowerBound, y: layout.facets.y, limit: layout.facets.maxX, style: active ? .tabActive : .tab)
        }
        let rect = layout.facetRows
        let kind = state.facetTab
        let count = state.facetRowCount(kind)
        guard count > 0 else {
            let note = state.loading.finished || state.archive.articles.count > 0 ? emptyNote(kind) : "loading…"
            grid.write(note, x: rect.x + 1, y: rect.y, limit: rect.maxX, style: .dim)
            return
        }
        let position = state.facetPosition(kind)
        for row in 0..<rect.height {
            let i = position.scroll + row
            guard i < count else { break }
            let facet = state.facetRow(kind, i)
            let selected = i == position.cursor
            let style: Style? = selected ? (state.focus == .facets ? .selection : .selectionInactive) : nil
            let marker = switch facet.disclosure {
            case .leaf: " "
            case .collapsed: "+"
            case .expanded: "-"
            }
            let indent = String(repeating: " ", count: 2 * facet.depth)
            Draw.row([Span(" " + indent + marker + " " + facet.label)], right: [Span("\(facet.count) ", .dim)],
                     in: rect, y: rect.y + row, style: style, into: &grid)
        }
    }

    static func emptyNote(_ kind: EntityKind) -> String {
        "(no \(kind == .region ? "regions" : kind == .org ? "organisations" : kind == .person ? "people" : "terms") here)"
    }

    /// The tabs' columns within the pane: one space between labels, one in front when there is room.
    static func tabs(width: Int) -> [(kind: EntityKind, x: Range<Int>)] {
        var x = width >= 24 ? 1 : 0
        return EntityKind.allCases.map { kind in
            defer { x += 5 }
            return (kind, x..<(x + 4))
        }
    }

    /// The tab at column `x` of the screen, if any.
    static func tabHit(_ state: AppState, x: Int) -> EntityKind? {
        let layout = state.layout
        return tabs(width: layout.facets.width).first { $0.x.contains(x - layout.facets.x) }?.kind
    }
}
