import Testing
@testable import GongbaoKit

/// Cues for labels, boxes, jump markers, essays and text affinity, with seed lines.
@Suite("Label, marker and text cues")
struct LabelCueTests {
    @Test("column and series labels are section labels; headlines are not")
    func sectionLabels() {
        // 000:61, 002:7, 001:7, and the title 002:63.
        #expect(SectionLabelCue.isSectionLabel("新闻特写"))
        #expect(SectionLabelCue.isSectionLabel("工会创新实践调研行"))
        #expect(SectionLabelCue.isSectionLabel("强基层增活力 工会建设在行动"))
        #expect(!SectionLabelCue.isSectionLabel("书声伴潮涌 匠心架“飞虹”"))
        #expect(SectionLabelCue.isFeatureLabel("新闻特写"))
    }

    @Test("a ■-bracketed tag alone on a line is a section tag")
    func sectionTags() {
        // 003:9 and 003:211 (indented).
        #expect(SectionLabelCue.sectionTag("■工会动态■") == "工会动态")
        #expect(SectionLabelCue.sectionTag(" ■竞赛新跑道■") == "竞赛新跑道")
        #expect(SectionLabelCue.sectionTag("■工会纪事■ 其后还有正文") == nil)
        #expect(SectionLabelCue.strippingTrailingTags("球比赛。 □张昆 摄 ■工会纪事■") == "球比赛。 □张昆 摄")
    }

    @Test("the page name on the first line is page furniture; a headline is not")
    func pageHeader() {
        // 003:1, 004:31, 002:49.
        #expect(SectionLabelCue.isPageHeader(" 工运纵横"))
        #expect(!SectionLabelCue.isPageHeader("高职学生赛技能"))
        #expect(!SectionLabelCue.isPageHeader("第25届全国煤炭行业职工职业技能示范赛举办"))
        #expect(SectionLabelCue.isPageFooter("责任编辑：张三"))
    }

    @Test("阅读提示, marked or not, is a box label")
    func boxLabel() {
        // 001:73 and 000:121 (after the markdown marks are stripped).
        #expect(BoxLabelCue.isBoxLabel("阅读提示") == "阅读提示")
        #expect(BoxLabelCue.isBoxLabel(MarkdownHeading.parse("#### 阅读提示").text) == "阅读提示")
        #expect(BoxLabelCue.isBoxLabel("阅读提示很重要") == nil)
    }

    @Test("a jump line is a continuation marker, in either width, alone or inside a paragraph")
    func continuationMarker() throws {
        // 002:111.
        let marker = try #require(ContinuationMarkerCue.isContinuationMarker("(上接第1版)"))
        #expect(marker.continuesFromElsewhere && marker.text == "(上接第1版)")
        #expect(ContinuationMarkerCue.isContinuationMarker("（下转第2版）")?.continuesFromElsewhere == false)
        let (lead, rest) = try #require(ContinuationMarkerCue.leadingMarker("（上接第1版）为破除技能晋升瓶颈,驻马店市总工会出台"))
        #expect(lead.continuesFromElsewhere && rest.hasPrefix("为破除"))
        #expect(ContinuationMarkerCue.trailingMarker("覆盖职工近65万人次。（下转第2版）")?.rest == "覆盖职工近65万人次。")
        #expect(ContinuationMarkerCue.isContinuationMarker("上接地气") == nil)
    }

    @Test("a first-person essay speaks as 我 outside quotes; a report quoting 我 does not")
    func firstPerson() {
        // 003:260–291 (the 王晓红 essay) and 001:17 (a quote).
        let essay = "作为中国三安建设集团有限公司工会干部，再次站在陕西省互助保障办事处的大厅里，我的思绪一下拉回到去年3月份的一天。"
            + "2020年3月13日上午10点多，我收到一个邮政快递，正在纳闷，是什么资料呢？打开一看，原来是陕西省互助保障办事处寄来的保险确认单。"
            + "我抱着试试看的心态，给办事处打了电话，希望能延期职工互助保险的续费业务。"
        #expect(FirstPersonCue.isFirstPersonEssay(essay))
        let report = "“现在我们能享受到送温暖、送清凉等服务,累了可以去工会驿站歇脚、喝水,权益受损时有人为我们维权。”日前,云阳县外卖配送员陈科在该县月光草坪工会驿站休息时,与同伴聊起加入工会后的感受。我"
        #expect(!FirstPersonCue.isFirstPersonEssay(report))
    }

    @Test("a headline shares its rare words with its own body, not with the next one")
    func textAffinity() {
        // 003:351 with the 渭南 body (337) and the 咸阳 body (353).
        let weinan = BigramProfile("渭南市总工会困难职工援助中心被省委宣传部评为2020年陕西省学雷锋活动示范点。近年来，援助中心紧紧围绕“工会在您身边 竭诚为您服务”这个主题")
        let xianyang = BigramProfile("近日，由咸阳市总工会主办的“文明咸阳 一路向‘阳’”优秀摄影作品展在咸阳职工美术馆举行。本次展出时间截至3月底结束，共展出优秀摄影作品100幅。")
        let affinity = TextAffinity(profiles: [weinan, xianyang])
        let headline = BigramProfile("被评为陕西省学雷锋活动示范点")
        #expect(affinity.textAffinity(of: headline, in: weinan) > 0.5)
        #expect(affinity.textAffinity(of: headline, in: xianyang) < 0.1)
    }
}
