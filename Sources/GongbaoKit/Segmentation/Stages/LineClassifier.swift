/// Stage 1: tells for each non-blank line what it is on its own: furniture, a label,
/// a box label, a jump marker, a byline, or text (running text or a headline, which
/// later stages tell apart by context).
enum LineClassifier {
    static func classify(_ page: Page) -> [ClassifiedLine] {
        var result: [ClassifiedLine] = []
        var blanks = Int.max / 2  // the top of the page counts as a wide gap
        var seenText = false
        for (index, raw) in page.lines.enumerated() {
            if raw.isBlankLine {
                blanks += 1
                continue
            }
            let (level, text) = MarkdownHeading.parse(raw)
            var line = ClassifiedLine(
                number: index + 1, text: text, headingLevel: level, isIndented: raw.isIndented,
                blanksBefore: blanks, kind: .text
            )
            line.kind = kind(of: line, raw: raw, isFirstLine: !seenText)
            if !seenText, line.kind == .text, line.headingLevel == 0, text.utf8.count <= 240,
               SectionLabelCue.isPageName(raw, at: index, on: page) {
                line.kind = .furniture(tag: nil)
            }
            result.append(line)
            blanks = 0
            seenText = true
        }
        return result
    }

    private static func kind(of line: ClassifiedLine, raw: String, isFirstLine: Bool) -> LineKind {
        let text = line.text
        // Only short lines can be anything but text; a 1 MB line is looked at no further.
        guard text.utf8.count <= 240 else { return .text }
        if let tag = SectionLabelCue.sectionTag(text) ?? SectionLabelCue.roundupHeading(text) { return .furniture(tag: tag) }
        if isFirstLine, line.headingLevel == 0, SectionLabelCue.isPageHeader(raw) { return .furniture(tag: nil) }
        if SectionLabelCue.isPageFooter(text) || SectionLabelCue.isDateHeader(text) { return .furniture(tag: nil) }
        if let label = BoxLabelCue.isBoxLabel(text) { return .boxLabel(label) }
        if let marker = ContinuationMarkerCue.isContinuationMarker(text) { return .continuationMarker(marker) }
        if SectionLabelCue.isSectionLabel(text) { return .sectionLabel }
        if line.headingLevel == 0, let credit = BylineCue.looksLikeByline(text) { return .byline(credit) }
        return .text
    }
}
