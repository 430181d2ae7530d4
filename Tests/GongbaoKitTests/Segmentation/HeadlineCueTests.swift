import Testing
@testable import GongbaoKit

/// Cues for headline lines, with lines from the seed pages.
@Suite("Headline cues")
struct HeadlineCueTests {
    @Test("short headline and subhead lines are strict headline lines")
    func shortHeadlineLines() {
        // 001:29, 001:45, 000:115, 002:117, 003:385, 001:107.
        for line in [
            "“把脉”摸准职工需求", "西宁工会推出职工就业服务套餐", "强孵化,技能竞赛培养外贸人才“生力军”",
            "产教融合:课堂和生产线“无缝对接”", "职工晋升中级工 工会立奖2000元", "2024年国防邮电产业“劳模工匠助企行”活动走进吉林",
        ] {
            #expect(HeadlineShapeCue.isShortHeadlineLine(line), "\(line)")
        }
    }

    @Test("lines cut by the layout are not strict headline lines")
    func cutLines() {
        // 001:27, 001:31, 000:129, 002:161, 002:155, 000:139.
        for line in [
            "2023年7月,云阳县多地受暴雨影响,洪", "在云阳县滨江公园、月光草坪和白鹭公", "据统计,近3年来,山东省跨境电商大赛",
            "同时,该学院构建起“测—学—践—评”", "据悉,河南省工匠学院是河南“1+1+", "“我和同事都是技能竞赛的受益者。大",
        ] {
            #expect(!HeadlineShapeCue.isShortHeadlineLine(line), "\(line)")
        }
    }

    @Test("a long subtitle deck has a headline's shape, a paragraph does not")
    func couldBeHeadline() {
        // 004:7 and 004:9.
        #expect(HeadlineShapeCue.couldBeHeadline("通过广渠道历练干部、“三述”倒逼工作、优化工作流程等路径,培育工会干部市场化意识、法治化素养、专业化能力和开放型气质"))
        #expect(!HeadlineShapeCue.couldBeHeadline("本报讯(记者杨明清 通讯员张婧)“可以从加强与专业团队合作、丰富形式内容、加大优惠力度等方面提高工会开展文体活动的能力……”这是近日青岛市总工会青年干部于文彬在“述理论、述政策、述典型”活动中提出的工作思路。"))
    }

    @Test("a line of at most 80 columns can have a headline's shape, a wider one cannot, whatever its bytes")
    func headlineWidthLimit() {
        for scalar in ["工", "\u{20000}"] {  // three and four bytes, one column each
            #expect(HeadlineShapeCue.couldBeHeadline(String(repeating: scalar, count: 80)), "\(scalar)")
            #expect(!HeadlineShapeCue.couldBeHeadline(String(repeating: scalar, count: 81)), "\(scalar)")
        }
    }

    @Test("a question or exclamation of up to 24 characters can be a headline; a longer one is a sentence")
    func questionHeadlines() {
        // Held-out h17:25 (22 characters); made-up longer question.
        #expect(HeadlineShapeCue.couldBeHeadline("单位以“末位淘汰”为由解除劳动合同合法吗?"))
        #expect(HeadlineShapeCue.couldBeHeadline("工会来了！"))
        #expect(!HeadlineShapeCue.couldBeHeadline("我在一家物流公司做调度员去年与公司签订了三年的劳动合同这样做合法吗?"))
    }

    @Test("a line whose end turns it down is no headline, whatever comes before the end")
    func headlineEnds() {
        // The ends read first (backwards): a sentence end, perhaps inside closing marks, and a
        // final clause end or comma; a final `！`/`？` and a `……` are read through.
        #expect(!HeadlineShapeCue.couldBeHeadline("职工之家建起来了。"))
        #expect(!HeadlineShapeCue.couldBeHeadline("“职工之家建起来了。”"))
        #expect(!HeadlineShapeCue.couldBeHeadline("职工之家建起来了。” "))
        #expect(!HeadlineShapeCue.couldBeHeadline("职工之家建起来了，"))
        #expect(!HeadlineShapeCue.couldBeHeadline("代表委员说："))
        #expect(HeadlineShapeCue.couldBeHeadline("职工之家建起来了？"))
        #expect(HeadlineShapeCue.couldBeHeadline("“职工之家”建起来了"))
        #expect(HeadlineShapeCue.couldBeHeadline("\"职工之家\""))
        #expect(!HeadlineShapeCue.couldBeHeadline("”。"))
    }

    @Test("a line ending in —— is a kicker")
    func kickerDash() {
        // 001:3 and 003:13.
        #expect(HeadlineShapeCue.endsWithKickerDash("重庆云阳县总锚定“五强”目标,优化资源配置、提升工作质效——"))
        #expect(HeadlineShapeCue.endsWithKickerDash("代表委员呼吁——"))
        #expect(!HeadlineShapeCue.endsWithKickerDash("“建、强、优”三部曲赋能“小三级”工会"))
    }

    @Test("the line that names a place or organisation names the actor")
    func namesActor() {
        // 004:99/101, 001:43/45, 004:51, 001:107/109.
        #expect(ActorCue.namesActor("广西象州女劳模直播带货受热捧") > ActorCue.namesActor("工会扶贫走向线上化潮流化"))
        #expect(ActorCue.namesActor("西宁工会推出职工就业服务套餐") > ActorCue.namesActor("多元化招聘 多效能培训 多维度维权"))
        #expect(ActorCue.namesActor("张家口市总引导社会力量参与解困脱困") == 2)
        #expect(ActorCue.namesActor("2024年国防邮电产业“劳模工匠助企行”活动走进吉林") > ActorCue.namesActor("劳模工匠带来“智改数转”绚烂火花"))
    }

    @Test("a line that is only an organisation's name is a subject deck")
    func subjectOnly() {
        // 003:158, 003:379, and the title 001:5.
        #expect(ActorCue.isSubjectOnly("铜川市总工会"))
        #expect(ActorCue.isSubjectOnly("中铁一局电务公司建筑分公司"))
        #expect(!ActorCue.isSubjectOnly("“建、强、优”三部曲赋能“小三级”工会"))
    }

    @Test("markdown heading marks give a level and are stripped")
    func markdownHeading() {
        // 000:3, 000:83, 000:121, 000:101.
        #expect(MarkdownHeading.parse("# 甘肃省高标准评选首批模范县级工会") == (1, "甘肃省高标准评选首批模范县级工会"))
        #expect(MarkdownHeading.parse("### 15条具体措施明确发挥工会作用强化安全生产").level == 3)
        #expect(MarkdownHeading.parse("#### 阅读提示") == (4, "阅读提示"))
        #expect(MarkdownHeading.parse("“直播探岗”助就业").level == 0)
    }

    @Test("a comma line as wide as the wrapped column beside it is running text")
    func fillsColumn() {
        // 003:50 beside the 16-column block 42–48; the headline 003:160 has no comma.
        #expect(ColumnWidthCue.isWrappedTextLine("王树芬代表告诉记者，云南省各级", column: 16))
        #expect(!ColumnWidthCue.isWrappedTextLine("立足“三抓三创新”推动党建促发展", column: 16))
        #expect(!ColumnWidthCue.isWrappedTextLine("强孵化,技能竞赛培养外贸人才“生力军”", column: 0))
    }

    @Test("a name and a colon alone on a line is a lead-in deck; a sentence ending in a colon is not")
    func leadInDeck() {
        // holdout h08:86; the running text of holdout h06:15; a clause with a comma.
        #expect(HeadlineShapeCue.isLeadInDeck("郭建伟："))
        #expect(!HeadlineShapeCue.isLeadInDeck("骑手张立强给记者算了一笔账:"))
        #expect(!HeadlineShapeCue.isLeadInDeck("他说，记者:"))
        #expect(HeadlineRoles.assign([HeadlineLine(lines: [1], text: "郭建伟：", level: 0),
                                      HeadlineLine(lines: [3], text: "在车间里“听”出毛病的高级技师", level: 0)]).kicker == "郭建伟：")
    }

    @Test("columnOverTitle: a short top heading over a deeper one names the column; a long one stays the title")
    func columnOverTitle() {
        // Held-out h14:57–59 (an invented markdown page); then seed-like decks ## over ###.
        let column = HeadlineRoles.assign([HeadlineLine(lines: [57], text: "身边的劳模", level: 2),
                                           HeadlineLine(lines: [59], text: "高原电站的“光伏医生”", level: 3)])
        #expect(column.labels == ["身边的劳模"] && column.title == "高原电站的“光伏医生”" && column.subtitle.isEmpty)
        let kicker = HeadlineRoles.assign([HeadlineLine(lines: [1], text: "福建平和县总工会沿着蜜柚产业链建会入会、开展竞赛——", level: 2),
                                           HeadlineLine(lines: [3], text: "小蜜柚里的“大工会”", level: 3)])
        #expect(kicker.labels.isEmpty && kicker.title == "小蜜柚里的“大工会”")
        let title = HeadlineRoles.assign([HeadlineLine(lines: [1], text: "江西省总启动职工素质提升三年行动", level: 2),
                                          HeadlineLine(lines: [3], text: "每年培训职工30万人次以上", level: 3)])
        #expect(title.labels.isEmpty && title.title == "江西省总启动职工素质提升三年行动")
    }
}
