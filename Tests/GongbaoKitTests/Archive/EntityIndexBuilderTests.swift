import Testing
@testable import GongbaoKit
import GongbaoTestSupport

@Suite("Entity index builder")
struct EntityIndexBuilderTests {
    @Test("the entity index finds a name under either spelling of a compatibility ideograph")
    func entityIndexCanonical() {
        let a = Article(id: "p#1", source: "p.txt", index: 1, kind: .news, title: "甲",
                        persons: [PersonTag(name: "金\u{F900}", role: "")])
        let b = Article(id: "p#2", source: "p.txt", index: 2, kind: .news, title: "乙",
                        persons: [PersonTag(name: "金\u{8C48}", role: "")])
        let index = EntityIndex(articles: [a, b], hierarchy: nil)
        #expect(index.keys.count == 1)
        let id = index.id(of: EntityKey(.person, "金\u{8C48}"))
        #expect(id != nil)
        #expect(id.map { Array(index.postings($0)) } == [0, 1])
    }

    @Test("ids follow first sight across kinds; a region counts under its ancestors, labelled by the hierarchy")
    func idsAndChains() {
        let hierarchy = TestHierarchy()
        let county = "620822000000"
        let a = Article(id: "p#1", source: "p.txt", index: 1, kind: .news, title: "甲",
                        regions: [RegionTag(name: "灵台", code: county, level: .county, path: [], role: .about, count: 1)],
                        orgs: [OrgTag(name: "灵台县总工会", kind: .union)], campaigns: [CampaignTag(term: "灵台县总工会")])
        let index = EntityIndex(articles: [a, a], hierarchy: hierarchy)
        let chain = [county] + hierarchy.ancestors(of: county)
        #expect(index.keys == chain.map { EntityKey(.region, $0) } + [EntityKey(.org, "灵台县总工会"), EntityKey(.campaign, "灵台县总工会")])
        #expect(index.labels[0] == "灵台")
        #expect(Array(index.labels[1..<chain.count]) == hierarchy.ancestors(of: county).map { hierarchy.name(of: $0)! })
        for id in 0..<Int32(index.keys.count) { #expect(Array(index.postings(id)) == [0, 1]) }
    }

    @Test("label ranks follow String's order, also where a label is not in normal form")
    func labelRankIsStringOrder() {
        // Chinese, ASCII, Latin-1, a decomposed é (not inert: compared as String), a
        // compatibility ideograph (U+F900, canonically 豈) and its unified form.
        let names = ["工会", "Zhang", "abc", "Café", "Cafe\u{301}s", "Cafd", "金\u{F900}", "金\u{8C48}子", "金", "ab", "全国总工会", "Ángel"]
        let articles = names.enumerated().map { i, name in
            Article(id: "p#\(i + 1)", source: "p.txt", index: i + 1, kind: .news, title: "甲",
                    persons: [PersonTag(name: name, role: "")])
        }
        let index = EntityIndex(articles: articles, hierarchy: nil)
        let byRank = index.labels.indices.sorted { index.labelRank[$0] < index.labelRank[$1] }.map { index.labels[$0] }
        #expect(byRank == index.labels.sorted())
    }
}
