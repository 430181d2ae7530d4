import Testing
@testable import GongbaoKit

@Suite("String table (entity ids by name)")
struct StringTableTests {
    @Test("a name gets the value stored on first sight, and keeps it")
    func firstValueKept() {
        var table = StringTable()
        #expect(table.value(of: "灵台县总工会", tag: 1) { 7 } == 7)
        #expect(table.value(of: "灵台县总工会", tag: 1) { 8 } == 7)
        #expect(table.value(of: "灵台县总工会", tag: 1) == 7)
        #expect(table.value(of: "灵台县", tag: 1) == nil)
        #expect(table.count == 1)
    }

    @Test("the same name under two tags is two keys")
    func tagsSeparate() {
        var table = StringTable()
        _ = table.value(of: "小三级", tag: 1) { 1 }
        #expect(table.value(of: "小三级", tag: 3) { 2 } == 2)
        #expect(table.value(of: "小三级", tag: 1) == 1)
    }

    @Test("names match as Swift strings do: a compatibility ideograph finds its canonical ideograph")
    func canonicalEquivalence() {
        var table = StringTable()
        let canonical = "金\u{8C48}"   // 金豈
        let compatibility = "金\u{F900}" // the same name with the compatibility ideograph
        #expect(canonical == compatibility)
        _ = table.value(of: compatibility, tag: 2) { 5 }
        #expect(table.value(of: canonical, tag: 2) == 5)
        // A decomposed accent finds the precomposed letter.
        _ = table.value(of: "Caf\u{E9}", tag: 2) { 6 }
        #expect(table.value(of: "Cafe\u{301}", tag: 2) == 6)
    }

    @Test("thousands of names, the empty one included, each keep their own value")
    func growth() {
        var table = StringTable()
        let names = [""] + (0..<5_000).map { "第\($0)号工会" }
        for (i, name) in names.enumerated() { _ = table.value(of: name, tag: 0) { Int32(i) } }
        #expect(table.count == names.count)
        for (i, name) in names.enumerated() { #expect(table.value(of: name, tag: 0) == Int32(i)) }
    }

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
}
