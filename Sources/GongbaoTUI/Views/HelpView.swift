import GongbaoKit
import TextLayout

/// The `?` screen, generated from the key map: the same table that dispatches keys.
enum HelpView {
    /// Width of the key column.
    static let keyColumn = 24
    /// Columns left and right of the help text.
    static let margin = 2

    /// Every line of the help for a screen `width` columns wide, descriptions
    /// wrapped under their own column.
    static func lines(width: Int) -> [StyledLine] {
        let wrapper = TextWrapper()
        let textWidth = max(10, width - 2 * margin - keyColumn - 2)
        var lines: [StyledLine] = [
            [Span("gongbao keys", .heading)],
            [Span("Every key below comes from the one key map that also dispatches them.", .dim)],
        ]
        func entry(_ keys: String, _ text: String) {
            for (i, part) in wrapper.wrap(text, columns: textWidth).enumerated() {
                lines.append([Span("  " + pad(i == 0 ? keys : ""), .key), Span(part)])
            }
        }
        for context in KeyContext.allCases {
            let bindings = KeyMap.standard.bindings(in: context)
            guard !bindings.isEmpty else { continue }
            lines.append([])
            lines.append([Span(context.title, .heading)])
            for binding in bindings { entry(binding.keyNames, binding.help) }
        }
        lines.append([])
        lines.append([Span("Mouse", .heading)])
        for (what, does) in KeyMap.mouse { entry(what, does) }
        return lines
    }

    static func lineCount(width: Int) -> Int {
        lines(width: width).count
    }

    private static func pad(_ text: String) -> String {
        let w = DisplayWidth().of(text)
        return text + String(repeating: " ", count: max(1, keyColumn - w))
    }

    static func draw(_ state: AppState, scroll: Int, layout: Layout, into grid: inout CellGrid) {
        let bar = layout.topBar
        grid.fill(bar, style: .bar)
        grid.write("gongbao  help", x: 1, y: bar.y, limit: bar.maxX, style: .bar)
        let body = layout.body
        let lines = lines(width: layout.size.columns)
        for row in 0..<body.height {
            let i = scroll + row
            guard i < lines.count else { break }
            Draw.write(lines[i], x: margin, y: body.y + row, limit: body.maxX - margin + 1, into: &grid)
        }
    }
}
