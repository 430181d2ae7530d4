import TextLayout

/// Where text sits in a rendered row (which holds each character once).
enum Columns {
    /// The column at which `needle` starts in `row`.
    static func of(_ needle: String, in row: String) -> Int? {
        guard let range = row.range(of: needle) else { return nil }
        return DisplayWidth().of(row[..<range.lowerBound])
    }
}
