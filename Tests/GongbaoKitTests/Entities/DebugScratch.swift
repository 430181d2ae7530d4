import Foundation
import Testing
@testable import GongbaoKit

@Test("debug scratch") func debugScratch() {
    guard let s = ProcessInfo.processInfo.environment["ENT_DEBUG"] else { return }
    if s.hasPrefix("#") {
        let id = String(s.dropFirst())
        for c in GoldArticles.all where c.article.id.hasSuffix(id) {
            for p in c.article.paragraphs { print("P:", p) }
            let texts = ArticleTexts(article: c.article)
            for (i, seg) in texts.segments.enumerated() {
                for m in OrganisationExtractor().mentions(in: seg.text, order: i * 1_000_000) { print("M:", m.name, m.written, m.form) }
            }
            let e = EntityAnnotator().entities(of: c.article)
            print(e.orgs.map { "\($0.name)\($0.aliases)" }); print(e.persons.map { "\($0.name)/\($0.role)" })
        }
        return
    }
    let a = Article(id: "x", source: "x", index: 1, paragraphs: [s])
    let texts = ArticleTexts(article: a)
    for m in OrganisationExtractor().mentions(in: texts.segments[0].text, order: 0) { print("M:", m.name, m.written, m.form) }
    let e = EntityAnnotator().entities(of: a)
    print(e.orgs.map { "\($0.name)\($0.aliases)" }); print(e.persons.map { "\($0.name)/\($0.role)" }); print(e.campaigns.map(\.term)); print(e.figures)
}

@Test("debug scratch 2") func debugScratch2() {
    guard let s = ProcessInfo.processInfo.environment["ENT_DEBUG2"] else { return }
    let t = ScalarText(s)
    for i in 0..<t.count {
        if let b = OrganisationLexicon.boundaries.longestMatch(in: t, endingAt: i) { print(i, t.string((i - b.length)..<i), b.tag) }
    }
    print(OrganisationLexicon.suffixes.longestMatch(in: t, endingAt: 6) as Any)
    print(PersonLexicon.singleSurnames.contains("孟"), PersonLexicon.singleSurnames.count)
}

@Test("debug scratch 3") func debugScratch3() {
    guard let s = ProcessInfo.processInfo.environment["ENT_DEBUG3"] else { return }
    let t = ScalarText(s)
    print(RegionNames.chain(in: t, from: 0, limit: t.count))
    print(RegionNames.token(in: t, at: 0) as Any)
}

@Test("debug scaling") func debugScaling() {
    guard ProcessInfo.processInfo.environment["ENT_SCALE"] != nil else { return }
    let sentence = "本报讯(记者王立新)近日,四川省成都市总工会联合成都市人力资源和社会保障局开展“春风送岗”活动,外卖小哥张晓明说,200余家企业提供岗位8000余个、"
    for kb in [128, 256, 512] {
        let paragraph = String(repeating: sentence, count: kb * 1024 / sentence.utf8.count + 1)
        let a = Article(id: "x", source: "x", index: 1, paragraphs: [paragraph])
        let texts = ArticleTexts(article: a)
        let clock = ContinuousClock()
        var t = clock.now
        let c = CampaignExtractor().extract(texts); print(kb, "campaigns", clock.now - t, c.count); t = clock.now
        let m = OrganisationExtractor().mentions(in: texts.segments[0].text, order: 0, excluded: c.map(\.span.content)); print(kb, "orgs", clock.now - t, m.count); t = clock.now
        let r = OrganisationResolver().resolve(m); print(kb, "resolve", clock.now - t, r.count); t = clock.now
        let p = PersonExtractor().extract(texts, credits: []); print(kb, "persons", clock.now - t, p.count); t = clock.now
        let f = FigureExtractor().figures(in: texts.segments[0].text); print(kb, "figures", clock.now - t, f.count); t = clock.now
    }
}

@Test("debug scaling 2") func debugScaling2() {
    guard ProcessInfo.processInfo.environment["ENT_SCALE2"] != nil else { return }
    let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹".unicodeScalars)
    let given = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红".unicodeScalars)
    var g = SystemRandomNumberGenerator()
    func pick(_ a: [Unicode.Scalar]) -> String { String(a[Int.random(in: 0..<a.count, using: &g)]) }
    for kb in [64, 128, 256] {
        var s = ""
        while s.utf8.count < kb * 1024 {
            let place = pick(given) + pick(given)
            s += "\(place)县总工会主席\(pick(surnames))\(pick(given))\(pick(given))说,“\(pick(given))\(pick(given))行动”开展以来,\(pick(surnames))\(pick(given))、\(pick(surnames))\(pick(given))等3人获奖,奥\(pick(given))公司投入\(Int.random(in: 1...999, using: &g))万元。"
        }
        let a = Article(id: "x", source: "x", index: 1, paragraphs: [s])
        let clock = ContinuousClock()
        let t = clock.now
        let e = EntityAnnotator().entities(of: a)
        print(kb, clock.now - t, e.orgs.count, e.persons.count, e.campaigns.count, e.figures.count)
    }
}

@Test("debug pipeline") func debugPipeline() {
    guard let name = ProcessInfo.processInfo.environment["ENT_PAGE"] else { return }
    let page = Fixtures.seed(name)
    var articles = PageSegmenter().segment(page)
    EntityAnnotator().annotate(&articles, on: page)
    for a in articles {
        print("==", a.id, a.title)
        print("  O", a.orgs.map(\.name))
        print("  P", a.persons.map { "\($0.name)/\($0.role)" })
        print("  C", a.campaigns.map(\.term))
        print("  F", a.figures.prefix(8).map { "\($0.text)[\($0.subject)]" })
    }
}

@Test("debug counts") func debugCounts() {
    guard ProcessInfo.processInfo.environment["ENT_COUNTS"] != nil else { return }
    print("surnames", PersonLexicon.singleSurnames.count, PersonLexicon.doubleSurnames.words.count)
}
