import Testing
@testable import GongbaoKit
import GongbaoTestSupport


@Suite("Archive queries and facets")
struct ArchiveQueryTests {
    static func region(_ code: String, _ role: RegionRole = .about) -> RegionTag {
        RegionTag(name: TestHierarchy.names[code]!, code: code, level: TestHierarchy().level(of: code)!, path: [], role: role, count: 1)
    }

    let archive = Archive(articles: [
        Article(id: "p#1", source: "p.txt", index: 1, kind: .news, title: "灵台县总工会推行标准化服务",
                paragraphs: ["灵台县总工会……"], regions: [region("620822000000")],
                orgs: [OrgTag(name: "灵台县总工会", kind: .union)], campaigns: [CampaignTag(term: "小三级")]),
        Article(id: "p#2", source: "p.txt", index: 2, kind: .feature, title: "返岗专列",
                paragraphs: ["开往温州的专列，驿站服务。"], regions: [region("420000000000"), region("620000000000", .mentioned)],
                campaigns: [CampaignTag(term: "小三级")]),
        Article(id: "q#1", source: "q.txt", index: 1, kind: .photo, title: "工会驿站",
                paragraphs: ["ＡＢＣ工会驿站开放。"], regions: [region("620800000000")]),
    ], hierarchy: TestHierarchy())

    @Test("an empty query matches every article in corpus order")
    func emptyQuery() {
        #expect(archive.run(Query()) == [0, 1, 2])
    }

    @Test("a region filter matches articles about the place or any place under it")
    func regionDescendants() {
        #expect(archive.run(Query(regions: ["620000000000"])) == [0, 2])
        #expect(archive.run(Query(regions: ["620800000000"])) == [0, 2])
        #expect(archive.run(Query(regions: ["620822000000"])) == [0])
    }

    @Test("mentions match only when asked for")
    func mentions() {
        #expect(archive.run(Query(regions: ["620000000000"], includeMentions: true)) == [0, 1, 2])
    }

    @Test("several regions are ORed, several entities ANDed")
    func orAnd() {
        #expect(archive.run(Query(regions: ["420000000000", "620822000000"])) == [0, 1])
        #expect(archive.run(Query(entities: [EntityKey(.campaign, "小三级")])) == [0, 1])
        #expect(archive.run(Query(entities: [EntityKey(.campaign, "小三级"), EntityKey(.org, "灵台县总工会")])) == [0])
        #expect(archive.run(Query(entities: [EntityKey(.org, "不存在")])) == [])
    }

    @Test("text matches by characters, headline hits ranked first")
    func text() {
        #expect(archive.run(Query(text: "驿站")) == [2, 1])
        #expect(archive.run(Query(text: "工")) == [0, 2])
    }

    @Test("text matching folds full-width letters and ASCII case")
    func folding() {
        #expect(archive.run(Query(text: "abc")) == [2])
    }

    @Test("kind and text combine with a region filter")
    func combined() {
        #expect(archive.run(Query(regions: ["620000000000"], text: "驿站", kinds: [.photo])) == [2])
        #expect(archive.run(Query(regions: ["620000000000"], kinds: [.feature])) == [])
    }

    @Test("facet counts follow the filtered set, a region counting its descendants")
    func facets() {
        let all = archive.run(Query())
        let provinces = archive.facets(.region, over: all).filter { $0.key.value == "620000000000" }
        #expect(provinces.first?.count == 2)
        #expect(archive.facets(.campaign, over: all).first == Facet(key: EntityKey(.campaign, "小三级"), label: "小三级", count: 2))
        let gansu = archive.run(Query(regions: ["620000000000"]))
        #expect(archive.facets(.campaign, over: gansu).first?.count == 1)
        #expect(archive.regionCounts(over: gansu)["620822000000"] == 1)
    }

    @Test("co-occurring entities are counted over the articles that carry the entity")
    func cooccurrence() {
        let with = archive.cooccurring(with: EntityKey(.org, "灵台县总工会"))
        #expect(with.contains { $0.key == EntityKey(.campaign, "小三级") && $0.count == 1 })
        #expect(!with.contains { $0.key == EntityKey(.org, "灵台县总工会") })
    }

    @Test("articles are found by id")
    func byID() {
        #expect(archive.article(id: "q#1")?.title == "工会驿站")
        #expect(archive.article(id: "nope") == nil)
    }
}
