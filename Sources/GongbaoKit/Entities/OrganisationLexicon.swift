/// Word lists the organisation extractor reads: name suffixes by kind, the
/// words that end just before a name starts, and the generic words that make
/// a "name" a mere description (基层工会, 该公司).
///
/// These are general Chinese word classes, not names from any page.
enum OrganisationLexicon {
    /// Tags of `suffixes`.
    enum SuffixTag: Int {
        case union = 0, company, government, institution
        /// A department: ends a name only when its parent is not a company.
        case department
        /// 委 after a place (张掖市委): a party committee.
        case partyCommittee

        var kind: OrgKind {
            switch self {
            case .union: .union
            case .company: .company
            case .government, .partyCommittee: .government
            case .institution, .department: .institution
            }
        }
    }

    static let suffixes: WordList = {
        var list: [(String, Int)] = []
        func add(_ tag: SuffixTag, _ words: [String]) { list += words.map { ($0, tag.rawValue) } }
        add(.union, ["工会", "总工会", "工会联合会", "工会委员会"])
        add(.company, [
            "公司", "有限公司", "股份有限公司", "有限责任公司", "股份公司", "分公司", "子公司", "集团", "银行", "分行",
            "支行", "集团公司", "总公司",
        ])
        add(.government, [
            "人民政府", "政府", "委员会", "常委会", "管委会", "厅", "局", "分局", "宣传部", "组织部", "统战部", "办公室",
            "办公厅", "支队", "人大", "政协", "法院", "检察院", "派出所", "纪委", "监委", "团委", "妇联", "残联", "科协", "侨联",
            "工商联", "文联", "总队",
        ])
        add(.institution, [
            "学院", "大学", "学校", "中学", "小学", "幼儿园", "职业中专", "中专", "职教中心", "中心", "协会", "商会", "学会",
            "联合会", "基金会", "研究院", "研究所", "医院", "卫生院", "办事处", "党支部", "党总支", "工作队", "项目部", "校区",
            "文化宫", "美术馆", "博物馆", "图书馆", "展览馆", "纪念馆", "扶贫馆", "体育馆", "文化馆", "科技馆", "服务站",
            "工作站", "客运站", "救助站", "驿站", "大队", "管理段", "工务段", "车务段", "机务段", "电务段", "供电段", "报社",
            "电视台", "出版社", "研究会", "促进会",
        ])
        add(.department, ["车间", "研发中心", "班组", "科室"])
        add(.partyCommittee, ["委", "党委"])
        return WordList(tagged: list.map { word, kind in
            (word, SuffixInfo(kind: SuffixTag(rawValue: kind)!, word: word).tag)
        })
    }()

    /// What a match of `suffixes` carries in its tag: the suffix's kind and the guards the
    /// extractor asks of it, so that the one trie walk that finds a suffix also says which
    /// guards apply (a second walk over the suffix, once per guard list, cost more than the
    /// tests themselves).
    struct SuffixInfo: Equatable {
        var kind: SuffixTag
        /// The index of the suffix's words in `guardedSuffixFollowers`, when
        /// `notSuffixWhenFollowedBy` lists it.
        var followers: Int?
        /// Whether a word of `commonWordsEndingInSuffix` is the suffix with one or two characters
        /// before it (大局, 营业厅): only then are those words looked for.
        var mayEndCommonWord: Bool

        init(kind: SuffixTag, followers: Int?, mayEndCommonWord: Bool) {
            self.kind = kind
            self.followers = followers
            self.mayEndCommonWord = mayEndCommonWord
        }

        /// The guards of the suffix `word` of kind `kind`, from the lexicon's lists.
        init(kind: SuffixTag, word: String) {
            let count = word.unicodeScalars.count
            self.init(kind: kind, followers: guardedSuffixWords.firstIndex(of: word),
                      mayEndCommonWord: commonWordsEndingInSuffix.contains { common in
                          (1...2).contains(common.unicodeScalars.count - count) && common.unicodeScalars.reversed().starts(with: word.unicodeScalars.reversed())
                      })
        }

        /// The kind in the low three bits, the followers' index + 1 in the next six, then the flag.
        init(tag: Int) {
            kind = SuffixTag(rawValue: tag & 7)!
            let f = (tag >> 3) & 63
            followers = f == 0 ? nil : f - 1
            mayEndCommonWord = tag & (1 << 9) != 0
        }

        var tag: Int { kind.rawValue | (followers.map { $0 + 1 } ?? 0) << 3 | (mayEndCommonWord ? 1 << 9 : 0) }
    }

    /// The keys of `notSuffixWhenFollowedBy` in a fixed order: `SuffixInfo.followers` indexes them.
    static let guardedSuffixWords = notSuffixWhenFollowedBy.keys.sorted()
    /// The words that may not follow each of `guardedSuffixWords`, as scalars.
    static let guardedSuffixFollowers: [[[Unicode.Scalar]]] = guardedSuffixWords.map {
        notSuffixWhenFollowedBy[$0]!.map(\.scalarArray)
    }

    /// Suffixes that, after a company, name one of its departments rather than an organisation of its own.
    static let departmentAfterCompany: Set<String> = [
        "中心", "研发中心", "分局", "车间", "办公室", "项目部", "班组", "科室", "宣传部", "组织部", "党委", "党支部", "党总支", "工作队",
    ]

    /// Single-character suffixes need the next character not to make a common word (局面, 厅里, 中心工作).
    static let notSuffixWhenFollowedBy: [String: [String]] = [
        "局": ["面", "势", "限", "部", "长"],
        "分局": ["长"],
        "厅": ["里", "内", "堂", "长", "外", "中"],
        "中心": ["工作", "任务", "环节", "城区", "位置", "地带", "区域", "思想", "内容", "主题"],
        "委": ["员", "托", "屈", "派", "会"],
        "党委": ["书记", "副书记", "委员", "领导"],
        "政府": ["工作", "机关", "部门", "公共", "职能", "行为", "购买", "补贴", "投入", "主导", "引导", "资金", "采购", "服务"],
        "服务站": ["点"],
        "驿站": ["点"],
        "工作站": ["点"],
        "大队": ["长"],
        "支队": ["长"],
        "学校": ["教育"],
        "集团": ["化"],
        "中学": ["习", "生"],
        "小学": ["习", "生"],
        "大学": ["习", "生"],
    ]

    /// Common words ending in a single-character suffix: 大局, 布局, 大厅, 餐厅.
    static let commonWordsEndingInSuffix: Set<String> = [
        "布局", "格局", "大局", "结局", "开局", "当局", "僵局", "变局", "时局", "政局", "战局", "全局", "定局", "出局",
        "残局", "困局", "破局", "新局", "饭局", "赌局", "棋局", "骗局", "大厅", "客厅", "餐厅", "展厅", "舞厅", "门厅",
        "前厅", "歌厅", "营业厅",
    ]

    /// Words that end just before an organisation name: function words and verbs. Tag 1 marks conjunctions
    /// (和, 与, 及) that may also join words inside a name (住房和城乡建设厅).
    static let boundaries: WordList = {
        let single = [
            "在", "由", "向", "从", "据", "对", "被", "把", "将", "为", "给", "让", "使", "于", "至", "到", "是", "的", "了",
            "等", "即", "又", "也", "还", "就", "才", "已", "往", "赴", "当", "每", "而", "但", "则", "仅", "因", "以", "请",
            "替", "按", "像", "若", "叫", "令", "或", "经", "们", "获", "受", "邀", "称", "说", "找", "靠", "集",
        ]
        let verbs = [
            "联合", "携手", "会同", "协同", "联手", "深入", "走进", "来到", "前往", "走访", "看望", "配合", "依托", "举办",
            "主办", "承办", "协办", "开展", "推出", "成立", "发布", "出台", "印发", "召开", "邀请", "带领",
            "率领", "包括", "加入", "入职", "就职", "任职", "供职", "落户", "进驻", "进入", "入驻", "对接", "连线",
            "授予", "获评", "评为", "荣获", "获得", "了解到", "获悉", "得知", "来自", "位于", "隶属", "作为",
            "担任", "成为", "打造", "建立", "设立", "依靠", "通过", "借助", "面向", "围绕", "针对", "关于", "根据", "按照",
            "经过", "发挥", "达成", "形成", "参加", "参与", "感谢", "选派", "推动",
            "协助", "委托", "依照", "依据", "代表", "评选", "表彰", "举行", "部署",
            "要求", "指出", "表示", "介绍", "强调", "认为", "宣布", "决定", "组成",
            "积极", "大力", "持续", "不断", "充分", "共同", "主动", "率先", "首次", "再次", "已经", "正在", "将要", "曾经",
            "以及", "还是", "或者", "并且", "而且", "以下", "上述", "他们", "我们", "她们", "大家", "自己",
            "走出", "更多", "多数", "少数", "首批", "此次", "本次", "这次", "近日", "日前", "目前", "今年",
            "去年", "近年来", "近年", "当天", "随后", "同时", "此外", "其中", "期间", "以来", "之后", "之前", "以后", "此前",
            "今天", "昨天", "当日", "首先", "其次", "最后", "另外", "然后", "如今", "现在", "截至", "自从", "所在", "旗下",
            "下属", "所属", "管辖", "辖区", "上级", "驻地", "总部", "全体", "所有", "各个", "整个", "记者", "通讯员",
            "做强", "做好", "做实", "做优", "加强", "支持", "补助", "制约", "影响", "提升", "延长", "发现", "受理", "融入",
            "宣传", "完善", "丰富", "加快", "推进", "强化", "落实", "借鉴", "补充", "提高", "知晓", "建起", "健全", "规范",
            "壮大", "激发", "激活", "增强", "改善", "关心", "关注", "团结", "带动", "推广", "转交", "联系", "对口", "配齐",
            "配强", "配备", "搭建", "夯实", "筑牢", "办好", "建好", "管好", "用好", "进一步", "切实", "还有", "没有", "拥有",
            "具有", "共有", "设有", "建有", "只有", "都有", "的有", "另有", "尚有", "已有", "现有", "所有", "组织", "拓展", "联动", "共建", "建成", "搭乘", "乘坐", "前来", "来到了",
            "走进了", "深入到", "去", "回到", "返回", "到达", "抵达", "离开", "告别", "看到", "见到", "听到", "问到", "协商",
            "签订", "签约", "合作", "携", "伙同", "牵头", "主导", "统筹", "负责", "承担", "承接", "接受", "收到", "得到",
            "领取", "获颁", "颁发", "授牌", "揭牌", "挂牌", "入选", "当选", "荣膺", "被评", "评定", "认定", "确定", "列为",
            "纳入", "覆盖", "涵盖", "吸引", "动员", "号召", "呼吁", "希望", "邀请了", "指导下", "牵线", "对标", "参照",
            "立足", "聚焦", "坚持", "始终", "紧扣", "紧紧", "依法", "着力", "着眼", "致力", "注重", "重视", "把握", "抓住",
            "抓好", "抓实", "用心", "全力", "全面", "深化", "扎实", "认真", "广泛", "努力",
        ]
        var list = single.map { ($0, 0) } + verbs.map { ($0, 0) }
        list += ["和", "与", "及", "同", "跟", "并", "暨", "以及"].map { ($0, 1) }
        return WordList(tagged: list)
    }()

    /// One-character boundaries that start a word of a name when a certain character follows:
    /// 经 is a verb (经汉中市人民政府…) but not in 经济, 经贸; 集 (集…于一体) but not in 集团, 集体.
    static let boundaryUnlessFollowedBy: [Unicode.Scalar: Set<Unicode.Scalar>] = [
        "经": ["济", "贸", "营", "销", "信", "开", "管", "纬", "典"],
        "集": ["团", "中", "体", "美", "成", "聚", "镇", "市", "约", "装", "训", "宁", "安"],
    ]

    /// Determiners that open a description, not a name (该公司, 各级工会, 全省…).
    static let determiners = WordList([
        "该", "本", "其", "各", "全", "这", "那", "此", "某", "每", "我", "各级", "各类", "各地", "全国各级", "当地", "全国", "基层",
        "本地", "外地", "兄弟", "两级", "三级", "四级", "五级", "一些", "多家", "部分", "相关", "有关", "其他", "多数",
        "更多", "少数", "首批", "一批", "有的", "不少", "众多", "广大", "这些", "那些", "一些", "有些", "某些", "三地",
        "两地", "多地", "各省", "各市", "各县", "省市县", "省市", "市县", "县乡", "乡镇", "全体", "所有", "部分", "有的",
        "每个", "每家", "个别",
    ])

    /// Determiners that make a body generic wherever they stand (驻马店各级工会, 京津冀三地工会).
    static let determinersAnywhere = WordList([
        "各级", "各类", "各地", "基层", "两级", "三级", "四级", "五级", "三地", "两地", "多地", "全国各级", "省市县", "有关",
        "相关", "多家", "部分", "一些", "这些", "那些",
    ])

    /// Suffixes that carry a body of their own, so that a place alone may stand before them (西平县职教中心).
    static let selfDescribingSuffixes: Set<String> = [
        "职教中心", "职业中专", "中专", "文化宫", "美术馆", "博物馆", "图书馆", "展览馆", "纪念馆", "扶贫馆", "体育馆",
        "文化馆", "科技馆", "客运站", "卫生院", "幼儿园", "中学", "小学", "大学", "电视台", "报社", "法院", "检察院",
        "派出所", "人民政府", "政府", "委员会", "常委会", "管委会", "人大", "政协", "纪委", "监委", "团委", "妇联", "残联",
        "科协", "侨联", "工商联", "文联", "委", "党委", "办公室", "办公厅", "医院", "研究院", "研究所", "出版社",
    ]

    /// Nouns closing a list of things that are not organisations (…加工中心、…工作站等先进设备).
    static let nonOrganisationListNouns = WordList([
        "设备", "设施", "装备", "系统", "产品", "工具", "功能", "项目", "内容", "服务", "活动", "岗位", "专业", "课程",
        "领域", "产业", "行业", "技术", "先进设备", "场所", "阵地", "载体", "平台功能",
    ])

    /// Words that describe a type of body rather than name one (基层, 企业, 行业, 村). A name whose
    /// body is made only of these, with no place in front, is generic.
    static let genericWords = WordList([
        "各级", "各类", "各地", "基层", "两级", "三级", "四级", "五级", "省级", "市级", "县级", "乡级", "区级", "上级",
        "下级", "当地", "本地", "外地", "兄弟", "相关", "有关", "其他", "多家", "部分", "一些", "全国", "中国", "全省",
        "全市", "全县", "全区", "各", "该", "本", "全", "其", "这", "此", "那", "某", "每", "我", "省", "市", "县", "区",
        "乡", "镇", "村", "州", "企业", "公司", "行业", "产业", "社区", "乡镇", "街道", "园区", "机关", "职工", "工会",
        "联合", "专职", "兼职", "系统", "单位", "部门", "工匠", "劳模", "扶贫", "驻村", "建筑", "机械", "科技", "电子",
        "化工", "食品", "农业", "物流", "贸易", "汽车", "服务", "制造", "环保", "能源", "电力", "工程", "实业", "投资",
        "发展", "信息", "技术", "网络", "文化", "传媒", "医药", "生物", "材料", "新材料", "设备", "装备", "矿业", "煤业",
        "电气", "通信", "软件", "数字", "智能", "控股", "商贸", "交通", "运输", "旅游", "餐饮", "酒店", "房地产", "置业",
        "物业", "保险", "金融", "国际", "教育", "咨询", "管理", "安全", "检测", "网上", "线上", "特色", "示范", "规范化",
        "重点", "龙头", "中小", "大型", "小型", "新", "老", "优秀", "先进", "模范", "首批", "产业链", "行业性", "人民",
        "调解", "职业", "培训", "实训", "就业", "创业", "帮扶", "援助", "法律", "维权", "心理", "志愿者", "志愿", "公益",
        "爱心", "养殖", "种植", "合作", "工作", "互助", "保障", "困难", "党群", "社会", "组织", "青年", "妇女", "儿童",
        "老年", "群众", "便民", "政务", "综合", "工人", "农民工", "户外", "劳动者", "多数", "更多", "少数", "一批", "有的",
        "不少", "众多", "广大", "国有", "民营", "私营", "外资", "非公", "非公有制", "新就业形态", "新业态", "平台", "网格",
        "属地", "区域", "地区", "地方", "政府", "主管", "行政", "事业", "业务", "一线", "产业工人", "班组", "车间", "项目",
        "会员", "基地", "站点", "驿站", "户外劳动者", "片区", "联建", "共建", "党建", "机构", "团体", "小微", "个体",
        "智能化", "数字化", "信息化", "标准化", "现代化", "一体化", "生态化", "社会化", "综合性", "示范性", "活动",
        "幸福", "温馨", "暖心", "加工", "实践", "创新", "孵化", "研发", "营销", "销售", "客服", "后勤", "财务",
    ])

    /// Words after an organisation that show it is part of a person's title (公司工会干部).
    static let personTitlesAfterUnion = WordList(["干部", "主席", "副主席", "工作人员", "工作者", "会员", "负责人", "书记"])
}
