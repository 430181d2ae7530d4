/// Established names for several regions at once (京津冀, 川渝), by the official
/// full names of their members.
///
/// Only groupings whose extent is fixed and unambiguous are listed. 长三角 is
/// left out on purpose: its extent has changed (16 cities, then 26, then all of
/// 沪苏浙皖 in the 2019 plan) and writers use it for the core cities as often as
/// for the four provinces, so listing 安徽省 for every 长三角 story would show
/// users articles that are not about their province. 珠三角 lies wholly in
/// 广东省, so it is listed as that province.
enum RegionGroups {
    static let all: [(name: String, members: [String])] = [
        ("京津冀", ["北京市", "天津市", "河北省"]),
        ("京津", ["北京市", "天津市"]),
        ("川渝", ["四川省", "重庆市"]),
        ("成渝", ["成都市", "重庆市"]),
        ("江浙沪", ["江苏省", "浙江省", "上海市"]),
        ("苏浙沪", ["江苏省", "浙江省", "上海市"]),
        ("沪苏浙皖", ["上海市", "江苏省", "浙江省", "安徽省"]),
        ("苏浙皖沪", ["江苏省", "浙江省", "安徽省", "上海市"]),
        ("粤港澳", ["广东省", "香港特别行政区", "澳门特别行政区"]),
        ("港澳台", ["香港特别行政区", "澳门特别行政区", "台湾省"]),
        ("港澳", ["香港特别行政区", "澳门特别行政区"]),
        ("两广", ["广东省", "广西壮族自治区"]),
        ("两湖", ["湖北省", "湖南省"]),
        ("东北三省", ["辽宁省", "吉林省", "黑龙江省"]),
        ("黑吉辽", ["黑龙江省", "吉林省", "辽宁省"]),
        ("陕甘宁", ["陕西省", "甘肃省", "宁夏回族自治区"]),
        ("珠三角", ["广东省"]),
        ("珠江三角洲", ["广东省"]),
    ]

    /// State-level new areas (国家级新区) that are not divisions of their own,
    /// by the code of the smallest official region that holds them. Older ones
    /// that became districts (浦东新区, 滨海新区, 两江新区) are in the gazetteer.
    static let newAreas: [(name: String, code: String)] = [
        ("雄安新区", "130000000000"),  // 保定's 雄县, 容城县, 安新县
        ("兰州新区", "620100000000"),
        ("西咸新区", "610000000000"),  // 西安 and 咸阳
        ("贵安新区", "520000000000"),  // 贵阳 and 安顺
        ("天府新区", "510000000000"),  // 成都 and 眉山
        ("赣江新区", "360000000000"),  // 南昌 and 九江
        ("湘江新区", "430100000000"),
        ("滇中新区", "530100000000"),
        ("哈尔滨新区", "230100000000"),
        ("长春新区", "220100000000"),
        ("福州新区", "350100000000"),
        ("江北新区", "320100000000"),
        ("金普新区", "210200000000"),
        ("舟山群岛新区", "330900000000"),
        ("南沙新区", "440115000000"),
        ("西海岸新区", "370200000000"),  // 青岛
    ]
}
