import Foundation
import Testing
@testable import GongbaoKit

/// Scores the segmenter against the hand-made gold annotations of the five seed pages.
@Suite("Segmentation against the gold annotations")
struct SegmentationGoldTests {
    let segmenter = PageSegmenter()

    /// Scores every seed page, printing per-page and total figures for the log.
    func scores() -> (pages: [(String, SegmentationScore)], total: SegmentationScore) {
        var pages: [(String, SegmentationScore)] = []
        var total = SegmentationScore()
        for file in GoldStandard.pages.keys.sorted() {
            let page = Fixtures.seed(file)
            let score = SegmentationScore(gold: GoldStandard.pages[file]!, predicted: segmenter.segment(page), on: page)
            pages.append((file, score))
            total = total + score
        }
        return (pages, total)
    }

    @Test("article precision and recall are at least 0.95 over the five pages, and titles are exact for 90 % of matches")
    func precisionRecallTitles() {
        let (pages, total) = scores()
        for (file, score) in pages {
            print("segmentation gold \(file.prefix(3)): \(score.summary)")
            if !score.missed.isEmpty { print("  missed: \(score.missed)") }
        }
        print("segmentation gold total: \(total.summary)")
        #expect(total.precision >= 0.95)
        #expect(total.recall >= 0.95)
        #expect(total.titleExactness >= 0.9)
    }

    @Test("every gold article of pages 000, 001, 002 and 004 is found", arguments: ["000", "001", "002", "004"])
    func everyArticleFound(prefix: String) {
        let (file, gold) = GoldStandard.articles(prefix)
        let page = Fixtures.seed(file)
        let score = SegmentationScore(gold: gold, predicted: segmenter.segment(page), on: page)
        #expect(score.missed.isEmpty, "missed: \(score.missed)")
    }

    @Test("kinds, datelines and bylines agree with the gold for most matched articles")
    func fieldsAgree() {
        let total = scores().total
        print("segmentation fields: kind \(total.kindAgreement) dateline \(total.datelineAgreement) byline \(total.bylineAgreement)")
        // Measured 1.0 for each on the seeds; the floor leaves room for judgment calls.
        #expect(total.kindAgreement >= 0.9)
        #expect(total.datelineAgreement >= 0.9)
        #expect(total.bylineAgreement >= 0.9)
    }

    @Test("the scattered 山西 feature of page 004 is read headline, opening, then the rest of the body")
    func scatteredFeatureInReadingOrder() throws {
        let articles = segmenter.segment(Fixtures.seed("004"))
        let feature = try #require(articles.first { $0.title == "庄稼人站到了工会领奖台上" })
        #expect(feature.lines == [LineSpan(71, 77), LineSpan(111, 117), LineSpan(79, 97)])
        #expect(feature.bylineText == "本报记者 刘建林 本报通讯员 贺芳芳")
        #expect(feature.boxes.map(\.label) == ["阅读提示"])
        #expect(feature.kind == .feature)
    }

    @Test("the interleaved 云阳 fragments of page 001 are put back in reading order")
    func interleavedFragmentsRepaired() throws {
        let articles = segmenter.segment(Fixtures.seed("001"))
        let feature = try #require(articles.first)
        #expect(feature.lines == [LineSpan(3, 27), LineSpan(33, 39), LineSpan(29, 31)])
        #expect(feature.paragraphs.contains { $0.hasPrefix("2023年7月,云阳县多地受暴雨影响,洪涝等灾情较为严重。") })
        #expect(feature.section == "强基层增活力 工会建设在行动")
        #expect(feature.subheads == ["形成加强基层工会建设合力", "“人财物”下沉基层", "“把脉”摸准职工需求"])
    }

    @Test("headlines printed after their bodies on page 003 go to those bodies")
    func trailingHeadlinesAttached() {
        let articles = segmenter.segment(Fixtures.seed("003"))
        let byTitle = Dictionary(articles.map { ($0.title, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byTitle["被评为陕西省学雷锋活动示范点"]?.kicker == "渭南市总困难职工援助中心")
        #expect(byTitle["被评为陕西省学雷锋活动示范点"]?.lines.last == LineSpan(337, 347))
        #expect(byTitle["职工晋升中级工 工会立奖2000元"]?.lines == [LineSpan(383, 385), LineSpan(213, 258)])
        #expect(byTitle["更多社会力量参与户外劳动者服务站点建设"]?.kicker == "代表委员呼吁——")
        #expect(byTitle["更多社会力量参与户外劳动者服务站点建设"]?.dateline == "据《工人日报》")
    }

    @Test("a report's dateline and credit are split off its first paragraph")
    func datelinePrefixStripped() throws {
        let first = try #require(segmenter.segment(Fixtures.seed("000")).first)
        #expect(first.dateline == "本报讯")
        #expect(first.bylineText == "记者康功")
        #expect(first.byline == [Byline(name: "康功", role: "reporter")])
        #expect(first.paragraphs.first?.hasPrefix("“全省86个县区市工会,怎么才有4家上榜?”") == true)
        // The paragraph cut after 由 is joined with 衷感叹 on line 11.
        #expect(first.paragraphs.contains { $0.contains("当地许多工会干部由衷感叹") })
    }

    @Test("articles get ids and indexes in order of their first line")
    func idsAndIndexes() {
        for file in GoldStandard.pages.keys.sorted() {
            let page = Fixtures.seed(file)
            let articles = segmenter.segment(page)
            #expect(articles.map(\.index) == Array(1...articles.count))
            #expect(articles.map(\.id) == articles.map { "\(page.key)#\($0.index)" })
            let firsts = articles.map { $0.lines.map(\.start).min()! }
            #expect(firsts == firsts.sorted())
        }
    }
}
