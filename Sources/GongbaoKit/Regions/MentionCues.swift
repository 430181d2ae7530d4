/// Cues read from the words around a place name: what kind of thing it is
/// part of and how the sentence uses it. Each cue is a small, named test on
/// the scalars of one text field.
struct MentionCues: OptionSet, Sendable, Hashable {
    let rawValue: UInt16

    /// Heads a union body: 甘肃省总工会, 甘肃省总, 西宁工会, 南宁市建设工会.
    static let union = MentionCues(rawValue: 1 << 0)
    /// Heads a government or party body: 会昌县委宣传部, 汉中市人民政府, 福建省住建厅.
    static let government = MentionCues(rawValue: 1 << 1)
    /// Part of a company's name (中国电信山西太原分公司, 盐城神瑞胶业有限公司): not a place of the story.
    static let company = MentionCues(rawValue: 1 << 2)
    /// A person's workplace or home: 云南省总工会主席王树芬, 晋安区一名保洁主管李文杰.
    static let affiliation = MentionCues(rawValue: 1 << 3)
    /// Where someone or something goes: 开往浙江温州, 前往广东惠州.
    static let destination = MentionCues(rawValue: 1 << 4)
    /// Where something happens: 在陕西省榆林市神木市举办, 深入河北省沽源县.
    static let locative = MentionCues(rawValue: 1 << 5)
    /// Inside brackets, an aside: 各省辖市(济源示范区)总工会.
    static let parenthetical = MentionCues(rawValue: 1 << 6)
    /// Part of a person's name: 王汉中说.
    static let personName = MentionCues(rawValue: 1 << 7)
    /// A station's name: 新丰镇车站 (a township name there names the station).
    static let station = MentionCues(rawValue: 1 << 8)
    /// Broken by the next character into another word: 和平区域.
    static let wordContinues = MentionCues(rawValue: 1 << 9)

    /// Held up for comparison or as a model: 借鉴浙江经验, 像深圳一样.
    static let comparison = MentionCues(rawValue: 1 << 10)

    /// Where people come from: 河南人, 福建籍, 台湾同胞.
    static let origin = MentionCues(rawValue: 1 << 11)

    /// Cues that make a mention worthless as a place of the story.
    static let discard: MentionCues = [.company, .personName, .wordContinues]
    /// Cues that make a mention "in passing".
    static let passing: MentionCues = [.affiliation, .destination, .parenthetical, .comparison, .origin]
    /// Cues of an organisation based in the place.
    static let body: MentionCues = [.union, .government]
}

/// A list of cue words with the sets of their first and last scalars, so that a
/// test at a position usually settles on one set lookup instead of a pass over
/// the words.
struct CueWordList: Sendable {
    let words: [[Unicode.Scalar]]
    private let firsts: ScalarSet
    private let lasts: ScalarSet

    init(_ words: [String]) {
        self.init(scalars: words.map { Array($0.unicodeScalars) })
    }

    init(scalars words: [[Unicode.Scalar]]) {
        self.words = words
        firsts = ScalarSet(words.compactMap(\.first))
        lasts = ScalarSet(words.compactMap(\.last))
    }

    /// Whether one of the words occurs in `text` ending right before `end`, starting at `floor` or later.
    func anyEnds(in text: [Unicode.Scalar], at end: Int, floor: Int = 0) -> Bool {
        guard end > floor, end <= text.count, lasts.contains(text[end - 1]) else { return false }
        for w in words where w.count <= end - floor && CueWords.occurs(w, in: text, endingAt: end) { return true }
        return false
    }

    /// Whether one of the words occurs in `text` at `start`, ending by `limit`.
    func anyStarts(in text: [Unicode.Scalar], at start: Int, limit: Int) -> Bool {
        guard start >= 0, start < limit, limit <= text.count, firsts.contains(text[start]) else { return false }
        for w in words where CueWords.occurs(w, in: text, at: start, limit: limit) { return true }
        return false
    }

    /// Whether one of the words occurs anywhere in `text`.
    func occurs(in text: [Unicode.Scalar]) -> Bool {
        occurs(in: text, within: 0..<text.count)
    }

    /// Whether one of the words occurs in `text[range]`.
    func occurs(in text: [Unicode.Scalar], within range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            if anyStarts(in: text, at: i, limit: range.upperBound) { return true }
            i += 1
        }
        return false
    }
}

/// The word lists and scanning helpers behind ``MentionCues``.
enum CueWords {
    static func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    /// Ends a clause: a tail or a window never crosses these.
    @inline(__always)
    static func isClauseBreak(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v >= 0x3400 && v <= 0x9FFF { return false }  // ideographs: the common case
        switch v {
        case 0xFF0C, 0x3002, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F,  // ，。；：！？
             0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x2E,                // , ; : ! ? .
             0x201C, 0x201D, 0x22, 0x2018, 0x2019,              // “ ” " ‘ ’
             0x300A, 0x300B, 0x300C, 0x300D, 0x2026, 0x2014,    // 《 》 「 」 … —
             0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x3000, 0x2028, 0x2029:
            return true
        default:
            return v >= 0x2000 && v <= 0x200A
        }
    }

    /// Separates items of a list: 、 and the conjunctions 和, 与, 及.
    static func isListSeparator(_ s: Unicode.Scalar) -> Bool {
        s == "、" || s == "和" || s == "与" || s == "及" || s == "或"
    }

    static func isIdeograph(_ s: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
            || (0x20000...0x3134F).contains(s.value) || (0xF900...0xFAFF).contains(s.value)
    }

    /// The words right after a name, up to a clause break or 、 (at most `limit` scalars).
    /// `closed` tells whether a break (not the limit) ended it.
    static func tail(_ text: [Unicode.Scalar], from end: Int, limit: Int = 16) -> (words: ArraySlice<Unicode.Scalar>, closed: Bool) {
        var i = end
        while i < text.count && i - end < limit {
            let s = text[i]
            if isClauseBreak(s) || s == "、" { return (text[end..<i], true) }
            i += 1
        }
        return (text[end..<i], i >= text.count)
    }

    static func firstIndex(of word: [Unicode.Scalar], in slice: ArraySlice<Unicode.Scalar>) -> Int? {
        guard !word.isEmpty, slice.count >= word.count else { return nil }
        var i = slice.startIndex
        while i + word.count <= slice.endIndex {
            if slice[i..<(i + word.count)].elementsEqual(word) { return i - slice.startIndex }
            i += 1
        }
        return nil
    }

    /// Whether `word` occurs in `text` ending right before `end`.
    @inline(__always)
    static func occurs(_ word: [Unicode.Scalar], in text: [Unicode.Scalar], endingAt end: Int) -> Bool {
        let n = word.count
        guard n <= end, end <= text.count else { return false }
        var k = 0
        while k < n {
            if text[end - n + k] != word[k] { return false }
            k += 1
        }
        return true
    }

    /// Whether `word` occurs in `text` at `start`, ending by `limit`.
    @inline(__always)
    static func occurs(_ word: [Unicode.Scalar], in text: [Unicode.Scalar], at start: Int, limit: Int) -> Bool {
        let n = word.count
        guard start >= 0, start + n <= limit, limit <= text.count else { return false }
        var k = 0
        while k < n {
            if text[start + k] != word[k] { return false }
            k += 1
        }
        return true
    }

    /// Whether `slice` begins with `word` (by index: `prefix` and `elementsEqual` made a slice
    /// and iterators for every test of every name's tail).
    static func starts(_ slice: ArraySlice<Unicode.Scalar>, with word: [Unicode.Scalar]) -> Bool {
        guard slice.count >= word.count else { return false }
        var i = slice.startIndex
        for s in word {
            if slice[i] != s { return false }
            i += 1
        }
        return true
    }

    /// Whether `slice` ends with `word` (by index, as ``starts(_:with:)``).
    static func ends(_ slice: ArraySlice<Unicode.Scalar>, with word: [Unicode.Scalar]) -> Bool {
        guard slice.count >= word.count else { return false }
        var i = slice.endIndex - word.count
        for s in word {
            if slice[i] != s { return false }
            i += 1
        }
        return true
    }

    /// Words that make what follows a name a company (or a business association).
    static let companyMarkers = CueWordList(["公司", "集团", "有限", "股份", "银行", "商会", "企业", "厂", "酒店", "宾馆",
                                 "合作社", "超市", "商场"])
    /// `等企业` closing a list whose items are companies (漯河市中科新材、厦门东明科技等企业).
    static let companyListEnds = CueWordList(["等企业", "等公司", "等厂家", "等集团"])
    static let unionMarker = scalars("工会")
    /// A union body's short name: the region, then 总 (甘肃省总, 云阳县总), unless 总 starts another word.
    static let unionShorthand: Unicode.Scalar = "总"
    static let notUnionAfterShorthand: ScalarSet = ScalarSet("体结量数计理部则值额裁经督监署指统".unicodeScalars)
    /// Government and party bodies, at the start of the tail.
    static let governmentHeads = CueWordList(["委", "政府", "人民政府", "人大", "政协", "纪委", "党委", "委员会", "人社",
                                  "住建", "公安局", "法院", "检察院"])
    /// Government bodies, as the last word of a closed tail.
    static let governmentEnds = CueWordList(["局", "厅", "委员会", "政府", "办公室", "宣传部", "组织部"])

    /// Verbs and prepositions before a destination.
    static let destinationWords = CueWordList(["开往", "前往", "赴", "去往", "驶往", "发往", "飞往", "运往", "销往", "送往",
                                   "奔赴", "远赴", "转往", "返回"])
    /// 驻 "stationed in": the body that follows belongs to someone else and only
    /// sits there (驻惠州工会工作服务站, 山西省总驻岢岚县…扶贫工作队), so the place is
    /// where things happen, not the home of an acting body.
    static let stationedWord = scalars("驻")
    /// Words after a place that make it where people come from.
    static let originWords = CueWordList(["籍", "同胞", "老乡", "籍贯"])
    /// After `X人`, characters that keep 人 a person (河南人，…; 河南人在…), unlike 人民, 人大, 人社.
    static let afterOriginPerson: ScalarSet = ScalarSet("，。、；：！？,;:!? 的在是和与来去也都说".unicodeScalars)

    /// Words before a place held up for comparison or as a model.
    static let comparisonWords = CueWordList(["像", "如同", "借鉴", "参照", "对标", "比照", "学习借鉴", "不同于", "有别于"])

    /// Words in a headline or lead that make an item national in scope, so that
    /// a dateline city it never names again is only where it was filed (新华社北京…电).
    static let nationalWords = CueWordList(["全国", "国务院", "党中央", "中共中央", "全总"])

    /// Prepositions and verbs before where something happens.
    static let locativeWords = CueWordList(["在", "于", "位于", "来到", "走进", "深入", "落户"])

    /// Person titles by their last scalar, to test only where a surname follows.
    static let personTitlesByLast: [Unicode.Scalar: [[Unicode.Scalar]]] =
        Dictionary(grouping: personTitles, by: { $0.last! })

    /// Titles and occupations that, followed by a surname, make the words
    /// before them a person's workplace (主席王树芬, 保洁主管李文杰).
    static let personTitles = ["主席", "书记", "主任", "主管", "经理", "局长", "厅长", "处长", "科长", "部长",
                               "队长", "站长", "院长", "校长", "董事长", "负责人", "职工", "员工", "工人", "代表",
                               "委员", "干部", "会长", "理事长", "师傅", "村民", "市民", "居民", "农民", "教师",
                               "医生", "护士", "司机", "小哥", "骑手", "配送员", "快递员", "技术员", "班长", "组长",
                               "厂长", "总监", "专家", "劳模", "工匠", "学生", "党员"].map(scalars)
    /// ``personTitles`` as a list to test the words before a position.
    static let personTitleList = CueWordList(scalars: personTitles)

    /// Between a workplace and the title of its person only the body's own words
    /// stand (总工会, 一名保洁); a verb or preposition there means the person is
    /// the object of what the body does (靖边县总工会给…职工张国荣送去).
    static let notInAffiliation: ScalarSet = ScalarSet("给为向对把让被从在到来去送帮与同联邀看慰走召举开".unicodeScalars)

    /// After a suffix-less name, characters that make it part of a smaller place
    /// named after it (柳林湾, 长丰社区, 东光村) or a street (中山路).
    static let smallerPlaceSuffixes: ScalarSet = ScalarSet("村湾街路巷屯庄沟坡坪寨岭".unicodeScalars)
    static let communityWord = scalars("社区")
    /// 站, 车站, 火车站 after a township's name: the station named after it.
    static let stationWords = ["站", "车站", "火车站"].map(scalars)
    static let reporterWord = scalars("记者")
    static let correspondentWord = scalars("通讯员")
    /// 以及 "and also", joining items of a list.
    static let andAlsoWord = scalars("以及")
    static let spiritWord = scalars("精神")

    /// Words after a name that make it the end of a person's name (王汉中说).
    static let speechWords = CueWordList(["说", "表示", "介绍", "告诉", "坦言", "认为", "感慨", "笑称", "称", "谈到", "同志",
                              "先生", "女士", "老师", "师傅"])

    /// Common single-character surnames (first character of a personal name).
    /// Common single-character surnames (first character of a personal name),
    /// leaving out those that more often start ordinary words (高, 方, 万, 于, 任…).
    static let surnames: ScalarSet = ScalarSet("""
        王李张刘陈杨黄赵吴周徐孙朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡杜叶魏吕丁沈\
        姚卢姜崔钟谭陆汪范廖贾韦邹孟熊邱尹薛闫侯陶黎顾郝龚邵钱覃莫汤柯葛祝蒙庞穆倪欧阎詹庄\
        季耿伍翟柴乔
        """.unicodeScalars)

    /// The classes of scalars that the affiliation cue's window tests one by one.
    static let classes = CueScalarClasses()

    /// Characters that, before 省, make it part of another word (全省, 各省, 节省).
    static let notBareProvinceBefore: ScalarSet = ScalarSet("全各本外该邻跨分每一两三几多节反自同他此某大强兄入出进返回离留吾我隔".unicodeScalars)
    /// Characters that, after 省, make it part of another word (省级, 省内, 省长).
    static let notBareProvinceAfter: ScalarSet = ScalarSet("级内外长会城份市区域略去钱事心力得悟时油电".unicodeScalars)
}
