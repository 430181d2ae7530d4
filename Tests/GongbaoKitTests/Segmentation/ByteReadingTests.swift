import Testing
@testable import GongbaoKit

/// The cues that read a line's UTF-8 bytes answer as the scalar readings do, on every line of
/// the seed pages and on lines made to be awkward (spaces of both widths, marks, empty lines).
@Suite("Cues read on UTF-8 bytes")
struct ByteReadingTests {
    /// Every line of the seeds, and variants with leading and trailing white space and marks.
    private static var lines: [String] {
        var lines: [String] = []
        for name in Fixtures.seedNames {
            for line in Fixtures.seed(name).lines {
                lines.append(line)
                lines.append("\u{3000}" + line + " ")
                lines.append("（" + line + "）")
            }
        }
        return lines + ["", " ", "\u{3000}\u{A0}", "，接着说", "\"工会\"", "é\u{301}工会", "据悉，", "现,缺乏统一", "“驿站”建起来。"]
    }

    @Test("a paragraph starts as a continuation read in one pass exactly when it does read from its head")
    func continuationInOnePass() {
        for line in Self.lines {
            #expect(ContinuationCue.startsAsContinuation(line) == Self.startsAsContinuationReadingHead(line), "\(line)")
        }
    }

    /// `ContinuationCue.startsAsContinuation` as first written, on the head's scalars: the
    /// reference the one-pass reading is checked against.
    private static func startsAsContinuationReadingHead(_ text: String) -> Bool {
        let head = Punctuation.head(text, 24)
        guard let first = head.first else { return false }
        if Punctuation.neverStartsText.contains(first) { return true }
        if QuoteBalance(scalars: head).closesUnopened { return true }
        let commas = Punctuation.commas, enders = Punctuation.sentenceEnders, clauseEnders = Punctuation.clauseEnders
        guard let stop = head.firstIndex(where: { commas.contains($0) || enders.contains($0) || clauseEnders.contains($0) })
        else { return false }
        let clause = head[..<stop]
        guard clause.allSatisfy(Punctuation.isHan) else { return false }
        let isSentence = Punctuation.sentenceEnders.contains(head[stop])
        guard clause.count <= (isSentence ? 6 : 1) else { return false }
        return !ContinuationCue.opensWithParagraphOpener(scalars: clause)
    }

    @Test("scalars read forwards and backwards from the bytes are the line's scalars")
    func scalarsFromBytes() {
        for line in Self.lines {
            let forwards: [Unicode.Scalar] = UTF8Scalars.withBytes(line) { bytes in
                var out: [Unicode.Scalar] = []
                var i = 0
                while i < bytes.count { out.append(UTF8Scalars.next(bytes, &i)) }
                return out
            }
            let backwards: [Unicode.Scalar] = UTF8Scalars.withBytes(line) { bytes in
                var out: [Unicode.Scalar] = []
                var end = bytes.count
                while end > 0 { out.append(UTF8Scalars.previous(bytes, &end)) }
                return out
            }
            #expect(forwards == Array(line.unicodeScalars))
            #expect(backwards == Array(line.unicodeScalars.reversed()))
            #expect(Punctuation.printWidth(line) == Punctuation.printWidth(line.unicodeScalars))
        }
    }

    @Test("a unified ideograph is told from the lead byte three bytes back exactly when the scalar read backwards is one")
    func unifiedIdeographFromLeadByte() {
        let edges = "\u{4DFF}\u{4E00}\u{9FFF}\u{A000}\u{3400}\u{F900}\u{20000}中a\u{E9}"
        for line in Self.lines + [edges] {
            UTF8Scalars.withBytes(line) { bytes in
                var end = bytes.count
                while end > 0 {
                    let told = UTF8Scalars.endsWithUnifiedIdeograph(bytes, before: end)
                    let s = UTF8Scalars.previous(bytes, &end)
                    #expect(told == (0x4E00...0x9FFF).contains(s.value))
                }
            }
        }
    }

    @Test("the classifier's print width of a short line is Punctuation.printWidth of its text; a long line has none")
    func classifiedPrintWidth() {
        let long = String(repeating: "工会ab，", count: 60)
        let page = Page(source: "t.txt", lines: Self.lines.filter { !$0.isBlankLine } + [long, "  " + long])
        for line in LineClassifier.classify(page) {
            let expected = line.text.utf8.count <= 240 ? Punctuation.printWidth(line.text) : nil
            #expect(line.printWidth == expected, "\(line.text)")
        }
    }

    @Test("a line the classifier says cannot end in a credit has no trailing credit")
    func classifiedMayEndInCredit() {
        let credits = ["现场。□陈向卫 李鹏 摄", "…“娘家人”。 □王晓红", "…现场。本报记者 刘友婷 本报通讯员 罗义国",
                       "…现场。（本报记者 张三 摄）", "…垃圾清理。 □张昆 摄 ■工会纪事■"]
        let page = Page(source: "t.txt", lines: Self.lines.filter { !$0.isBlankLine } + credits)
        var taken = 0
        for line in LineClassifier.classify(page) where PhotoCreditCue.trailingCredit(line.text) != nil {
            taken += 1
            #expect(line.mayEndInCredit, "\(line.text)")
        }
        #expect(taken >= 3)
    }

    @Test("a line's ending says what the cues reading back from its end say, for it and for a text it ends")
    func lineEndings() {
        let extra = ["…现场。”", "…现场”\"", "”）", "的情感表达。(本报厦门9月11日电)", "…服务。(许振宇)", "□张昆 摄 ■工会纪事■", "；  ", "，"]
        for line in Self.lines + extra {
            let ending = LineEnding(line)
            #expect(ending.mayEndParagraph == TerminalPunctuation.mayEndParagraph(line), "\(line)")
            let last = Punctuation.lastNonSpace(line)
            #expect(ending.closesParenthesis == (last == ")" || last == "）"), "\(line)")
            #expect(ending.endsInCreditMark == (last == ")" || last == "）" || last == "■"), "\(line)")
            if !ending.closesParenthesis {
                #expect(DatelineCue.trailingDateline(line) == nil && PhotoCreditCue.trailingAuthorCredit(line) == nil, "\(line)")
            }
            // Joined after other text, a line that decides its ending decides the text's.
            if ending.decidesEnding {
                for before in ["工会干部由", "会上说：", "the"] {
                    var joined = before
                    ParagraphJoin.append(line, to: &joined)
                    #expect(ending.mayEndParagraph == TerminalPunctuation.mayEndParagraph(joined), "\(before) \(line)")
                }
            }
        }
    }

    @Test("the classifier's pass says which lines may open with a dateline, and a paragraph of one line keeps the cues read in full")
    func classifiedOpeningsAndOneLineParagraphs() {
        let datelines = ["本报讯(记者康功)昨日", "本报西安9月11日电 记者", "新华社北京3月5日电", "据《工人日报》报道", "\u{3000}本报讯 工会", "中新社北京电"]
        let page = Page(source: "t.txt", lines: Self.lines.filter { !$0.isBlankLine } + datelines)
        for line in LineClassifier.classify(page) {
            if !line.mayOpenDateline { #expect(DatelineCue.looksLikeDateline(line.text) == nil, "\(line.text)") }
            #expect(line.ending == LineEnding(line.text), "\(line.text)")
            let fast = Paragraph(line: line)
            let read = Paragraph(lines: [line.number], text: line.text, blanksBefore: line.blanksBefore, headingLevel: line.headingLevel)
            #expect(fast.leadingDateline == read.leadingDateline && fast.startsAsContinuation == read.startsAsContinuation, "\(line.text)")
            #expect(fast.trailingCredit == read.trailingCredit && fast.trailingDateline == read.trailingDateline, "\(line.text)")
            #expect(fast.endsSentence == read.endsSentence, "\(line.text)")
        }
    }

    @Test("a word is found in a line of plain scalars as String.contains finds it")
    func containsOnBytes() {
        for line in Self.lines {
            for word in ["图为", "评", "工会", "特写", "走基层"] {
                #expect(Punctuation.contains(word, in: line) == line.contains(word), "\(word) in \(line)")
            }
        }
    }

    @Test("a kept bigram run, read with ideographs decoded from their bytes, holds the bigrams a text reading finds")
    func bigramRunFromBytes() {
        let texts = Self.lines + ["\u{F900}\u{2F800}工会", "𠀀𠀁工会ＡＢ１２ab 34", "工会，职工。Ａ１"]
        for text in texts {
            var read: [UInt64] = []
            BigramProfile.forEachBigram(lines: [text]) { read.append($0) }
            #expect(BigramRun(text).bigrams == read, "\(text)")
        }
    }

    @Test("a paragraph keeps its ending's splits as the cues read them, and a headline line whether it is a label")
    func keptEndings() {
        for text in Self.lines + ["现场。□陈向卫 李鹏 摄", "的情感表达。(本报厦门9月11日电)", "新闻特写"] {
            let p = Paragraph(lines: [1], text: text, blanksBefore: 0)
            let credit = PhotoCreditCue.trailingCredit(text)
            #expect(p.trailingCreditSplit?.body == credit?.body && p.trailingCreditSplit?.credit == credit?.credit, "\(text)")
            let dateline = credit == nil ? DatelineCue.trailingDateline(text) : nil
            #expect(p.trailingDatelineSplit?.dateline == dateline?.dateline && p.trailingDatelineSplit?.body == dateline?.body, "\(text)")
            #expect(HeadlineLine(lines: [1], text: text, level: 0).isSectionLabel == SectionLabelCue.isSectionLabel(text), "\(text)")
        }
    }

    @Test("a body profile read from paragraphs that keep their bigrams equals the profile read from the texts")
    func profileFromKeptBigrams() {
        let texts = Self.lines.prefix(60).map { $0 }
        let sources = texts.enumerated().map { k, text -> BigramSource in
            k % 3 == 0 ? .text(text) : Paragraph(lines: [k + 1], text: text, blanksBefore: 0).bigramSource
        }
        for limit in [10, 100, 6000, 7000] {
            #expect(BigramProfile(sources: sources, limit: limit).bigrams == BigramProfile(lines: texts, limit: limit).bigrams)
            var fromSources: [UInt64] = []
            BigramProfile.forEachBigram(sources: sources, limit: limit) { fromSources.append($0) }
            var fromTexts: [UInt64] = []
            BigramProfile.forEachBigram(lines: texts, limit: limit) { fromTexts.append($0) }
            #expect(fromSources == fromTexts)
        }
    }
}
