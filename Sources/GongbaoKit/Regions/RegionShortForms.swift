/// The names people write for a region besides its official full name, and
/// which of them are safe to look for in running text.
///
/// Short forms drop the administrative suffix and any ethnic designation:
/// 甘肃省 → 甘肃, 广西壮族自治区 → 广西, 延边朝鲜族自治州 → 延边 and 延边州,
/// 灵台县 → 灵台, 长阳土家族自治县 → 长阳 and 长阳县, 浦东新区 → 浦东. A short
/// form needs at least two characters. Townships have no short forms.
public enum RegionShortForms {
    /// The customary short form of a region's name for narrow columns
    /// (甘肃省 → 甘肃, 广西壮族自治区 → 广西, 延边朝鲜族自治州 → 延边); the name itself
    /// when it has none (townships, or names that would shrink to one character).
    public static func shortName(of name: String, level: RegionLevel) -> String {
        aliases(of: name, level: level).first { $0.1 == .short }?.0 ?? name
    }

    /// How a name relates to its region.
    enum Form: Sendable, Hashable {
        /// The official full name (灵台县).
        case full
        /// A suffix-bearing form of an autonomous unit (延边州, 长阳县, 鄂温克旗): as reliable as a full name.
        case plainSuffix
        /// The name without suffix (灵台, 甘肃, 延边).
        case short
    }

    /// Township suffixes that replace one another as places grow: 乡 become 镇,
    /// 镇 become 街道, and older pages keep the old name (宋家沟乡, now 宋家沟镇).
    static let townshipSuffixes = ["街道", "镇", "乡"]
    /// Current suffix → the one it usually replaced.
    private static let formerTownshipSuffix: [(current: String, former: String)] = [("镇", "乡"), ("街道", "镇")]

    /// The township's name as older pages may write it (宋家沟镇 → 宋家沟乡, 城南街道 → 城南镇).
    static func townshipVariants(of name: String) -> [String] {
        for (current, former) in formerTownshipSuffix where name.utf8.count > current.utf8.count + 3 {
            let utf8 = name.utf8
            if utf8.reversed().starts(with: current.utf8.reversed()) {
                let stemEnd = utf8.index(utf8.endIndex, offsetBy: -current.utf8.count)
                return [String(name[..<stemEnd]) + former]
            }
        }
        return []
    }

    private static func ends(_ scalars: [Unicode.Scalar], _ suffix: [Unicode.Scalar]) -> Bool {
        scalars.count > suffix.count && scalars.suffix(suffix.count).elementsEqual(suffix)
    }

    private static func string<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    private static func suffixes(_ list: [String]) -> [[Unicode.Scalar]] { list.map { Array($0.unicodeScalars) } }
    private static let regionSuffixes = suffixes(["特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区"])
    private static let autonomousSuffixes: [([Unicode.Scalar], String)] =
        [("自治州", "州"), ("自治县", "县"), ("自治旗", "旗")].map { (Array($0.0.unicodeScalars), $0.1) }
    private static let newAreaSuffix = suffixes(["新区"])[0]
    private static let areaSuffixes = suffixes(["地区", "林区", "特区"])
    private static let bannerSuffix: Unicode.Scalar = "旗"
    private static let plainSuffixes = suffixes(["省", "市", "县", "区", "盟"])
    private static let bannerPositions: Set<Unicode.Scalar> = Set("前中后翼".unicodeScalars)

    /// Other written forms of a full name, with their form (the full name itself not included).
    static func aliases(of name: String, level: RegionLevel) -> [(String, Form)] {
        if level == .township { return [] }
        let scalars = Array(name.unicodeScalars)
        var out: [(String, Form)] = []
        func add<S: Collection>(_ s: S, _ form: Form) where S.Element == Unicode.Scalar {
            if s.count >= 2 && !s.elementsEqual(scalars) { out.append((string(s), form)) }
        }
        if let suffix = regionSuffixes.first(where: { ends(scalars, $0) }) {
            add(scalars.dropLast(suffix.count), .short)
            return out
        }
        if let (suffix, plain) = autonomousSuffixes.first(where: { ends(scalars, $0.0) }) {
            let stem = strippingEthnicNames(string(scalars.dropLast(suffix.count)))
            add(Array(stem.unicodeScalars), .short)
            add(Array((stem + plain).unicodeScalars), .plainSuffix)
            return out
        }
        if ends(scalars, newAreaSuffix), scalars.count >= 4 {  // 浦东新区, 滨海新区, 两江新区 (not 清新区)
            add(scalars.dropLast(2), .short)
            return out
        }
        if let suffix = areaSuffixes.first(where: { ends(scalars, $0) }) {
            add(scalars.dropLast(suffix.count), .short)
            return out
        }
        if scalars.last == bannerSuffix {
            // 乌拉特前旗, 科尔沁左翼中旗: the stem alone is not a name people use.
            let stem = scalars.dropLast()
            if let last = stem.last, !bannerPositions.contains(last) { add(stem, .short) }
            return out
        }
        if let suffix = plainSuffixes.first(where: { ends(scalars, $0) }) {
            add(scalars.dropLast(suffix.count), .short)
        }
        return out
    }

    /// `name` with trailing ethnic designations removed (延边朝鲜族 → 延边, 黔东南苗族侗族 → 黔东南).
    static func strippingEthnicNames(_ name: String) -> String {
        let chars = Array(name)
        // The shortest prefix (of at least two characters) whose remainder is all ethnic names.
        for cut in 2..<max(chars.count, 2) {
            var rest = chars[cut...]
            var consumed = true
            while !rest.isEmpty {
                guard let token = ethnicTokens.first(where: { rest.starts(with: $0) }) else {
                    consumed = false
                    break
                }
                rest = rest.dropFirst(token.count)
            }
            if consumed { return String(chars[..<cut]) }
        }
        return name
    }

    /// The 55 minority names, with and without 族, longest first so that 蒙古族 wins over 蒙古.
    private static let ethnicTokens: [[Character]] = {
        let names = """
            蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 \
            景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 \
            保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺
            """.split(separator: " ").map(String.init)
        let tokens = names.map { $0 + "族" } + names.filter { $0.count >= 2 }
        return tokens.map(Array.init).sorted { $0.count > $1.count }
    }()

    // MARK: - text policy

    /// Short forms never looked for in running text: they are ordinary words far
    /// more often than places (资源, 公安, 和平, 长寿, 来宾 "guests"). They still
    /// resolve when a user types them as a region name.
    static let ordinaryWords: Set<String> = [
        "资源", "合作", "和平", "比如", "南部", "解放", "东方", "前进", "港口", "公安", "友好", "通道",
        "共和", "城中", "友谊", "平安", "中方", "安定", "光明", "新兴", "运河", "万年", "东风", "红旗",
        "南岸", "城北", "城东", "城西", "工农", "富裕", "高明", "前锋", "复兴", "长子", "清新",
        "宏伟", "平定", "振兴", "三元", "互助", "新华", "莲花", "平和", "白云", "大观", "二七", "台前",
        "丰满", "双桥", "二道", "无为", "民权", "小店", "同心", "宝塔", "元宝", "平房", "天涯", "七星",
        "博爱", "同仁", "回民", "钟楼", "鼓楼", "江岸", "方正", "安居", "龙凤", "白杨", "麒麟", "新民",
        "富民", "清流", "老城", "爱民", "惠民", "新星", "和顺", "天台", "开化", "天心", "白沙", "天元",
        "新会", "兴业", "大厂", "路南", "路北", "白塔", "古塔", "三水", "石鼓", "官渡", "嘉禾", "集贤",
        "双塔", "大化", "康乐", "市北", "市南", "市中", "鸡冠", "天长",
        "河东", "河西", "桥东", "桥西", "铁东", "铁西", "长安", "城关", "新城", "西湖", "延长", "武功",
        "温泉", "长寿", "江南", "江北", "金山", "安宁", "太平", "新市", "石门", "清水",
        "永定", "向阳", "大方", "大名", "会同", "长乐", "万全", "丰润", "高密", "平原", "永和", "太和",
        "建华", "兴安", "铁山", "青山", "新丰", "新洲",
        "龙华", "南山", "北关", "北塔", "城厢", "大安", "安国", "宁国", "龙口", "朝天", "三门", "凤凰",
        "来宾", "白银", "海口", "南开", "石柱", "五峰", "大洼", "大通", "方城", "东湖",
        "东港", "城阳", "正安", "中原", "芙蓉", "洞口", "光泽", "威信", "名山", "六合", "石棉", "月湖",
        "高台", "九龙", "建安", "桃源", "东海", "南海", "五台", "三台", "梨树", "樟树", "海棠", "海盐",
        "灯塔", "磐石", "铜鼓", "黑水", "盐池", "水城", "民乐", "大兴", "上党", "天柱", "紫金", "太白", "左权",
        "湖里",
    ]

    /// Short forms of prefectures that are also common words or famous non-places
    /// (中山装, 大同小异, 黄山 the mountain): they count only with support from
    /// their province or another of their places in the same text, like county short forms.
    static let needSupport: Set<String> = [
        "大同", "朝阳", "日照", "黄山", "大理", "白山", "四平", "普洱", "红河", "怒江", "玉树", "山南",
        "长治", "开封", "大庆", "海东", "海西", "海北", "安康", "安顺", "三明", "中山", "黑河", "阿里",
        "北海", "文山", "保山", "吉安", "承德", "通化", "淮北", "巴中", "丽水", "金华", "抚顺", "德宏",
        "昌吉", "黄南", "果洛", "湘西", "临夏", "甘南", "楚雄", "西双版纳", "阿坝", "凉山", "甘孜",
    ]

    /// Words that contain a region name but name no region; matched so that the
    /// region inside them is not (长安街, 中山装, 安康杯).
    static let blockers: [String] = [
        "中山装", "中山路", "中山公园", "中山大学", "中山陵", "中山医院",
        "安康杯", "三明治", "阿里巴巴", "阿里云", "北海公园", "哈密瓜", "大雁塔", "小雁塔", "普洱茶",
        "新乡村", "海西经济区", "大同小异", "黄山松", "黄山风景", "江南水乡", "景德镇瓷", "西湖龙井", "金华火腿",
        "周口店", "恍然大悟", "大理石", "大理寺", "长治久安", "公路桥", "东坡肉", "天河机场",
        "北京时间", "上海合作组织",
        // idioms and names that contain a county's short form
        "大彻大悟", "大理岩", "西点军校", "刀美兰", "黄金水道", "聂荣臻", "响彻云霄", "二十八宿", "东山再起",
        "价值连城", "同心同德", "新干线", "湖光山色", "千秋万载", "繁荣昌盛", "兵临城下", "内陆河",
        "生意兴隆", "逼上梁山", "千山万水", "未央宫", "文成公主",
        // phrases that read across a county-level city's full name (海城市 in 沿海城市)
        "沿海城市", "新兴城市", "适应城市", "响应城市",
        // mountains named like the county or district at their foot
        "泰山", "峨眉山", "庐山", "衡山", "恒山", "五台山", "普陀山", "天山", "长白山", "井冈山",
    ]
}
