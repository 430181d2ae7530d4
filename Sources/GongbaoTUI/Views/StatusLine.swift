import GongbaoKit

/// The bottom row: a prompt being typed, else a message, else key hints for
/// where the user is (from the key map); on the right, loading progress or the position.
enum StatusLine {
    static func draw(_ state: AppState, layout: Layout, into grid: inout CellGrid) {
        let rect = layout.status
        grid.fill(rect, style: .bar)
        let right = rightText(state)
        let rightWidth = grid.measure.of(right)
        let limit = rect.maxX - (rightWidth > 0 ? rightWidth + 2 : 0)
        if rightWidth > 0, rightWidth + 2 < rect.width {
            grid.write(right, x: rect.maxX - rightWidth - 1, y: rect.y, style: .bar)
        }
        if let prompt = state.prompt {
            var x = grid.write(prompt.label + " ", x: 1, y: rect.y, limit: limit, style: .bar)
            // Show the end of long input: the part being typed matters.
            var text = prompt.input.text
            while grid.measure.of(text) > limit - x - 1, !text.isEmpty { text.removeFirst() }
            x = grid.write(text, x: x, y: rect.y, limit: limit, style: .input)
            grid.cursor = Point(x: min(x, rect.maxX - 1), y: rect.y)
            return
        }
        if let message = state.message {
            Draw.write([Span(message.text, message.isError ? .error : .bar)], x: 1, y: rect.y, limit: limit, into: &grid)
            return
        }
        var x = 1
        for hint in KeyMap.standard.hints(for: state.keyContexts) {
            let width = grid.measure.of(hint.keys) + 1 + grid.measure.of(hint.label)
            if x + width > limit { break }
            x = grid.write(hint.keys, x: x, y: rect.y, limit: limit, style: .key)
            x = grid.write(" " + hint.label, x: x, y: rect.y, limit: limit, style: .bar) + 2
        }
    }

    /// Loading progress while the corpus loads, a recount under way, else where the cursor is.
    static func rightText(_ state: AppState) -> String {
        let loading = state.loading
        if let failure = loading.failure { return "load failed: \(failure)" }
        if !loading.finished {
            let total = loading.pagesTotal.map { "/\($0)" } ?? ""
            return "loading \(loading.pagesDone)\(total) pages"
        }
        if !state.isViewCurrent { return "counting…" }
        var parts: [String] = []
        if !loading.warnings.isEmpty { parts.append("\(loading.warnings.count) files skipped") }
        if let reader = state.reader {
            let lines = reader.document.lines.count
            let page = state.layout.body.height
            let percent = lines <= page ? 100 : min(100, (reader.top + page) * 100 / lines)
            if let hit = reader.currentHit { parts.append("hit \(hit + 1)/\(reader.document.hits.count)") }
            parts.append("\(percent)%")
        } else if state.overlay == nil, !state.refs.isEmpty {
            parts.append("\(state.list.cursor + 1)/\(state.refs.count)")
        }
        return parts.joined(separator: "  ")
    }
}
