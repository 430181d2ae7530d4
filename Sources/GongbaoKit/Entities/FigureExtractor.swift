/// Finds reported figures: a number (digits, or simple Chinese numerals) with a
/// multiplier (万, 亿), qualifiers (近, 超, 余, 多) and a unit — money (100万元),
/// people (4.2万多人次, 近20万名), percentages (96.5%), counts (49项, 1846家) and
/// measures (17.32公里).
///
/// Rules, each with a name:
/// - `unitRequired`: a number counts only with a unit; bare numbers (12351, 12345)
///   are hotlines or codes.
/// - `notADate`: numbers before 年, 月, 日, 时, 点, 号… and year ranges are dates or times.
/// - `notAnOrdinal`: 第N… is an ordinal.
/// - `notACode`: numbers touching Latin letters (G2039, 3D, 5G) are codes.
/// - `subject`: what the figure counts — the noun phrase right after the unit when it
///   ends at punctuation or 的 (100万元工作补助奖励的…), else the short noun phrase right
///   before the number (参与单位1846家, 销售额2552万元); empty when unclear.
struct FigureExtractor: Sendable {
    private enum UnitKind { case money, people, percent, count, measure }

    private static let units: WordList = {
        var list: [(String, Int)] = []
        func add(_ kind: UnitKind, _ words: [String]) {
            let tag: Int = switch kind {
            case .money: 0
            case .people: 1
            case .percent: 2
            case .count: 3
            case .measure: 4
            }
            list += words.map { ($0, tag) }
        }
        add(.money, ["元", "块钱", "块", "美元", "欧元"])
        add(.people, ["人次", "人", "名", "位"])
        add(.percent, ["%", "％", "个百分点"])
        add(.count, [
            "个", "项", "家", "场", "场次", "件", "起", "条", "支", "所", "篇", "幅", "份", "次", "批", "批次", "套", "台", "辆",
            "架", "头", "座", "处", "户", "笔", "单", "张", "颗", "棵", "本", "册", "对", "组", "期", "届", "类", "门", "款",
            "种", "间", "只", "片", "栋", "趟", "列", "班", "节", "课时", "学时", "万个",
        ])
        add(.measure, ["公里", "千米", "米", "平方米", "平方公里", "亩", "吨", "千瓦", "千瓦时", "度", "℃", "公斤", "千克", "克", "海里", "升"])
        return WordList(tagged: list)
    }()

    /// Characters after a number that make it a date, a time or an age.
    private static let dateAfter: ScalarSet = ["年", "月", "日", "号", "时", "点", "分", "秒", "岁", "周", "世", "代", "届", "期", "级", "楼", "层"]
    private static let approxAfter: ScalarSet = ["余", "多", "来"]
    private static let approxBefore = WordList(["近", "约", "超", "逾", "超过", "大约", "将近", "不足", "不到", "上"])
    private static let chineseValues: [Unicode.Scalar: Double] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
        "十": 10, "百": 100, "千": 1000, "万": 10000,
    ]

    /// The multipliers 万, 亿, 千, 百 (a switch: a dictionary lookup would hash the scalar).
    private static func multiplier(_ c: Unicode.Scalar) -> Double? {
        switch c {
        case "万": 1e4
        case "亿": 1e8
        case "千": 1e3
        case "百": 1e2
        default: nil
        }
    }

    /// `chineseValues` as a switch.
    private static func chineseValue(_ c: Unicode.Scalar) -> Double? {
        switch c {
        case "零", "〇": 0
        case "一": 1
        case "二", "两": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        case "十": 10
        case "百": 100
        case "千": 1000
        case "万": 10000
        default: nil
        }
    }

    /// The keys of `chineseValues`, for a test without hashing.
    static let chineseNumerals = ScalarSet(chineseValues.keys)
    private static let durations = ["月", "小时", "星期", "年", "天", "周"].map(\.scalarArray)

    /// Figures in one text, left to right. `excluded` ranges (campaign terms) hold none.
    func figures(in text: ScalarText, excluded ranges: [Range<Int>] = []) -> [Figure] {
        figures(in: text, excluded: RangeMask(ranges, count: text.count))
    }

    /// ``figures(in:excluded:)`` with the excluded positions as a mask (shared with the organisations).
    func figures(in text: ScalarText, excluded: RangeMask) -> [Figure] {
        var result: [Figure] = []
        figures(in: text, excluded: excluded, into: &result)
        return result
    }

    /// ``figures(in:excluded:)`` appended to `result`, so that an article's figures are
    /// gathered in one array rather than in an array a paragraph appended to it.
    func figures(in text: ScalarText, excluded: RangeMask, into result: inout [Figure]) {
        let numerals = Self.chineseNumerals  // asked at every position: held in a local
        var i = 0
        while i < text.count {
            // Pass over the text up to the next character that may start a number.
            i = ScalarClasses.next(ScalarClasses.number, in: text, from: i)
            guard i < text.count else { break }
            let c = text[i]
            let startsNumber = c.isDigitLike || (numerals.contains(c) && c != "零" && c != "〇")
            guard startsNumber, !(i > 0 && (text[i - 1].isDigitLike || text[i - 1] == "." || text[i - 1].isLatinLetter)),
                  !excluded.contains(i) else {
                i += 1
                continue
            }
            if let (figure, end) = figure(at: i, in: text) {
                result.append(figure)
                i = end
            } else {
                // Skip the rest of this number.
                var k = i + 1
                while k < text.count, text[k].isDigitLike || text[k] == "." { k += 1 }
                i = max(k, i + 1)
            }
        }
    }

    /// A number printed in digits (an integer part, then maybe a point and a fraction), read
    /// into its value as the digits come, with no string of them made and parsed again.
    ///
    /// While it is at most ``maximumLength`` characters long (the point counting as one, as
    /// in the string it replaces) its digits as one integer are below 2^53 and exact, as is
    /// the power of ten dividing them, so ``value`` is one correctly rounded division: the
    /// double nearest the decimal, which is what `Double(String)` reads.
    struct DecimalDigits {
        /// Longest number taken as a figure; longer runs of digits are codes.
        static let maximumLength = 12

        private var mantissa: UInt64 = 0
        private(set) var length = 0
        private var fractionDigits = 0
        private var hasPoint = false

        mutating func append(_ digit: Int) {
            // Past the longest figure the value is never read: wrapping keeps overflow harmless.
            mantissa = mantissa &* 10 &+ UInt64(digit)
            length += 1
            if hasPoint { fractionDigits += 1 }
        }

        /// The decimal point: the digits appended after it are the fraction.
        mutating func appendPoint() {
            hasPoint = true
            length += 1
        }

        /// The number's value; meaningful while `length` is at most ``maximumLength``.
        var value: Double {
            var scale = 1.0
            for _ in 0..<fractionDigits { scale *= 10 }
            return Double(mantissa) / scale
        }
    }

    private func figure(at start: Int, in text: ScalarText) -> (Figure, Int)? {
        var k = start
        var value: Double
        let isDigits = text[start].isDigitLike
        if isDigits {
            var digits = DecimalDigits()
            while k < text.count, let d = text[k].digitValue {
                digits.append(d)
                k += 1
                // 10,000: a thousands separator between digit groups.
                if text.at(k) == ",", text.at(k + 4).map({ !$0.isDigitLike }) ?? true,
                   (1...3).allSatisfy({ text.at(k + $0)?.isDigitLike ?? false }) { k += 1 }
            }
            if text.at(k) == "." || text.at(k) == "．", text.at(k + 1)?.isDigitLike == true {
                digits.appendPoint()
                k += 1
                while k < text.count, let d = text[k].digitValue { digits.append(d); k += 1 }
            }
            if digits.length > DecimalDigits.maximumLength { return nil }
            value = digits.value
        } else {
            // Simple Chinese numerals: 三, 十二, 六十, 百, 两千 (at most four characters, must end in a unit).
            var total = 0.0, current = 0.0, length = 0
            while k < text.count, length < 4, let v = Self.chineseValue(text[k]) {
                if v >= 10 {
                    if v == 10000 { break }  // 万 is a multiplier, handled below
                    total += (current == 0 ? 1 : current) * v
                    current = 0
                } else {
                    current = v
                }
                k += 1
                length += 1
            }
            value = total + current
            guard length > 0, value > 0 else { return nil }
        }
        // Codes and dates.
        if let previous = text.at(start - 1), previous == "第" || previous.isLatinLetter { return nil }
        if let next = text.at(k) {
            if next.isLatinLetter || next == "+" || next == "＋" || next == "-" || next == "—" || next == "～" || next == "~" || next == "/" || next == ":" || next == "：" { return nil }
        }
        var u = k
        // A stray space between number and unit (31628 元).
        if text.at(u) == " ", Self.units.hasMatch(in: text, at: u + 1) { u += 1 }
        if let a = text.at(u), Self.approxAfter.contains(a), a != "来" || isDigits { u += 1 }
        if let m = text.at(u), let factor = Self.multiplier(m), !(m == "千" && !isDigits) {
            // 万元, 万人次, 亿元; not 千克 (a unit)
            if !(m == "千" && Self.units.longestMatch(in: text, at: u).map { $0.length > 1 } == true) {
                value *= factor
                u += 1
            }
        }
        if let a = text.at(u), Self.approxAfter.contains(a), a != "来" { u += 1 }
        if let next = text.at(u), Self.dateAfter.contains(next) { return nil }
        guard let unit = Self.units.longestMatch(in: text, at: u) else { return nil }
        // Chinese numerals only with a counting unit (三个平台 is found; 一线, 一体化 are not numbers).
        // The unit's scalars are the lexicon's word: 人 and 万个 are told by their scalars.
        let isRen = unit.length == 1 && text[u] == "人"
        if !isDigits, unit.tag == 4 || isRen { return nil }
        let end = u + unit.length
        // 两个月, 4个多月: a duration, not a count.
        var after = end
        if let a = text.at(after), a == "多" || a == "余" { after += 1 }
        if Self.durations.contains(where: { text.matches($0, at: after) }) { return nil }
        // 一个, 一家: the numeral one in Chinese is an article more often than a figure.
        if !isDigits, value == 1 { return nil }
        var textStart = start
        if let q = Self.approxBefore.longestMatch(in: text, endingAt: start), start - q.length >= 0 { textStart = start - q.length }
        let kind: FigureKind
        // The unit as written is made into a string only where it is the figure's unit, and
        // only once the figure is certain.
        var base: String?
        switch unit.tag {
        case 0:
            kind = .money
            base = "元"
        case 1: kind = .people
        case 2:
            kind = .percent
            base = "%"
        case 3: kind = .count
        default: kind = .other
        }
        if unit.length == 2, text[u] == "万", text[u + 1] == "个" {
            value *= 1e4
            base = "个"
        }
        let figure = Figure(text: text.string(textStart..<end), value: value, unit: base ?? text.string(u..<end), kind: kind,
                            subject: subject(in: text, numberStart: textStart, unitEnd: end))
        return (figure, end)
    }

    private static let subjectStops = WordList([
        "的", "和", "与", "及", "等", "在", "为", "是", "了", "到", "从", "对", "向", "将", "把", "被", "由", "于", "以", "共",
        "达", "约", "近", "超", "逾", "有", "累计", "共计", "涵盖", "覆盖", "吸引", "完成", "提供", "发放", "举办", "开展",
        "建成", "投入", "筹集", "安排", "组织", "输送", "帮助", "解决", "达到", "超过", "增长", "增加", "一起",
        "占比", "获得", "选派", "参加", "设立", "打造", "实现", "给予", "拨付", "划拨", "资助",
        "签订", "发出", "受理", "办结", "化解", "回应", "吸纳", "带动", "推出",
        "建立", "配备", "录入", "赴", "向", "计", "为了", "其中", "分别", "每", "各", "全省", "全市",
        "全县", "全国", "已", "还", "并", "又", "也", "均", "仅", "就", "共有", "拥有", "现有", "设有", "建有", "总计",
    ])

    /// Words whose last character is a stop word on its own (参与单位 is a noun phrase, not 参 + 与).
    private static let wordsEndingInStop: Set<String> = ["参与", "给与", "赋与", "存在", "所在", "实在", "正在", "现在", "自在", "内在", "外在", "潜在", "共有", "所有", "拥有", "享有"]

    /// `wordsEndingInStop` as a word list, asked on scalars.
    private static let wordsEndingInStopList = WordList(Array(wordsEndingInStop))

    private static let nounSuffixes: ScalarSet = ["率", "额", "量", "数", "费", "金", "款", "价", "值", "面"]

    /// What a figure counts, where the text says it plainly.
    private func subject(in text: ScalarText, numberStart: Int, unitEnd: Int) -> String {
        // After the unit: a short noun phrase closed by punctuation or 的.
        var k = unitEnd
        while k < text.count, k < unitEnd + 9, text.isHan(k), Self.subjectStops.longestMatch(in: text, at: k) == nil { k += 1 }
        let afterLength = k - unitEnd
        if afterLength >= 2, afterLength <= 6 {
            // Closed by punctuation, 的 or a verb (200余家企业提供…).
            let closer = text.at(k)
            if closer == nil || !(closer!.isHan) || Self.subjectStops.longestMatch(in: text, at: k) != nil { return text.string(unitEnd..<k) }
        }
        // Before the number: connectors (达, 为, 共) then a short noun phrase after a stop word or punctuation.
        var e = numberStart
        while e > 0, let c = text.at(e - 1), ["达", "为", "共", "约", "有", "至", "了"].contains(c) { e -= 1 }
        if let verb = Self.subjectStops.longestMatch(in: text, endingAt: e), verb.length >= 2 { e -= verb.length }
        var s = e
        while s > 0, s > e - 9, text.isHan(s - 1) {
            if let stop = Self.subjectStops.longestMatch(in: text, endingAt: s),
               !(stop.length == 1 && s >= 2 && Self.wordsEndingInStopList.containsWord(text, (s - 2)..<s)) { break }
            s -= 1
        }
        // 覆盖率, 销售额: a one-character noun suffix keeps the verb before it.
        if e - s == 1, Self.nounSuffixes.contains(text[s]), let verb = Self.subjectStops.longestMatch(in: text, endingAt: s), verb.length >= 2 {
            s -= verb.length
        }
        // 27支代表队60多人次: a measure word after another number belongs to that number.
        if s > 0, s < e, text[s - 1].isDigitLike, Self.units.longestMatch(in: text, at: s) != nil { s += Self.units.longestMatch(in: text, at: s)!.length }
        let beforeLength = e - s
        if beforeLength >= 2, beforeLength <= 8, s == 0 || !text.isHan(s - 1) || Self.subjectStops.longestMatch(in: text, endingAt: s) != nil {
            return text.string(s..<e)
        }
        return ""
    }
}
