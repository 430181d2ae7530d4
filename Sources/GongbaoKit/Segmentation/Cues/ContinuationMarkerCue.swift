/// Cue `isContinuationMarker`: a jump line (`（上接第1版）`, `(下转第2版)`). `上接` opens an
/// item continued from another page; `下转` closes one continued on another page.
struct ContinuationMarker: Equatable {
    /// The marker as printed.
    var text: String
    /// `true` for `上接` (continued from), `false` for `下转` (continued on).
    var continuesFromElsewhere: Bool
}

enum ContinuationMarkerCue {
    private static let page: ScalarSet = ["版"]
    private static let jump: ScalarSet = ["接", "转"]

    static func isContinuationMarker(_ line: String) -> ContinuationMarker? {
        // A jump line names a page (`版`) and says `接` or `转`.
        guard Punctuation.mayHold(page, in: line), Punctuation.mayHold(jump, in: line) else { return nil }
        let t = line.trimmedSpaces
        guard (5...16).contains(t.count) else { return nil }
        var inner = t
        if let f = inner.first, f == "(" || f == "（", let l = inner.last, l == ")" || l == "）" {
            inner = String(inner.dropFirst().dropLast()).trimmedSpaces
        }
        let from = inner.hasPrefix("上接") || inner.hasPrefix("接")
        let to = inner.hasPrefix("下转") || inner.hasPrefix("转")
        guard from || to, inner.contains("版") else { return nil }
        return ContinuationMarker(text: t, continuesFromElsewhere: from)
    }

    /// A marker printed at the start of a paragraph (`（上接第1版）为破除…`), and the rest.
    static func leadingMarker(_ paragraph: String) -> (marker: ContinuationMarker, rest: String)? {
        guard let opening = paragraph.unicodeScalars.first, opening == "(" || opening == "（" else { return nil }
        let head = Array(paragraph.unicodeScalars.prefix(16))
        guard let first = head.first, first == "(" || first == "（",
              let close = head.firstIndex(where: { $0 == ")" || $0 == "）" }),
              let marker = isContinuationMarker(String(scalars: head[...close]))
        else { return nil }
        return (marker, String(paragraph.unicodeScalars.dropFirst(close + 1)).trimmedSpaces)
    }

    /// A marker printed at the end of a paragraph (`…工作。（下转第2版）`), and the text before it.
    static func trailingMarker(_ paragraph: String) -> (marker: ContinuationMarker, rest: String)? {
        guard let closing = paragraph.unicodeScalars.last, closing == ")" || closing == "）" else { return nil }
        let tail = Array(paragraph.unicodeScalars.suffix(16))
        guard let last = tail.last, last == ")" || last == "）",
              let open = tail.lastIndex(where: { $0 == "(" || $0 == "（" }),
              let marker = isContinuationMarker(String(scalars: tail[open...]))
        else { return nil }
        return (marker, String(paragraph.unicodeScalars.dropLast(tail.count - open)).trimmedSpaces)
    }
}
