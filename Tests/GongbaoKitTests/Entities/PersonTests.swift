import Testing
@testable import GongbaoKit

@Suite("People")
struct PersonTests {
    // MARK: credit

    @Test("credits keep dotted names whole, and five- or six-character names after a role marker")
    func creditNames() {
        // Held-out h13:7 and h13:47.
        #expect(CreditParser.parse("本报记者 王冬梅 本报通讯员 阿依古丽·买买提").map(\.name) == ["王冬梅", "阿依古丽·买买提"])
        #expect(CreditParser.parse("记者 乌云其木格 通讯员 张欧阳").map(\.name) == ["乌云其木格", "张欧阳"])
        #expect(CreditParser.parse("乌云其木格").isEmpty, "five characters without a marker are no name")
    }

    @Test("a name printed with a separator dot is one person, not its parts")
    func dottedNames() {
        // Held-out h13 (an invented page the rules were not written on).
        let persons = Entities.persons("28岁的缝纫工热孜万古丽·艾合买提一边熟练地踩着缝纫机,一边对记者说。维吾尔族学员阿依古丽·买买提说,她学会了电商直播。")
        #expect(persons.contains("热孜万古丽·艾合买提"))
        #expect(persons.contains("阿依古丽·买买提"))
        #expect(!persons.contains("阿依古丽") && !persons.contains("买买提") && !persons.contains("热孜万古丽"))
    }

    @Test("a stand-alone byline gives every name with its credit role")
    func byline() {
        let persons = Entities.of(["正文。"], bylineText: "本报记者 张静 本报通讯员 岑婧 陈斌斌").persons
        #expect(persons.map(\.name) == ["张静", "岑婧", "陈斌斌"])
        #expect(persons.map(\.role) == ["reporter", "correspondent", "correspondent"])
    }

    @Test("a photo credit makes photographers, pen names included")
    func photoCredit() {
        #expect(CreditParser.parse("□高冬菊 巨晓勇 摄").map(\.role) == ["photographer", "photographer"])
        #expect(CreditParser.parse("本报通讯员 张锋 摄") == [Byline(name: "张锋", role: "photographer")])
        #expect(CreditParser.parse("□雪迎风 摄").map(\.name) == ["雪迎风"])
        #expect(CreditParser.parse("新华社记者 张汝锋") == [Byline(name: "张汝锋", role: "agency")])
        #expect(CreditParser.parse("本报通讯员 陈任川 报") == [Byline(name: "陈任川", role: "correspondent")])
    }

    @Test("names in the dateline's parentheses are credits")
    func datelineCredit() {
        #expect(Entities.persons("本报讯(记者刘建林 李彦斌)山西省总工会近日印发方案。") == ["刘建林", "李彦斌"])
        #expect(Entities.persons("本报西安9月11日电（记者祝盼 毛浓曦）9月9日至11日,示范赛举办。") == ["祝盼", "毛浓曦"])
        #expect(Entities.persons("本报讯（西滨）近日,优秀摄影作品展举行。") == ["西滨"])
    }

    @Test("a credit at the end of a caption is found; 记者从… is not a credit")
    func trailingCredit() {
        #expect(Entities.persons("图为交友联谊活动集体婚礼现场。本报记者 刘友婷 本报通讯员 罗义国") == ["刘友婷", "罗义国"])
        #expect(Entities.persons("当好职工的“娘家人”。 □王晓红") == ["王晓红"])
        #expect(Entities.persons("记者从湖北省总工会了解到,记者日前从会上获悉。") == [])
    }

    @Test("a photo credit kept in the article's marker is read")
    func markerCredit() {
        let article = Article(id: "t#1", source: "t.txt", index: 1, kind: .photo, paragraphs: ["选拔出8名职工代表参加比赛。"], marker: "□张昆 摄")
        #expect(EntityAnnotator().entities(of: article).persons == [PersonTag(name: "张昆", role: "photographer", count: 1)])
    }

    @Test("the segmenter's byline is used when it is filled")
    func segmenterByline() {
        let persons = Entities.of(["正文。"], byline: [Byline(name: "康功", role: "reporter")]).persons
        #expect(persons == [PersonTag(name: "康功", role: "reporter", count: 1)])
    }

    // MARK: titleBefore

    @Test("a title before a name is kept as the role")
    func titleBefore() throws {
        let persons = Entities.of(["云阳县总工会党组书记、常务副主席何红宇介绍,今年4月开展了入会仪式。"]).persons
        let p = try #require(persons.first)
        #expect(p.name == "何红宇")
        #expect(p.role == "党组书记、常务副主席")
    }

    @Test("occupations before a name give the person and the occupation")
    func occupationBefore() {
        #expect(Entities.of(["日前,云阳县外卖配送员陈科在该县工会驿站休息。"]).persons.map(\.role) == ["外卖配送员"])
        #expect(Entities.persons("“这份工作让我找到了价值。”快递员周建华笑着说。") == ["周建华"])
        #expect(Entities.persons("“工会就是我们的家。”环卫工人吴桂英一边擦汗一边说。") == ["吴桂英"])
    }

    @Test("a one-character given name ends where a verb begins")
    func shortGivenName() {
        #expect(Entities.persons("云阳县总工会职工服务中心主任余军初到南溪镇吉仙村工会蹲点。“经过努力,满意度大大上升。”余军说。") == ["余军"])
        #expect(Entities.persons("厦门航空有限公司乘务长罗佳,她讲述了发展故事") == ["罗佳"])
    }

    // MARK: speechAfter and titleAfter

    @Test("a name before a verb of saying, after punctuation, is a person")
    func speechAfter() {
        #expect(Entities.persons("“我当时没控制住就哭了。”盛铁梅说,“儿子能冲锋在前。”") == ["盛铁梅"])
        #expect(Entities.persons("“日子过得很好。”韩智文高兴地告诉记者。") == ["韩智文"])
        #expect(Entities.persons("据悉,此前周晓峰表示,将继续参加比赛。") == ["周晓峰"])
    }

    @Test("委员, 代表 and 总书记 after a name mark a person")
    func titleAfter() {
        #expect(Entities.persons("焦开河委员介绍,在全国总工会的倡导下。王树芬代表告诉记者。") == ["焦开河", "王树芬"])
        #expect(Entities.persons("理论考试以习近平总书记关于安全生产的重要论述为主要内容") == ["习近平"])
    }

    // MARK: list, age, including, doubledName, variant

    @Test("names in a list closed by 等N名 are people")
    func listClosedByCount() {
        #expect(Entities.persons("还有孟祥忠、游戈、陶留海、牛雪平、和笑天、郭卫东等6名大国工匠")
            == ["孟祥忠", "游戈", "陶留海", "牛雪平", "和笑天", "郭卫东"])
        #expect(Entities.persons("一行人又先后前往罗亨、刘晓楠、刘一霖等几位队员家") == ["罗亨", "刘晓楠", "刘一霖"])
    }

    @Test("names in a list with a known person are people")
    func listWithKnownPerson() {
        #expect(Entities.persons("副主席张伟、李娜、王强出席。") == ["张伟", "李娜", "王强"])
    }

    @Test("three names before 分获 are people")
    func listBeforeWin() {
        #expect(Entities.persons("经过激烈角逐,张义、钟璞、贾黎明分获冠军季军") == ["张义", "钟璞", "贾黎明"])
    }

    @Test("three names after a colon are people; places after a colon are not")
    func listAfterColon() {
        #expect(Entities.persons("获得表彰的有：王建国、李秀梅、张志刚。") == ["王建国", "李秀梅", "张志刚"])
        #expect(Entities.persons("考察路线途经：张家口、石家庄、黄石。") == [])
    }

    @Test("和 after a one-character given name is a conjunction")
    func conjunctionAfterName() {
        #expect(Entities.persons("来自市一中的学生杨帆和同学们一起参观了劳模工作室。") == ["杨帆"])
    }

    @Test("people of other papers are found by the same cues")
    func otherPapers() {
        #expect(Entities.persons("“现在每个月能多拿800元。”说起技能提升带来的变化,焊工刘大勇满脸笑容。") == ["刘大勇"])
        #expect(Entities.persons("市总工会党组书记、常务副主席黄海波作工作报告,副市长邓丽华出席会议并讲话。") == ["黄海波", "邓丽华"])
        #expect(Entities.persons("江苏省劳动模范、南京钢铁集团高级技师徐建军带领团队攻克技术难题。") == ["徐建军"])
        #expect(Entities.persons("\"我们会继续努力。\"陈静说。") == ["陈静"])
    }

    @Test("occupations without names give no people")
    func occupationsOnly() {
        #expect(Entities.persons("他们中有石油工人、建筑工人,也有快递员、外卖员。工人们说,心里暖暖的。") == [])
        #expect(Entities.persons("由于天气原因,活动延期举行。于是,大家改在室内开展。高温天气下,马路上的交警坚守岗位。") == [])
    }

    @Test("age and 包括…在内 introduce people")
    func ageAndIncluding() {
        #expect(Entities.persons("在受表彰的人中,26岁的刘杰最年轻。刘杰说。") == ["刘杰"])
        #expect(Entities.persons("几次动员下来,包括郝生生在内,陆续有贫困户加入。") == ["郝生生"])
    }

    @Test("a surname with a doubled given name written twice is a person")
    func doubledName() {
        #expect(Entities.persons("称号的赵明明原来是邻乡的贫困户。3年过去,赵明明现在已经承包了37亩地。") == ["赵明明"])
    }

    @Test("a name spelled two ways is listed both ways")
    func variantSpelling() {
        #expect(Entities.persons("诵读着另一位建设者家属廖璟璇创作的诗歌。此刻她与彭璟璇有着共同的愿望。") == ["廖璟璇", "彭璟璇"])
    }

    // MARK: guards

    @Test("ordinary words after a title are not names")
    func ordinaryWordsAfterTitles() {
        #expect(Entities.persons("持续扭转全省职工安全生产思维模式,促进高质量发展。") == [])
        #expect(Entities.persons("当地许多工会干部由衷感叹,做强基层工会就该实打实。") == [])
        #expect(Entities.persons("激发党员干事创业的激情,引发职工强烈反响。") == [])
        #expect(Entities.persons("公司工会召集职工方代表和行政方代表当场谈妥。") == [])
        #expect(Entities.persons("建立了集工会驿站、职工书屋、职工食堂于一体的综合服务平台") == [])
    }

    @Test("places are not people")
    func placesNotPeople() {
        #expect(Entities.persons("在河北省张家口市总工会工人文化宫电影院内,劳模张家口调研。") == [])
    }

    @Test("any gazetteer place after a title is not a person, while a name opening with a county's short form still is")
    func gazetteerPlacesNotPeople() {
        // Places no word list names: the gazetteer decides.
        #expect(Entities.persons("劳模鄂尔多斯调研,职工岳阳介绍了经验。") == [])
        #expect(Entities.persons("职工常德表示,工会驿站很方便。") == [])
        // 张北 is a county (张北县), but 张北辰 is a name.
        #expect(Entities.persons("职工张北辰介绍,工会驿站很方便。") == ["张北辰"])
    }

    @Test("a conjunction 和 after a title is not a surname, but 和笑天 in a list is")
    func conjunctionHe() {
        #expect(Entities.persons("为62名在档困难职工和河北省防贫对象发放了观影卡") == [])
    }

    @Test("a count before a title is not a name (3位劳模代表)")
    func countBeforeTitle() {
        #expect(Entities.persons("阮宜龙3位劳模代表,开展了宣讲活动。") == [])
    }

    @Test("a surname with an honorific is not a full name")
    func honorific() {
        #expect(Entities.persons("王师傅告诉记者,郑州市民张先生拨打热线求助。") == [])
    }

    @Test("counts cover every mention, the byline included")
    func counts() throws {
        let persons = Entities.of(["山东省外经贸工会主席田敬毅表示。田敬毅说,要办好大赛。"], bylineText: "记者 赵黎浩").persons
        #expect(try #require(persons.first { $0.name == "田敬毅" }).count == 2)
        #expect(try #require(persons.first { $0.name == "赵黎浩" }).count == 1)
    }
}
