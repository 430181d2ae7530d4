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

    @Test("the assembler's spans run across the blank lines the classifier left out, and not past a skipped line")
    func spansAcrossBlankLines() {
        let p = page(["标题", "", "  ", "第一段。", "第二段。", "", "另一段。", ""])
        let assembler = ArticleAssembler(page: p, lines: LineClassifier.classify(p))
        #expect(assembler.spans(of: [1, 4, 5]) == [LineSpan(1, 5)])
        #expect(assembler.spans(of: [1, 5, 7]) == [LineSpan(1, 1), LineSpan(5, 7)])
        #expect(assembler.spans(of: [7]) == [LineSpan(7, 7)])
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

    @Test("in justified column text a line ending a sentence at under nine tenths of the column ends a paragraph")
    func paragraphEndsShortOfColumn() {
        // holdout h04:73–79: line 77 ends its paragraph at 0.89 of the column; 78 opens the next.
        let lines = LineClassifier.classify(page([
            "“农民工学堂”采取“工会搭台、企业点单、", "专家授课”的方式，围绕电工、焊工、叉车", "操作等岗位技能，以及劳动法律法规、安全",
            "生产等内容开展培训。培训时间安排在每周", "二、周四晚上，不影响职工正常上班。", "城固县总工会相关负责人介绍，今年计划开",
            "办“农民工学堂”培训班10期，培训农民工",
        ]))
        let paragraphs = ParagraphBuilder.pieces(from: lines).compactMap(\.paragraph)
        #expect(paragraphs.map(\.lines) == [[1, 2, 3, 4, 5], [6, 7]])
    }

    @Test("a copy of a paragraph keeps its text and cues when the original changes")
    func paragraphCopies() {
        var p = Paragraph(lines: [1], text: "工会来了。", blanksBefore: 0)
        let copy = p
        p.append(Paragraph(lines: [2], text: "近日，当地工会干部由", blanksBefore: 0))
        #expect(copy.lines == [1] && copy.text == "工会来了。" && copy.endsSentence)
        #expect(p.lines == [1, 2] && p.text == "工会来了。近日，当地工会干部由" && !p.endsSentence)
        p.replaceText("本报讯（张芳）近日，当地工会干部由")
        #expect(p.leadingDateline?.text == "本报讯" && copy.leadingDateline == nil)
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

    @Test("a displaced whole section between a cut sentence and its continuation moves to the end")
    func displacedWholeSection() {
        func p(_ n: Int, _ t: String) -> ArticleElement { .paragraph(Paragraph(lines: [n], text: t, blanksBefore: 1)) }
        // holdout h05:17–27: 驿 + 站 form 驿站, a word the item uses elsewhere.
        let repaired = ReadingOrderRepair.repair([
            p(17, "“过去工会服务阵地大多集中在老城区。”芜湖市总工会有关负责人介绍,统筹规划服务阵地布局。"),
            p(19, "目前,芜湖已在产业园区、商圈楼宇、城市社区等职工集中区域建成职工服务驿"),
            .subhead(line: 21, text: "服务跟着需求升级"),
            p(23, "“驿站建起来只是第一步,关键是要让职工愿意来、经常来。”芜湖市总工会有关负责人表示。"),
            p(25, "站186个,形成了覆盖全市的“15分钟职工服务圈”。"),
            p(27, "在镜湖区一处商务楼宇里,职工服务驿站就设在大楼一层。"),
        ])
        #expect(repaired.flatMap(\.lines) == [17, 19, 25, 27, 21, 23])
    }

    @Test("a cut sentence whose continuation is lost leaves a whole section after it in place")
    func lostContinuationKeepsOrder() {
        func p(_ n: Int, _ t: String) -> ArticleElement { .paragraph(Paragraph(lines: [n], text: t, blanksBefore: 1)) }
        // 004:117 cut, then 001:85–89 (a section whose next paragraph joins no word at the cut).
        let repaired = ReadingOrderRepair.repair([
            p(1, "郝生生因为积极参加土豆微型品种种植且种得好而获得表彰。以前,铺上村农"),
            .subhead(line: 3, text: "“两个阵地”打通“最后一公里”"),
            p(5, "“外面很冷,但我心里很暖!”2023年冬天,外卖小哥李志强走进工会驿站。"),
            p(7, "南宁市建设工会充分发挥工会驿站服务阵地的作用。"),
        ])
        #expect(repaired.flatMap(\.lines) == [1, 3, 5, 7])
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

    @Test("bracketSubhead: 【案情】-style tags between the paragraphs of a case are its subheads, not new sections")
    func bracketSubheads() {
        // Held-out h17:5–21, shortened; a ■tag■ between two items still separates them.
        let articles = PageSegmenter().segment(page([
            "快递员“被个体户” 工会帮他确认劳动关系", "", "本报记者 龙华", "",
            "新就业形态劳动者与平台企业、加盟商之间的用工关系较为复杂,近年来相关争议时有发生。", "",
            "【案情】", "", "2023年3月,刘某到深圳市龙华区一家快递公司从事派送工作,按件结算报酬。", "",
            "【处理】", "", "刘某向龙华区总工会求助,律师代理他申请劳动仲裁,仲裁委员会确认双方存在劳动关系。", "",
            "【点评】", "", "一些企业要求劳动者注册为个体工商户,以此规避用工责任,这种做法不受法律保护。",
        ]))
        #expect(articles.count == 1)
        #expect(articles.first?.subheads == ["【案情】", "【处理】", "【点评】"])
        #expect(articles.first?.paragraphs.count == 7, "subheads stand among the paragraphs, in order")
    }

    @Test("photoAfterReport: a caption closed by a photo credit after a credited report is an item of its own")
    func photoAfterReport() {
        // Held-out h15:88–94 (an invented OCR page): a brief, then a photo caption under it.
        let articles = PageSegmenter().segment(page([
            "本报讯（记者 高原）3月22日，铜川市耀州区", "总工会举办“巾帼建新功”女职工技能比赛，", "全区80余名女职工参赛。", "",
            "3月24日，宝鸡市陈仓区一家机械制造企", "业的职工在参加“安康杯”安全知识竞", "赛。 □张宝林 摄",
        ]))
        #expect(articles.count == 2)
        #expect(articles.first?.dateline == "本报讯")
        #expect(articles.last?.kind == .photo)
        #expect(articles.last?.byline.map(\.name) == ["张宝林"])
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

    @Test("a label over running text after a body is a sidebar box of that item, not a new item")
    func sidebarBox() {
        // holdout h07:25–37.
        let articles = PageSegmenter().segment(page([
            "一条船台上的“焊花传承”", "", "本报记者 邹荣 本报通讯员 孙悦", "",
            "“老师傅有经验,年轻人有新想法,把两代人的长处结合起来,就能不断攻克新的难题。”船厂工会主席郑雅琴说。", "",
            "记者手记", "",
            "在采访中,记者注意到,班组的工具柜里至今还保存着于长海当年用过的一把旧焊枪。", "",
            "工匠精神的传承,从来不只是技术的传承。", "",
            "\"工会+法院\"联动,江苏南通一年化解劳动争议3000余件", "",
            "本报讯(记者 顾春燕 通讯员 陆海)记者近日从江苏省南通市总工会获悉,去年共受理劳动争议案件3400余件。",
        ]))
        #expect(articles.map(\.title) == ["一条船台上的“焊花传承”", "\"工会+法院\"联动,江苏南通一年化解劳动争议3000余件"])
        #expect(articles[0].lines == [LineSpan(1, 11)])
        #expect(articles[0].boxes.map(\.label) == ["记者手记"])
        #expect(articles[0].boxes.first?.text == "在采访中,记者注意到,班组的工具柜里至今还保存着于长海当年用过的一把旧焊枪。\n工匠精神的传承,从来不只是技术的传承。")
    }

    @Test("a label over a caption closed by a photo credit heads a photo, not a sidebar")
    func photoHeadingIsNoSidebar() {
        // holdout h12:19–27.
        let articles = PageSegmenter().segment(page([
            "AI质检员上岗 这家车间的次品率降了六成", "",
            "本报讯(记者 周莹)近日,在江苏省常州市武进区一家电子元件厂,质检班长沈佳佳指着屏幕上的检测画面说。", "",
            "企业工会主席钱国平介绍,原来的质检员经过培训后转岗为系统运维员,没有一人因此失业。", "", "", "",
            "图片新闻", "",
            "3月6日,在河南省郑州市一处地铁施工现场,农民工在工会组织的“安全第一课”上学习安全帽佩戴要领。", "",
            "本报记者 王明 摄",
        ]))
        #expect(articles.map(\.kind) == [.brief, .photo])
        #expect(articles.last?.lines == [LineSpan(11, 13)] && articles.last?.section == "图片新闻")
    }

    @Test("a paragraph closed by the writer's name in parentheses ends its sentence, so a headline after a wide gap heads a new item")
    func authorCreditEndsParagraph() {
        // holdout h06:54–55, then h06:3–9 after two blank lines.
        let articles = PageSegmenter().segment(page([
            "上海浦东新区工会驿站开通夜间服务",
            "本报讯 11月起,上海市浦东新区120家户外劳动者服务站点将开放时间延长至晚上10时,为夜间配送的骑手、网约车司机提供休息、饮水和充电服务。(许振宇)",
            "", "", "算法“加时”之后,骑手还跑得那么急吗?", "", "——来自北京、上海、成都三地外卖站点的调查", "",
            "本报记者 李海洋 王晓晨 钱方", "", "11月3日中午12时,北京市朝阳区望京一带的写字楼下,外卖骑手们陆续赶到取餐点。",
        ]))
        #expect(articles.map(\.title) == ["上海浦东新区工会驿站开通夜间服务", "算法“加时”之后,骑手还跑得那么急吗?"])
        #expect(articles.first?.bylineText == "许振宇")
    }

    @Test("the same label over a headline still heads a new item")
    func labelOverHeadline() {
        // 002:59–65: 新闻特写 after a body, over its own title and byline.
        let articles = PageSegmenter().segment(page([
            "本报西安9月11日电(记者祝盼 毛浓曦)9月9日至11日,第25届全国煤炭行业职工职业技能示范赛在陕西省榆林市神木市举办。", "",
            "新闻特写", "", "书声伴潮涌 匠心架“飞虹”", "", "本报记者 李润剑 本报通讯员 卢月", "",
            "碧空如洗,海风裹挟着琅琅书声掠过厦门刘五店港区的洋面。",
        ]))
        #expect(articles.count == 2)
        #expect(articles.last?.section == "新闻特写" && articles.last?.title == "书声伴潮涌 匠心架“飞虹”")
    }
}
