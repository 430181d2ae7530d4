import Testing
@testable import GongbaoKit

@Suite("Figures")
struct FigureTests {
    @Test("money with 万 is normalised to yuan, with its subject after the unit")
    func money() throws {
        let f = try #require(Entities.figures("在获得100万元工作补助奖励的同时").first)
        #expect(f.text == "100万元")
        #expect(f.value == 1_000_000)
        #expect(f.unit == "元")
        #expect(f.kind == .money)
        #expect(f.subject == "工作补助奖励")
    }

    @Test("qualifiers 余 and 多 stay in the text")
    func qualifiers() {
        let f = Entities.figures("累计补助、回拨工会经费600余万元,助力返岗4.2万多人次")
        #expect(f.map(\.text) == ["600余万元", "4.2万多人次"])
        #expect(f.map(\.value) == [6_000_000, 42_000])
        #expect(f.map(\.kind) == [.money, .people])
    }

    @Test("近 before the number is part of the figure, and the subject comes before it")
    func approximately() throws {
        let f = try #require(Entities.figures("480个村(社区)联合工会,有会员近20万名……").last)
        #expect(f.text == "近20万名")
        #expect(f.value == 200_000)
        #expect(f.subject == "会员")
    }

    @Test("percentages in half- and full-width")
    func percentages() {
        let f = Entities.figures("建会率达到96.5%,产业工人占比达47.2％")
        #expect(f.map(\.value) == [96.5, 47.2])
        #expect(f.map(\.unit) == ["%", "%"])
        #expect(f.map(\.kind) == [.percent, .percent])
    }

    @Test("counts with the noun phrase before them")
    func counts() throws {
        let f = try #require(Entities.figures("截至目前,各类技能竞赛累计参与单位1846家,涵盖职工4.6万余名。").first)
        #expect(f.text == "1846家")
        #expect(f.kind == .count)
        #expect(f.subject == "参与单位")
    }

    @Test("dates, times and year ranges are not figures")
    func dates() {
        #expect(Entities.figures("2月22日上午9时,2024年1月以来,2024—2026年,在3月份和10点多").isEmpty)
    }

    @Test("ordinals, hotlines and train numbers are not figures")
    func codes() {
        #expect(Entities.figures("第25届示范赛,拨打12351热线或12345热线,搭乘G2039次列车,学习3D打印").isEmpty)
    }

    @Test("simple Chinese numerals count with a unit; 一 alone and durations do not")
    func chineseNumerals() {
        let f = Entities.figures("每年组织百余名劳模,两个月内举办一个活动,共有三十名职工参加")
        #expect(f.map(\.text) == ["百余名", "三十名"])
        #expect(f.map(\.value) == [100, 30])
    }

    @Test("a space between number and unit is allowed")
    func spacedUnit() {
        #expect(Entities.figures("送去职工医疗救助理赔金 31628 元").map(\.value) == [31628])
    }

    @Test("ranges give two figures")
    func ranges() {
        #expect(Entities.figures("分别一次性补贴2000元至3000元,奖金从500元到3万元不等").map(\.value) == [2000, 3000, 500, 30000])
    }

    @Test("measures are figures of kind other")
    func measures() {
        let f = Entities.figures("这座全长17.32公里的海上巨龙")
        #expect(f.map(\.kind) == [.other])
        #expect(f.map(\.unit) == ["公里"])
    }

    @Test("figures inside a campaign term are part of the term")
    func insideCampaign() {
        #expect(Entities.figures("配备“小三级”工会专职干部531名,通过“三个平台、两个阵地、一个家”的创新模式").map(\.text) == ["531名"])
    }

    @Test("a number read digit by digit has the value Double(String) reads from its digits")
    func decimalDigits() {
        var samples = ["0", "7", "0012", "12.5", "96.5", "4.2", "17.32", "0.1", "0.3", "2552", "99999999999",
                       "123456789012", "1234567.8901", "0.000000001", "9007199254.7", "3.14159265358"]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let digits = String(seed >> 20).prefix(Int(seed % 11) + 1)
            let point = Int((seed >> 8) % 13) % (digits.count + 1)
            samples.append(point == 0 || point == digits.count ? String(digits)
                           : String(digits.prefix(point)) + "." + String(digits.dropFirst(point)))
        }
        for sample in samples {
            var digits = FigureExtractor.DecimalDigits()
            for c in sample {
                if c == "." { digits.appendPoint() } else { digits.append(c.wholeNumberValue!) }
            }
            #expect(digits.length == sample.utf8.count)
            #expect(digits.value == Double(sample), "\(sample)")
        }
    }
}
