/// Cue `isBoxLabel`: the label of a box set inside an article (`阅读提示`); the
/// paragraph after it is the box text.
enum BoxLabelCue {
    static let labels: Set<String> = ["阅读提示", "编者按", "相关链接", "延伸阅读", "链接", "小贴士"]

    /// The label, when the line is one (`#### 阅读提示` → `阅读提示`).
    static func isBoxLabel(_ text: String) -> String? {
        var t = text.trimmedSpaces
        if t.hasSuffix("：") || t.hasSuffix(":") { t = String(t.dropLast()) }
        return labels.contains(t) ? t : nil
    }
}
