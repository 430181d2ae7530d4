import Testing
@testable import GongbaoKit

@Suite("Resolving a region name a user types")
struct RegionNameResolutionTests {
    let gazetteer = Gazetteer.shared

    @Test("an official full name finds its region")
    func fullName() {
        #expect(gazetteer.resolve("灵台县").region?.code == "620822000000")
        #expect(gazetteer.resolve("广西壮族自治区").region?.code == "450000000000")
        #expect(gazetteer.resolve(" 谢林港镇 ").region?.code == "430903111000")
    }

    @Test("a short form finds its region: 灵台, 甘肃, 广西, 延边州, 延边")
    func shortForms() {
        #expect(gazetteer.resolve("灵台").region?.name == "灵台县")
        #expect(gazetteer.resolve("甘肃").region?.name == "甘肃省")
        #expect(gazetteer.resolve("广西").region?.name == "广西壮族自治区")
        #expect(gazetteer.resolve("内蒙古").region?.name == "内蒙古自治区")
        #expect(gazetteer.resolve("延边州").region?.name == "延边朝鲜族自治州")
        #expect(gazetteer.resolve("延边").region?.name == "延边朝鲜族自治州")
        #expect(gazetteer.resolve("平凉").region?.name == "平凉市")
    }

    @Test("a code finds its region, 6 or 12 digits")
    func codes() {
        #expect(gazetteer.resolve("620822").region?.name == "灵台县")
        #expect(gazetteer.resolve("620822000000").region?.name == "灵台县")
        #expect(gazetteer.resolve("123456") == .unknown)
    }

    @Test("an unknown name resolves to nothing")
    func unknown() {
        #expect(gazetteer.resolve("霍格沃茨") == .unknown)
        #expect(gazetteer.resolve("") == .unknown)
        #expect(gazetteer.resolve("   ") == .unknown)
    }

    @Test("朝阳 is ambiguous and lists its candidates with their paths")
    func ambiguous() {
        let result = gazetteer.resolve("朝阳")
        let paths = result.candidates.map { gazetteer.path(of: $0.code).joined() }
        #expect(result.region == nil)
        #expect(paths.contains("北京市朝阳区"))
        #expect(paths.contains("吉林省长春市朝阳区"))
        #expect(paths.contains("辽宁省朝阳市"))
        #expect(gazetteer.resolve("长安区").candidates.count == 2)
    }

    @Test("a province's short form wins over lower units' and a holding region over those inside it")
    func precedence() {
        #expect(gazetteer.resolve("吉林").region?.name == "吉林省")
        #expect(gazetteer.resolve("海南").region?.name == "海南省")
        #expect(gazetteer.resolve("和田").region?.name == "和田地区")
    }

    @Test("a chain of names narrows a shared one: 北京朝阳, 西安市长安区")
    func chains() {
        #expect(gazetteer.resolve("北京朝阳").region?.code == "110105000000")
        #expect(gazetteer.resolve("西安市长安区").region?.code == "610116000000")
        #expect(gazetteer.resolve("陕西长安区").region?.code == "610116000000")
        #expect(gazetteer.resolve("甘肃长安区") == .unknown)
    }

    @Test("ordinary words that the text recogniser ignores still resolve when typed")
    func ordinaryWordsTyped() {
        #expect(gazetteer.resolve("和平").candidates.allSatisfy { $0.name.hasPrefix("和平") })
        #expect(!gazetteer.resolve("和平").candidates.isEmpty)
    }
}
