import GongbaoKit
import TextLayout

/// The `?` screen, generated from the key map: the same table that dispatches keys.
enum HelpView {
    /// Width of the key column.
    static let keyColumn = 24

    /// Every line of the help, unwrapped.
    static let lines: [StyledLine] = {
        var lines: [StyledLine] = [
            [Span("gongbao keys", .heading)],
            [Span("Every key below comes from the one key map that also dispatches them.", .dim)],
        ]
        for context in KeyContext.allCases {
            let bindings = KeyMap.standard.bindings(in: context)
            guard !bindings.isEmpty else { continue }
            lines.append([])
            lines.append([Span(context.title, .heading)])
            for binding in bindings {
                lines.append([Span("  " + pad(binding.keyNames), .key), Span(binding.help)])
            }
        }
        lines.append([])
        lines.append([Span("Mouse", .heading)])
        for (what, does) in KeyMap.mouse {
            lines.append([Span("  " + pad(what), .key), Span(does)])
        }
        return lines
    }()

    static var lineCount: Int { lines.count }

    private static func pad(_ text: String) -> String {
        let w = DisplayWidth().of(text)
        return text + String(repeating: " ", count: max(1, keyColumn - w))
    }

    static func draw(_ state: AppState, scroll: Int, layout: Layout, into grid: inout CellGrid) {
        let bar = layout.topBar
        grid.fill(bar, style: .bar)
        grid.write("gongbao  help", x: 1, y: bar.y, limit: bar.maxX, style: .bar)
        let body = layout.body
        for row in 0..<body.height {
            let i = scroll + row
            guard i < lines.count else { break }
            Draw.write(lines[i], x: 2, y: body.y + row, limit: body.maxX - 1, into: &grid)
        }
    }
}
