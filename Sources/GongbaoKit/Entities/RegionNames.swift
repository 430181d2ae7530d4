import Foundation

/// Recognises administrative place names by their shape, without a gazetteer:
/// province names (full and short), and two to four characters followed by a
/// level suffix (市, 州, 县, 区, 旗, 盟, 乡, 镇, 街道, 自治州…).
///
/// The entity extractors only need to know where a chain of place names in
/// front of an organisation ends (湖北十堰市竹溪县|总工会) and which level a
/// union name belongs to; the region stage resolves places properly.
enum RegionNames {
    /// The level a place name's suffix shows.
    enum Level: Int, Sendable, Comparable {
        case province, city, county, township
        static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    }

    /// Length and level of a place name starting at `i` and ending at or before `limit`.
    static func token(in text: ScalarText, at i: Int, limit: Int? = nil) -> (length: Int, level: Level)? {
        let end = min(limit ?? text.count, text.count)
        // cityBeforePlace: a prefecture's short name glued to the next place (沈阳和平区,
        // 平顶山新华区, 兰州城关区) is a place of its own, so a chain reads both.
        let cities = CityShortNames.shared
        for length in 2...3 where i + length < end && text.isHan(i) && text.isHan(i + length - 1) {
            guard cities.contains(text, i, length), fullToken(in: text, at: i + length, end: end) != nil else { continue }
            return (length, .city)
        }
        return fullToken(in: text, at: i, end: end)
    }

    /// The two- and three-character names that `GazetteerShortNames.levels(of:)` reads as a
    /// prefecture and not a county (沈阳, 平顶山), worked out once from the gazetteer, so that
    /// `cityBeforePlace` asks a bit test and a small table at each position instead of the
    /// gazetteer's lookups. Exact: a query `levels(of:)` reads as a prefecture is the name or a
    /// short form of a prefecture (or the canonical form of one), and each of those is asked.
    struct CityShortNames: Sendable {
        static let shared = CityShortNames()

        private let firsts: ScalarSet
        /// The names' keys in an open-addressing table (0 marks an empty slot).
        private let slots: [UInt64]

        private init() {
            let nodes = Gazetteer.shared.nodes
            let short = GazetteerShortNames.shared
            var asked = Set<UInt64>(), keys = Set<UInt64>()
            var firsts: [Unicode.Scalar] = []
            func consider(_ scalars: [Unicode.Scalar]) {
                guard scalars.count == 2 || scalars.count == 3 else { return }
                let key = Self.key(scalars[...])
                guard asked.insert(key).inserted,
                      let mask = short.levels(of: scalars[...]), mask.contains(.prefecture), !mask.contains(.county)
                else { return }
                keys.insert(key)
                firsts.append(scalars[0])
            }
            // A query reads as a prefecture only through a prefecture's own name or short form.
            for i in 0..<nodes.count where nodes.levels[i] == .prefecture {
                let name = Array(nodes.nameScalars[Int(nodes.nameScalarStarts[i])..<Int(nodes.nameScalarStarts[i + 1])])
                consider(name)
                for (alias, _) in RegionShortForms.aliases(ofScalars: name, level: nodes.levels[i]) {
                    consider(alias)
                    if !alias.allSatisfy(GazetteerShortNames.isStable) {
                        // The short-name table keys such a form by its canonical composition.
                        var view = String.UnicodeScalarView()
                        view.append(contentsOf: alias)
                        consider(Array(String(view).precomposedStringWithCanonicalMapping.unicodeScalars))
                    }
                }
            }
            self.firsts = ScalarSet(firsts)
            var size = 16
            while size < keys.count * 2 { size <<= 1 }
            var slots = [UInt64](repeating: 0, count: size)
            for key in keys {
                var slot = Self.slot(key, size - 1)
                while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
                slots[slot] = key
            }
            self.slots = slots
        }

        @inline(__always)
        private static func slot(_ key: UInt64, _ mask: Int) -> Int {
            Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
        }

        /// Two or three scalars packed 21 bits apart, with the length in the top bit.
        private static func key(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
            var key: UInt64 = scalars.count == 3 ? 1 << 63 : 0
            for (n, s) in scalars.enumerated() { key |= UInt64(s.value) << UInt64(21 * n) }
            return key
        }

        /// Whether the `length` (2 or 3) scalars of `text` at `i` are such a name.
        @inline(__always)
        func contains(_ text: ScalarText, _ i: Int, _ length: Int) -> Bool {
            guard firsts.contains(text[i]) else { return false }
            let key = Self.key(text.scalars[i..<(i + length)])
            let mask = slots.count - 1
            var slot = Self.slot(key, mask)
            while true {
                let k = slots[slot]
                if k == key { return true }
                if k == 0 { return false }
                slot = (slot + 1) & mask
            }
        }
    }

    /// A place name written out at `i`: a name from the gazetteer that holds a function word,
    /// a province name, or two to four characters and a level suffix.
    private static func fullToken(in text: ScalarText, at i: Int, end: Int) -> (length: Int, level: Level)? {
        if let named = namesWithFunctionWords.longestMatch(in: text, at: i, limit: end), let level = Level(rawValue: named.tag) {
            return (named.length, level)
        }
        if let match = provinces.longestMatch(in: text, at: i, limit: end) {
            // A short province name followed by 省/市 is the full name.
            var length = match.length
            if match.tag == 1, let next = text.at(i + length), i + length < end, next == "省" || next == "市" { length += 1 }
            return (length, .province)
        }
        guard text.isHan(i), !nonNameStarts.contains(text[i]) else { return nil }
        // Shortest name first: 十堰市|竹溪县, not 十堰市竹溪|县.
        for nameLength in 2...4 {
            let s = i + nameLength
            guard s < end else { return nil }
            let c = text[s - 1]
            guard text.isHan(s - 1), c != "省", c != "市", c != "县", c != "区" else { return nil }
            if let suffix = suffixes.longestMatch(in: text, at: s, limit: end) {
                let level = Level(rawValue: suffix.tag)!
                if suffix.length == 1, let excluded = commonWordsBefore[text[s]], excluded.contains(c) { continue }
                // 大城市, 大都市: an adjective and 城市/都市, not a city named …城 or …都 (盐城市, 成都市).
                if text[s] == "市", c == "城" || c == "都", nameLength == 2, adjectivesBeforeCity.contains(text[i]) { return nil }
                // 县级, 市级: a level, not a place (模范县级工会).
                if text.at(s + suffix.length) == "级" { return nil }
                return (nameLength + suffix.length, level)
            }
        }
        return nil
    }

    /// Consecutive place names from a position (湖北|十堰市|竹溪县), as the organisation rules read
    /// them: how many there are, where the last ends and where the one before it ends. A value,
    /// not an array of the places, which would be allocated for every name scanned.
    struct PlaceRun: Equatable {
        var count = 0
        /// The end of the last place; the run's start when there is none.
        var end: Int
        /// The end of the place before the last; the run's start when there are fewer than two.
        var endBeforeLast: Int

        var isEmpty: Bool { count == 0 }
    }

    /// Consecutive place names from `start`, ending at or before `limit`.
    static func chain(in text: ScalarText, from start: Int, limit: Int) -> PlaceRun {
        var run = PlaceRun(end: start, endBeforeLast: start)
        var i = start
        while i < limit, let t = token(in: text, at: i, limit: limit) {
            i += t.length
            run.endBeforeLast = run.end
            run.end = i
            run.count += 1
        }
        return run
    }

    /// The level a bare level character (省, 市, 县, 区, 州) stands for.
    static func level(of scalar: Unicode.Scalar) -> Level? {
        switch scalar {
        case "省": .province
        case "市", "州", "盟": .city
        case "县", "区", "旗": .county
        case "乡", "镇": .township
        default: nil
        }
    }

    /// Whether `name` is the full name of a province (甘肃省, 广西壮族自治区, 重庆市).
    static func isFullProvince(_ name: String) -> Bool {
        let text = ScalarText(name)
        guard let m = provinces.longestMatch(in: text, at: 0) else { return false }
        if m.tag == 0 { return m.length == text.count }
        return m.length + 1 == text.count && (text[m.length] == "省" || text[m.length] == "市")
    }

    /// Whether a province name (full or short) starts at `i`: every name that
    /// ``isFullProvince(_:)`` accepts opens with one.
    static func startsProvinceName(_ text: ScalarText, at i: Int) -> Bool {
        provinces.longestMatch(in: text, at: i) != nil
    }

    /// The first characters of province names, for scans that ask ``startsProvinceName(_:at:)``
    /// at every position.
    static let provinceFirsts = ScalarSet(provinces.words.compactMap(\.unicodeScalars.first))

    /// Whether `name` is the short name of a province (甘肃, 广西), without its level.
    static func isShortProvince(_ name: String) -> Bool {
        let text = ScalarText(name)
        return provinces.longestMatch(in: text, at: 0).map { $0.tag == 1 && $0.length == text.count } ?? false
    }

    /// Whether `name` is a province name, full (甘肃省) or short (甘肃).
    static func isProvince(_ name: String) -> Bool { provinces.contains(name) }

    static let levelChars: ScalarSet = ["省", "市", "县", "区", "州", "乡", "镇", "旗", "盟"]

    /// Whether `c` is 省, 市, 县, 区 or 州: a level that stands alone for a place of that level
    /// (省委, 县总, 市总工会). A switch: an array literal asked here may be allocated per call.
    static func isBareLevel(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "省", "市", "县", "区", "州": true
        default: false
        }
    }

    /// `functionWordInPlace`: official names (full, and short for prefectures and
    /// above) of three or more characters that hold a character the shape rules
    /// read as a function word or a determiner — 和田地区, 和平区, 呼和浩特市,
    /// 同江市, 当阳市, 于都县, 集美区 — taken from the gazetteer, so that 和 or 同
    /// inside them is read as part of the place, not as "and" or "with".
    static let namesWithFunctionWords: WordList = {
        let nodes = Gazetteer.shared.nodes
        var names: [(String, Int)] = []
        for i in nodes.names.indices {
            let level: Level
            switch nodes.levels[i] {
            case .province: level = .province
            case .prefecture: level = .city
            case .county: level = .county
            default: continue
            }
            // Only names holding such a character: most are skipped on their scalars alone.
            let scalars = nodes.nameScalars[Int(nodes.nameScalarStarts[i])..<Int(nodes.nameScalarStarts[i + 1])]
            guard scalars.contains(where: { functionWordCharacters.contains($0) }) else { continue }
            var forms = [nodes.names[i]]
            if level != .county { forms.append(RegionShortForms.shortName(of: nodes.names[i], level: nodes.levels[i])) }
            for form in Set(forms) where form.unicodeScalars.count >= 3
                && form.unicodeScalars.contains(where: { functionWordCharacters.contains($0) }) {
                names.append((form, level.rawValue))
            }
        }
        return WordList(tagged: names)
    }()

    /// Characters the boundary rules read as function words, determiners or level words.
    static let functionWordCharacters: ScalarSet = [
        "和", "与", "及", "同", "跟", "并", "暨", "在", "由", "向", "从", "据", "对", "被", "把", "将", "为", "给", "让",
        "使", "于", "至", "到", "是", "的", "了", "等", "即", "又", "也", "还", "就", "才", "已", "往", "赴", "当", "每",
        "而", "但", "则", "仅", "因", "以", "请", "替", "按", "像", "若", "叫", "令", "或", "经", "们", "获", "受", "邀",
        "称", "说", "找", "靠", "集", "全", "各", "该", "本", "我", "两", "此", "其", "这", "那", "某", "外", "异", "邻",
    ]

    /// Where a place name holding a function word covers `word` (positions in `text`), its
    /// start: the name lies within `floor ..< limit` and spans every character of `word`.
    static func placeHolding(_ word: Range<Int>, in text: ScalarText, floor: Int, limit: Int) -> Int? {
        var s = word.lowerBound
        while s >= max(floor, word.lowerBound - 8) {
            if let m = namesWithFunctionWords.longestMatch(in: text, at: s, limit: limit), s + m.length >= word.upperBound {
                return s
            }
            s -= 1
        }
        return nil
    }

    /// Determiners and numbers that never start a place name (全市, 各县, 该区, 两县).
    private static let nonNameStarts: ScalarSet = [
        "全", "各", "该", "本", "我", "每", "两", "此", "其", "这", "那", "某", "外", "当", "异", "邻", "省", "市", "县",
        "区", "在", "与", "和", "及", "由", "从", "向", "为", "的", "是", "等", "到", "对", "将", "把", "被", "了",
    ]

    /// Common words ending in a level character: 城市, 社区, 小镇, 返乡.
    private static let commonWordsBefore: [Unicode.Scalar: Set<Unicode.Scalar>] = [
        "区": ["社", "园", "小", "景", "片", "港", "厂", "校", "城", "辖", "地", "灾", "矿", "林", "牧", "街", "库", "老", "郊", "营", "赛", "展", "服", "专", "分", "军", "禁", "误", "盲", "商", "住", "保", "学", "病", "战", "示", "试", "验", "开"],
        "市": ["超", "门", "股", "夜", "集", "菜", "上", "楼", "互", "闹", "黑", "开"],
        "镇": ["城", "重", "古", "小", "乡", "市", "坐", "冰"],
        "乡": ["家", "故", "城", "下", "老", "同", "思", "还", "返", "回", "异", "他", "水", "梦", "醉", "温", "仙", "邻"],
        "县": ["郡", "全", "属"],
        "州": ["神", "九", "亚", "欧", "美", "澳", "非"],
        "旗": ["国", "红", "党", "团", "彩", "锦", "队"],
    ]

    private static let adjectivesBeforeCity: ScalarSet = ["大", "小", "新", "老", "全", "各", "该", "本", "中", "超", "名", "古", "边", "县", "省", "特", "卫", "智", "城"]

    /// Level suffixes, longest first by the trie; tags are `Level` raw values.
    private static let suffixes = WordList(tagged: [
        ("省", Level.province.rawValue), ("自治区", Level.province.rawValue),
        ("市", Level.city.rawValue), ("州", Level.city.rawValue), ("盟", Level.city.rawValue), ("自治州", Level.city.rawValue),
        ("县", Level.county.rawValue), ("区", Level.county.rawValue), ("旗", Level.county.rawValue),
        ("自治县", Level.county.rawValue), ("自治旗", Level.county.rawValue), ("新区", Level.county.rawValue),
        ("乡", Level.township.rawValue), ("镇", Level.township.rawValue), ("街道", Level.township.rawValue),
    ])

    /// Province-level names: tag 0 for full names, 1 for short names.
    private static let provinces: WordList = {
        let full = [
            "北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省", "上海市", "江苏省",
            "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "广西壮族自治区",
            "海南省", "重庆市", "四川省", "贵州省", "云南省", "西藏自治区", "陕西省", "甘肃省", "青海省", "宁夏回族自治区",
            "新疆维吾尔自治区", "台湾省", "香港特别行政区", "澳门特别行政区",
        ]
        let short = [
            "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建",
            "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏", "陕西",
            "甘肃", "青海", "宁夏", "新疆", "台湾", "香港", "澳门",
        ]
        return WordList(tagged: full.map { ($0, 0) } + short.map { ($0, 1) })
    }()
}
