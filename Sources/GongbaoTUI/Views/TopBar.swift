import GongbaoKit
import TextLayout

/// The top row: program, corpus, shown/total counts, and the filters as
/// removable chips (`[地区:甘肃省]`; click one, or `x` for the last).
enum TopBar {
    static func draw(_ state: AppState, layout: Layout, into grid: inout CellGrid) {
        let rect = layout.topBar
        grid.fill(rect, style: .bar)
        let x = grid.write(header(state), x: 1, y: rect.y, limit: rect.maxX, style: .bar)
        for chip in chips(state, from: x + 2, limit: rect.maxX) {
            grid.write(chip.text, x: chip.x.lowerBound, y: rect.y, limit: rect.maxX, style: .chip)
        }
    }

    /// `gongbao  seeds  12/57`: the count of listed articles over all loaded.
    static func header(_ state: AppState) -> String {
        let shown = state.isViewCurrent ? "\(state.refs.count)" : "…"
        return "gongbao  \(state.corpusName)  \(shown)/\(state.archive.articles.count)"
    }

    /// The chips' texts and columns, as far as they fit; the last one shown is cut with `…`.
    static func chips(_ state: AppState, from start: Int, limit: Int) -> [(text: String, x: Range<Int>, index: Int)] {
        var result: [(String, Range<Int>, Int)] = []
        var x = start
        let wrapper = TextWrapper(width: state.measure)
        for (i, filter) in state.filters.enumerated() {
            let room = limit - x - 1
            if room < 4 { break }
            let text = wrapper.truncate("[\(filter.chip(in: state.archive))]", columns: room)
            let width = state.measure.of(text)
            result.append((text, x..<(x + width), i))
            x += width + 1
        }
        return result
    }

    /// The filter whose chip is at column `x`, if any.
    static func chipHit(_ state: AppState, x: Int) -> Int? {
        let start = state.measure.of(header(state)) + 3
        return chips(state, from: start, limit: state.size.columns).first { $0.x.contains(x) }?.index
    }
}
