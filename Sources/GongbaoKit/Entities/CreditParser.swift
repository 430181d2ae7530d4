/// Reads credit lines — `本报记者 张静 本报通讯员 岑婧 陈斌斌`, `记者康功`,
/// `□张昆 摄`, `新华社记者 张汝锋`, `本报通讯员 陈任川 报` — into names with
/// their credit role, and finds such credits where they run into the body
/// (`本报讯(记者康功)…`, `…现场。本报记者 刘友婷`).
///
/// Roles: `reporter` (记者), `correspondent` (通讯员), `photographer` (摄),
/// `agency` (新华社记者…), `author` (□ or no marker).
enum CreditParser {
    private static let roleReporter = 1, roleCorrespondent = 2, roleAgency = 3, roleAuthor = 4, rolePhoto = 5, roleReport = 6, roleIgnore = 7

    private static let markers = WordList(tagged: [
        ("本报记者", roleReporter), ("本报特约记者", roleReporter), ("特约记者", roleReporter), ("见习记者", roleReporter),
        ("记者", roleReporter), ("本报见习记者", roleReporter), ("实习生", roleReporter), ("本报实习生", roleReporter),
        ("本报通讯员", roleCorrespondent), ("通讯员", roleCorrespondent), ("特约通讯员", roleCorrespondent),
        ("新华社记者", roleAgency), ("新华社通讯员", roleAgency), ("中新社记者", roleAgency), ("人民日报记者", roleAgency),
        ("工人日报记者", roleReporter), ("□", roleAuthor), ("■", roleIgnore), ("作者", roleAuthor), ("文", roleAuthor),
        ("文/图", roleAuthor), ("图", rolePhoto), ("摄", rolePhoto), ("摄影", rolePhoto), ("报", roleReport),
        ("编辑", roleIgnore), ("责任编辑", roleIgnore), ("据", roleIgnore),
    ])

    private static func roleName(_ role: Int) -> String {
        switch role {
        case roleReporter: "reporter"
        case roleCorrespondent: "correspondent"
        case roleAgency: "agency"
        case rolePhoto: "photographer"
        default: "author"
        }
    }

    /// Names and roles in a credit printed on its own (no surname check: pen names such as 西滨 are names too).
    static func parse(_ credit: String) -> [Byline] {
        parse(ScalarText(credit), 0..<credit.scalarCount, checkSurnames: false)
    }

    /// Names and roles in `range` of `text`.
    static func parse(_ text: ScalarText, _ range: Range<Int>, checkSurnames: Bool) -> [Byline] {
        var result: [Byline] = []
        var role = roleAuthor
        var groupStart = 0  // index in result where names under the current marker begin
        var i = range.lowerBound
        while i < range.upperBound {
            if let m = markers.longestMatch(in: text, at: i, limit: range.upperBound) {
                // A one-character marker (摄, 报, 文, 图) stands apart; inside a run of Han characters it is part of a name.
                let single = m.length == 1 && text[i] != "□" && text[i] != "■"
                let standalone = !single || ((i == range.lowerBound || !text.isHan(i - 1)) && (i + 1 >= range.upperBound || !text.isHan(i + 1)))
                if standalone {
                    switch m.tag {
                    case rolePhoto:
                        // 摄 after names: everyone since the last marker (or the whole credit) took the photo.
                        for k in groupStart..<result.count { result[k].role = "photographer" }
                        role = rolePhoto
                    case roleReport, roleIgnore:
                        if m.tag == roleIgnore && text[i] == "■" { return result }
                    default:
                        role = m.tag
                        groupStart = result.count
                    }
                    i += m.length
                    continue
                }
            }
            guard text.isHan(i) else { i += 1; continue }
            var j = i
            var dotted = false
            while j < range.upperBound {
                if text.isHan(j), markers.longestMatch(in: text, at: j, limit: range.upperBound).map({ $0.length > 1 }) != true {
                    j += 1
                } else if j > i, DottedNameCue.separators.contains(text[j]), j + 1 < range.upperBound, text.isHan(j + 1) {
                    // 阿依古丽·买买提: a separator dot between two runs of ideographs stays in the name.
                    dotted = true
                    j += 1
                } else {
                    break
                }
            }
            // A one-character marker right after a name (陈任川 报) ends it.
            if j - i >= 3, let last = text.at(j - 1), ["摄", "报"].contains(last), j == range.upperBound || !text.isHan(j) { j -= 1 }
            let name = text.string(i..<j)
            // Two to four characters; a dotted name up to twenty; five or six after a role
            // marker (记者 乌云其木格: Mongolian and Tibetan names), as the segmenter reads credits.
            let length = j - i
            let fits = (2...4).contains(length) || (dotted && length <= 20) || (role != roleAuthor && (5...6).contains(length))
            if fits, dotted || !checkSurnames || PersonNames.startsWithSurname(text, at: i) {
                result.append(Byline(name: name, role: roleName(role)))
            }
            i = j
        }
        return result
    }

    /// Credits that run into a body paragraph: the dateline's parentheses and trailing credits.
    static func embedded(in text: ScalarText) -> [Byline] {
        var result: [Byline] = []
        // Asked at every position: held in locals.
        let markers = self.markers, stops = embeddedStops
        var i = 0
        while i < text.count {
            // Most positions start nothing: pass over them in a tight loop, one bit test each. A
            // marker counts only after the start, a sentence end or another non-Han character (see
            // below), so a marker's first character inside a run of Han (中, 人, 工) is passed over too.
            text.scalars.withUnsafeBufferPointer { t in
                while i < t.count {
                    let c = t[i]
                    if stops.contains(c), c == "(" || c == "（" || c == "□" || !(i > 0 && t[i - 1].isHan) { break }
                    i += 1
                }
            }
            guard i < text.count else { break }
            defer { i += 1 }
            let c = text[i]
            // 本报讯(记者康功), 本报西安9月11日电（记者祝盼 毛浓曦）
            if (c == "(" || c == "（"), let p = text.at(i - 1), p == "讯" || p == "电" {
                guard let close = (i + 1..<min(text.count, i + 32)).first(where: { text[$0] == ")" || text[$0] == "）" }) else { continue }
                result += parse(text, (i + 1)..<close, checkSurnames: false)
                i = close
            } else if c == "□" {
                var end = i + 1
                while end < text.count, end < i + 24, text[end] != "■", !text[end].isSentenceEnd, text[end] != "，", text[end] != "," { end += 1 }
                if creditNamesStandAlone(in: text, from: i, to: end) {
                    result += parse(text, i..<end, checkSurnames: false)
                }
                i = end - 1
            } else if markers.mayStart(c), let m = markers.longestMatch(in: text, at: i), m.length >= 2, m.tag != roleIgnore,
                      i == 0 || !text.isHan(i - 1) || text[i - 1].isSentenceEnd {
                // …现场。本报记者 刘友婷 本报通讯员 罗义国: names must be followed by a space, a marker or the end.
                var end = i + m.length
                while end < text.count, end < i + 40, !text[end].isSentenceEnd, text[end] != "，", text[end] != ",",
                      text[end] != "“", text[end] != "■" { end += 1 }
                let credits = parse(text, i..<end, checkSurnames: true)
                if !credits.isEmpty, creditNamesStandAlone(in: text, from: i, to: end) { result += credits }
                i = end - 1
            }
        }
        return result
    }

    /// Where ``embedded(in:)`` may find a credit: a parenthesis, □, or a marker's first character.
    private static let embeddedStops = ScalarSet(markers.words.compactMap(\.unicodeScalars.first) + ["(", "（", "□"])

    /// In running text, a credit's names are separated by spaces or markers: `记者 张三 摄`, not `记者从湖北…`.
    private static func creditNamesStandAlone(in text: ScalarText, from start: Int, to end: Int) -> Bool {
        var i = start
        while i < end {
            if let m = markers.longestMatch(in: text, at: i, limit: end) { i += m.length; continue }
            if text[i].isSpaceLike { i += 1; continue }
            guard text.isHan(i) else { return false }
            var j = i
            while j < end, text.isHan(j), markers.longestMatch(in: text, at: j, limit: end).map({ $0.length > 1 }) != true { j += 1 }
            var runEnd = j
            if j - i >= 3, let last = text.at(j - 1), ["摄", "报"].contains(last) { runEnd = j - 1 }
            if !(2...4).contains(runEnd - i) { return false }
            i = j
        }
        return true
    }
}
