/// Cue `looksLikeDateline`: the source line that opens a report (`本报讯`,
/// `本报西安9月11日电`, `新华社北京3月5日电`, `据《工人日报》`), with the credit in its
/// parentheses (`本报讯(记者康功)` → dateline `本报讯`, byline `记者康功`), or the
/// dateline printed at the end of a feature (`…的情感表达。(本报厦门9月11日电)`).
struct Dateline: Equatable {
    /// The dateline as printed, without parentheses (`本报西安9月11日电`).
    var text: String
    /// The credit inside the parentheses that follow it, as printed, or `nil`.
    var credit: String?
    /// The people `credit` names, as `BylineCue.looksLikeByline(credit, requireMarker: false)`
    /// read them when the dateline was read (empty without a credit).
    var creditPeople: [Byline] = []
    /// How many scalars of the paragraph the dateline and its parentheses take.
    var prefixLength: Int
    /// `本报讯` and `…电` open a new report; `据《…》` only names a source, which a report may quote.
    var opensReport: Bool
}

enum DatelineCue {
    /// News agencies whose datelines open reprinted reports (`新华社北京3月5日电`).
    static let agencies: [String] = ["新华社", "中新社"]

    /// Whether a paragraph whose first scalar that is not white space is `first` may open with
    /// a dateline: every dateline opens with `本报`, `据`, `新华社` or `中新社`. The classifier
    /// reads each line's first scalar, and the paragraph builder asks this for every line.
    static func mayOpen(with first: Unicode.Scalar) -> Bool {
        first == "本" || first == "据" || first == "新" || first == "中"
    }

    /// Reads a dateline at the start of a paragraph.
    static func looksLikeDateline(_ paragraph: String) -> Dateline? {
        // Every dateline opens with `本报`, `据`, or an agency's name (`新华社`, `中新社`).
        // …and so with `本报`, `据新`, `据中`, `据《`, `新华`, `中新`: the first two scalars decide.
        let mayOpen = UTF8Scalars.withBytes(paragraph) { bytes -> Bool in
            var i = 0
            var first: Unicode.Scalar?
            while i < bytes.count {
                let s = UTF8Scalars.next(bytes, &i)
                if first == nil {
                    if Punctuation.isSpace(s) { continue }
                    guard DatelineCue.mayOpen(with: s) else { return false }
                    first = s
                    continue
                }
                switch (first!, s) {
                case ("本", "报"), ("据", "新"), ("据", "中"), ("据", "《"), ("新", "华"), ("中", "新"): return true
                default: return false
                }
            }
            return false
        }
        guard mayOpen else { return nil }
        // The first 60 scalars, read from the bytes.
        let scalars: [Unicode.Scalar] = UTF8Scalars.withBytes(paragraph) { bytes in
            var head: [Unicode.Scalar] = []
            head.reserveCapacity(60)
            var i = 0
            while i < bytes.count, head.count < 60 { head.append(UTF8Scalars.next(bytes, &i)) }
            return head
        }
        var i = 0
        while i < scalars.count, Punctuation.isSpace(scalars[i]) { i += 1 }
        let start = i
        func has(_ word: String, at index: Int) -> Bool {
            var k = index
            for w in word.unicodeScalars {
                guard k < scalars.count, scalars[k] == w else { return false }
                k += 1
            }
            return true
        }

        var end: Int?
        var opens = true
        // A reprinted report names its source first: `据新华社电`, `据新华社北京3月5日电`.
        let source = has("据", at: i) && agencies.contains { has($0, at: i + 1) } ? i + 1 : i
        let agency = agencies.first { has($0, at: source) }
        if has("本报讯", at: i) {
            end = i + 3
        } else if has("本报", at: i) || agency != nil {
            // 本报 / 新华社 + place + optional date + 电, within a short stretch.
            var j = source + (agency?.unicodeScalars.count ?? 2)
            let limit = min(scalars.count, j + 16)
            while j < limit {
                let s = scalars[j]
                if s == "电" { end = j + 1; break }
                guard Punctuation.isHan(s) || ("0"..."9").contains(s) || Punctuation.isSpace(s) else { break }
                j += 1
            }
            // `本报记者…电` is not a dateline; nor is a bare `本报电`.
            if let e = end, e - i < 4 { end = nil }
        } else if has("据《", at: i) {
            if let close = scalars[(i + 2)...].prefix(20).firstIndex(of: "》") {
                end = close + 1
                opens = false
            }
        }
        guard let datelineEnd = end else { return nil }
        let text = String(scalars: scalars[start..<datelineEnd])
        if !opens, text.unicodeScalars.count < 4 { return nil }

        // The credit in parentheses right after it: `(记者康功)`, `（张芳）`.
        var credit: String?
        var creditPeople: [Byline] = []
        var prefixEnd = datelineEnd
        if datelineEnd < scalars.count, scalars[datelineEnd] == "(" || scalars[datelineEnd] == "（" {
            let window = scalars[(datelineEnd + 1)...].prefix(30)
            if let close = window.firstIndex(where: { $0 == ")" || $0 == "）" }) {
                // Read as scalars (what `String(…).trimmedSpaces` holds), made a String only when taken.
                let inner = Punctuation.trimmed(scalars[(datelineEnd + 1)..<close])
                if let parsed = BylineCue.looksLikeByline(scalars: Array(inner), requireMarker: false) {
                    credit = String(scalars: inner)
                    creditPeople = parsed.people
                    prefixEnd = close + 1
                }
            }
        }
        return Dateline(text: text, credit: credit, creditPeople: creditPeople, prefixLength: prefixEnd, opensReport: opens)
    }

    /// Reads a dateline printed in parentheses at the very end of a paragraph, and
    /// returns it with the paragraph text before it.
    static func trailingDateline(_ paragraph: String) -> (dateline: String, body: String)? {
        guard let last = Punctuation.lastNonSpace(paragraph), last == ")" || last == "）" else { return nil }
        let scalars = Array(paragraph.unicodeScalars.suffix(40))
        var end = scalars.count
        while end > 0, Punctuation.isSpace(scalars[end - 1]) { end -= 1 }
        guard end > 0, scalars[end - 1] == ")" || scalars[end - 1] == "）" else { return nil }
        guard let open = scalars[..<(end - 1)].lastIndex(where: { $0 == "(" || $0 == "（" }) else { return nil }
        let inner = String(scalars: scalars[(open + 1)..<(end - 1)]).trimmedSpaces
        guard let dateline = looksLikeDateline(inner), dateline.opensReport,
              dateline.prefixLength >= inner.unicodeScalars.count
        else { return nil }
        let dropCount = scalars.count - open
        let body = String(paragraph.unicodeScalars.dropLast(dropCount)).trimmedSpaces
        return (dateline.text, body)
    }
}
