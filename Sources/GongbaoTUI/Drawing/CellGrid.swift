import TextLayout

/// One terminal cell: a character (a whole grapheme cluster) in a style, or the
/// right half of the double-width character to its left.
public struct Cell: Sendable, Hashable {
    public var character: Character
    public var style: Style
    /// The right half of a double-width character: the cell to the left draws it.
    public var isContinuation: Bool

    public init(_ character: Character, _ style: Style = .normal, isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell(" ")
}

/// The off-screen screen every view draws into, and the only thing the
/// backend draws from. Tests read it as text.
///
/// Writing goes through `write`, which measures with the one `DisplayWidth`,
/// never lets a row pass its right edge, pads with a space where a
/// double-width character would be cut, and breaks up any wide character
/// it half-overwrites, so that no half-cell can survive a redraw.
public struct CellGrid: Sendable, Hashable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor goes (at a text prompt, so that input methods
    /// place their candidate window there); `nil` hides it.
    public var cursor: Point?
    public let measure: DisplayWidth

    public init(size: Size, measure: DisplayWidth = DisplayWidth()) {
        width = max(0, size.columns)
        height = max(0, size.rows)
        cells = Array(repeating: .blank, count: width * height)
        self.measure = measure
    }

    public var size: Size { Size(columns: width, rows: height) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// The cells of row `y`.
    public func row(_ y: Int) -> ArraySlice<Cell> {
        cells[(y * width)..<((y + 1) * width)]
    }

    // MARK: Writing

    /// Fills `rect` with spaces in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .normal) {
        let clipped = clip(rect)
        guard !clipped.isEmpty else { return }
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX { set(Cell(" ", style), x: x, y: y) }
        }
    }

    /// Writes `text` from column `x` of row `y`, stopping before column `limit`
    /// (and the grid's edge). Tabs become spaces; other zero-width characters
    /// (controls, lone combining marks) are dropped. A double-width character
    /// that does not fit whole leaves a space instead. Returns the column after
    /// the last one written.
    @discardableResult
    public mutating func write(_ text: some StringProtocol, x: Int, y: Int, limit: Int? = nil, style: Style = .normal) -> Int {
        guard y >= 0, y < height else { return x }
        let limit = min(limit ?? width, width)
        var x = x
        for var c in text {
            if x >= limit { break }
            if c == "\t" { c = " " }
            let w = measure.of(c)
            if w == 0 { continue }
            if x < 0 { x += w; continue }
            if x + w > limit {
                set(Cell(" ", style), x: x, y: y)
                x += 1
                break
            }
            set(Cell(c, style), x: x, y: y)
            if w == 2 { set(Cell(" ", style, isContinuation: true), x: x + 1, y: y) }
            x += w
        }
        return x
    }

    /// Writes styled spans one after another; returns the column after the last.
    @discardableResult
    public mutating func write(_ line: StyledLine, x: Int, y: Int, limit: Int? = nil) -> Int {
        var x = x
        for span in line { x = write(span.text, x: x, y: y, limit: limit, style: span.style) }
        return x
    }

    /// Sets the style of the cells of `rect`, keeping their characters.
    public mutating func restyle(_ rect: Rect, style: Style) {
        let clipped = clip(rect)
        guard !clipped.isEmpty else { return }
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX { cells[y * width + x].style = style }
        }
    }

    private func clip(_ rect: Rect) -> Rect {
        let x0 = max(0, rect.x), y0 = max(0, rect.y)
        return Rect(x: x0, y: y0, width: min(width, rect.maxX) - x0, height: min(height, rect.maxY) - y0)
    }

    /// Puts one cell, first breaking up any double-width character it would cut in half.
    private mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < width else { return }
        let i = y * width + x
        if cells[i].isContinuation, !cell.isContinuation, x > 0 {
            // Overwriting the right half of a wide character: its left half must go too.
            cells[i - 1] = Cell(" ", cells[i - 1].style)
        }
        if !cells[i].isContinuation, x + 1 < width, cells[i + 1].isContinuation {
            // Overwriting the left half: the orphaned right half becomes a space.
            cells[i + 1] = Cell(" ", cells[i + 1].style)
        }
        cells[i] = cell
    }

    // MARK: Reading

    /// The text of row `y`: each character once (continuations skipped), so a
    /// row of double-width characters reads naturally.
    public func rowText(_ y: Int) -> String {
        var s = ""
        for cell in row(y) where !cell.isContinuation { s.append(cell.character) }
        return s
    }

    /// The whole grid as text, one line per row, trailing spaces removed.
    public var text: String {
        (0..<height).map { y in
            var line = rowText(y)
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// Problems with the grid's integrity, for tests: a row whose characters
    /// measure more or less than its width, a continuation cell without a
    /// double-width character before it, a double-width character without
    /// its continuation. Empty when all is well.
    public func integrityProblems() -> [String] {
        var problems: [String] = []
        for y in 0..<height {
            var columns = 0
            for x in 0..<width {
                let cell = self[x, y]
                if cell.isContinuation {
                    if x == 0 || measure.of(self[x - 1, y].character) != 2 || self[x - 1, y].isContinuation {
                        problems.append("row \(y): continuation at column \(x) without a wide character before it")
                    }
                    continue
                }
                let w = measure.of(cell.character)
                if w == 0 { problems.append("row \(y): zero-width character at column \(x)") }
                if w == 2, x + 1 >= width || !self[x + 1, y].isContinuation {
                    problems.append("row \(y): wide character at column \(x) without its continuation")
                }
                columns += w
            }
            if columns != width { problems.append("row \(y): measures \(columns) columns, not \(width)") }
        }
        return problems
    }
}
