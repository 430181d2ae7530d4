import Foundation
import Testing
import TextLayout

/// `wcwidth` answers only under a UTF-8 locale; tests set one once.
let utf8Locale: Bool = {
    setlocale(LC_ALL, "C.UTF-8") != nil || setlocale(LC_ALL, "en_US.UTF-8") != nil
}()

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
    }

    @Test("East Asian Ambiguous characters are one column unless switched to wide")
    func ambiguous() {
        #expect(w.of("“”…—·") == 5)
        #expect(DisplayWidth(ambiguousWide: true).of("“”…—·") == 10)
    }

    @Test("combining marks take no column")
    func combining() {
        #expect(w.of("e\u{301}") == 1)
    }
}

@Suite("Wrapping Chinese text")
struct WrapTests {
    init() { _ = utf8Locale }
    let wrapper = TextWrapper()

    @Test("no line exceeds the width and no line starts with closing punctuation")
    func kinsoku() {
        let text = "当地许多工会干部由衷感叹,做强基层工会、做好职工服务就该实打实,要对照标准不断强弱项、补短板。"
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

    @Test("truncation ends with an ellipsis and never exceeds the width")
    func truncate() {
        #expect(wrapper.truncate("甘肃省高标准评选首批模范县级工会", columns: 9) == "甘肃省高…")
        #expect(wrapper.fit("甘肃", columns: 6) == "甘肃  ")
        #expect(wrapper.width.of(wrapper.fit("甘肃省高标准", columns: 8)) == 8)
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
