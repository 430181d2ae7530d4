/// Stage 2: turns classified lines into pieces. Consecutive text lines with no blank
/// line between them (a block) are hard-wrapped column text (seed 003) and are joined
/// into paragraphs; a block is split where a paragraph evidently ends: before an
/// indented line or a dateline, after a credit, or after a line that ends a sentence
/// well short of the column width.
enum ParagraphBuilder {
    static func pieces(from lines: [ClassifiedLine]) -> [Piece] {
        var pieces: [Piece] = []
        var block: [ClassifiedLine] = []

        func flushBlock() {
            guard !block.isEmpty else { return }
            for paragraph in paragraphs(of: block) { appendSeparatingJumpMarkers(paragraph, to: &pieces) }
            block = []
        }

        for line in lines {
            switch line.kind {
            case .text:
                if line.blanksBefore > 0 || line.headingLevel > 0 || (block.last?.headingLevel ?? 0) > 0 { flushBlock() }
                block.append(line)
            case .furniture(let tag, let bracketed):
                flushBlock()
                pieces.append(.furniture(line: line.number, tag: tag, bracketed: bracketed))
            case .sectionLabel:
                flushBlock()
                pieces.append(.sectionLabel(line: line.number, text: line.text, blanksBefore: line.blanksBefore))
            case .boxLabel(let label):
                flushBlock()
                pieces.append(.boxLabel(line: line.number, label: label))
            case .continuationMarker(let marker):
                flushBlock()
                pieces.append(.marker(line: line.number, marker: marker))
            case .byline(let credit):
                // A credit wrapped onto the next line of a caption that ends with one.
                if line.blanksBefore == 0, let last = block.last, PhotoCreditCue.trailingCredit(last.text) != nil {
                    block.append(line)
                    continue
                }
                flushBlock()
                pieces.append(.byline(line: line.number, credit: credit))
            }
        }
        flushBlock()
        return pieces
    }

    /// A jump marker printed inside a paragraph's first or last line becomes a piece of its own.
    static func separatingJumpMarkers(_ paragraph: Paragraph) -> [Piece] {
        var pieces: [Piece] = []
        appendSeparatingJumpMarkers(paragraph, to: &pieces)
        return pieces
    }

    /// `separatingJumpMarkers`, appending to `pieces` (no arrays built per paragraph).
    static func appendSeparatingJumpMarkers(_ paragraph: Paragraph, to pieces: inout [Piece]) {
        var p = paragraph
        if let (marker, rest) = ContinuationMarkerCue.leadingMarker(p.text), !rest.isEmpty {
            pieces.append(.marker(line: p.lines[0], marker: marker))
            p.replaceText(rest)
        }
        var after: Piece?
        if let (marker, rest) = ContinuationMarkerCue.trailingMarker(p.text), !rest.isEmpty {
            after = .marker(line: p.lines[p.lines.count - 1], marker: marker)
            p.replaceText(rest)
        }
        pieces.append(.paragraph(p))
        if let after { pieces.append(after) }
    }

    /// Splits one block of consecutive text lines into paragraphs.
    static func paragraphs(of block: [ClassifiedLine]) -> [Paragraph] {
        guard block.count > 1 else {
            let line = block[0]
            return [Paragraph(lines: [line.number], text: line.text, blanksBefore: line.blanksBefore, headingLevel: line.headingLevel)]
        }
        let widths = block.map { Punctuation.printWidth($0.text) }
        let column = ColumnWidthCue.columnWidth(widths)
        var result: [Paragraph] = []
        // The paragraph being joined; its cues are read once, when it is complete.
        var start = 0
        var joined = block[0].text
        func flush(upTo end: Int) {
            result.append(Paragraph(
                wrappedLines: block[start..<end].map(\.number), firstLine: block[start].text, joined: joined,
                blanksBefore: start == 0 ? block[0].blanksBefore : 0, columnWidth: column
            ))
        }
        for i in 1..<block.count {
            let previous = block[i - 1]
            let line = block[i]
            if endsParagraph(previous.text, width: widths[i - 1], column: column, before: line) {
                flush(upTo: i)
                start = i
                joined = line.text
            } else {
                ParagraphJoin.append(line.text, to: &joined)
            }
        }
        flush(upTo: block.count)
        return result
    }

    /// Whether a paragraph ends after `text` (a line of width `width` in a column of
    /// typical width `column`), given the line that follows.
    private static func endsParagraph(_ text: String, width: Double, column: Double, before next: ClassifiedLine) -> Bool {
        if case .byline = next.kind { return false }  // a credit wrapped from this line
        if next.isIndented { return true }
        if let dateline = DatelineCue.looksLikeDateline(next.text), dateline.opensReport { return true }
        // A credit ends its item, unless the next line is a scrap of it (`…本报通讯员 罗义` / `国`).
        if PhotoCreditCue.trailingCredit(text) != nil || DatelineCue.trailingDateline(text) != nil {
            return Punctuation.printWidth(next.text) > 4
        }
        guard TerminalPunctuation.mayEndParagraph(text) else { return false }
        // Long lines are whole paragraphs. Column text is justified, so every line but a
        // paragraph's last fills the column: a sentence end well short of it ends a paragraph.
        return column > 45 || width < 0.9 * column
    }
}
