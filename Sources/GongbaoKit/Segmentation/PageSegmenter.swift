import Foundation

/// Splits a page into articles.
///
/// Baseline: blocks separated by two or more blank lines are articles; the
/// first short unpunctuated lines of a block form its headline.
public struct PageSegmenter: Sendable {
    public init() {}

    public func segment(_ page: Page) -> [Article] {
        var blocks: [[Int]] = []
        var current: [Int] = []
        var blanks = 0
        for (i, line) in page.lines.enumerated() {
            if line.allSatisfy({ $0.isWhitespace }) {
                blanks += 1
                continue
            }
            if blanks >= 2, !current.isEmpty {
                blocks.append(current)
                current = []
            }
            blanks = 0
            current.append(i + 1)
        }
        if !current.isEmpty { blocks.append(current) }
        return blocks.enumerated().map { n, block in
            var title = ""
            var body: [String] = []
            for number in block {
                let text = page.line(number).trimmingCharacters(in: .whitespaces)
                if title.isEmpty, body.isEmpty, text.count <= 40, !text.hasSuffix("。") {
                    title = text.trimmingCharacters(in: ["#", " "])
                } else {
                    body.append(text)
                }
            }
            return Article(
                id: "\(page.key)#\(n + 1)", source: page.source, index: n + 1,
                title: title, lines: [LineSpan(block.first!, block.last!)], paragraphs: body
            )
        }
    }
}
