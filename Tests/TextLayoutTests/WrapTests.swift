import Foundation
import Testing
import TextLayout

/// `wcwidth` answers only under a UTF-8 locale; tests set one once.
let utf8Locale: Bool = {
    setlocale(LC_ALL, "C.UTF-8") != nil || setlocale(LC_ALL, "en_US.UTF-8") != nil
}()

/// Sample texts: Chinese with full- and half-width punctuation, mixed scripts,
/// ambiguous characters, emoji, combining marks.
enum Samples {
    static let chinese = "当地许多工会干部由衷感叹,做强基层工会、做好职工服务就该实打实,要对照标准不断强弱项、补短板。"
    static let fullWidth = "“全省86个县区市工会，怎么才有4家上榜？”“忙活一整年，模范表彰名额太少了……”2月22日，甘肃省总工会召开十三届四次全委（扩大）会议——会上宣布了《命名决定》。"
    static let mixed = "G2039次返岗专列 from Wuhan 开往温州，AI 赋能 Smart-Factory 2024：职工 upskilling 计划全面推开。"
    static let emoji = "返岗专列🚄出发，职工点赞👍🏽，心形❤️也有。"
    static let combining = "Café e\u{301}t\u{301}e\u{301} 与 Zoë 一起"
    static let all = [chinese, fullWidth, mixed, emoji, combining]
}

@Suite("Display width")
struct DisplayWidthTests {
    init() { _ = utf8Locale }
    let w = DisplayWidth()

    @Test("CJK ideographs and full-width punctuation take two columns, ASCII one")
    func basic() {
        #expect(w.of("甘肃") == 4)
        #expect(w.of("，。") == 4)
        #expect(w.of("abc") == 3)
        #expect(w.of("G2039次") == 7)
        #expect(w.of("（）《》「」【】") == 16)
        #expect(w.of("") == 0)
    }

    @Test("East Asian Ambiguous characters are one column unless switched to wide")
    func ambiguous() {
        #expect(w.of("“”…—·") == 5)
        #expect(DisplayWidth(ambiguousWide: true).of("“”…—·") == 10)
        #expect(DisplayWidth(ambiguousWide: true).of("甘肃 ab") == 7)
        #expect(DisplayWidth.isAmbiguous("“") && DisplayWidth.isAmbiguous("…") && DisplayWidth.isAmbiguous("─"))
        #expect(!DisplayWidth.isAmbiguous("|") && !DisplayWidth.isAmbiguous("-") && !DisplayWidth.isAmbiguous("甘"))
    }

    @Test("combining marks take no column: a letter with its accent is one")
    func combining() {
        #expect(w.of("e\u{301}") == 1)
        #expect(w.of("Café") == 4)
        #expect(w.of(Character("e\u{301}")) == 1)
    }

    @Test("an emoji takes the width of its first scalar, as ncurses places it")
    func emoji() {
        #expect(w.of("🚄") == 2)
        #expect(w.of(Character("👍🏽")) == 2)
        // ❤ is one column; its emoji selector adds none (the backend does not draw it).
        #expect(w.of(Character("❤️")) == 1)
    }

    @Test("control characters and lone combining marks take no column")
    func zeroWidth() {
        #expect(w.of("\t") == 0)
        #expect(w.of("\u{7}") == 0)
        #expect(w.of(Character("\u{301}")) == 0)
        #expect(w.of("\u{200B}") == 0)
    }
}

@Suite("Truncating by display width")
struct TruncateTests {
    init() { _ = utf8Locale }
    let wrapper = TextWrapper()

    @Test("truncation ends with an ellipsis and never exceeds the width")
    func truncate() {
        #expect(wrapper.truncate("甘肃省高标准评选首批模范县级工会", columns: 9) == "甘肃省高…")
        #expect(wrapper.fit("甘肃", columns: 6) == "甘肃  ")
        #expect(wrapper.width.of(wrapper.fit("甘肃省高标准", columns: 8)) == 8)
    }

    @Test("at every width from 0 to past the end, for every sample: never wider, … only when cut, exact when padded")
    func everyWidth() {
        for measure in [DisplayWidth(), DisplayWidth(ambiguousWide: true)] {
            let wrapper = TextWrapper(width: measure)
            for text in Samples.all {
                let total = measure.of(text)
                for columns in 0...(total + 2) {
                    let cut = wrapper.truncate(text, columns: columns)
                    #expect(measure.of(cut) <= columns, "\(text) at \(columns)")
                    if total <= columns {
                        #expect(cut == text)
                    } else if columns >= measure.of("…") {
                        #expect(cut.hasSuffix("…"), "\(text) at \(columns): \(cut)")
                        #expect(text.hasPrefix(String(cut.dropLast())))
                    }
                    let fitted = wrapper.fit(text, columns: columns)
                    #expect(measure.of(fitted) == columns, "fit \(text) at \(columns): \(fitted)")
                }
            }
        }
    }

    @Test("a double-width character that would straddle the edge is left out and the row padded")
    func wideAtEdge() {
        // 3 columns: "甘" (2) + "…" (1); 4 columns: "甘" + " " is not allowed to become "甘肃"
        #expect(wrapper.truncate("甘肃省", columns: 3) == "甘…")
        #expect(wrapper.truncate("甘肃省", columns: 4) == "甘…")
        #expect(wrapper.fit("甘肃省", columns: 4) == "甘… ")
        #expect(wrapper.truncate("a甘肃", columns: 2) == "a…")
        #expect(wrapper.truncate("甘肃", columns: 1) == "…")
        #expect(wrapper.clip("甘肃", columns: 3) == ("甘", 2))
        #expect(wrapper.clip("ab甘", columns: 3) == ("ab", 2))
    }

    @Test("with wide ambiguous characters, a one-column cut cannot hold … and is bare")
    func ellipsisTooWide() {
        let wide = TextWrapper(width: DisplayWidth(ambiguousWide: true))
        #expect(wide.truncate("abc", columns: 1) == "a")
        #expect(wide.truncate("甘肃", columns: 1) == "")
        #expect(wide.truncate("abcdef", columns: 3) == "a…")
    }

    @Test("fitRight aligns to the right edge")
    func fitRight() {
        #expect(wrapper.fitRight("12", columns: 5) == "   12")
        #expect(wrapper.fitRight("甘肃", columns: 5) == " 甘肃")
    }

    @Test("a huge line is cut without measuring all of it")
    func huge() {
        let line = String(repeating: "工会", count: 500_000)
        #expect(wrapper.truncate(line, columns: 10) == "工会工会…")
    }
}

@Suite("Wrapping Chinese text")
struct WrapTests {
    init() { _ = utf8Locale }
    let wrapper = TextWrapper()

    @Test("no line exceeds the width and no line starts with closing punctuation")
    func kinsoku() {
        let text = Samples.chinese
        for columns in 5...40 {
            let lines = wrapper.wrap(text, columns: columns)
            #expect(lines.joined() == text.replacingOccurrences(of: " ", with: ""))
            for line in lines {
                #expect(wrapper.width.of(line) <= columns)
            }
            for line in lines.dropFirst() {
                #expect(!(LineBreaking.noLineStart.contains(line.first!)), "line starts with \(line.first!) at \(columns)")
            }
        }
    }

    @Test("at every width, for every sample, narrow and wide: lines fit, keep every character, obey the rules")
    func rulesAtEveryWidth() {
        for measure in [DisplayWidth(), DisplayWidth(ambiguousWide: true)] {
            let wrapper = TextWrapper(width: measure)
            for text in Samples.all {
                let chars = Array(text)
                for columns in 4...60 {
                    let ranges = wrapper.lineRanges(of: chars, columns: columns)
                    let lines = ranges.map { String(chars[$0]) }
                    #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " }, "\(text) at \(columns)")
                    for line in lines {
                        #expect(measure.of(line) <= columns, "\(line) wider than \(columns)")
                    }
                    // The longest run that may not be broken in these samples (了……” is 5
                    // columns, 7 with wide ambiguous characters) must fit for the rules to hold.
                    guard columns >= 8 else { continue }
                    for (a, b) in zip(ranges, ranges.dropFirst()) where !a.isEmpty && !b.isEmpty && a.upperBound == b.lowerBound {
                        let before = chars[a.upperBound - 1], after = chars[b.lowerBound]
                        // Punctuation rules hold at every width; an ASCII word longer than
                        // half a line may be cut hard, so words are checked on wide lines only.
                        #expect(!LineBreaking.noLineStart.contains(after), "\(String(chars[b])) starts a line at \(columns)")
                        #expect(!LineBreaking.noLineEnd.contains(before), "\(String(chars[a])) ends a line at \(columns)")
                        if columns >= 30 {
                            #expect(LineBreaking.canBreak(between: before, and: after), "bad break \(before)|\(after) at \(columns) in \(text)")
                        }
                    }
                }
            }
        }
    }

    @Test("no line ends with opening punctuation such as （《「“")
    func openingStaysWithWhatFollows() {
        let text = "他说：“我们来了。”随后《工人日报》刊发了（上接第1版）的报道，「驿站」也开了。"
        for columns in 4...30 {
            for line in wrapper.wrap(text, columns: columns).dropLast() {
                #expect(!LineBreaking.noLineEnd.contains(line.last!), "\(line) at \(columns)")
            }
        }
    }

    @Test("…… and —— are kept whole")
    func pairsWhole() {
        let text = "名额太少了……甘肃省总工会——这是肯定。名额太少了……甘肃省总工会——这是肯定。"
        for columns in 4...30 {
            let lines = wrapper.wrap(text, columns: columns)
            for (a, b) in zip(lines, lines.dropFirst()) {
                #expect(!(a.hasSuffix("…") && b.hasPrefix("…")), "split …… at \(columns)")
                #expect(!(a.hasSuffix("—") && b.hasPrefix("—")), "split —— at \(columns)")
            }
        }
    }

    @Test("ASCII words and numbers are not split when a break nearby is allowed")
    func asciiWords() {
        let lines = wrapper.wrap("职工技能 upskilling 计划", columns: 12)
        #expect(lines == ["职工技能", "upskilling", "计划"])
        #expect(wrapper.wrap("G2039次列车", columns: 6) == ["G2039", "次列车"])
    }

    @Test("a run with no allowed break is cut hard rather than exceed the width")
    func hardCut() {
        let url = "https://example.org/" + String(repeating: "a", count: 40)
        let lines = wrapper.wrap(url, columns: 10)
        #expect(lines.allSatisfy { wrapper.width.of($0) <= 10 })
        #expect(lines.joined() == url)
    }

    @Test("newlines end lines; empty text is one empty line; spaces at breaks are dropped")
    func newlinesAndSpaces() {
        #expect(wrapper.wrap("", columns: 10) == [""])
        #expect(wrapper.wrap("甲\n\n乙", columns: 10) == ["甲", "", "乙"])
        #expect(wrapper.wrap("aaa bbb", columns: 4) == ["aaa", "bbb"])
    }

    @Test("line ranges point into the characters, so styles can follow the breaks")
    func ranges() {
        let chars = Array(Samples.fullWidth)
        let ranges = wrapper.lineRanges(of: chars, columns: 20)
        #expect(ranges.map { String(chars[$0]) } == wrapper.wrap(Samples.fullWidth, columns: 20))
        for (a, b) in zip(ranges, ranges.dropFirst()) {
            #expect(a.upperBound <= b.lowerBound)
        }
        #expect(ranges.last!.upperBound == chars.count)
    }

    @Test("widths 1 to 3 still make progress and never exceed the width")
    func tinyWidths() {
        for columns in 1...3 {
            for text in Samples.all {
                let lines = wrapper.wrap(text, columns: columns)
                #expect(lines.allSatisfy { wrapper.width.of($0) <= max(columns, 2) }, "\(text) at \(columns)")
                #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
            }
        }
    }

    @Test("a long paragraph wraps in time proportional to its length")
    func longParagraph() {
        let text = String(repeating: Samples.fullWidth, count: 2000)
        let lines = wrapper.wrap(text, columns: 76)
        #expect(lines.count > 2000)
        #expect(lines.allSatisfy { wrapper.width.of($0) <= 76 })
    }
}

@Suite("Wrapping seed paragraphs")
struct SeedWrapTests {
    init() { _ = utf8Locale }

    @Test("a dash between years never starts a line (seed 000, line 91)")
    func dashBetweenYears() {
        let text = "开展“安康杯+”竞赛活动专项提质行动。围绕安全生产和职业病防治工作的薄弱环节,充分发挥各市总、省级产业工会和县、基层工会作用,部署开展2024—2025年度、2026—2027年度全省“安康杯”竞赛“三级联创”专项提质行动;"
        for columns in 10...60 {
            for line in TextWrapper().wrap(text, columns: columns).dropFirst() {
                #expect(line.first != "—", "width \(columns): \(line)")
            }
        }
    }
}

@Suite("Wrapping lists")
struct ListWrapTests {
    init() { _ = utf8Locale }
    let wrapper = TextWrapper(width: DisplayWidth())

    @Test("a list of place paths breaks between paths, never inside one that fits on a line")
    func placesStayWhole() {
        let items = ["甘肃省/酒泉市/玉门市", "甘肃省/定西市/陇西县", "甘肃省/酒泉市/肃州区", "甘肃省/张掖市/山丹县"]
        let lines = wrapper.wrap(items: ["地区"] + items, columns: 52)
        #expect(lines == ["地区  甘肃省/酒泉市/玉门市  甘肃省/定西市/陇西县", "甘肃省/酒泉市/肃州区  甘肃省/张掖市/山丹县"])
        for line in lines { #expect(DisplayWidth().of(line) <= 52) }
    }

    @Test("an item wider than a line is broken by the usual rules, and the next item starts a line")
    func longItemBreaks() {
        let lines = wrapper.wrap(items: ["新疆维吾尔自治区伊犁哈萨克自治州总工会", "玉门"], columns: 20)
        #expect(lines == ["新疆维吾尔自治区伊犁", "哈萨克自治州总工会", "玉门"])
    }

    @Test("one short item, or none, is one line")
    func trivialLists() {
        #expect(wrapper.wrap(items: ["玉门市"], columns: 20) == ["玉门市"])
        #expect(wrapper.wrap(items: [], columns: 20) == [""])
    }

    @Test("lines of a list keep every character of the items, in order")
    func nothingLost() {
        let items = (1...30).map { "第\($0)个机构总工会" }
        for columns in [8, 13, 21, 40, 80] {
            let lines = wrapper.wrap(items: items, columns: columns)
            #expect(lines.joined().filter { $0 != " " } == items.joined())
            for line in lines { #expect(DisplayWidth().of(line) <= columns) }
        }
    }
}
