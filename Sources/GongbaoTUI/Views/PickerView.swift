import GongbaoKit

/// A picker: what is being picked, the query typed so far, and the entries
/// it matches with their article counts.
enum PickerView {
    static func draw(_ state: AppState, _ picker: PickerState, layout: Layout, into grid: inout CellGrid) {
        let bar = layout.topBar
        grid.fill(bar, style: .bar)
        Draw.write([Span("gongbao  \(picker.kind.title)  \(picker.matches.count)/\(picker.entries.count)", .bar)],
                   x: 1, y: bar.y, limit: bar.maxX - 1, into: &grid)

        let inputY = layout.body.y
        var x = grid.write("> ", x: 1, y: inputY, style: .heading)
        x = grid.write(picker.input.text, x: x, y: inputY, limit: layout.size.columns - 1, style: .input)
        if state.prompt == nil { grid.cursor = Point(x: min(x, layout.size.columns - 1), y: inputY) }
        grid.write(String(repeating: "-", count: layout.size.columns), x: 0, y: inputY + 1, style: .dim)

        let rows = layout.pickerRows
        if picker.matches.isEmpty {
            let note = picker.entries.isEmpty
                ? (picker.kind == .region ? "(no regions in these articles yet)" : "(no organisations, people or terms in these articles yet)")
                : "(nothing matches)"
            grid.write(note, x: 2, y: rows.y, limit: rows.maxX, style: .dim)
            return
        }
        for row in 0..<rows.height {
            let i = picker.scroll + row
            guard i < picker.matches.count else { break }
            let entry = picker.entries[picker.matches[i]]
            let style: Style? = i == picker.cursor ? .selection : nil
            var left: StyledLine = [Span(" " + entry.label)]
            if !entry.detail.isEmpty { left.append(Span("  " + entry.detail, .dim)) }
            Draw.row(left, right: [Span("\(entry.count) ", .dim)], in: rows, y: rows.y + row, style: style, into: &grid)
        }
    }
}
