/// Cue `isContinuationMarker`: a jump line (`（上接第1版）`, `(下转第2版)`). `上接` opens an
/// item continued from another page; `下转` closes one continued on another page.
struct ContinuationMarker: Equatable {
    /// The marker as printed.
    var text: String
    /// `true` for `上接` (continued from), `false` for `下转` (continued on).
    var continuesFromElsewhere: Bool
}

enum ContinuationMarkerCue {
    static func isContinuationMarker(_ line: String) -> ContinuationMarker? {
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
}
