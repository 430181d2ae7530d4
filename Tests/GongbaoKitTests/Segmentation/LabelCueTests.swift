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

    @Test("a short label ending in a column word is a section label, and opinion or investigation columns are feature labels")
    func columnWordLabels() {
        // holdout h07:55 and h06:31; the 002:49 headline is not a label.
        #expect(SectionLabelCue.isSectionLabel("记者调查"))
        #expect(SectionLabelCue.isFeatureLabel("记者调查"))
        #expect(SectionLabelCue.isSectionLabel("短评") && SectionLabelCue.isFeatureLabel("短评"))
        #expect(!SectionLabelCue.isSectionLabel("赣州市网络主播才艺秀大赛举办"))
        #expect(!SectionLabelCue.isFeatureLabel("图片新闻"))
        // Rights and law columns: holdout h17:3 and h17:23; made-up 以案说法, 劳模风采.
        #expect(SectionLabelCue.isSectionLabel("典型案例") && SectionLabelCue.isSectionLabel("律师答疑"))
        #expect(SectionLabelCue.isSectionLabel("以案说法") && SectionLabelCue.isSectionLabel("劳模风采"))
        #expect(SectionLabelCue.isFeatureLabel("典型案例") && SectionLabelCue.isFeatureLabel("律师答疑"))
        #expect(!SectionLabelCue.isFeatureLabel("劳模风采"), "a profile column is reporting")
        #expect(!SectionLabelCue.isSectionLabel("工会帮他确认劳动关系的典型案例被写进报告"), "a long line is no label")
    }

    @Test("a roundup heading standing alone is furniture that files the items under it")
    func roundupHeading() {
        // holdout h06:49; the 003 tag ■工会动态■ without its marks; a headline is not one.
        #expect(SectionLabelCue.roundupHeading("工会简讯") == "工会简讯")
        #expect(SectionLabelCue.roundupHeading("工会动态") == "工会动态")
        // holdout h12:23, over two photos.
        #expect(SectionLabelCue.roundupHeading("图片新闻") == "图片新闻")
        #expect(SectionLabelCue.roundupHeading("上海浦东新区工会驿站开通夜间服务") == nil)
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

    @Test("a date line with its weekday, the paper's name and page number is a page header")
    func dateHeader() {
        // holdout h06:1; a dated report is not one.
        #expect(SectionLabelCue.isDateHeader("2023年11月8日 星期三  工人日报  3"))
        #expect(SectionLabelCue.isDateHeader("第3版"))
        #expect(!SectionLabelCue.isDateHeader("3月14日，星期日，记者来到工地"))
        #expect(!SectionLabelCue.isDateHeader("湖南启动2024年职工疗休养工作"))
    }

    @Test("a short first line that shares no rare word with the text under it is the page name")
    func unknownPageName() {
        // holdout h04:1 over its photo caption (职工 is on every other line), and holdout h08:36,
        // a photo title over its caption, as if it stood first.
        let h04 = Page(source: "p", lines: [" 职工之家", "", "3月18日，宝鸡市凤翔区总工会在区职工活动中", "心举办“巾帼心向党 建功新时代”女职工插花",
                                            "", "今年以来，宝塔区总工会联合辖区职工", "为困难职工子女送去助学金"], encoding: .utf8)
        #expect(SectionLabelCue.isPageName(h04.lines[0], at: 0, on: h04))
        let h08 = Page(source: "p", lines: ["春耕时节农机忙", "", "3月21日，汉中市勉县一家农机专业合作社的", "职工正在检修农机设备，为春耕生产做准备。"], encoding: .utf8)
        #expect(!SectionLabelCue.isPageName(h08.lines[0], at: 0, on: h08))
        // A page holding nothing but a short line (the CLI's GBK test page) has no page name.
        let alone = Page(source: "p", lines: ["甘肃"], encoding: .utf8)
        #expect(!SectionLabelCue.isPageName(alone.lines[0], at: 0, on: alone))
        // 000:61 is a column label, never a page name.
        let label = Page(source: "p", lines: ["新闻特写", "", "把感谢送到职工家中"], encoding: .utf8)
        #expect(!SectionLabelCue.isPageName(label.lines[0], at: 0, on: label))
    }

    @Test("a label's shape is read between the line's white space: its last scalar and any compatibility ideograph")
    func labelShape() {
        let shape = SectionLabelCue.labelShape("　 工会简讯 ")
        #expect(shape?.last == "讯" && shape?.holdsCompatibilityIdeograph == false)
        #expect(SectionLabelCue.labelShape("强基层增活力 工会建设在行动")?.last == "动")
        #expect(SectionLabelCue.labelShape("工会\u{F900}")?.holdsCompatibilityIdeograph == true)
        // Punctuated, a single character, or more than 16 scalars: no label shape.
        #expect(SectionLabelCue.labelShape("工会简讯：") == nil)
        #expect(SectionLabelCue.labelShape(" 工 ") == nil)
        #expect(SectionLabelCue.labelShape(String(repeating: "工", count: 17)) == nil)
        #expect(SectionLabelCue.labelShape(String(repeating: "工", count: 16)) != nil)
        #expect(SectionLabelCue.roundupHeading(" 工会简讯 ") == "工会简讯")
    }

    @Test("阅读提示, marked or not, is a box label")
    func boxLabel() {
        // 001:73 and 000:121 (after the markdown marks are stripped).
        #expect(BoxLabelCue.isBoxLabel("阅读提示") == "阅读提示")
        #expect(BoxLabelCue.isBoxLabel(MarkdownHeading.parse("#### 阅读提示").text) == "阅读提示")
        #expect(BoxLabelCue.isBoxLabel("阅读提示很重要") == nil)
    }

    @Test("a paragraph opening with 编者按 and a colon is a box with that label")
    func inlineBoxLabel() {
        // holdout h06:7; a sentence that only mentions the word is not.
        let box = BoxLabelCue.leadingBoxLabel("编者按:去年以来,多家外卖平台陆续调整算法规则,延长配送时限、放宽超时处罚。")
        #expect(box?.label == "编者按" && box?.text.hasPrefix("去年以来") == true)
        #expect(BoxLabelCue.leadingBoxLabel("【编者按】去年以来,多家外卖平台陆续调整算法规则。")?.label == "编者按")
        #expect(BoxLabelCue.leadingBoxLabel("编者按语中提到,去年以来多家平台调整了规则。") == nil)
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

    @Test("a profile that shares no bigram with a target has affinity 0 with it, whatever the weights")
    func sharesBigram() {
        let body = BigramProfile("渭南市总工会困难职工援助中心")
        let related = BigramProfile("援助中心被评为示范点")
        let unrelated = BigramProfile("咸阳摄影作品展")
        #expect(related.sharesBigram(with: body))
        #expect(!unrelated.sharesBigram(with: body))
        #expect(!BigramProfile("").sharesBigram(with: body))
        let affinity = TextAffinity(profiles: [body, related])
        #expect(affinity.textAffinity(of: unrelated, in: body) == 0)
        // Outside a third profile: only bigrams the third lacks count.
        let own = BigramProfile("援助中心")
        #expect(related.sharesBigram(with: body, outside: BigramProfile("示范点")))
        #expect(!BigramProfile("援助中心示范").sharesBigram(with: body, outside: own))
        #expect(affinity.textAffinity(of: own, in: body) <= affinity.textAffinity(of: own, in: own))
    }
}
