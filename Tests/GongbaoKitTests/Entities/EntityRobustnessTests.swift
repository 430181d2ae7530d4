import Testing
@testable import GongbaoKit

@Suite("Entities on bad input")
struct EntityRobustnessTests {
    @Test("an empty article has no entities")
    func empty() {
        #expect(Entities.of([]) == ArticleEntities())
        #expect(Entities.of([""], title: "", bylineText: "") == ArticleEntities())
    }

    @Test("unbalanced quotes and title marks neither crash nor invent terms")
    func unbalanced() {
        let e = Entities.of(["“““《《这是一个不平衡的引号”测试", "”“‘’」「》《\"", "《《《《", "““““““““““““"])
        #expect(e.campaigns.isEmpty)
        #expect(QuoteScanner.quotes(in: ScalarText("”“”“")).count == 1)
    }

    @Test("suffixes, surnames and numbers at the edges of the text are safe")
    func edges() {
        for s in ["工会", "总工会", "县总", "全总", "王", "王说", "说", "12", "万元", "等", "、", "、王", "(", ")公司", "（）工会", "第", "%", "□", "本报讯(", "讯（记者"] {
            _ = Entities.of([s], title: s, bylineText: s)
        }
    }

    @Test("a megabyte of text is annotated")
    func megabyte() {
        let sentence = "本报讯(记者王立新)近日,四川省成都市总工会联合成都市人力资源和社会保障局开展“春风送岗”活动,外卖小哥张晓明说,200余家企业提供岗位8000余个、"
        let paragraph = String(repeating: sentence, count: 1_048_576 / sentence.utf8.count + 1)
        let e = Entities.of([paragraph])
        #expect(e.orgs.map(\.name).contains("成都市总工会"))
        #expect(e.campaigns.map(\.term) == ["春风送岗"])
    }

    @Test("a megabyte line of one repeated character is annotated")
    func repeatedCharacter() {
        for c in ["工", "“", "、", "1", "王", "总"] {
            let e = Entities.of([String(repeating: c, count: 300_000)])
            #expect(e.orgs.count <= 1)
        }
    }

    @Test("random scalars do not crash the annotator")
    func randomScalars() {
        var generator = SystemRandomNumberGenerator()
        let pool = Array("工会总公司县市省区王李张说表示“”‘’《》、，。0123456789万元%等和与在的记者摄□()（）".unicodeScalars)
        for _ in 0..<50 {
            var view = String.UnicodeScalarView()
            for _ in 0..<2000 { view.append(pool[Int.random(in: 0..<pool.count, using: &generator)]) }
            _ = Entities.of([String(view)], title: String(view.prefix(40)), bylineText: String(view.prefix(20)))
        }
    }

    @Test("scalars from anywhere in Unicode do not crash the annotator")
    func anyScalars() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            var view = String.UnicodeScalarView()
            for _ in 0..<3000 {
                let value = UInt32.random(in: 0...0x10FFFF, using: &generator)
                if let scalar = Unicode.Scalar(value) { view.append(scalar) }
            }
            _ = Entities.of([String(view)], title: String(view.prefix(40)), bylineText: String(view.prefix(20)))
        }
    }

    @Test("the annotator fills every article of a page")
    func pageAnnotator() {
        var articles = [
            Article(id: "p#1", source: "p.txt", index: 1, title: "昆明市总打造“工会驿站普惠日”主题活动", paragraphs: ["本报讯(记者 赵黎浩)昆明市总工会推出“工会驿站普惠日”主题品牌活动。"]),
            Article(id: "p#2", source: "p.txt", index: 2, paragraphs: []),
        ]
        EntityAnnotator().annotate(&articles, on: Page(source: "p.txt", lines: []))
        #expect(articles[0].orgs.map(\.name) == ["昆明市总工会"])
        #expect(articles[0].persons.map(\.name) == ["赵黎浩"])
        #expect(articles[0].campaigns.map(\.term) == ["工会驿站普惠日"])
        #expect(articles[1].orgs.isEmpty)
    }
}
