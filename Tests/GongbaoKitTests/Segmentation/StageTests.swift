import Testing
@testable import GongbaoKit

/// The stages one at a time, on small pages built from seed lines.
@Suite("Segmentation stages")
struct StageTests {
    func page(_ lines: [String]) -> Page { Page(source: "t.txt", lines: lines) }
    func headline(_ texts: [String], trailing: Bool = false, levels: [Int]? = nil) -> [HeadlineLine] {
        texts.enumerated().map { i, t in
            HeadlineLine(lines: [i + 1], text: t, level: levels?[i] ?? 0, isTrailing: trailing)
        }
    }

    @Test("a —— kicker leads the title, and a last short line after them is a column label")
    func rolesWithKickerDash() {
        // 002:3, 5, 7.
        let roles = HeadlineRoles.assign(headline([
            "甘肃灵台县总将基层工会31项工作、172条制度汇编成册,细化服务内容、明确工作标准——",
            "基层工会开展工作有了“精准导航”", "工会创新实践调研行",
        ]))
        #expect(roles.kicker.hasSuffix("——"))
        #expect(roles.title == "基层工会开展工作有了“精准导航”")
        #expect(roles.subtitle.isEmpty && roles.labels == ["工会创新实践调研行"])
    }

    @Test("two decks: the line naming the actor is the title, before or after the other")
    func rolesByActor() {
        // 004:37/39 and 004:99/101.
        let first = HeadlineRoles.assign(headline(["福建第25届环卫工人节庆祝活动举行", "为环卫职工提升学历和技能开专班"]))
        #expect(first.title == "福建第25届环卫工人节庆祝活动举行" && first.subtitle == "为环卫职工提升学历和技能开专班")
        let second = HeadlineRoles.assign(headline(["工会扶贫走向线上化潮流化", "广西象州女劳模直播带货受热捧"]))
        #expect(second.kicker == "工会扶贫走向线上化潮流化" && second.title == "广西象州女劳模直播带货受热捧")
    }

    @Test("a headline printed after its body reads subject deck as kicker, main line as title")
    func rolesTrailing() {
        // 003:364/366.
        let roles = HeadlineRoles.assign(headline(["咸阳市总工会", "举行优秀摄影作品展定格“劳动美”"], trailing: true))
        #expect(roles.kicker == "咸阳市总工会" && roles.title == "举行优秀摄影作品展定格“劳动美”")
    }

    @Test("three decks are kicker, title and subtitle; markdown levels decide over position")
    func rolesThreeAndMarkdown() {
        // 004:3/5/7 and 000:105/107.
        let three = HeadlineRoles.assign(headline(["让年龄结构更合理、专业素养更高、开拓意识更强", "青岛市总着力打造“三化一型”干部队伍", "通过广渠道历练干部"]))
        #expect(three.title == "青岛市总着力打造“三化一型”干部队伍" && three.subtitle == "通过广渠道历练干部")
        let marked = HeadlineRoles.assign(headline(["山西省总部署参与安全生产治本攻坚三年行动", "15条具体措施明确发挥工会作用强化安全生产"], levels: [2, 3]))
        #expect(marked.title == "山西省总部署参与安全生产治本攻坚三年行动" && marked.subtitle.hasPrefix("15条"))
    }

    @Test("a subtitle opening with —— stays a subtitle even when the other line names no one")
    func rolesDashSubtitle() {
        let roles = HeadlineRoles.assign(headline(["书声伴潮涌 匠心架“飞虹”", "——记山西劳模韩智文"]))
        #expect(roles.title == "书声伴潮涌 匠心架“飞虹”" && roles.subtitle == "——记山西劳模韩智文")
    }

    @Test("hard-wrapped column lines are joined; a short line ending a sentence ends a paragraph")
    func paragraphBuilder() {
        // 003:137–141: `强化了党性意识。` closes a paragraph inside a block.
        let lines = LineClassifier.classify(page([
            "动，唤醒了党员初心，淬炼了党性灵魂，", "", "强化了党性意识。", "创新开展工会工作，努力推动自身", "", "建设。在全市基层工会组织中开展“三",
        ]))
        let paragraphs = ParagraphBuilder.pieces(from: lines).compactMap(\.paragraph)
        #expect(paragraphs.map(\.lines) == [[1], [3], [4], [6]])
        #expect(paragraphs[1].text == "强化了党性意识。")
    }

    @Test("a line starting with a dateline starts a new paragraph inside a block")
    func datelineSplitsBlock() {
        // 003:336–337, no blank line between two items.
        let lines = LineClassifier.classify(page(["赔金。 □雪迎风 摄", " 本报讯（王庆）渭南市总工会困难职工援助中心被省委宣传部", "评为2020年陕西省学雷锋活动示范点。"]))
        let paragraphs = ParagraphBuilder.pieces(from: lines).compactMap(\.paragraph)
        #expect(paragraphs.map(\.lines) == [[1], [2, 3]])
    }

    @Test("a cut paragraph joins the next; a subhead before a displaced fragment moves to the end")
    func readingOrderRepair() {
        func p(_ n: Int, _ t: String) -> ArticleElement { .paragraph(Paragraph(lines: [n], text: t, blanksBefore: 1)) }
        // 001:23–35.
        let repaired = ReadingOrderRepair.repair([
            p(23, "工作推进中,全方位提升“小三级”工会的服务能力。"),
            .subhead(line: 25, text: "“人财物”下沉基层"),
            p(27, "2023年7月,云阳县多地受暴雨影响,洪"),
            .subhead(line: 29, text: "“把脉”摸准职工需求"),
            p(31, "在云阳县滨江公园、月光草坪和白鹭公"),
            p(33, "涝等灾情较为严重。"),
            p(35, "近年来,云阳县总依托乡镇街道工会经费回拨。"),
        ])
        #expect(repaired.flatMap(\.lines) == [23, 25, 27, 33, 35, 29, 31])
        guard case .paragraph(let joined) = repaired[2] else { Issue.record("not a paragraph"); return }
        #expect(joined.text == "2023年7月,云阳县多地受暴雨影响,洪涝等灾情较为严重。")
    }

    @Test("a subhead after a cut paragraph stays in place when nothing picks the sentence up")
    func repairLeavesOrder() {
        func p(_ n: Int, _ t: String) -> ArticleElement { .paragraph(Paragraph(lines: [n], text: t, blanksBefore: 1)) }
        let repaired = ReadingOrderRepair.repair([
            p(1, "以前,铺上村农"), .subhead(line: 3, text: "“两个阵地”打通“最后一公里”"), p(5, "“外面很冷,但我心里很暖!”2023年冬天。"),
        ])
        #expect(repaired.flatMap(\.lines) == [1, 3, 5])
    }

    @Test("a headline-shaped line in a body is a subhead unless a byline or dateline follows it")
    func subheadOrHeadline() {
        // 001:13–17, then 002:49–51.
        let articles = PageSegmenter().segment(page([
            "“建、强、优”三部曲赋能“小三级”工会", "", "本报记者 黄仕强", "",
            "据悉,2023年以来,云阳县总工会以“县级工会加强年”专项工作为契机,激发了“小三级”工会组织的活力。", "",
            "形成加强基层工会建设合力", "",
            "“现在我们能享受到送温暖、送清凉等服务。”日前,云阳县外卖配送员陈科与同伴聊起加入工会后的感受。", "",
            "第25届全国煤炭行业职工职业技能示范赛举办", "",
            "本报西安9月11日电(记者祝盼 毛浓曦)9月9日至11日,第25届全国煤炭行业职工职业技能示范赛在陕西省榆林市神木市举办。",
        ]))
        #expect(articles.map(\.title) == ["“建、强、优”三部曲赋能“小三级”工会", "第25届全国煤炭行业职工职业技能示范赛举办"])
        #expect(articles[0].subheads == ["形成加强基层工会建设合力"])
        #expect(articles[1].dateline == "本报西安9月11日电")
        #expect(articles[1].kind == .brief)
    }

    @Test("a continuation marker opens an item of kind continuation that keeps the marker")
    func continuation() {
        // 002:109–113.
        let articles = PageSegmenter().segment(page([
            "截至目前,阜宁县已有28家企业采用“一事一议”,实现协商程序简易化,解决问题更高效。", "", "(上接第1版)", "",
            "为破除技能晋升瓶颈,驻马店市总工会出台《劳动和技能竞赛规划(2021-2025年)》,明确激励措施畅通成长通道、提升待遇。",
        ]))
        #expect(articles.map(\.kind) == [.news, .continuation])
        #expect(articles[1].marker == "(上接第1版)" && articles[1].lines == [LineSpan(3, 5)])
    }
}
