/// What shows when the terminal is smaller than the layout can use.
enum TooSmallView {
    static func draw(size: Size, into grid: inout CellGrid) {
        let lines = [
            "window too small",
            "need \(Layout.minimum.columns)x\(Layout.minimum.rows), have \(size.columns)x\(size.rows)",
            "enlarge it, or press q to quit",
        ]
        let top = max(0, (size.rows - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let x = max(0, (size.columns - grid.measure.of(line)) / 2)
            grid.write(line, x: x, y: top + i, style: i == 0 ? .heading : .normal)
        }
    }
}
