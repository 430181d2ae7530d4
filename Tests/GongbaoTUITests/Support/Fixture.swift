import Foundation
import GongbaoKit
import GongbaoTestSupport
@testable import GongbaoTUI

/// `wcwidth` answers only under a UTF-8 locale; every suite sets one once.
let utf8Locale: Bool = {
    setlocale(LC_ALL, "C.UTF-8") != nil || setlocale(LC_ALL, "en_US.UTF-8") != nil
}()


/// A synthetic archive with every kind of entity, mixed scripts, long titles,
/// ambiguous-width punctuation, emoji and combining marks.
enum Fixture {
    static func region(_ code: String, _ role: RegionRole = .about) -> RegionTag {
        let h = TestHierarchy()
        let path = (h.ancestors(of: code).reversed() + [code]).map { TestHierarchy.names[$0]! }
        return RegionTag(name: TestHierarchy.names[code]!, code: code, level: h.level(of: code)!, path: path, role: role, count: 1)
    }

    static let body = [
        "本报讯(记者康功)“全省86个县区市工会，怎么才有4家上榜？”“忙活一整年，模范表彰名额太少了……”2月22日，甘肃省总工会召开十三届四次全委（扩大）会议，会上宣布的“甘肃省模范县级工会”命名决定引发大家关注和热议。",
        "据悉，按照甘肃省总工会的有关决定，“甘肃省模范县级工会”在获得100万元工作补助奖励的同时，县（区、市）工会主席或常务副主席还被授予“全省优秀县级工会主席”称号——这是对基层工作的肯定。",
        "2023年，甘肃省总在完成“县级工会加强年”专项工作1年目标任务的基础上，决定强基赋能、加压奋进，再用3年时间持续开展强基行动。",
    ]

    static let articles: [Article] = [
        Article(
            id: "p1#1", source: "p1.txt", index: 1, kind: .news, kicker: "强基层就该实打实",
            title: "甘肃省高标准评选首批模范县级工会", subtitle: "工会干部表示，要对照标准强弱项补短板",
            bylineText: "本报记者 康功", byline: [Byline(name: "康功", role: "reporter")], dateline: "本报讯",
            lines: [LineSpan(3, 40)], paragraphs: body,
            regions: [region("620000000000")],
            orgs: [OrgTag(name: "甘肃省总工会", kind: .union, aliases: ["甘肃省总"])],
            persons: [PersonTag(name: "康功", role: "reporter")],
            campaigns: [CampaignTag(term: "县级工会加强年"), CampaignTag(term: "五强")]),
        Article(
            id: "p1#2", source: "p1.txt", index: 2, kind: .feature, section: "新闻特写",
            title: "灵台县总工会推行“小三级”标准化服务，把服务送到职工身边",
            lines: [LineSpan(41, 60)],
            paragraphs: ["灵台县总工会将基层工会31项工作、172条制度汇编成册，细化“小三级”服务标准。", "县总工会主席张三说：“服务要实打实。”"],
            regions: [region("620822000000")],
            orgs: [OrgTag(name: "灵台县总工会", kind: .union)],
            persons: [PersonTag(name: "张三", role: "主席")],
            campaigns: [CampaignTag(term: "小三级")]),
        Article(
            id: "p1#3", source: "p1.txt", index: 3, kind: .photo,
            title: "兰州城关区“工会驿站”温暖户外劳动者",
            lines: [LineSpan(61, 64)],
            paragraphs: ["城关区总工会的驿站里，环卫工人喝上了热水。 本报通讯员 李四 摄"],
            regions: [region("620102000000")],
            orgs: [OrgTag(name: "城关区总工会", kind: .union)],
            persons: [PersonTag(name: "李四", role: "photographer")]),
        Article(
            id: "p2#1", source: "p2.txt", index: 1, kind: .news,
            title: "武汉开出返岗专列 G2039次载着“娘家人”的暖意驶向温州",
            dateline: "本报武汉3月1日电", lines: [LineSpan(1, 30)],
            paragraphs: ["3月1日，G2039次返岗专列从武汉站出发，驶向温州。甘肃籍职工也在车上。", "武汉市总工会为每位职工准备了“暖心包”……"],
            regions: [region("420100000000"), region("620000000000", .mentioned)],
            orgs: [OrgTag(name: "武汉市总工会", kind: .union)],
            campaigns: [CampaignTag(term: "春风行动")]),
        Article(
            id: "p2#2", source: "p2.txt", index: 2, kind: .news,
            title: "重庆云阳县总锚定“五强”目标，优化资源配置、提升工作质效——县级工会“身强体健”",
            lines: [LineSpan(31, 70)],
            paragraphs: ["云阳县总工会对标“五强”目标，重心下移、资源下沉。"],
            regions: [region("500235000000")],
            orgs: [OrgTag(name: "云阳县总工会", kind: .union)],
            campaigns: [CampaignTag(term: "五强")]),
        Article(
            id: "p2#3", source: "p2.txt", index: 3, kind: .brief,
            title: "广西：AI 赋能 Smart-Factory 2024 职工技能 upskilling 计划 🚄 全面推开",
            lines: [LineSpan(71, 75)],
            paragraphs: ["广西壮族自治区总工会启动技能提升计划，Café 里也能学。"],
            regions: [region("450000000000")],
            orgs: [OrgTag(name: "广西壮族自治区总工会", kind: .union)]),
        Article(
            id: "p3#1", source: "p3.txt", index: 1, kind: .continuation,
            title: "（上接第1版）", lines: [LineSpan(1, 12)],
            paragraphs: ["此次首批表彰的县级工会，不仅在考核细则“必答题”上获得高分，而且在做强基层、打牢基础等方面都有探索性的贡献。"],
            regions: [region("620000000000")],
            orgs: [OrgTag(name: "甘肃省总工会", kind: .union)],
            campaigns: [CampaignTag(term: "县级工会加强年")]),
        Article(
            id: "p3#2", source: "p3.txt", index: 2, kind: .news,
            title: "平凉市总工会开展职工技能大赛", lines: [LineSpan(13, 30)],
            paragraphs: ["平凉市总工会举办第三届职工技能大赛，灵台县、崆峒区等地职工参赛。"],
            regions: [region("620800000000"), region("620822000000", .mentioned)],
            orgs: [OrgTag(name: "平凉市总工会", kind: .union), OrgTag(name: "灵台县总工会", kind: .union)],
            persons: [PersonTag(name: "王五", role: "职工")]),
        Article(
            id: "p3#3", source: "p3.txt", index: 3, kind: .news,
            title: "湖北省总工会发布新就业形态劳动者服务清单", lines: [LineSpan(31, 50)],
            paragraphs: ["湖北省总工会发布服务清单，外卖配送员、网约车司机等可享受“工会驿站”服务。"],
            regions: [region("420000000000")],
            orgs: [OrgTag(name: "湖北省总工会", kind: .union)],
            campaigns: [CampaignTag(term: "工会驿站")]),
        Article(
            id: "p4#1", source: "p4.txt", index: 1, kind: .news,
            title: "助力妇女灵活就业", lines: [LineSpan(1, 20)],
            paragraphs: ["各地工会开设技能培训班，帮助妇女灵活就业。"]),
    ]

    static let archive = Archive(articles: articles, hierarchy: TestHierarchy())
}
