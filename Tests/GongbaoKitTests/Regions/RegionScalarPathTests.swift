import Foundation
import Testing
@testable import GongbaoKit

/// The mention finder reads each field as scalars once; these check that its scalar
/// shortcuts answer what the Character- and String-based rules answer.
@Suite("Region finder scalar paths answer as the String paths")
struct RegionScalarPathTests {
    private let samples = [
        "", "a", "本报西安9月11日电（记者 王树芬）甘肃省总工会", "e\u{301}", "\r\n本报讯",
        "𱳪𠀋 emoji 👩‍👩‍👧 and ﬁ", "（本报北京3月5日电）全国总工会", "新华社北京3月5日电 国务院",
        "本报 西安 9 月 11 日电", "“本报西安9月11日电”", "本报西安九月十一日电", "中共中央、国务院",
    ]

    @Test("decoding a field gives the scalars of its string")
    func decodingGivesTheScalars() {
        for text in samples + [Fixtures.seedText("003")] {
            #expect(UTF8Codec.scalars(of: text) == Array(text.unicodeScalars), "\(text.prefix(20))")
        }
    }

    @Test("a dateline opening a paragraph is found alike on simple scalars and on Characters")
    func leadingDatelineAgrees() {
        var paragraphs = samples
        for seed in ["000", "001", "002", "003", "004"] {
            paragraphs += Fixtures.seedText(seed).split(separator: "\n").map(String.init)
        }
        var compared = 0
        for text in paragraphs {
            let scalars = Array(text.unicodeScalars)
            guard RegionMentionFinder.isSimple(scalars, upTo: 25) else { continue }
            compared += 1
            #expect(RegionMentionFinder.leadingDateline(scalars: scalars) == RegionMentionFinder.leadingDateline(text), "\(text.prefix(20))")
        }
        #expect(compared > 50)
        #expect(RegionMentionFinder.leadingDateline(scalars: Array("本报西安9月11日电 记者".unicodeScalars)) == 10)
    }

    @Test("text with combining marks, line breaks or compatibility ideographs is not simple")
    func simpleScalars() {
        #expect(RegionMentionFinder.isSimple(Array("本报西安9月11日电，“全国”…—".unicodeScalars), upTo: 100))
        #expect(!RegionMentionFinder.isSimple(Array("e\u{301}".unicodeScalars), upTo: 100))
        #expect(!RegionMentionFinder.isSimple(Array("本报\r\n".unicodeScalars), upTo: 100))
        #expect(!RegionMentionFinder.isSimple(Array("\u{F900}".unicodeScalars), upTo: 100))
        #expect(RegionMentionFinder.isSimple(Array("本报\r\n".unicodeScalars), upTo: 2))
    }

    @Test("a national word anywhere in the lead makes an item national, as a substring search finds it")
    func nationalWords() {
        for text in samples {
            let scalars = Array(text.unicodeScalars)
            let expected = ["全国", "国务院", "党中央", "中共中央", "全总"].contains { text.contains($0) }
            #expect(CueWords.nationalWords.occurs(in: scalars, within: 0..<scalars.count) == expected, "\(text)")
        }
    }

    @Test("the finder reads a national word in a headline or lead from its walk, as a substring search finds it")
    func nationalFromTheWalk() {
        let finder = RegionMentionFinder(lexicon: .shared)
        let words = ["全国", "国务院", "党中央", "中共中央", "全总"]
        for text in samples + ["甘肃省总工会全总", "全 国", "中共中央国务院"] where !text.isEmpty {
            let expected = words.contains { text.contains($0) }
            let titled = Article(id: "n#1", source: "n.txt", index: 1, title: text, paragraphs: ["正文"])
            let led = Article(id: "n#2", source: "n.txt", index: 2, title: "标题", paragraphs: [text, "全国"])
            #expect(finder.read(titled).national == expected, "\(text)")
            #expect(finder.read(led).national == expected, "\(text)")
            // The words ride along the names' walk but are never mentions themselves.
            for mention in finder.read(led).mentions {
                if case .entry(let pattern) = mention.source { #expect(Int(pattern) < finder.lexicon.entries.count) }
            }
        }
    }

    @Test("cue word lists test the words before and after a position as the slices do")
    func cueWordLists() {
        let text = Array("前往广东惠州、借鉴浙江经验，在陕西省榆林市".unicodeScalars)
        for end in 0...text.count {
            let before = text[..<end]
            let naive = CueWords.destinationWords.words.contains { CueWords.ends(before, with: $0) }
            #expect(CueWords.destinationWords.anyEnds(in: text, at: end) == naive)
            let after = text[end...]
            let starts = CueWords.locativeWords.words.contains { CueWords.starts(after, with: $0) }
            #expect(CueWords.locativeWords.anyStarts(in: text, at: end, limit: text.count) == starts)
        }
        #expect(!CueWords.governmentEnds.anyEnds(in: Array("市政府".unicodeScalars), at: 3, floor: 2))
        #expect(CueWords.governmentEnds.anyEnds(in: Array("市政府".unicodeScalars), at: 3, floor: 1))
    }
}
