import Foundation
import Testing
@testable import GongbaoKit

@Suite("Region recognition on hostile input")
struct RegionRobustnessTests {
    /// A small deterministic generator, so failures reproduce.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test("random bytes decoded as text never crash the recogniser")
    func randomBytes() {
        var rng = SplitMix(state: 42)
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 0...400, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let text = String(decoding: bytes, as: UTF8.self)
            _ = regionTags(title: text, text, text)
        }
    }

    @Test("random mixes of place names, punctuation and brackets never crash the recogniser")
    func randomNameSoup() {
        var rng = SplitMix(state: 7)
        let pieces = ["甘肃", "省", "总", "工会", "（", "）", "(", ")", "、", "，", "“", "”", "县", "城关镇", "长安",
                      "区", "市", "朝阳", "京津冀", "王", "说", "公司", "等企业", "开往", "在", "驻", "主席", "𱳪", "\n", " "]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...60, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            var articles = [Article(id: "r#1", source: "r", index: 1, title: text, dateline: text, paragraphs: [text, text])]
            RegionAnnotator().annotate(&articles, on: Page(source: "r", lines: []))
        }
    }

    @Test("a long line dense with place names finishes and counts every mention")
    func longLine() throws {
        let line = String(repeating: "甘肃省平凉市灵台县，", count: 20_000)
        let tags = regionTags(line)
        let lingtai = try #require(tags.tag("灵台县"))
        #expect(lingtai.count == 20_000)
    }

    @Test("a long line without any place finishes with nothing found")
    func longLineWithoutPlaces() {
        #expect(regionTags(String(repeating: "职工的获得感幸福感安全感不断增强。", count: 20_000)).isEmpty)
    }

    @Test("an empty gazetteer finds nothing and does not crash")
    func emptyGazetteer() throws {
        let annotator = RegionAnnotator(gazetteer: try Gazetteer(compactText: ""))
        let article = Article(id: "e#1", source: "e", index: 1, title: "甘肃省总工会", paragraphs: ["京津冀协同发展，省总工会召开会议。"])
        #expect(annotator.regions(in: article).isEmpty)
    }

    @Test("a small custom gazetteer is enough for recognition")
    func customGazetteer() throws {
        let g = try Gazetteer(compactText: "062甘肃省\n108平凉市\n222灵台县\n")
        let article = Article(id: "c#1", source: "c", index: 1, title: "甘肃灵台县总推行标准化服务")
        #expect(RegionAnnotator(gazetteer: g).regions(in: article).summary == ["灵台县"])
    }
}
