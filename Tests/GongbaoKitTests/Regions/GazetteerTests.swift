import Foundation
import Testing
@testable import GongbaoKit

@Suite("The bundled gazetteer")
struct GazetteerTests {
    let gazetteer = Gazetteer.shared

    @Test("it loads every region of the MCA table plus the NBS-only county-level units")
    func loads() {
        #expect(gazetteer.loadIssue == nil)
        #expect(gazetteer.provinces.count == 34)
        // 41,935 MCA rows + 江北区, 渝北区 (abolished) + four 大兴安岭 districts (unofficial).
        #expect(gazetteer.count == 41_941)
    }

    @Test("a code finds its region, by 12 digits or by its significant digits")
    func lookupByCode() {
        let lingtai = gazetteer.region(code: "620822000000")
        #expect(lingtai?.name == "灵台县")
        #expect(lingtai?.level == .county)
        #expect(lingtai?.parentCode == "620800000000")
        #expect(gazetteer.region(code: "620822")?.name == "灵台县")
        #expect(gazetteer.region(code: "430903111")?.name == "谢林港镇")
        #expect(gazetteer.region(code: "999999") == nil)
        #expect(gazetteer.region(code: "62082") == nil)
        #expect(gazetteer.region(code: "") == nil)
    }

    @Test("a path runs from the province down and never shows a pseudo-level")
    func paths() {
        #expect(gazetteer.path(of: "620822000000") == ["甘肃省", "平凉市", "灵台县"])
        // Municipalities: districts hang on the province row.
        #expect(gazetteer.path(of: "110105000000") == ["北京市", "朝阳区"])
        #expect(gazetteer.path(of: "500235000000") == ["重庆市", "云阳县"])
        // Province-administered county-level city.
        #expect(gazetteer.path(of: "429004000000") == ["湖北省", "仙桃市"])
        // Towns of a prefecture-level city without counties.
        #expect(gazetteer.path(of: "441900119000") == ["广东省", "东莞市", "长安镇"])
        #expect(gazetteer.path(of: "000000000000") == [])
    }

    @Test("children follow parent links: 湖北省 holds 仙桃市, 东莞市 holds its towns directly")
    func children() {
        let hubei = gazetteer.children(of: "420000000000").map(\.name)
        #expect(hubei.contains("仙桃市"))
        #expect(hubei.contains("黄石市"))
        let dongguan = gazetteer.children(of: "441900000000")
        #expect(dongguan.count == 32)
        #expect(dongguan.allSatisfy { $0.level == .township })
        #expect(gazetteer.children(of: "110000000000").count == 16)
    }

    @Test("ancestry follows parent links and never truncates codes")
    func ancestry() {
        // 110105 truncated would point to 110100, which does not exist.
        #expect(gazetteer.isAncestor("110000000000", of: "110105000000"))
        #expect(gazetteer.isAncestor("420000000000", of: "429004001000"))
        #expect(!gazetteer.isAncestor("429000000000", of: "429004000000"))
        #expect(gazetteer.isAncestor("441900000000", of: "441900119000"))
        #expect(!gazetteer.isAncestor("620822000000", of: "620822000000"))
        #expect(gazetteer.contains("620822000000", "620822000000"))
        #expect(gazetteer.contains("620000000000", "620822000000"))
        #expect(!gazetteer.contains("610000000000", "620822000000"))
        #expect(!gazetteer.contains("620000000000", "nonsense"))
    }

    @Test("abolished 渝北区 and 江北区 of 重庆 come from the NBS table, marked as abolished")
    func abolishedUnits() {
        let yubei = gazetteer.region(code: "500112000000")
        #expect(yubei?.name == "渝北区")
        #expect(yubei?.status == .abolished)
        #expect(gazetteer.path(of: "500112000000") == ["重庆市", "渝北区"])
        #expect(gazetteer.region(code: "500105000000")?.status == .abolished)
        // 宁波's 江北区 is current.
        #expect(gazetteer.regions(named: "江北区").map(\.status).sorted { $0.rawValue < $1.rawValue } == [.abolished, .current])
        #expect(gazetteer.region(code: "232761000000")?.status == .unofficial)
        // NBS placeholders never enter.
        #expect(gazetteer.regions(named: "市辖区").isEmpty)
        #expect(gazetteer.regions(named: "省直辖县级行政区划").isEmpty)
    }

    @Test("names outside the basic multilingual plane survive loading")
    func rareCharacters() {
        #expect(gazetteer.region(code: "441881120000")?.name == "下𱳪镇")
        #expect(gazetteer.regions(named: "下𱳪镇").count == 1)
    }

    @Test("the compact format parses depth, relative code digits and flags")
    func compactFormat() throws {
        let text = """
            # comment
            062甘肃省
            108平凉市
            222灵台县
            3100中台镇
            102嘉峪关市
            201001雄关街道
            050重庆市~
            """
        let g = try Gazetteer(compactText: text)
        #expect(g.count == 7)
        #expect(g.path(of: "620822100000") == ["甘肃省", "平凉市", "灵台县", "中台镇"])
        #expect(g.region(code: "620201001000")?.parentCode == "620200000000")
        #expect(g.region(code: "500000000000")?.status == .abolished)
        #expect(g.isAncestor("620000000000", of: "620822100000"))
        #expect(!g.isAncestor("620800000000", of: "620201001000"))
    }

    @Test("the name index, made on first use, finds every node of a name in gazetteer order")
    func nameIndexOnFirstUse() throws {
        let text = """
            062甘肃省
            108平凉市
            222灵台县
            3100城关镇
            223崇信县
            3100城关镇
            """
        let g = try Gazetteer(compactText: text)
        #expect(g.regions(named: "城关镇").map(\.code) == ["620822100000", "620823100000"])
        #expect(g.regions(named: "灵台县").map(\.code) == ["620822000000"])
        #expect(g.regions(named: "灵台").isEmpty)
        var names: [String] = []
        g.nodes.names.forEachUTF8 { i, bytes in
            #expect(names.count == i)
            names.append(String(decoding: bytes, as: UTF8.self))
        }
        #expect(names == ["甘肃省", "平凉市", "灵台县", "城关镇", "崇信县", "城关镇"])
        #expect(GazetteerNameIndex(names: g.nodes.names)["城关镇"] == [3, 5])
        #expect(try Gazetteer(compactText: "").regions(named: "甘肃省").isEmpty)
    }

    @Test("a damaged gazetteer file is an error, not a crash")
    func damagedFile() {
        #expect(throws: (any Error).self) { try Gazetteer(compactText: "1灵台县") }
        #expect(throws: (any Error).self) { try Gazetteer(compactText: "0123甘肃") }
        #expect(throws: (any Error).self) { try Gazetteer(compactText: "x62甘肃省") }
        #expect(throws: (any Error).self) { try Gazetteer(compactText: "062") }
        #expect(throws: (any Error).self) { try Gazetteer(compactText: "062甘肃省\n062甘肃省") }
        #expect((try? Gazetteer(compactText: ""))?.count == 0)
    }
}
