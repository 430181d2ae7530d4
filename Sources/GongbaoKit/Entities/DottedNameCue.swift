/// `dottedName`: personal names printed with a separator dot between their
/// parts, as Uyghur, Kazakh and foreign names are (阿依古丽·买买提,
/// 艾山江·吐尔洪, 阿尔达克•努尔兰). A name is two or more parts of two to eight
/// Chinese characters joined by `·`, `•`, `‧` or `・`, every character one the
/// transliteration tables use: a part is read leftwards and rightwards from the
/// dot only over such characters, so the words around a name (维吾尔族姑娘, 说)
/// stay out of it and a dotted slogan (中国梦·劳动美·工会情) has no parts. A
/// dotted run in 《》 or in quotation marks is a title or a term, not a name.
enum DottedNameCue {
    static let separators: ScalarSet = ["·", "•", "‧", "・"]

    /// Characters of the Xinhua transliteration tables and of Uyghur, Kazakh and
    /// Mongolian names as the press writes them.
    static let transliteration = ScalarSet(("阿艾爱安昂奥巴拜班邦鲍贝本比宾波伯布查达戴丹道德迪蒂丁东都杜多厄恩尔"
        + "法凡菲费芬丰佛夫福盖甘冈戈格根古哈海汗罕豪赫亨洪胡霍基吉加贾杰金卡凯坎康考柯科克肯库夸奎昆"
        + "拉莱赖兰朗劳勒雷里利力丽莉列林琳卢鲁伦罗洛吕马玛迈麦买曼梅门蒙米敏莫默姆穆木纳娜乃奈南内尼"
        + "妮宁努诺欧帕潘佩皮普齐奇恰乔切且丘热如萨赛桑瑟森沙莎珊舍什斯苏索塔泰坦汤唐特提图吐托瓦万旺威"
        + "维温沃乌武西希夏谢辛休雅亚扬耶伊依尤约赞扎詹兹孜卓逊合江山其汉别帕孜则茹娅热迪丽衣夏缇芙"
        + "尕加措卓玛央宗拉姆次仁旦增顿珠多吉桑杰平措巴特尔其木格图雅乌云苏和朝鲁额尔敦毕力格").unicodeScalars)

    /// Longest part, in characters.
    static let maxPart = 8

    /// The dotted names of `text`, left to right, with their positions.
    static func names(in text: ScalarText) -> [(range: Range<Int>, name: String)] {
        var found: [(range: Range<Int>, name: String)] = []
        var i = 0
        let n = text.count
        while i < n {
            // Pass over the text up to the next separator (or quotation mark: they share a class).
            i = ScalarClasses.next(ScalarClasses.mark, in: text, from: i)
            guard i < n else { break }
            guard separators.contains(text[i]), i > 0, text.isHan(i - 1), i + 1 < n, text.isHan(i + 1) else {
                i += 1
                continue
            }
            // The first part: transliteration characters leftwards from the dot.
            var start = i
            while start > 0, i - start < maxPart, text.isHan(start - 1), transliteration.contains(text[start - 1]) { start -= 1 }
            guard i - start >= 2 else { i += 1; continue }
            // Then as many dot-joined parts as follow.
            var end = i
            var dot = i
            while dot < n, separators.contains(text[dot]) {
                var partEnd = dot + 1
                while partEnd < n, partEnd - dot - 1 < maxPart, text.isHan(partEnd), transliteration.contains(text[partEnd]) {
                    partEnd += 1
                }
                guard partEnd - dot - 1 >= 2 else { break }
                end = partEnd
                dot = partEnd
            }
            guard end > i else { i += 1; continue }
            if isName(text, start..<end) { found.append((start..<end, text.string(start..<end))) }
            i = end
        }
        return found
    }

    /// Whether the dotted run `range` reads as a name: not a title in 《》 or a term in quotation marks.
    private static func isName(_ text: ScalarText, _ range: Range<Int>) -> Bool {
        let before = text.at(range.lowerBound - 1), after = text.at(range.upperBound)
        if before == "《" || after == "》" { return false }
        if (before == "“" || before == "\"") && (after == "”" || after == "\"") { return false }
        return true
    }
}
