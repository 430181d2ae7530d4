import Testing
@testable import GongbaoKit

@Suite("Campaign terms")
struct CampaignTests {
    @Test("a quoted term followed by 专项工作 or 目标 is a campaign term")
    func followedByScheme() {
        #expect(Entities.campaigns("2023年,甘肃省总在完成“县级工会加强年”专项工作1年目标任务的基础上") == ["县级工会加强年"])
        #expect(Entities.campaigns("省总瞄准政治引领、组织功能的“五强”目标") == ["五强"])
    }

    @Test("a quoted term after 开展, 推出 or 授予 is a campaign term")
    func afterLaunchVerb() {
        #expect(Entities.campaigns("会同人社等部门开展“春风行动”,搭建对接平台") == ["春风行动"])
        #expect(Entities.campaigns("县(区、市)工会主席还被授予“全省优秀县级工会主席”称号") == ["全省优秀县级工会主席"])
        #expect(Entities.campaigns("省总工会启动“十大行动”,实施“职工素质提升工程”,被评为“全国五一劳动奖状”")
            == ["十大行动", "职工素质提升工程", "全国五一劳动奖状"])
    }

    @Test("an ordinal between the verb and the quote does not hide the verb")
    func ordinalBetween() {
        #expect(Entities.campaigns("同时,启动选树命名第三届“金张掖能工巧匠”,让每一名劳模都成为一面旗帜。") == ["金张掖能工巧匠"])
    }

    @Test("quotes in a chain share the chain's context")
    func chain() {
        #expect(Entities.campaigns("奏响“建组织”“强保障”“优服务”三部曲") == ["建组织", "强保障", "优服务"])
        #expect(Entities.campaigns("部署开展“安全隐患随手拍”“安全知识竞答”等活动") == ["安全隐患随手拍", "安全知识竞答"])
    }

    @Test("an enumerated formula is one term, and its parts quoted alone are terms too")
    func formula() {
        let text = "通过“三个平台、两个阵地、一个家”的创新模式拓展驿站功能。“三个平台”丰富驿站功能。"
        #expect(Entities.campaigns(text) == ["三个平台、两个阵地、一个家", "三个平台"])
    }

    @Test("digits and + mark formula terms")
    func formulaMarks() {
        #expect(Entities.campaigns("围绕“1+2+4+N”目标任务体系,实现“虚拟仿真+实景操作”一体化教学") == ["1+2+4+N", "虚拟仿真+实景操作"])
    }

    @Test("a term quoted three times is a term")
    func repeated() {
        let text = "吉林把“智改数转”作为重点。企业“智改数转”加速。完成一轮“智改数转”。"
        #expect(Entities.campaigns(text) == ["智改数转"])
    }

    @Test("half-width quotes and corner brackets are read too")
    func otherQuoteMarks() {
        #expect(Entities.campaigns("市总工会深入开展\"工会进万家\"活动,并推出「职工普惠卡」服务品牌。") == ["工会进万家", "职工普惠卡"])
    }

    @Test("quoted speech is not a campaign term")
    func quotedSpeech() {
        #expect(Entities.campaigns("“全省86个县区市工会,怎么才有4家上榜?”“忙活一整年,模范表彰名额太少了……”2月22日") == [])
        #expect(Entities.campaigns("“希望大家一起努力”是他常说的一句话。") == [])
    }

    @Test("figurative words in quotes are not campaign terms")
    func figurative() {
        #expect(Entities.campaigns("列出49项考核细则作为“必答题”,让“娘家人”更贴心") == [])
        #expect(Entities.campaigns("一些县级工会“硬件”还有差距,成为外贸人才成长的“助推器”") == [])
        #expect(Entities.campaigns("打通工会服务户外劳动者的“最后一公里”。从行业“小白”成长为骨干。") == [])
    }

    @Test("stock figures of speech are not terms even after a launch verb")
    func metaphorsAfterVerbs() {
        #expect(Entities.campaigns("打造“升级版”服务阵地,当好职工“娘家人”,开展“回头看”专项行动") == ["回头看"])
        #expect(Entities.campaigns("建设银行打造“劳动者港湾”,推广“劳动者港湾”建设经验") == ["劳动者港湾"])
    }

    @Test("titles in 《》 are not campaign terms, and hotline numbers are not either")
    func titlesAndHotlines() {
        #expect(Entities.campaigns("出台《劳动和技能竞赛规划(2021-2025年)》,打造服务职工“110”") == [])
    }

    @Test("a quote nested in an accepted term is part of it")
    func nested() {
        #expect(Entities.campaigns("举行了“大干六十天 打造‘三河一山’ 建设美好长安”劳动竞赛启动仪式") == ["大干六十天 打造‘三河一山’ 建设美好长安"])
    }

    @Test("a term inside quoted speech can still be a term")
    func insideSpeech() {
        #expect(Entities.campaigns("“我们组建党员突击队,开展‘暖心行动’志愿服务,让旅客出行更便利。”") == ["暖心行动"])
    }

    @Test("a year inside the quote makes it an agenda, not a term")
    func yearInside() {
        #expect(Entities.campaigns("并以“2020年工作中存在问题及2021年工作重点”为议题进行了讨论") == [])
    }

    @Test("counts are the quoted occurrences")
    func counts() throws {
        let c = Entities.of(["“一事一议”灵活协商。推行“一事一议”简易协商程序。"]).campaigns
        #expect(try #require(c.first).count == 2)
    }
}
