import Testing
@testable import GongbaoKit

@Suite("Regions from the context of the whole page")
struct RegionPageContextTests {
    func article(_ index: Int, title: String = "", _ paragraphs: String...) -> Article {
        Article(id: "p#\(index)", source: "p.txt", index: index, title: title, paragraphs: paragraphs)
    }

    /// A page of a provincial paper: most items are about places of 陕西.
    var shaanxiPage: [Article] {
        [
            article(1, "3月14日，省教科文卫体工会组织开展乒乓球选拔赛，选拔出8名职工代表参加省总工会组织的比赛。"),
            article(2, "本报讯（张芳）铜川市总工会机关党支部立足工会主责主业。"),
            article(3, "本报讯（王庆）渭南市总工会困难职工援助中心被评为陕西省学雷锋活动示范点。"),
            article(4, "本报讯（西滨）近日，由咸阳市总工会主办的优秀摄影作品展在咸阳职工美术馆举行。"),
            article(5, "日前，中国水电三局路桥分局长安区全域治水项目部举行了劳动竞赛启动仪式。"),
            article(6, title: "甘肃省张掖市总工会", "张掖市总工会将为全市企业职工补贴。"),
        ]
    }

    @Test("a provincial paper's bare 省 is its province")
    func bareProvince() {
        var articles = shaanxiPage
        RegionAnnotator().annotate(&articles, on: Page(source: "p.txt", lines: []))
        #expect(articles[0].regions.summary == ["陕西省"])
        #expect(articles[0].regions.first?.count == 2)
    }

    @Test("an ambiguous district takes the page's province: 长安区 in a 陕西 paper is 西安's")
    func ambiguousFromPage() {
        var articles = shaanxiPage
        RegionAnnotator().annotate(&articles, on: Page(source: "p.txt", lines: []))
        #expect(articles[4].regions.first?.code == "610116000000")
        #expect(articles[4].regions.first?.path == ["陕西省", "西安市", "长安区"])
    }

    @Test("an item from another province keeps its own places")
    func otherProvince() {
        var articles = shaanxiPage
        RegionAnnotator().annotate(&articles, on: Page(source: "p.txt", lines: []))
        #expect(articles[5].regions.summary == ["张掖市"])
    }

    @Test("a national paper's page has no dominant province, so bare 省 stays unresolved")
    func nationalPage() {
        var articles = [
            article(1, "甘肃省总工会召开全委会议。"),
            article(2, "湖北省总工会安排专项资金。"),
            article(3, "山西省总工会印发实施方案。"),
            article(4, "参加省总工会组织的比赛。"),
        ]
        RegionAnnotator().annotate(&articles, on: Page(source: "p.txt", lines: []))
        #expect(articles[3].regions.isEmpty)
    }

    @Test("bare 省 in an article about one province is that province")
    func bareProvinceInArticle() {
        let tags = regionTags(title: "山西省总部署参与安全生产治本攻坚三年行动", "省总工会提供种子，列入省长安全生产职责。")
        #expect(tags.summary == ["山西省"])
        #expect(tags.first?.count == 2)
    }

    @Test("annotating an empty page or empty articles does nothing")
    func emptyInput() {
        var none: [Article] = []
        RegionAnnotator().annotate(&none, on: Page(source: "p.txt", lines: []))
        var blank = [article(1, ""), article(2, title: "")]
        RegionAnnotator().annotate(&blank, on: Page(source: "p.txt", lines: []))
        #expect(blank.allSatisfy { $0.regions.isEmpty })
    }

    @Test("the dominant province is the one a set and a dictionary of counts would rank first")
    func dominantProvinceAgreesWithCounting() {
        let nodes = Gazetteer.shared.nodes
        let provinces = nodes.roots
        // The reference: a set of provinces per article, a dictionary of counts.
        func reference(_ anchorsPerArticle: [[Int]]) -> Int? {
            var counts: [Int: Int] = [:]
            var withAny = 0
            for anchors in anchorsPerArticle where !anchors.isEmpty {
                withAny += 1
                for p in Set(anchors.map { nodes.province(of: $0) }) { counts[p, default: 0] += 1 }
            }
            let ranked = counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
            guard let top = ranked.first, top.value >= 3, top.value * 2 >= withAny else { return nil }
            if ranked.count > 1, ranked[1].value * 2 > top.value { return nil }
            return top.key
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            // Pages of up to 12 articles naming a few of a few provinces or places under them.
            let pool = (0..<Int.random(in: 1...4, using: &generator)).map { _ in provinces.randomElement(using: &generator)! }
            let page = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                (0..<Int.random(in: 0...4, using: &generator)).map { _ -> Int in
                    let p = pool.randomElement(using: &generator)!
                    return Bool.random(using: &generator) ? p : min(p + 1, nodes.count - 1)
                }
            }
            #expect(RegionAnnotator.dominantProvince(page, nodes) == reference(page))
        }
    }
}
