/// Cue `namesActor`: how clearly a headline line names who acts or where
/// (`广西象州女劳模直播带货受热捧`, `西宁工会推出职工就业服务套餐`), which decides the
/// roles of a two-deck headline without `——`: the line that names the actor and
/// states the news is the title. Also `isSubjectOnly`: a line that is nothing but an
/// organisation's name (`铜川市总工会`), the small subject deck over a title.
enum ActorCue {
    /// Provinces and province-level regions by their short names.
    static let provinces: [String] = [
        "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽",
        "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州",
        "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "香港", "澳门", "台湾",
    ]
    /// Suffixes of administrative units.
    static let placeSuffixes: ScalarSet = ["省", "市", "县", "区", "州", "盟", "旗"]
    /// Endings of organisation names.
    static let organisationEndings: [String] = [
        "总工会", "工会", "中心", "公司", "分公司", "集团", "委员会", "协会", "学会", "研究院", "学院", "医院",
        "局", "厅", "办", "站", "所", "厂", "矿", "队", "部",
    ]

    /// 2 for a place (a province, or `张家口市` at the start), 1 for a named organisation
    /// (`西宁工会`, `嘉祥县总`, `…公司`), 0 otherwise (`工会扶贫走向…` names no one).
    static func namesActor(_ text: String) -> Int {
        let t = text.trimmedSpaces
        let all = UTF8Codec.scalars(of: t)
        // One scalar per character, each equal only to itself: the words are found in the scalars.
        if all.allSatisfy(Punctuation.isPlain) { return namesActor(plain: all) }
        // The Strings are compared only where the line holds a word's first character.
        let held = Set(t.unicodeScalars)
        let compatibility = held.contains(where: Punctuation.isCompatibilityIdeograph)
        func mayContain(_ word: String) -> Bool {
            compatibility || word.unicodeScalars.first.map(held.contains) ?? true
        }
        if provinces.contains(where: { mayContain($0) && t.contains($0) }) { return 2 }
        let scalars = Array(t.unicodeScalars.prefix(12))
        // A place name at the start: two to five ideographs and an administrative suffix.
        var run = 0
        for (i, s) in scalars.enumerated() {
            guard Punctuation.isHan(s) else { break }
            if placeSuffixes.contains(s), run >= 2, i <= 6 { return 2 }
            run += 1
        }
        // A named organisation: ideographs before `工会`, `县总`, `市总`, or a company name.
        if mayContain("工会"), let range = t.range(of: "工会"), t.distance(from: t.startIndex, to: range.lowerBound) >= 2,
           t.distance(from: t.startIndex, to: range.lowerBound) <= 10,
           t[..<range.lowerBound].unicodeScalars.allSatisfy(Punctuation.isHan) {
            return 1
        }
        if ["县总", "市总", "省总", "区总", "全总"].contains(where: { mayContain($0) && t.contains($0) }) { return 1 }
        if ["公司", "集团"].contains(where: { mayContain($0) && t.contains($0) }) { return 1 }
        return 0
    }

    private static let provinceWords = CueWordList(provinces)
    private static let unionWord: [Unicode.Scalar] = ["工", "会"]
    private static let federationWords = CueWordList(["县总", "市总", "省总", "区总", "全总"])
    private static let companyWords = CueWordList(["公司", "集团"])
    private static let organisationEndingScalars: [[Unicode.Scalar]] = organisationEndings.map { Array($0.unicodeScalars) }

    /// Where `word` first occurs in `scalars`.
    private static func firstOffset(of word: [Unicode.Scalar], in scalars: [Unicode.Scalar]) -> Int? {
        guard word.count <= scalars.count else { return nil }
        for k in 0...(scalars.count - word.count) where scalars[k] == word[0] {
            if scalars[k..<(k + word.count)].elementsEqual(word) { return k }
        }
        return nil
    }

    /// `namesActor` of a trimmed line whose scalars are all plain (`Punctuation.isPlain`).
    private static func namesActor(plain scalars: [Unicode.Scalar]) -> Int {
        if provinceWords.occurs(in: scalars) { return 2 }
        var run = 0
        for (i, s) in scalars.prefix(12).enumerated() {
            guard Punctuation.isHan(s) else { break }
            if placeSuffixes.contains(s), run >= 2, i <= 6 { return 2 }
            run += 1
        }
        if let start = firstOffset(of: unionWord, in: scalars), start >= 2, start <= 10,
           scalars[..<start].allSatisfy(Punctuation.isHan) {
            return 1
        }
        if federationWords.occurs(in: scalars) || companyWords.occurs(in: scalars) { return 1 }
        return 0
    }

    /// A short line that is only an organisation's name (`中铁一局电务公司建筑分公司`).
    static func isSubjectOnly(_ text: String) -> Bool {
        let t = text.trimmedSpaces
        let scalars = UTF8Codec.scalars(of: t)
        guard scalars.allSatisfy(Punctuation.isContent) else { return false }
        // Plain scalars are one character each and compare as the Strings do: the length and
        // the endings are read from the scalars, without breaking the text into Characters.
        guard scalars.allSatisfy(Punctuation.isPlain) else {
            return (3...14).contains(t.count) && organisationEndings.contains { t.hasSuffix($0) }
        }
        return (3...14).contains(scalars.count) && organisationEndingScalars.contains { scalars.ends(with: $0) }
    }
}
