import Foundation
import Testing
@testable import GongbaoKit

/// Builds an article from a headline and paragraphs and returns its region tags.
func regionTags(title: String = "", kicker: String = "", dateline: String = "", boxes: [String] = [],
                _ paragraphs: String...) -> [RegionTag] {
    let article = Article(id: "t#1", source: "t.txt", index: 1, kicker: kicker, title: title, dateline: dateline,
                          paragraphs: paragraphs, boxes: boxes.map { Box(label: "阅读提示", text: $0) })
    return RegionAnnotator().regions(in: article)
}

extension Array where Element == RegionTag {
    /// `灵台县` for about tags, `温州市(m)` for mentioned ones, `长安区?` for ambiguous ones.
    var summary: [String] {
        map { $0.name + ($0.code.isEmpty ? "?" : "") + ($0.role == .mentioned ? "(m)" : "") }
    }

    func tag(_ name: String) -> RegionTag? { first { $0.name == name } }
}

@Suite("Recognising regions in text")
struct RegionRecognitionTests {
    @Test("a full name chain resolves to its most specific region with the path from the province")
    func fullNames() throws {
        let tags = regionTags("甘肃省平凉市灵台县职工赵永海去年冬天被确诊重病后，工会及时伸出援手。")
        let lingtai = try #require(tags.tag("灵台县"))
        #expect(lingtai.code == "620822000000")
        #expect(lingtai.path == ["甘肃省", "平凉市", "灵台县"])
        #expect(lingtai.level == .county)
    }

    @Test("a township full name needs its county or prefecture in the text")
    func townships() throws {
        let tags = regionTags("在贺子翔位于湖南省益阳市赫山区谢林港镇的老家，皮剑超紧紧握着他母亲的双手。")
        #expect(tags.tag("谢林港镇")?.path == ["湖南省", "益阳市", "赫山区", "谢林港镇"])
        #expect(regionTags("大家来到谢林港镇。").isEmpty)
    }

    @Test("a short county name counts with its province or prefecture nearby: 湖北黄石阳新站")
    func shortCountyWithSupport() {
        let tags = regionTags("2月25日上午9时，湖北黄石阳新站人头攒动、热闹非凡。据悉，阳新是湖北劳务输出大县。")
        #expect(tags.tag("阳新县")?.path == ["湖北省", "黄石市", "阳新县"])
        #expect(tags.tag("阳新县")?.count == 2)
    }

    @Test("a short county name alone counts for nothing")
    func shortCountyAlone() {
        #expect(regionTags("阳新站人头攒动，大家拎着大包小包有序进站。").isEmpty)
    }

    @Test("prefecture short forms stand alone: 西宁工会, 温州")
    func prefectureShortForms() {
        #expect(regionTags(title: "西宁工会推出职工就业服务套餐").summary == ["西宁市"])
    }

    @Test("autonomous-region and -prefecture short forms: 广西象州, 延边州, 内蒙古, 新疆, 宁夏, 西藏")
    func autonomousShortForms() {
        #expect(regionTags(title: "广西象州女劳模直播带货受热捧").tag("象州县")?.path == ["广西壮族自治区", "来宾市", "象州县"])
        #expect(regionTags("本次活动由长春市总工会、延边州总工会协办。").summary == ["长春市", "延边朝鲜族自治州"])
        #expect(regionTags("内蒙古、新疆、宁夏和西藏的职工代表参加。").summary
            == ["内蒙古自治区", "新疆维吾尔自治区", "宁夏回族自治区", "西藏自治区"])
    }

    @Test("union shorthand after a region makes it the acting body: 甘肃省总, 云阳县总, 青岛市总")
    func unionShorthand() {
        #expect(regionTags("2023年，甘肃省总在完成专项工作1年目标任务的基础上决定强基赋能。").summary == ["甘肃省"])
        #expect(regionTags(kicker: "重庆云阳县总锚定“五强”目标——").summary == ["云阳县"])
        #expect(regionTags(title: "青岛市总着力打造“三化一型”干部队伍").summary == ["青岛市"])
    }

    @Test("京津冀 lists 北京市, 天津市 and 河北省; 川渝 lists 四川省 and 重庆市")
    func groups() {
        #expect(Set(regionTags(title: "京津冀三地联合开展工会青年干部主题党日活动").summary) == ["北京市", "天津市", "河北省"])
        #expect(Set(regionTags("川渝两地工会签订合作协议。").summary) == ["四川省", "重庆市"])
    }

    @Test("长三角 lists no province: its extent is not fixed")
    func yangtzeDelta() {
        #expect(regionTags("长三角一体化发展持续推进。").isEmpty)
    }

    @Test("a dateline names a place: 本报西安9月11日电 → 西安市 of 陕西省")
    func dateline() {
        let tags = regionTags(dateline: "本报西安9月11日电", "今天，全省职工技能大赛决赛开幕。")
        #expect(tags.tag("西安市")?.path == ["陕西省", "西安市"])
        #expect(tags.tag("西安市")?.role == .about)
    }

    @Test("a dateline read from the start of the first paragraph when the dateline field is empty")
    func datelineInParagraph() {
        #expect(regionTags("本报福州10月25日电(记者李逸萌)今天下午，环卫工人节活动举行。").summary == ["福州市"])
    }

    @Test("the filing city of a dateline is only mentioned when the event happens elsewhere")
    func datelineElsewhere() {
        let tags = regionTags(dateline: "本报西安9月11日电",
                              "9月9日至11日，第25届全国煤炭行业职工职业技能示范赛在陕西省榆林市神木市举办。")
        #expect(tags.summary == ["神木市", "西安市(m)"])
    }

    @Test("长安 in 长安街 is no place")
    func changanStreet() {
        #expect(regionTags("陕西的代表们走在北京长安街上，看到了天安门。").summary == ["陕西省", "北京市"])
    }

    @Test("中山 in 中山装 is no place")
    func zhongshanSuit() {
        #expect(regionTags("广东的老师傅穿着一身中山装来到会场。").summary == ["广东省"])
    }

    @Test("和平, 平安, 安全 are ordinary words, even where a 和平区 exists")
    func ordinaryWords() {
        #expect(regionTags("天津市总工会呼吁世界和平，平安建设和安全生产两手抓。").summary == ["天津市"])
        #expect(regionTags("青海海东市开展平安创建活动。").summary == ["海东市"])
    }

    @Test("城关镇 stays unresolved without its county and resolves with it")
    func chengguan() throws {
        #expect(regionTags("城关镇的干部群众积极参与。").isEmpty)
        let tags = regionTags("湖北十堰市竹溪县城关镇的职工参加了培训。")
        let town = try #require(tags.tag("城关镇"))
        #expect(town.path == ["湖北省", "十堰市", "竹溪县", "城关镇"])
    }

    @Test("a township name shared inside the named prefecture stays ambiguous, with candidates")
    func ambiguousTownship() throws {
        let tags = regionTags("十堰市城关镇、武当山特区的职工参加了培训。")
        let town = try #require(tags.first { $0.name == "城关镇" })
        #expect(town.code.isEmpty)
        #expect(town.candidates.count > 1)
        #expect(town.path == ["湖北省", "十堰市"])
    }

    @Test("长安区 without context stays ambiguous with both candidates")
    func ambiguousDistrict() throws {
        let tag = try #require(regionTags("长安区职工文化节开幕。").first)
        #expect(tag.code == "")
        #expect(Set(tag.candidates) == ["130102000000", "610116000000"])
        #expect(tag.path.isEmpty)
    }

    @Test("长安区 resolves to 西安's with 陕西 in the same article")
    func districtFromContext() {
        let tags = regionTags("陕西省总工会调研组来到长安区，看望一线职工。")
        #expect(tags.tag("长安区")?.code == "610116000000")
    }

    @Test("a county name inside a person's name is no place: 郭卫东, 王汉中说")
    func personNames() {
        let tags = regionTags("河南省郑州市举行开班式，孟祥忠、游戈、郭卫东等6名大国工匠受聘。记者王汉中说，这很好。")
        #expect(tags.summary == ["郑州市"])
    }

    @Test("place names inside company names are not listed")
    func companies() {
        #expect(regionTags("在国网延边供电公司，中国电信山西太原分公司综改区分局总经理薛万强开展了宣讲活动。").isEmpty)
        #expect(regionTags("西平县职教中心与漯河市中科新材、厦门东明科技等企业开展校企合作项目10余项。").summary
            == ["西平县"])
        #expect(regionTags("北京洁源企业商会开展捐赠活动。").isEmpty)
    }

    @Test("a union body's region is what the article is about")
    func unionBodies() {
        let tags = regionTags("阳新县总工会副主席柯亨春介绍，黄石市总工会、阳新县总工会还在温州建立维权服务站。")
        #expect(tags.tag("阳新县")?.role == .about)
    }

    @Test("a train's destination is mentioned, not what the story is about")
    func destinations() {
        let tags = regionTags("湖北黄石阳新站人头攒动。他们计划搭乘开往浙江温州南站的G2039次爱心专列。",
                              "1100名旅客搭乘快速返岗列车前往广东惠州、东莞等地。")
        #expect(tags.summary == ["阳新县", "温州市(m)", "惠州市(m)", "东莞市(m)"])
    }

    @Test("a deputy's home province in a national item is mentioned")
    func affiliation() {
        let tags = regionTags("全国政协委员焦开河和全国人大代表、云南省总工会主席王树芬不约而同地呼吁。",
                              "王树芬代表告诉记者，云南省各级工会组织整合各方资源。")
        #expect(tags.summary == ["云南省(m)"])
    }

    @Test("an interviewee's workplace is mentioned")
    func interviewee() {
        let tags = regionTags(title: "福建第25届环卫工人节庆祝活动举行",
                              "活动现场，福州市晋安区一名保洁主管李文杰感慨道，自己不会使用电脑。")
        #expect(tags.tag("晋安区")?.role == .mentioned)
        #expect(tags.tag("福建省")?.role == .about)
    }

    @Test("a place in brackets is an aside")
    func parenthetical() {
        let tags = regionTags(kicker: "河南围绕工匠精神弘扬构建高技能人才发展体系——",
                              "河南各省辖市(济源示范区)总工会依托龙头企业建设工匠学院。")
        #expect(tags.summary == ["河南省", "济源市(m)"])
    }

    @Test("麻山区 read across 麻城's 山区 is no place")
    func mountainArea() {
        #expect(regionTags("为麻山区务工旅客开辟快速返岗列车。").isEmpty)
    }

    @Test("a short name that begins a smaller place's name is not the county: 柳林湾, 长丰社区")
    func smallerPlaces() {
        #expect(regionTags("山西省总表彰了吴家岔村、柳林湾、口子村的村民。").summary == ["山西省"])
    }

    @Test("a township name on a station names the station")
    func stations() {
        #expect(regionTags("中国铁路西安局集团有限公司新丰镇车站工会为配合西安市政府开展整治。").summary == ["西安市"])
    }

    @Test("abolished 渝北区 is still recognised, under 重庆市")
    func abolished() {
        #expect(regionTags("重庆市渝北区总工会开展送清凉活动。").tag("渝北区")?.path == ["重庆市", "渝北区"])
    }

    @Test("a township by its former suffix: 宋家沟乡 is today's 宋家沟镇")
    func formerSuffix() {
        #expect(regionTags("山西省总驻岢岚县宋家沟乡扶贫工作队").tag("宋家沟镇")?.path
            == ["山西省", "忻州市", "岢岚县", "宋家沟镇"])
    }

    @Test("a state-level new area is listed as the region that holds it: 雄安新区 → 河北省")
    func newAreas() {
        #expect(regionTags("三地工会青年干部来到雄安新区开展主题党日活动。").summary == ["河北省"])
    }

    @Test("names with characters outside the BMP are found: 下𱳪镇")
    func rareCharacters() {
        #expect(regionTags("广东清远英德市下𱳪镇的茶农参加培训。").tag("下𱳪镇")?.code == "441881120000")
    }

    @Test("count is the number of mentions")
    func counts() {
        #expect(regionTags("灵台县总工会召开会议。", "灵台县总构建标准化体系，灵台县职工受益。").tag("灵台县")?.count == 3)
    }

    @Test("full-width and half-width punctuation give the same regions")
    func punctuationVariants() {
        let half = regionTags("记者从湖北省总工会了解到,2024年1月以来,湖北各级工会积极协调交通、铁路等部门.")
        let full = regionTags("记者从湖北省总工会了解到，2024年1月以来，湖北各级工会积极协调交通、铁路等部门。")
        #expect(half == full)
        #expect(full.summary == ["湖北省"])
    }

    @Test("a 阅读提示 box counts like the lead")
    func boxes() {
        #expect(regionTags(boxes: ["如今的宋家沟乡实实在在变了模样。"], "岢岚县职工参加表彰大会。").summary == ["宋家沟镇"])
    }

    @Test("a place held up as a model is mentioned: 借鉴浙江经验")
    func comparison() {
        let tags = regionTags(title: "甘肃省总推进产改工作", "甘肃各级工会借鉴浙江经验，建设工匠学院。")
        #expect(tags.summary == ["甘肃省", "浙江省(m)"])
    }

    @Test("a national item's dateline city is only where it was filed")
    func nationalDateline() {
        let tags = regionTags(dateline: "新华社北京3月5日电", "全国各级工会组织广泛开展户外劳动者服务站点建设工作。")
        #expect(tags.summary == ["北京市(m)"])
    }

    @Test("a destination in a headline is still in passing")
    func headlineDestination() {
        let tags = regionTags(title: "湖北农民工搭乘专列前往广东惠州")
        #expect(tags.summary == ["湖北省", "惠州市(m)"])
    }

    @Test("where people come from is mentioned: 河南人, 台湾同胞")
    func origin() {
        #expect(regionTags("他是河南人，在广东东莞打工已有十年。").summary == ["东莞市", "河南省(m)"])
        #expect(regionTags("台湾同胞参观了工会驿站。").summary == ["台湾省(m)"])
        #expect(regionTags("甘肃人民生活持续改善。").summary == ["甘肃省"])
    }

    @Test("a workplace reading stops at the end of the clause: 在深圳，外卖小哥王师傅")
    func affiliationStopsAtComma() {
        #expect(regionTags("在深圳，外卖小哥王师傅每天骑行上百公里。").summary == ["深圳市"])
    }

    @Test("a place named only as an official's workplace is still what a story with no other place is about")
    func officialVisit() {
        #expect(regionTags("甘肃省委书记胡昌升到省总工会调研，看望慰问一线职工。").summary == ["甘肃省"])
    }

    @Test("a spirit or a time named after a place is no place: 延安精神, 北京时间")
    func namedAfterPlaces() {
        #expect(regionTags("北京时间3月5日，各地工会组织职工学习延安精神。").isEmpty)
    }

    @Test("a two-character county counts only right after its parent: 范县 in 示范县 is no place")
    func twoCharacterCounties() {
        #expect(regionTags("河南省总工会命名一批工会工作示范县，提高县级工会服务能力。").summary == ["河南省"])
        #expect(regionTags("河南省濮阳市范县总工会开展活动。范县职工踊跃参加。").tag("范县")?.count == 2)
    }

    @Test("沿海城市 is no 海城市")
    func coastalCities() {
        #expect(regionTags("辽宁省总工会组织沿海城市职工开展交流。").summary == ["辽宁省"])
    }
}
