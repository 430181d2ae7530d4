/// Cue `fillsColumn`: in hard-wrapped column text (seed 003), a single line as wide as
/// the column beside it, with a comma in it, is a wrapped line of running text that a
/// stray blank line cut off (`王树芬代表告诉记者，云南省各级`), not a subhead.
enum ColumnWidthCue {
    /// The typical width of the lines of a wrapped block: their median print width.
    static func columnWidth(_ widths: [Double]) -> Double {
        guard !widths.isEmpty else { return 0 }
        return widths.sorted()[widths.count / 2]
    }

    /// Whether a line of `width` fills a column of `column` (within 15 %).
    static func fillsColumn(width: Double, column: Double) -> Bool {
        column > 0 && width >= 0.85 * column && width <= 1.15 * column
    }

    /// `fillsColumn` for a line that also holds a comma, the sign of running text.
    static func isWrappedTextLine(_ text: String, column: Double) -> Bool {
        text.unicodeScalars.contains { $0 == "," || $0 == "，" }
            && fillsColumn(width: Punctuation.printWidth(text), column: column)
    }
}
