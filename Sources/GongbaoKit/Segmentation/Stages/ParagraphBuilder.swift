/// Stage 2: turns classified lines into pieces. Consecutive text lines with no blank
/// line between them (a block) are hard-wrapped column text (seed 003) and are joined
/// into paragraphs; a block is split where a paragraph evidently ends: before an
/// indented line or a dateline, after a credit, or after a line that ends a sentence
/// well short of the column width.
enum ParagraphBuilder {
    static func pieces(from lines: [ClassifiedLine]) -> [Piece] {
        var pieces: [Piece] = []
        // The block being read, `lines[blockStart..<blockEnd]`: every line either joins the block
        // or ends it, so a block is always a run of consecutive lines (read in place, not copied).
        var blockStart = 0, blockEnd = 0

        func flushBlock() {
            guard blockEnd > blockStart else { return }
            forEachParagraph(of: lines[blockStart..<blockEnd]) { appendSeparatingJumpMarkers($0, to: &pieces) }
            blockStart = blockEnd
        }
        func addToBlock(_ index: Int) {
            if blockEnd == blockStart { blockStart = index }
            blockEnd = index + 1
        }

        // Each line is read in place (`lines[index]`): a copy of a `ClassifiedLine` retains and
        // releases its text and its kind's payload for every line of the page.
        for index in lines.indices {
            switch lines[index].kind {
            case .text:
                if lines[index].blanksBefore > 0 || lines[index].headingLevel > 0 || (blockEnd > blockStart && lines[blockEnd - 1].headingLevel > 0) {
                    flushBlock()
                }
                addToBlock(index)
            case .furniture(let tag, let bracketed):
                flushBlock()
                pieces.append(.furniture(line: lines[index].number, tag: tag, bracketed: bracketed))
            case .sectionLabel:
                flushBlock()
                pieces.append(.sectionLabel(line: lines[index].number, text: lines[index].text, blanksBefore: lines[index].blanksBefore))
            case .boxLabel(let label):
                flushBlock()
                pieces.append(.boxLabel(line: lines[index].number, label: label))
            case .continuationMarker(let marker):
                flushBlock()
                pieces.append(.marker(line: lines[index].number, marker: marker))
            case .byline(let credit):
                // A credit wrapped onto the next line of a caption that ends with one.
                if lines[index].blanksBefore == 0, blockEnd > blockStart, lines[blockEnd - 1].mayEndInCredit,
                   PhotoCreditCue.trailingCredit(lines[blockEnd - 1].text) != nil {
                    addToBlock(index)
                    continue
                }
                flushBlock()
                pieces.append(.byline(line: lines[index].number, credit: credit))
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
        // A marker is printed in parentheses: a paragraph that neither opens nor closes with one holds none.
        let mayHoldMarker = UTF8Scalars.withBytes(paragraph.text) { bytes -> Bool in
            guard !bytes.isEmpty else { return false }
            var i = 0, end = bytes.count
            let first = UTF8Scalars.next(bytes, &i), last = UTF8Scalars.previous(bytes, &end)
            return first == "(" || first == "（" || last == ")" || last == "）"
        }
        guard mayHoldMarker else {
            pieces.append(.paragraph(paragraph))
            return
        }
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
        paragraphs(of: block[...])
    }

    /// `paragraphs(of:)` of a run of lines read in place.
    static func paragraphs(of block: ArraySlice<ClassifiedLine>) -> [Paragraph] {
        var result: [Paragraph] = []
        forEachParagraph(of: block) { result.append($0) }
        return result
    }

    /// Hands `body` the paragraphs of a run of lines (read in place) one by one, in order, as
    /// `paragraphs(of:)` makes them: the builder appends them to its pieces, with no array per block.
    static func forEachParagraph(of block: ArraySlice<ClassifiedLine>, _ body: (Paragraph) -> Void) {
        let first = block.startIndex
        guard block.count > 1 else {
            body(Paragraph(line: block[first]))
            return
        }
        let widths = block.map { $0.printWidth ?? Punctuation.printWidth($0.text) }
        let column = ColumnWidthCue.columnWidth(widths)
        // The paragraph being read (offsets in the block); its lines are joined and its cues read
        // once, when it is complete.
        var start = 0
        // The dateline the paragraph's first line opens with, when the split already read it
        // (or none, when the classifier's pass says the line cannot open with one).
        var startDateline: Dateline?? = block[first].mayOpenDateline ? nil : .some(nil)
        func flush(upTo end: Int) {
            let lines = (first + start)..<(first + end)
            // Appended into room made once for all its lines (a String grown line by line moves
            // again and again); appending keeps the Strings' bytes unvalidated, unlike writing them.
            var joined = block[lines.lowerBound].text
            if lines.count > 1 {
                var capacity = 0
                for k in lines { capacity += block[k].text.utf8.count + 1 }
                joined.reserveCapacity(capacity)
                for k in lines.dropFirst() { ParagraphJoin.append(block[k].text, to: &joined) }
            }
            body(Paragraph(
                wrappedLines: lines.map { block[$0].number }, firstLine: block[lines.lowerBound].text,
                joined: joined, blanksBefore: start == 0 ? block[first].blanksBefore : 0, columnWidth: column,
                firstLineDateline: startDateline, lastLineEnding: block[lines.upperBound - 1].ending
            ))
        }
        for i in 1..<block.count {
            // What the next line says decides first: a credit wrapped from this line, an indent,
            // or a dateline (read once, and kept for the paragraph it opens).
            let ends: Bool
            var nextDateline: Dateline?? = nil
            if case .byline = block[first + i].kind {
                ends = false
            } else if block[first + i].isIndented {
                ends = true
            } else {
                let dateline = block[first + i].mayOpenDateline ? DatelineCue.looksLikeDateline(block[first + i].text) : nil
                nextDateline = .some(dateline)
                ends = endsParagraph(
                    block[first + i - 1].text, mayEndInCredit: block[first + i - 1].mayEndInCredit,
                    ending: block[first + i - 1].ending,
                    width: widths[i - 1], column: column, nextWidth: widths[i], nextDateline: dateline
                )
            }
            if ends {
                flush(upTo: i)
                start = i
                startDateline = nextDateline
            }
        }
        flush(upTo: block.count)
    }

    /// Whether a paragraph ends after `text` (a line of width `width` in a column of
    /// typical width `column`), given the line that follows (of width `nextWidth`, opening
    /// with `nextDateline`), which is neither a credit nor indented. `mayEndInCredit` and
    /// `ending` are the line's `ClassifiedLine.mayEndInCredit` and `ClassifiedLine.ending`:
    /// a trailing dateline needs a closing parenthesis, and whether a sentence or clause ends
    /// there was read with it.
    private static func endsParagraph(
        _ text: String, mayEndInCredit: Bool, ending: LineEnding, width: Double, column: Double, nextWidth: Double,
        nextDateline: Dateline?
    ) -> Bool {
        if let dateline = nextDateline, dateline.opensReport { return true }
        // A credit ends its item, unless the next line is a scrap of it (`…本报通讯员 罗义` / `国`).
        if (mayEndInCredit && PhotoCreditCue.trailingCredit(text) != nil)
            || (ending.closesParenthesis && DatelineCue.trailingDateline(text) != nil) {
            return nextWidth > 4
        }
        guard ending.mayEndParagraph else { return false }
        // Long lines are whole paragraphs. Column text is justified, so every line but a
        // paragraph's last fills the column: a sentence end well short of it ends a paragraph.
        return column > 45 || width < 0.9 * column
    }
}
