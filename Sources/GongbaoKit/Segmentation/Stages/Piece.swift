/// One unit of a page as the grouper reads it: a paragraph of running text (or a
/// headline-shaped line), or a line of a special kind.
enum Piece {
    case paragraph(Paragraph)
    /// Page furniture; `tag` is a section tag's name.
    case furniture(line: Int, tag: String?, bracketed: Bool = false)
    case sectionLabel(line: Int, text: String, blanksBefore: Int)
    case boxLabel(line: Int, label: String)
    case marker(line: Int, marker: ContinuationMarker)
    case byline(line: Int, credit: Credit)

    /// Blank lines before it, where known (paragraphs and labels); 0 otherwise.
    var blanksBefore: Int {
        switch self {
        case .paragraph(let p): p.blanksBefore
        case .sectionLabel(_, _, let blanks): blanks
        default: 0
        }
    }

    var paragraph: Paragraph? {
        if case .paragraph(let p) = self { return p }
        return nil
    }
}
