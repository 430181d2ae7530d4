import Testing
@testable import GongbaoKit

@Suite("Dotted names (dottedName cue)")
struct DottedNameCueTests {
    func names(_ text: String) -> [String] { DottedNameCue.names(in: ScalarText(text)).map(\.name) }

    @Test("Uyghur and Kazakh names joined by a middle dot or a bullet are one name each")
    func dottedNames() {
        // Held-out h13 and h16 (invented pages, as printed).
        #expect(names("维吾尔族姑娘阿依古丽·买买提说,培训让她学会了电商直播。") == ["阿依古丽·买买提"])
        #expect(names("学员艾山江·吐尔洪、热孜万古丽·艾合买提先后拿到证书。") == ["艾山江·吐尔洪", "热孜万古丽·艾合买提"])
        #expect(names("牧民阿尔达克•努尔兰告诉记者") == ["阿尔达克•努尔兰"])
        #expect(names("布海丽且姆·吐尔逊") == ["布海丽且姆·吐尔逊"])
    }

    @Test("a dotted slogan, a title in 《》 or a term in quotation marks is no name")
    func notNames() {
        #expect(names("“中国梦·劳动美·工会情”主题活动") == [])
        #expect(names("《丝路·天山》") == [])
        #expect(names("“阿里·巴巴”") == [])
        #expect(names("2024·12") == [])
        #expect(names("·买买提") == [])
        #expect(names("阿·买买提") == [], "a part of one character is not a part")
    }

    @Test("names found in any position, and nothing in text without a dot")
    func positions() {
        let text = ScalarText("阿依古丽·买买提")
        #expect(DottedNameCue.names(in: text).map(\.range) == [0..<8])
        #expect(names(String(repeating: "工会驿站", count: 1000)) == [])
        #expect(names(String(repeating: "·", count: 1000)) == [])
    }
}
