import Testing
@testable import GongbaoKit

/// Cues for credits and datelines, with lines from the seed pages.
@Suite("Byline, dateline and photo credit cues")
struct CreditCueTests {
    @Test("a staff byline line is a byline, with each person's role")
    func staffByline() throws {
        // 000:31.
        let credit = try #require(BylineCue.looksLikeByline("本报记者 张静 本报通讯员 岑婧 陈斌斌"))
        #expect(credit.people == [
            Byline(name: "张静", role: "reporter"), Byline(name: "岑婧", role: "correspondent"),
            Byline(name: "陈斌斌", role: "correspondent"),
        ])
        #expect(credit.hasStaffMarker && !credit.isPhotoCredit)
    }

    @Test("a garbled byline with a name before the first marker is still a byline")
    func garbledByline() throws {
        // 000:109.
        let credit = try #require(BylineCue.looksLikeByline("杨明清 本报记者 张楠 本报通讯员 王哲"))
        #expect(credit.people.map(\.name) == ["杨明清", "张楠", "王哲"])
    }

    @Test("a slash separates the words of a credit: 巴特尔/摄 is a photo credit, 文/ names the writer")
    func slashInCredits() throws {
        // Held-out h13:45 (an invented page the cues were not written on); made-up 文/ and full-width forms.
        let photo = try #require(BylineCue.looksLikeByline("本报记者 巴特尔/摄"))
        #expect(photo.isPhotoCredit && photo.people == [Byline(name: "巴特尔", role: "photographer")])
        #expect(try #require(BylineCue.looksLikeByline("本报记者 巴特尔／摄")).isPhotoCredit)
        #expect(BylineCue.looksLikeByline("职工/家属") == nil, "a slash alone is no credit")
    }

    @Test("signatureRole: an expert signs with affiliation and profession before the name")
    func expertSignature() throws {
        // Held-out h17:27 (an invented page); made-up 教授 form; a bare affiliation is no credit.
        let lawyer = try #require(BylineCue.looksLikeByline("北京市京和律师事务所律师 诸葛文涛"))
        #expect(lawyer.people.map(\.name) == ["诸葛文涛"])
        #expect(try #require(BylineCue.looksLikeByline("中国劳动关系学院教授 王立新")).people.map(\.name) == ["王立新"])
        #expect(BylineCue.looksLikeByline("北京市京和律师事务所 诸葛文涛") == nil)
    }

    @Test("after a role marker a name may have five or six characters (Mongolian, Tibetan names)")
    func longNamesAfterMarker() throws {
        // Held-out h13:47.
        let credit = try #require(BylineCue.looksLikeByline("记者 乌云其木格 通讯员 张欧阳", requireMarker: false))
        #expect(credit.people.map(\.name) == ["乌云其木格", "张欧阳"])
        #expect(BylineCue.looksLikeByline("乌云其木格 张欧阳") == nil, "without a marker, five characters are no name")
    }

    @Test("photo credits: □…摄, staff …摄, …报, and the agency line")
    func photoCredits() throws {
        // 003:171, 004:69, 004:35, 001:151.
        let boxed = try #require(BylineCue.looksLikeByline("□高冬菊 巨晓勇 摄"))
        #expect(boxed.isBoxed && boxed.people.allSatisfy { $0.role == "photographer" })
        #expect(PhotoCreditCue.isPhotoCredit(try #require(BylineCue.looksLikeByline("本报记者 刘金梦 摄"))))
        #expect(PhotoCreditCue.isPhotoCredit(try #require(BylineCue.looksLikeByline("本报通讯员 陈任川 报"))))
        let agency = try #require(BylineCue.looksLikeByline("新华社记者 张汝锋"))
        #expect(PhotoCreditCue.isPhotoCredit(agency) && agency.people == [Byline(name: "张汝锋", role: "agency")])
    }

    @Test("an end credit of this paper (□ and names) is a credit but not a photo credit")
    func boxedAuthorCredit() throws {
        // 003:258.
        let credit = try #require(BylineCue.looksLikeByline("□康劲 穆灿烂"))
        #expect(credit.isBoxed && !PhotoCreditCue.isPhotoCredit(credit))
    }

    @Test("running text, headlines and column names are not bylines")
    func notBylines() {
        // 000:39, 000:29, and a column name.
        #expect(BylineCue.looksLikeByline("记者从湖北省总工会了解到,2024年1月以来,湖北各级工会积极协调交通") == nil)
        #expect(BylineCue.looksLikeByline("带着“娘家人”的暖意返岗") == nil)
        #expect(BylineCue.looksLikeByline("记者手记") == nil)
        #expect(BylineCue.looksLikeByline("工会创新 实践调研") == nil)
    }

    @Test("本报讯 with a credit in parentheses gives dateline and byline")
    func reportDateline() throws {
        // 000:7 and 003:66 (full-width parentheses).
        let a = try #require(DatelineCue.looksLikeDateline("本报讯(记者康功)“全省86个县区市工会,怎么才有4家上榜?”"))
        #expect(a.text == "本报讯" && a.credit == "记者康功" && a.opensReport)
        let b = try #require(DatelineCue.looksLikeDateline("本报讯（张芳）铜川市总工会机关"))
        #expect(b.credit == "张芳" && b.prefixLength == 7)
    }

    @Test("a credit in a dateline's parentheses is read trimmed, as scalars, as the String path reads it")
    func paddedDatelineCredit() throws {
        let d = try #require(DatelineCue.looksLikeDateline("本报讯（ 记者 康功\u{3000}）全省"))
        #expect(d.credit == "记者 康功" && d.creditPeople.map(\.name) == ["康功"] && d.prefixLength == 12)
        for line in ["记者 康功", "新华社发", "□张昆 摄 ■工会纪事■", "张芳", "记者手记"] {
            for requireMarker in [true, false] {
                #expect(BylineCue.looksLikeByline(scalars: Array(line.unicodeScalars), requireMarker: requireMarker)
                    == BylineCue.looksLikeByline(line, requireMarker: requireMarker))
            }
        }
        #expect(Punctuation.trimmed(Array(" \u{3000}记者 \t".unicodeScalars)[...]).elementsEqual("记者".unicodeScalars))
        #expect(Punctuation.trimmed(Array("  ".unicodeScalars)[...]).isEmpty)
    }

    @Test("a filed-from dateline keeps place and date")
    func filedDateline() throws {
        // 002:51 and 004:41.
        let a = try #require(DatelineCue.looksLikeDateline("本报西安9月11日电(记者祝盼 毛浓曦)9月9日至11日,第25届全国煤炭行业职工职业技能示范赛"))
        #expect(a.text == "本报西安9月11日电" && a.credit == "记者祝盼 毛浓曦")
        #expect(try #require(DatelineCue.looksLikeDateline("本报福州10月25日电(记者李逸萌)今天下午")).text == "本报福州10月25日电")
    }

    @Test("a quoted source is a dateline that does not by itself open a report")
    func quotedSource() throws {
        // 003:15.
        let d = try #require(DatelineCue.looksLikeDateline("据《工人日报》“希望更多社会力"))
        #expect(d.text == "据《工人日报》" && !d.opensReport)
    }

    @Test("本报记者 at the start of a sentence is no dateline")
    func notDateline() {
        // 000:65 and 000:39.
        #expect(DatelineCue.looksLikeDateline("本报记者 王鑫 方大丰 本报通讯员 彭浩") == nil)
        #expect(DatelineCue.looksLikeDateline("记者从湖北省总工会了解到") == nil)
    }

    @Test("a dateline printed at the end of a feature is read and removed from the text")
    func trailingDateline() throws {
        // 002:79.
        let line = "让这场漂浮于碧波之上的阅读活动也浸透了匠心的温度,成为建设者们最硬核的劳动语言和柔软的情感表达。(本报厦门9月11日电)"
        let (dateline, body) = try #require(DatelineCue.trailingDateline(line))
        #expect(dateline == "本报厦门9月11日电")
        #expect(body.hasSuffix("柔软的情感表达。"))
    }

    @Test("a credit at the end of a caption line is split off")
    func trailingCredit() throws {
        // 000:103, 003:7 (with a section tag after it), 002:95 (no space), 003:326.
        let a = try #require(PhotoCreditCue.trailingCredit("方便求职者精准对接岗位,满足企业招工引才需求。 本报通讯员 张锋 摄"))
        #expect(a.credit.text == "本报通讯员 张锋 摄" && a.body.hasSuffix("需求。"))
        let b = try #require(PhotoCreditCue.trailingCredit("球比赛。 □张昆 摄 ■工会纪事■"))
        #expect(b.credit.text == "□张昆 摄" && b.body == "球比赛。")
        let c = try #require(PhotoCreditCue.trailingCredit("图为交友联谊活动集体婚礼现场。本报记者 刘友婷 本报通讯员 罗义国"))
        #expect(c.credit.people.count == 2)
        #expect(PhotoCreditCue.trailingCredit("好职工的“娘家人”。 □王晓红")?.credit.text == "□王晓红")
    }

    @Test("a sentence ending in a name is not a credit")
    func noTrailingCredit() {
        // 001:39 ends `…余军说。`; a bare 记者 and a name after a full stop is running text.
        #expect(PhotoCreditCue.trailingCredit("“经过努力,职工对村工会的满意度大大上升。”余军说。") == nil)
        #expect(PhotoCreditCue.trailingCredit("事业红红火火。记者王刚") == nil)
    }

    @Test("a credit in parentheses at the end of a caption is split off")
    func parenthesizedCredit() throws {
        let a = try #require(PhotoCreditCue.trailingCredit("图为进入决赛的参赛选手在认真答题。（本报通讯员 陈任川 摄）"))
        #expect(a.credit.text == "本报通讯员 陈任川 摄" && a.body.hasSuffix("答题。"))
    }

    @Test("a credit line printed in parentheses, or ending in 报道, is a byline")
    func creditForms() throws {
        let inParentheses = try #require(BylineCue.looksLikeByline("（本报记者 张静）"))
        #expect(inParentheses.text == "本报记者 张静" && inParentheses.people == [Byline(name: "张静", role: "reporter")])
        let reported = try #require(BylineCue.looksLikeByline("本报记者 张静 报道"))
        #expect(reported.people.map(\.name) == ["张静"] && !PhotoCreditCue.isPhotoCredit(reported))
        #expect(BylineCue.looksLikeByline("（上接第1版）") == nil)
    }

    @Test("a name in parentheses after the last sentence is the writer's credit")
    func trailingAuthorCredit() throws {
        // holdout h06:52; a parenthesised aside that is not a name, and a name with no sentence before it, are not.
        let (body, credit) = try #require(PhotoCreditCue.trailingAuthorCredit("本报讯 近日,北京市丰台区总工会在辖区6个快递网点开设“暖心食堂”,为快递员提供每份10元的工作午餐,差价由工会补贴。(王可欣)"))
        #expect(body.hasSuffix("差价由工会补贴。"))
        #expect(credit.text == "王可欣" && credit.people == [Byline(name: "王可欣", role: "author")])
        #expect(PhotoCreditCue.trailingAuthorCredit("全市已举办相关活动1069场。(据不完全统计)") == nil)
        #expect(PhotoCreditCue.trailingAuthorCredit("大会由省总工会主办(王可欣)") == nil)
    }

    @Test("an agency credit naming its photographer in parentheses is an agency photo credit")
    func agencyCreditWithPhotographer() throws {
        // holdout h09:43.
        let credit = try #require(BylineCue.looksLikeByline("新华社发(李明 摄)"))
        #expect(credit.isAgency && PhotoCreditCue.isPhotoCredit(credit))
        #expect(credit.people == [Byline(name: "李明", role: "photographer")])
        #expect(BylineCue.looksLikeByline("新华社发(记者会)") == nil)
    }

    @Test("the paper's commentator signs without a name")
    func commentatorByline() throws {
        // holdout h12:5.
        let credit = try #require(BylineCue.looksLikeByline("本报评论员"))
        #expect(credit.isCommentary && credit.people.isEmpty)
        #expect(BylineCue.looksLikeByline("评论员指出") == nil)
    }

    @Test("a reprinted agency report opens with 据新华社电, with or without place and date")
    func reprintedAgencyDateline() throws {
        // holdout h09:47; a sentence citing the agency's reporting is no dateline.
        let a = try #require(DatelineCue.looksLikeDateline("据新华社电 记者从人力资源和社会保障部获悉,人社部近日印发通知"))
        #expect(a.text == "据新华社电" && a.opensReport)
        #expect(DatelineCue.looksLikeDateline("据新华社北京3月5日电 国务院总理")?.text == "据新华社北京3月5日电")
        #expect(DatelineCue.looksLikeDateline("据新华社报道,今年春运期间") == nil)
    }

    @Test("a unified ideograph signs a marker, sifted by its low bits, exactly as signsMarker says")
    func ideographMarkerSigns() {
        var bits: UInt64 = 0
        for s in "□摄发图者讯论习师官授".unicodeScalars { bits |= 1 << (s.value & 63) }
        #expect(BylineCue.signBits == bits)
        let befores: [Unicode.Scalar] = [" ", "记", "通", "评", "实", "律", "法", "察", "教", "工"]
        var differing: [String] = []
        for value in UInt32(0x4E00)...0x9FFF {
            let s = Unicode.Scalar(value)!
            for previous in befores where BylineCue.ideographSignsMarker(previous, s) != BylineCue.signsMarker(previous, s) {
                differing.append(String(previous) + String(s))
            }
        }
        #expect(differing.isEmpty, "\(differing)")
    }
}
