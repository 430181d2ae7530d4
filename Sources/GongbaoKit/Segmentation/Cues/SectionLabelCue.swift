/// Cue `isSectionLabel`: a column or series label printed with an article
/// (`新闻特写`, `工会创新实践调研行`, `强基层增活力 工会建设在行动`), a section tag
/// (`■工会动态■`, `【工会动态】`), or page furniture such as the page name at the top
/// of the page (` 工运纵横`).
enum SectionLabelCue {
    /// Labels of a feature column, whatever the paper.
    static let featureLabels: Set<String> = [
        "新闻特写", "特写", "人物特写", "新闻故事", "记者手记", "记者观察", "新闻观察", "一线观察",
        "走基层", "新春走基层", "一线传真", "基层传真", "图片新闻", "人物", "故事", "调查",
        "深度观察", "工会动态", "短评", "时评", "言论", "评论", "新闻速递", "工运纵横",
    ]
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

    /// A known column label, or a series label (short, unpunctuated, with a series ending).
    static func isSectionLabel(_ text: String) -> Bool {
        let t = text.trimmedSpaces
        if featureLabels.contains(t) { return true }
        return isLabelShaped(t) && seriesEndings.contains { t.hasSuffix($0) } && t.count > 3
    }

    /// Whether a label names a feature column (`新闻特写`).
    static func isFeatureLabel(_ text: String) -> Bool {
        ["特写", "新闻故事", "记者手记", "记者观察", "走基层"].contains { text.contains($0) }
    }

    /// Short and unpunctuated apart from inner spaces: the shape of a label.
    static func isLabelShaped(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        return (2...16).contains(scalars.count)
            && scalars.allSatisfy { Punctuation.isContent($0) || Punctuation.isSpace($0) }
    }

    /// A section tag standing alone on a line (`■工会动态■`), returned without its marks.
    static func sectionTag(_ line: String) -> String? {
        let t = line.trimmedSpaces
        let pairs: [(Character, Character)] = [("■", "■"), ("【", "】"), ("◆", "◆"), ("●", "●")]
        for (open, close) in pairs where t.count >= 3 && t.first == open && t.last == close {
            let inner = String(t.dropFirst().dropLast()).trimmedSpaces
            if (1...12).contains(inner.count), !inner.contains(open), !inner.contains(close) { return inner }
        }
        return nil
    }

    /// The text without section tags printed at its end (`□张昆 摄 ■工会纪事■` → `□张昆 摄`).
    static func strippingTrailingTags(_ line: String) -> String {
        var t = line.trimmedSpaces
        while t.hasSuffix("■"), let open = t.dropLast().lastIndex(of: "■"), t.distance(from: open, to: t.endIndex) <= 14 {
            t = String(t[..<open]).trimmedSpaces
        }
        return t
    }

    /// Page furniture at the top of a page: a short unpunctuated page name (`工运纵横`),
    /// a page number (`第3版`), or a date line with the weekday (`星期二`).
    static func isPageHeader(_ line: String) -> Bool {
        let t = line.trimmedSpaces
        if t.count <= 20, t.contains("星期") || (t.hasPrefix("第") && t.hasSuffix("版")) { return true }
        guard isLabelShaped(t), t.count <= 6, !t.contains(" ") else { return false }
        return pageNameEndings.contains { t.hasSuffix($0) }
    }

    /// Page furniture anywhere: the page's production credits (`责任编辑：张三`).
    static func isPageFooter(_ line: String) -> Bool {
        let t = line.trimmedSpaces
        return t.count <= 40 && footerStarts.contains { t.hasPrefix($0) }
    }
}
