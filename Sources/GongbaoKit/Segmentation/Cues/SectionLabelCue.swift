/// Cue `isSectionLabel`: a column or series label printed with an article
/// (`新闻特写`, `工会创新实践调研行`, `强基层增活力 工会建设在行动`), a section tag
/// (`■工会动态■`, `【工会动态】`), or page furniture such as the page name at the top
/// of the page (` 工运纵横`).
enum SectionLabelCue {
    /// Labels of a feature column, whatever the paper.
    static let featureLabels: Set<String> = [
        "新闻特写", "特写", "人物特写", "新闻故事", "记者手记", "记者观察", "新闻观察", "一线观察",
        "走基层", "新春走基层", "一线传真", "基层传真", "人物", "故事", "调查",
        "深度观察", "短评", "时评", "言论", "评论",
    ]
    /// Column words a label may end with after a short qualifier (`记者调查`, `工会时评`).
    static let columnWordEndings: [String] = [
        "特写", "手记", "观察", "调查", "时评", "短评", "快评", "述评", "评论", "言论", "访谈", "专访", "故事", "传真",
        // Rights and law columns (`典型案例`, `律师答疑`, `以案说法`) and profile columns (`劳模风采`).
        "案例", "答疑", "问答", "说法", "普法", "释法", "风采",
    ]
    /// Endings of a roundup heading that stands over several short items (`工会简讯`, or
    /// `图片新闻` over photos).
    static let roundupEndings: [String] = ["简讯", "快讯", "短讯", "速递", "动态", "集锦", "短波", "一览", "图片新闻", "新闻图片"]
    /// Endings of series labels (`…调研行`, `…在行动`, `…进行时`).
    static let seriesEndings: [String] = [
        "调研行", "在行动", "进行时", "纪实", "巡礼", "系列报道", "一线行", "新实践", "走基层", "看变化",
    ]
    /// Endings of page names at the top of a page (`工运纵横`, `要闻`, `综合新闻`).
    static let pageNameEndings: [String] = [
        "纵横", "要闻", "综合", "新闻", "视点", "周刊", "专刊", "副刊", "专版", "特刊", "理论", "天地", "时评",
    ]
    /// Starts of the page's production credits (`责任编辑：张三`).
    static let footerStarts: [String] = [
        "责任编辑", "本版编辑", "美术编辑", "版式设计", "责任校对", "本版校对", "责编", "美编", "编辑：", "编辑:",
        "校对：", "校对:", "E-mail", "e-mail", "邮箱：", "电话：",
    ]

    /// The last characters of `featureLabels`, `columnWordEndings` and `seriesEndings`.
    private static let labelFinals = ScalarSet(
        (Array(featureLabels) + columnWordEndings + seriesEndings).compactMap(\.unicodeScalars.last)
    )

    /// The labels and endings as scalars, for lines of plain scalars.
    private static let featureLabelScalars: [[Unicode.Scalar]] = featureLabels.map { Array($0.unicodeScalars) }
    private static let columnWordEndingScalars: [[Unicode.Scalar]] = columnWordEndings.map { Array($0.unicodeScalars) }
    private static let seriesEndingScalars: [[Unicode.Scalar]] = seriesEndings.map { Array($0.unicodeScalars) }
    private static let roundupEndingScalars: [[Unicode.Scalar]] = roundupEndings.map { Array($0.unicodeScalars) }

    /// The last characters of `roundupEndings`.
    private static let roundupFinals = ScalarSet(roundupEndings.compactMap(\.unicodeScalars.last))

    private static let month: ScalarSet = ["月"]
    private static let day: ScalarSet = ["日"]

    /// The first characters of `footerStarts`.
    private static let footerScalars: [[Unicode.Scalar]] = footerStarts.map { Array($0.unicodeScalars) }
    private static let footerLongest = footerScalars.map(\.count).max() ?? 0
    private static let footerInitials = ScalarSet(footerStarts.compactMap(\.unicodeScalars.first))

    /// A known column label, or a series label (short, unpunctuated, with a series ending).
    static func isSectionLabel(_ text: String) -> Bool {
        // Every label is label-shaped (letters, digits, ideographs and spaces, one scalar per
        // character, at most 16) and ends with the last character of a known label or ending.
        guard let shape = labelShape(text), shape.mayEnd(in: labelFinals) else { return false }
        let t = text.trimmedSpaces
        // Where every scalar is plain (one character each, equal only to itself), the words
        // are compared as scalars: no hashing of the String, no grapheme breaking.
        let scalars = Array(t.unicodeScalars)
        if scalars.allSatisfy(Punctuation.isPlain) {
            if featureLabelScalars.contains(where: { $0 == scalars }) { return true }
            if scalars.count <= 6, !scalars.contains(" "), columnWordEndingScalars.contains(where: { scalars.ends(with: $0) }) {
                return true
            }
            return scalars.count > 3 && seriesEndingScalars.contains { scalars.ends(with: $0) }
        }
        if featureLabels.contains(t) { return true }
        if isLabelShaped(t), t.count <= 6, !t.contains(" "), columnWordEndings.contains(where: { t.hasSuffix($0) }) { return true }
        return isLabelShaped(t) && seriesEndings.contains { t.hasSuffix($0) } && t.count > 3
    }

    /// Whether a label names a column of features or opinion rather than reports
    /// (`新闻特写`, `记者手记`, `记者调查`, `短评`, `言论`).
    static func isFeatureLabel(_ text: String) -> Bool {
        // A case, a Q&A or a legal explanation is written, not reported (典型案例, 律师答疑, 以案说法).
        ["特写", "故事", "手记", "观察", "走基层", "调查", "评", "言论", "访谈", "专访", "案例", "答疑", "问答", "说法"]
            .contains { Punctuation.contains($0, in: text) }
    }

    /// A roundup heading standing alone over several short items (`工会简讯`), returned as the
    /// tag the items are filed under: page furniture, like a section tag.
    static func roundupHeading(_ text: String) -> String? {
        guard let shape = labelShape(text), shape.mayEnd(in: roundupFinals) else { return nil }
        let t = text.trimmedSpaces
        // Plain scalars are compared as scalars (see `isSectionLabel`).
        let scalars = Array(t.unicodeScalars)
        if scalars.allSatisfy(Punctuation.isPlain) {
            guard (2...8).contains(scalars.count), !scalars.contains(" "),
                  roundupEndingScalars.contains(where: { scalars.ends(with: $0) })
            else { return nil }
            return t
        }
        guard (2...8).contains(t.count), !t.contains(" "), roundupEndings.contains(where: { t.hasSuffix($0) }) else { return nil }
        return t
    }

    /// What `isSectionLabel` and `roundupHeading` first ask of a line, read in one pass over
    /// its UTF-8 bytes between its leading and trailing white space (what `trimmedSpaces`
    /// keeps): whether it is label-shaped (`isLabelShaped` of the trimmed text), and if so its
    /// last scalar and whether it holds a compatibility ideograph. Most lines asked are no
    /// label and are turned down here, before the trimmed String and its scalars are made.
    struct LabelShape {
        /// The last scalar of the trimmed text.
        var last: Unicode.Scalar
        /// Whether a compatibility ideograph stands anywhere in it (it may equal any final as a String).
        var holdsCompatibilityIdeograph: Bool

        /// Whether its last scalar is in `finals`, or it may end in one as a String.
        func mayEnd(in finals: ScalarSet) -> Bool { holdsCompatibilityIdeograph || finals.contains(last) }
    }

    /// The `LabelShape` of `text`, `nil` where the trimmed text is not label-shaped.
    static func labelShape(_ text: String) -> LabelShape? {
        UTF8Scalars.withBytes(text) { bytes in
            let trimmed = UTF8Scalars.trimmed(bytes)
            var i = trimmed.lowerBound
            var count = 0
            var last: Unicode.Scalar = " "
            var compatibility = false
            while i < trimmed.upperBound {
                let s = UTF8Scalars.next(bytes, &i)
                count += 1
                guard count <= 16, Punctuation.isContent(s) || Punctuation.isSpace(s) else { return nil }
                if Punctuation.isCompatibilityIdeograph(s) { compatibility = true }
                last = s
            }
            return count >= 2 ? LabelShape(last: last, holdsCompatibilityIdeograph: compatibility) : nil
        }
    }

    /// Short and unpunctuated apart from inner spaces: the shape of a label.
    static func isLabelShaped(_ text: String) -> Bool {
        // Read on the UTF-8 bytes; past 16 scalars or at a mark the answer is no.
        UTF8Scalars.withBytes(text) { bytes in
            var count = 0
            var i = 0
            while i < bytes.count {
                let s = UTF8Scalars.next(bytes, &i)
                count += 1
                guard count <= 16, Punctuation.isContent(s) || Punctuation.isSpace(s) else { return false }
            }
            return count >= 2
        }
    }

    /// A section tag standing alone on a line (`■工会动态■`), returned without its marks.
    static func sectionTag(_ line: String) -> String? {
        guard let first = Punctuation.firstNonSpace(line), mayOpenSectionTag(first) else { return nil }
        let t = line.trimmedSpaces
        let pairs: [(Character, Character)] = [("■", "■"), ("【", "】"), ("◆", "◆"), ("●", "●")]
        for (open, close) in pairs where t.count >= 3 && t.first == open && t.last == close {
            let inner = String(t.dropFirst().dropLast()).trimmedSpaces
            if (1...12).contains(inner.count), !inner.contains(open), !inner.contains(close) { return inner }
        }
        return nil
    }

    /// Whether a line whose first scalar (not white space) is `first` may be a section tag.
    @inline(__always)
    static func mayOpenSectionTag(_ first: Unicode.Scalar) -> Bool {
        first == "■" || first == "【" || first == "◆" || first == "●"
    }

    /// Whether a line whose first scalar (not white space) is `first` may be a page footer.
    static func mayOpenFooter(_ first: Unicode.Scalar) -> Bool {
        footerInitials.contains(first) || Punctuation.isCompatibilityIdeograph(first)
    }

    /// The text without section tags printed at its end (`□张昆 摄 ■工会纪事■` → `□张昆 摄`).
    static func strippingTrailingTags(_ line: String) -> String {
        var t = line.trimmedSpaces
        while t.hasSuffix("■"), let open = t.dropLast().lastIndex(of: "■"), t.distance(from: open, to: t.endIndex) <= 14 {
            t = String(t[..<open]).trimmedSpaces
        }
        return t
    }

    /// Page furniture at the top of a page: a short unpunctuated page name with a usual
    /// ending (`工运纵横`, `要闻`), or a page header (`isDateHeader`).
    static func isPageHeader(_ line: String) -> Bool {
        let t = line.trimmedSpaces
        if isDateHeader(t) { return true }
        guard isLabelShaped(t), t.count <= 6, !t.contains(" ") else { return false }
        return pageNameEndings.contains { t.hasSuffix($0) }
    }

    /// A page header line: a page number (`第3版`), or a date with its weekday, perhaps with
    /// the paper's name and page number (`2023年11月8日 星期三  工人日报  3`); never a
    /// sentence (no commas or sentence ends).
    static func isDateHeader(_ line: String) -> Bool {
        // A page number starts with `第`; a date holds `月` and `日`.
        guard Punctuation.firstNonSpace(line) == "第" || (Punctuation.mayHold(month, in: line) && Punctuation.mayHold(day, in: line))
        else { return false }
        let t = line.trimmedSpaces
        let scalars = Array(t.unicodeScalars)
        if scalars.allSatisfy(Punctuation.isPlain) {
            // One scalar per character, each equal only to itself: read the scalars.
            guard scalars.count <= 40 else { return false }
            if scalars.count <= 12, scalars.first == "第", scalars.last == "版" { return true }
            var weekday = false
            for k in scalars.indices.dropLast() where scalars[k] == "周" || scalars[k] == "星" {
                let next = scalars[k + 1]
                if scalars[k] == "星" ? next == "期" : "一二三四五六日".unicodeScalars.contains(next) { weekday = true; break }
            }
            guard weekday, scalars.contains("月"), scalars.contains("日") else { return false }
            return !scalars.contains { Punctuation.sentenceEnders.contains($0) || Punctuation.commas.contains($0) }
        }
        guard t.count <= 40 else { return false }
        if t.count <= 12, t.hasPrefix("第"), t.hasSuffix("版") { return true }
        guard t.contains("星期") || t.contains("周一") || t.contains("周二") || t.contains("周三") || t.contains("周四")
                || t.contains("周五") || t.contains("周六") || t.contains("周日"),
              t.contains("月"), t.contains("日")
        else { return false }
        return !t.unicodeScalars.contains { Punctuation.sentenceEnders.contains($0) || Punctuation.commas.contains($0) }
    }

    /// An unknown page name on the first line (` 职工之家`, line `index` of `page`): short,
    /// unpunctuated, not a known label, and not about the text under it. A photo or report
    /// title shares a rarer word with the text under it (`春耕时节农机忙` over
    /// `…为春耕生产做准备`); a page name shares at most words that three or more other
    /// lines of the page use as well (`职工`).
    static func isPageName(_ line: String, at index: Int, on page: Page) -> Bool {
        let t = line.trimmedSpaces
        guard isLabelShaped(t), (2...6).contains(t.count), !t.contains(" "), !isSectionLabel(t) else { return false }
        let characters = Array(t)
        let bigrams = Set((0..<(characters.count - 1)).map { String(characters[$0...($0 + 1)]) })
        var following = ""
        for raw in page.lines[(index + 1)...].prefix(12) where !raw.isBlankLine {
            following += String(raw.prefix(200))
            if following.count >= 400 { break }
        }
        // A page name stands over a page; a short line with nothing under it is the page's text.
        guard !following.isEmpty else { return false }
        // A text can hold a bigram (as a String) only if it holds its two scalars side by side or
        // a compatibility ideograph: the scalars are looked for first (the label's characters
        // are single scalars, letters, digits or ideographs, see `isLabelShaped`).
        func mayHold(_ bigram: String, in text: String) -> Bool {
            let pair = Array(bigram.unicodeScalars)
            guard pair.count == 2 else { return true }
            // Read from the text's bytes (every line of the page may be read for each bigram).
            return UTF8Scalars.withBytes(text) { bytes in
                var previous: Unicode.Scalar = " "
                var i = 0
                while i < bytes.count {
                    let s = UTF8Scalars.next(bytes, &i)
                    if (s == pair[1] && previous == pair[0]) || Punctuation.isCompatibilityIdeograph(s) { return true }
                    previous = s
                }
                return false
            }
        }
        return !bigrams.contains { bigram in
            guard mayHold(bigram, in: following), following.contains(bigram) else { return false }
            var lines = 0
            for (n, other) in page.lines.enumerated() where n != index && mayHold(bigram, in: other) && other.contains(bigram) {
                lines += 1
                if lines >= 3 { return false }
            }
            return true
        }
    }

    /// Page furniture anywhere: the page's production credits (`责任编辑：张三`).
    static func isPageFooter(_ line: String) -> Bool {
        guard let first = Punctuation.firstNonSpace(line), mayOpenFooter(first) else { return false }
        let t = line.trimmedSpaces
        // Where the first characters are plain scalars, they are compared as scalars first.
        let head = Array(t.unicodeScalars.prefix(footerLongest + 1))
        if head.allSatisfy(Punctuation.isPlain), !footerScalars.contains(where: { head.starts(with: $0) }) { return false }
        return t.count <= 40 && footerStarts.contains { t.hasPrefix($0) }
    }
}
