import Foundation
import Testing
@testable import GongbaoKit

/// Bad or extreme input never crashes or hangs the segmenter. The large cases double as a
/// guard on complexity: each stage is linear in the page (no scans of all lines per line),
/// so they finish in a moment; a quadratic stage would not finish in any reasonable time.
@Suite("Segmentation robustness")
struct SegmentationRobustnessTests {
    let segmenter = PageSegmenter()

    /// Articles are well formed: spans inside the file, ids and indexes in order.
    func checkWellFormed(_ articles: [Article], _ page: Page) {
        for (offset, article) in articles.enumerated() {
            #expect(article.index == offset + 1)
            #expect(article.id == "\(page.key)#\(offset + 1)")
            #expect(!article.lines.isEmpty)
            for span in article.lines {
                #expect(span.start >= 1 && span.end <= page.lines.count && span.start <= span.end)
            }
        }
        let claimed = articles.flatMap { $0.lines.flatMap { Array($0.start...$0.end) } }
            .filter { !page.line($0).isBlankLine }
        #expect(claimed.count == Set(claimed).count, "a line belongs to at most one article")
    }

    /// Random ideographs, punctuation and line breaks from a fixed seed.
    func randomPage(characters: Int, seed: UInt64) -> Page {
        var generator = PageVariants.Generator(seed: seed)
        let marks: [String] = ["，", "。", "、", "“", "”", "（", "）", "——", "■", "□", " ", "：", "？", "摄", "本", "报", "讯"]
        var text = ""
        for _ in 0..<characters {
            let r = Int.random(in: 0..<100, using: &generator)
            if r < 4 {
                text.append("\n")
            } else if r < 16 {
                text += marks[Int.random(in: 0..<marks.count, using: &generator)]
            } else {
                text.append(Character(Unicode.Scalar(UInt32.random(in: 0x4E00...0x9FA5, using: &generator))!))
            }
        }
        return Page(source: "random.txt", lines: PageReader.splitLines(text))
    }

    @Test("an empty page has no articles")
    func empty() {
        #expect(segmenter.segment(Page(source: "e.txt", lines: [])).isEmpty)
        #expect(segmenter.segment(Page(source: "e.txt", lines: ["", "  ", "\u{3000}", ""])).isEmpty)
    }

    @Test("lines of nothing but punctuation do not crash and stay inside the file")
    func punctuationOnly() {
        let page = Page(source: "p.txt", lines: ["。。。", "", "——", "，，，", "“", "”", "（）", "■■", "□", "……", "!!!", "# ", "####", "(上接", "本报讯（", "）"])
        checkWellFormed(segmenter.segment(page), page)
    }

    @Test("a 1 MB single line is one item and does not hang")
    func hugeLine() {
        let line = String(repeating: "甘肃省总工会召开全委会议，", count: 27_000) + "本报讯"
        let page = Page(source: "big.txt", lines: [line])
        let articles = segmenter.segment(page)
        checkWellFormed(articles, page)
        #expect(articles.count == 1)
        let unpunctuated = Page(source: "big.txt", lines: [String(repeating: "职", count: 350_000)])
        checkWellFormed(segmenter.segment(unpunctuated), unpunctuated)
    }

    @Test("random ideographs with random line breaks give well-formed articles", arguments: [UInt64(1), 2, 3])
    func randomText(seed: UInt64) {
        let page = randomPage(characters: 60_000, seed: seed)
        checkWellFormed(segmenter.segment(page), page)
    }

    @Test("long runs of headline-shaped lines, cut paragraphs, credits and datelines stay linear")
    func pathologicalRuns() {
        let n = 12_000
        let pages = [
            // Headline-shaped lines only, with and without blank lines between.
            Page(source: "a.txt", lines: (0..<n).map { $0 % 2 == 0 ? "工会驿站\($0 % 97)" : "" }),
            Page(source: "b.txt", lines: (0..<n).map { "“把脉”摸准职工需求\($0 % 13)" }),
            // Paragraphs that all end mid-sentence: one long chain of joins.
            Page(source: "c.txt", lines: (0..<n).map { $0 % 2 == 0 ? "据统计,近3年来,山东省跨境电商大赛设置高校、企业和机关" : "" }),
            // Photo captions with credits, and reports that each open with a dateline.
            Page(source: "d.txt", lines: (0..<n).map { $0 % 2 == 0 ? "满足企业招工引才需求。 本报通讯员 张锋 摄" : "" }),
            Page(source: "e.txt", lines: (0..<n).map { $0 % 2 == 0 ? "本报讯（王庆）渭南市总工会困难职工援助中心被评为示范点。" : "" }),
            // Trailing headlines after bodies, as in seed 003, repeated.
            Page(source: "f.txt", lines: (0..<n / 8).flatMap { i in
                ["本报讯（西滨）近日，咸阳市总工会举办优秀摄影作品展\(i)。", "", "咸阳市总工会", "", "举行优秀摄影作品展定格“劳动美”", "", "", ""]
            }),
        ]
        for page in pages {
            checkWellFormed(segmenter.segment(page), page)
        }
    }

    @Test("every seed page with its lines in reverse order still segments without trouble")
    func reversedSeeds() {
        for file in Fixtures.seedNames {
            let seed = Fixtures.seed(file)
            let page = Page(source: seed.source, lines: seed.lines.reversed())
            checkWellFormed(segmenter.segment(page), page)
        }
    }
}
