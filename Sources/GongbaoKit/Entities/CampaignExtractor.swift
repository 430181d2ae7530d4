/// Finds quoted programme, campaign, slogan, honour and brand terms
/// (“县级工会加强年”, “五强”, “三个平台、两个阵地、一个家”) and tells them
/// apart from quoted speech and figurative words in quotes.
///
/// Each quotation gets a score from named cues; a term scoring at least
/// `threshold` anywhere in the article is a campaign term there:
/// - `followedByScheme` (+2): the quote is followed by 活动, 行动, 工程, 品牌,
///   竞赛, 称号, 目标, 模式, 工作法, 专项… (or 的 + 模式/机制/体系/理念…).
/// - `afterLaunchVerb` (+2 / +1): preceded by 开展, 推出, 实施, 授予, 评为, 打造…
///   (strong) or 以, 通过, 推动… (weak), optionally with 了 or an ordinal 第N届 between.
/// - `countFormula` (+1): digits, +, ·, — inside, or a short term opening with a
///   Chinese numeral (五强, 三个平台, 一事一议).
/// - `schemeSuffix` (+1): the term ends like a programme or honour (…年, …杯,
///   …行动, …示范户, …工匠, …驿站).
/// - `repeated` (+1, or +2 from three times): the same term is quoted again in the article.
/// - `partOfFormula`: an item of an accepted enumerated term, quoted on its own, is a term.
/// - `metaphor` (−2): a stock figure of speech (娘家人, 助推器, 最后一公里, 升级版, 排头兵).
/// - penalties: first-person 我 (−1); after 的 and before punctuation, 的 or 作用
///   with no inner cue — a figurative word (−1); a year inside (−2).
/// Hard rejections: one character, more than 30, sentence punctuation inside,
/// a description with 的 longer than 10, hotline-like digit strings.
/// Quotes in a chain (“A”“B”“C”等活动) share the chain's context.
struct CampaignExtractor: Sendable {
    static let threshold = 2

    /// One accepted quotation.
    struct Match: Sendable {
        var term: String
        /// Segment index and span of the quotation (marks included).
        var segment: Int
        var span: QuoteSpan
    }

    /// Accepted terms with every quotation of them in the article.
    func extract(_ texts: ArticleTexts) -> [Match] {
        extract(texts, quotes: texts.segments.map { QuoteScanner.quotes(in: $0.text) })
    }

    /// ``extract(_:)`` given the quotations of each segment (``QuoteScanner/quotes(in:)``).
    func extract(_ texts: ArticleTexts, quotes: [[QuoteSpan]]) -> [Match] {
        // Each quotation's term as a small integer: equal ids are equal terms as strings. The
        // ids are kept in one array, segment after segment (an array a segment cost an
        // allocation per paragraph), and the tables are sized once for all the quotations.
        let quoteTotal = quotes.reduce(0) { $0 + $1.count }
        guard quoteTotal > 0 else { return [] }
        var terms = TermIDs(plain: texts.segments.allSatisfy(\.text.isPlain), capacity: quoteTotal)
        var allIDs: [Int] = []
        var quoteCounts: [Int] = []
        allIDs.reserveCapacity(quoteTotal)
        quoteCounts.reserveCapacity(quoteTotal)
        for (index, spans) in quotes.enumerated() where !spans.isEmpty {
            let text = texts.segments[index].text
            for span in spans {
                let id = terms.id(of: text, span.content, segment: index)
                if id == quoteCounts.count { quoteCounts.append(0) }
                if span.content.count <= Self.maxLength { quoteCounts[id] += 1 }
                allIDs.append(id)
            }
        }
        // Candidates in reading order (segment, then opening mark), with their scores.
        var candidates: [(segment: Int, span: QuoteSpan, id: Int, score: Int)] = []
        candidates.reserveCapacity(quoteTotal)
        var best = [Int](repeating: Int.min, count: quoteCounts.count)
        var contexts: [(after: Int, before: Int)] = []
        var firstID = 0  // where the segment's ids begin in `allIDs`
        for (index, spans) in quotes.enumerated() where !spans.isEmpty {
            let text = texts.segments[index].text
            defer { firstID += spans.count }
            // Chains of quotes (spans[a ..< b]) share the chain's context.
            var a = 0
            while a < spans.count {
                var b = a + 1
                while b < spans.count, Self.continuesChain(spans[b - 1], with: spans[b], in: text) { b += 1 }
                contexts.removeAll(keepingCapacity: true)
                for k in a..<b { contexts.append(Self.context(of: spans[k], in: text)) }
                let shared: (after: Int, before: Int)? = b - a > 1
                    ? (contexts.reduce(Int.min) { max($0, $1.after) }, contexts[0].before) : nil
                for k in a..<b {
                    let id = allIDs[firstID + k]
                    let score = Self.score(spans[k], in: text, context: shared ?? contexts[k - a], repeated: quoteCounts[id])
                    candidates.append((index, spans[k], id, score))
                    // The best score of each term.
                    if score > best[id] { best[id] = score }
                }
                a = b
            }
        }
        // `partOfFormula`: an item of an accepted enumerated term quoted on its own
        // (“三个平台” after “三个平台、两个阵地、一个家”) is a term too.
        var items = Set<String>()
        var itemKeys = Set<TermIDs.Key>()  // the items as scalars, on plain text
        for id in best.indices where best[id] >= Self.threshold && terms.containsListComma(id, texts) {
            if terms.plain, let scalars = terms.atomicScalars(id) {
                // Each scalar is a character of its own: splitting the scalars at 、 is splitting the string.
                var start = scalars.startIndex
                for k in scalars.indices where scalars[k] == "、" {
                    if k - start >= 2 { itemKeys.insert(TermIDs.Key(scalars[start..<k])) }
                    start = k + 1
                }
                if scalars.endIndex - start >= 2 { itemKeys.insert(TermIDs.Key(scalars[start...])) }
                continue
            }
            let term = terms.term(id, texts)
            guard term.contains("、") else { continue }
            for item in term.split(separator: "、") where item.unicodeScalars.count >= 2 {
                if terms.plain { itemKeys.insert(TermIDs.Key(Array(item.unicodeScalars)[...])) } else { items.insert(String(item)) }
            }
        }
        if !items.isEmpty || !itemKeys.isEmpty {
            // On plain text the items are looked up by their scalars, as the terms were numbered.
            for id in best.indices where best[id] > Int.min {
                let isItem = terms.plain ? itemKeys.contains(terms.key(id)) : items.contains(terms.term(id, texts))
                if isItem { best[id] = max(best[id], Self.threshold) }
            }
        }
        // A quote nested in an accepted quote is part of that term, not a term of its own.
        // Candidates are in (segment, opening mark) order already.
        var result: [Match] = []
        var segment = -1, enclosingClose = -1
        for c in candidates where best[c.id] >= Self.threshold {
            if c.segment != segment {
                segment = c.segment
                enclosingClose = -1
            }
            if c.span.close < enclosingClose { continue }
            enclosingClose = c.span.close
            result.append(Match(term: texts.segments[c.segment].text.string(c.span.content), segment: c.segment, span: c.span))
        }
        return result
    }

    /// Numbers the distinct terms of an article's quotations, first written first. On plain
    /// text terms are told apart by their scalars (hashed once into one word); otherwise as
    /// `String`s, whose equality is canonical equivalence.
    private struct TermIDs {
        /// Scalars of a term with their hash worked out once, so a lookup hashes one word.
        struct Key: Hashable {
            var hash: UInt64
            var scalars: ArraySlice<Unicode.Scalar>

            init(hash: UInt64, scalars: ArraySlice<Unicode.Scalar>) {
                self.hash = hash
                self.scalars = scalars
            }

            init(_ scalars: ArraySlice<Unicode.Scalar>) {
                self.init(hash: Self.hash(scalars), scalars: scalars)
            }

            /// FNV-1a over the scalar values.
            static func hash(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
                var h: UInt64 = 0xCBF2_9CE4_8422_2325
                for s in scalars { h = (h ^ UInt64(s.value)) &* 0x100_0000_01B3 }
                return h
            }

            func hash(into hasher: inout Hasher) { hasher.combine(hash) }
            static func == (a: Key, b: Key) -> Bool { a.hash == b.hash && a.scalars.elementsEqual(b.scalars) }
        }

        let plain: Bool
        /// Plain terms in open addressing: id + 1 per slot, 0 when empty.
        var slots: [Int32]
        var byString: [String: Int] = [:]
        /// Where each term was first written, and (on plain text) its scalars and their hash.
        var first: [(segment: Int, range: Range<Int>)] = []
        var slices: [ArraySlice<Unicode.Scalar>] = []
        var hashes: [UInt64] = []
        var strings: [String?] = []

        /// Numbering for up to `capacity` terms without regrowing (more are taken too).
        init(plain: Bool, capacity: Int) {
            self.plain = plain
            var size = 64
            while size < capacity * 2 { size <<= 1 }
            slots = plain ? [Int32](repeating: 0, count: size) : []
            first.reserveCapacity(capacity)
            strings.reserveCapacity(capacity)
            if plain {
                slices.reserveCapacity(capacity)
                hashes.reserveCapacity(capacity)
            }
        }

        @inline(__always)
        private static func slot(_ hash: UInt64, _ mask: Int) -> Int {
            Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
        }

        mutating func id(of text: ScalarText, _ range: Range<Int>, segment: Int) -> Int {
            let next = first.count
            if plain {
                let scalars = text.scalars[range]
                let hash = Key.hash(scalars)
                if (next + 1) * 2 > slots.count { grow() }
                let mask = slots.count - 1
                var slot = Self.slot(hash, mask)
                while slots[slot] != 0 {
                    let id = Int(slots[slot]) - 1
                    if hashes[id] == hash && slices[id].elementsEqual(scalars) { return id }
                    slot = (slot + 1) & mask
                }
                slots[slot] = Int32(next + 1)
                slices.append(scalars)
                hashes.append(hash)
                strings.append(nil)
            } else {
                let s = text.string(range)
                if let id = byString[s] { return id }
                byString[s] = next
                strings.append(s)
            }
            first.append((segment, range))
            return next
        }

        private mutating func grow() {
            let size = slots.count * 2
            slots = [Int32](repeating: 0, count: size)
            for (id, hash) in hashes.enumerated() {
                var slot = Self.slot(hash, size - 1)
                while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
                slots[slot] = Int32(id + 1)
            }
        }

        /// The scalars of a term as first written, on plain text.
        func key(_ id: Int) -> Key {
            Key(hash: hashes[id], scalars: slices[id])
        }

        /// The scalars of a plain term when each is a character of its own (`isAtomicInert`).
        func atomicScalars(_ id: Int) -> ArraySlice<Unicode.Scalar>? {
            slices[id].allSatisfy(\.isAtomicInert) ? slices[id] : nil
        }

        /// Whether the term holds the scalar 、.
        func containsListComma(_ id: Int, _ texts: ArticleTexts) -> Bool {
            let (segment, range) = first[id]
            return texts.segments[segment].text.scalars[range].contains("、")
        }

        /// The term as first written.
        mutating func term(_ id: Int, _ texts: ArticleTexts) -> String {
            if let s = strings[id] { return s }
            let s = texts.segments[first[id].segment].text.string(first[id].range)
            strings[id] = s
            return s
        }
    }

    static let maxLength = 30

    /// Whether `span` stands right after `last` in a chain of quotes: quotes side by side
    /// (“A”“B”, “A”、“B”, “A”和“B”) at the same depth share the chain's context.
    static func continuesChain(_ last: QuoteSpan, with span: QuoteSpan, in text: ScalarText) -> Bool {
        last.depth == span.depth && span.open > last.close && span.open - last.close - 1 <= 1
            && (span.open == last.close + 1 || joiners.contains(text[last.close + 1]))
    }

    private static let joiners: ScalarSet = ["、", "和", "与", "及", "或"]

    /// Context cues around one quotation: (after, before) scores.
    static func context(of span: QuoteSpan, in text: ScalarText) -> (after: Int, before: Int) {
        var after = 0, before = 0
        var a = span.close + 1
        if text.at(a) == "等" { a += 1 }  // “A”“B”等活动
        if schemeNouns.longestMatch(in: text, at: a) != nil {
            after = 2
        } else if text.at(a) == "的", schemeNounsAfterDe.longestMatch(in: text, at: a + 1) != nil {
            after = 2
        } else {
            // 交流活动, 主题活动, 大型党日活动: a short modifier, then an activity noun.
            for m in 1...4 {
                guard text.isHan(a + m - 1) else { break }
                if activityNouns.longestMatch(in: text, at: a + m) != nil {
                    after = 2
                    break
                }
            }
        }
        var end = span.open
        // Skip 了 and an ordinal (第三届) between the verb and the quote.
        if let ordinal = ordinalBefore(end, in: text) { end = ordinal }
        if text.at(end - 1) == "了" { end -= 1 }
        if launchVerbs.longestMatch(in: text, endingAt: end) != nil {
            before = 2
        } else if weakVerbs.longestMatch(in: text, endingAt: end) != nil {
            before = 1
        }
        return (after, before)
    }

    /// Start of an ordinal 第N届/期/批/次 ending just before `end`, if any.
    private static func ordinalBefore(_ end: Int, in text: ScalarText) -> Int? {
        guard let last = text.at(end - 1), ["届", "期", "批", "次"].contains(last) else { return nil }
        var k = end - 2
        while k >= 0, k >= end - 6, let c = text.at(k), c.isDigitLike || chineseDigits.contains(c) { k -= 1 }
        return k < end - 2 && text.at(k) == "第" ? k : nil
    }

    static func score(_ span: QuoteSpan, in text: ScalarText, context: (after: Int, before: Int), repeated: Int) -> Int {
        let content = span.content
        let length = content.count
        guard length >= 2, length <= maxLength else { return Int.min }
        let formulaMarks = Self.formulaMarks  // asked per scalar: held in a local
        var hasDe = false, hasYear = false, hasFormula = false, hasI = false
        for k in content {
            let c = text[k]
            if c.isSentenceEnd || c == "：" || c == ":" || c == "\u{300A}" { return Int.min }
            if c == "的" { hasDe = true }
            if c == "我" { hasI = true }
            if c.isDigitLike || formulaMarks.contains(c) { hasFormula = true }
            if c == "年", k > content.lowerBound, text[k - 1].isDigitLike { hasYear = true }
        }
        if hasDe && length > 10 { return Int.min }
        if content.allSatisfy({ text[$0].isDigitLike }), text[content.lowerBound] == "1" || length >= 5 {
            return Int.min  // 110, 12351: hotlines
        }
        if length <= 8, chineseDigits.contains(text[content.lowerBound]) { hasFormula = true }
        var score = context.after + context.before
        var inner = false
        if hasFormula { score += 1; inner = true }
        if schemeSuffixes.longestMatch(in: text, endingAt: content.upperBound, floor: content.lowerBound) != nil {
            score += 1
            inner = true
        }
        if repeated >= 3 { score += 2 } else if repeated == 2 { score += 1 }
        // `metaphor`: the press's stock figures of speech (娘家人, 助推器, 最后一公里, 升级版).
        if length <= 6, let m = metaphors.longestMatch(in: text, endingAt: content.upperBound, floor: content.lowerBound),
           m.length >= length - 1 {
            score -= 2
        }
        if hasI { score -= 1 }
        if hasYear { score -= 2 }
        if !inner, text.at(span.open - 1) == "的" {
            let a = span.close + 1
            let next = text.at(a)
            if next == nil || next == "的" || [",", "，", "。", "、", "；", ";"].contains(next!) || text.matches(Self.effect, at: a) {
                score -= 1
            }
        }
        return score
    }

    private static let effect = "作用".scalarArray

    private static let metaphors = WordList([
        "娘家人", "娘家", "贴心人", "知心人", "领路人", "带头人", "主心骨", "必答题", "必修课", "加分项", "硬件", "软件", "助推器",
        "加速器", "孵化器", "最后一公里", "最后一米", "小白", "头雁", "领头雁", "排头兵", "领头羊", "生力军", "主力军", "压舱石",
        "定盘星", "金钥匙", "敲门砖", "快车道", "高速路", "新引擎", "强引擎", "连心桥", "桥梁", "纽带", "升级版", "样板间", "样板",
        "标杆", "名片", "金名片", "练兵场", "主阵地", "前沿阵地", "加油站", "充电站", "港湾", "温馨港湾", "暖心窝", "大管家",
        "多面手", "土专家", "田秀才", "网红", "打卡地", "娘家味", "定心丸", "强心剂", "催化剂", "润滑剂", "减压阀", "安全阀",
        "防火墙", "护身符", "保护伞", "晴雨表", "风向标", "指挥棒", "试金石", "里程碑", "新常态", "零距离", "一站式", "不打烊",
        "身强体健", "叫得响", "硬骨头", "绊脚石", "拦路虎", "短板", "弱项", "痛点", "堵点", "难点", "亮点", "热点", "盲点",
        "两张皮", "老大难", "精准滴灌", "大水漫灌", "输血", "造血", "动员令", "冲锋号", "集结号", "指南针", "导航仪",
    ])

    static let chineseDigits: ScalarSet = ["一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万"]
    private static let formulaMarks: ScalarSet = ["+", "＋", "·", "•", "—", "-"]

    private static let schemeNouns = WordList([
        "（即", "(即", "项", "活动", "行动", "工程", "品牌", "竞赛", "称号", "目标", "模式", "工作法", "专项", "主题",
        "系列", "体系", "机制", "理念", "荣誉", "小程序", "杯", "评选", "示范", "三部曲", "格局", "交友", "单身",
        "捐赠", "慰问", "表彰", "大会", "选树", "项目", "直播", "一体化", "调解", "讲座", "思路", "导向", "氛围",
        "课程", "为主题", "为办学", "为理念", "工作部署", "工作思路", "工作格局", "工作要求", "活动要求", "奖励方案",
        "建设", "工会", "四级", "四阶梯", "群监", "制度", "要约", "计划", "战略", "口号", "精神", "服务品牌",
    ])
    private static let schemeNounsAfterDe = WordList([
        "模式", "机制", "体系", "理念", "思路", "格局", "导向", "氛围", "形式", "品牌", "主题", "目标", "工作法",
        "工作思路", "工作格局", "政策导向", "安全发展理念", "发展理念", "工程建设", "长效机制", "创新模式", "联动服务",
        "培训模式", "高素质", "口号",
    ])
    private static let activityNouns = WordList(["活动", "行动", "竞赛"])
    private static let launchVerbs = WordList([
        "讲授", "开讲", "开设", "开展", "推出", "实施", "授予", "评为", "打造", "推行", "举办", "举行", "启动", "选树",
        "命名", "荣获", "设立", "成立", "创建", "践行", "锚定", "构建", "建立", "探索", "实行", "采用", "采取", "深化",
        "强化", "兑现", "推广", "认领", "完善", "创新", "提出", "确定为", "评选", "主办的", "宣布的", "推出的", "打造的",
        "开展的", "奏响", "增设", "营造", "聚焦", "定格", "做到", "围绕", "获得", "授予了", "被评为", "荣膺", "弘扬",
    ])
    private static let weakVerbs = WordList(["形成", "升级", "培育", "以", "通过", "推动", "推进", "扩展", "汇编成", "这是", "实现", "进行", "参加", "落实"])
    private static let schemeSuffixes = WordList([
        "馆", "年", "杯", "行动", "活动", "工程", "驿站", "示范户", "工匠", "班", "课", "课堂", "之家", "日", "季", "月",
        "节", "奖", "赛", "行", "梦", "美", "单位", "工会", "计划", "港湾", "直播间", "工作室", "示范点", "示范工会", "先锋",
    ])
}
