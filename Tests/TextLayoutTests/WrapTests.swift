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
