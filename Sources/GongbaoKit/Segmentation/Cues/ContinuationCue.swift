/// Cues `continuesMidSentence` and `startsAsContinuation`: a paragraph the layout cut
/// (`…当地许多工会干部由`), and one that picks up a cut sentence
/// (`衷感叹,做强基层工会…`, `贫”,免费为困难职工…`, `项增效行动。不断加强…`).
enum ContinuationCue {
    /// Words that commonly open a paragraph with a short clause (`同时,` `据悉,`):
    /// a short first clause after one of these is no sign of a cut sentence.
    static let paragraphOpeners: [String] = [
        "据悉", "同时", "此外", "近日", "日前", "目前", "如今", "其中", "为此", "另外", "然而", "但是", "因此",
        "所以", "首先", "其次", "最后", "此前", "随后", "对此", "当天", "今年", "去年", "近年来", "据了解",
        "据介绍", "据统计", "眼下", "现在", "而且", "另一方面", "一方面", "总之", "可见", "当时", "后来",
        "之后", "此后", "那时", "据说", "然后", "接着", "不过", "于是", "比如", "例如", "事实上", "其实",
        "截至目前", "与此同时", "近年", "多年来", "几年来", "今后", "未来", "下一步", "对于", "关于",
        "此次", "其间", "当前", "近期", "今天", "昨天", "会上", "期间", "随即", "由此", "为了", "因为",
        "虽然", "尽管", "如果", "只要", "不仅", "通过", "围绕", "作为", "按照", "根据", "针对", "在此",
        "从此", "起初", "最初", "原来", "本来", "过去", "以前", "以往", "从前", "平时", "每天", "每年",
        "一直", "还有", "另据", "记者", "据称", "那么", "可是", "当然", "显然", "目前", "今年以来",
    ]

    /// The paragraph ends without a sentence or clause end: the layout cut it.
    static func continuesMidSentence(_ text: String) -> Bool {
        !TerminalPunctuation.mayEndParagraph(text)
    }

    /// The paragraph starts in the middle of a sentence: with a mark no text starts with
    /// (`，`, `”`), by closing a quote it never opened (`贫”,免费为…`), with a one-character
    /// clause (`现,缺乏统一…`), or with a sentence of a few characters (`项增效行动。`,
    /// `来。40亩的…`) that is not a usual opener. Short clauses of two or three characters
    /// are no evidence: `最近,` and `同时,` open paragraphs all the time.
    static func startsAsContinuation(_ text: String) -> Bool {
        UTF8Scalars.withBytes(text) { startsAsContinuation(bytes: $0) }
    }

    /// `startsAsContinuation` read in one pass over the UTF-8 bytes of the head (the first 24
    /// scalars after the leading white space, `Punctuation.head(text, 24)`), building no array
    /// unless a short clause must be compared with the openers.
    private static func startsAsContinuation(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let commas = Punctuation.commas, enders = Punctuation.sentenceEnders, clauseEnders = Punctuation.clauseEnders
        let openers = Punctuation.openers, closers = Punctuation.closers
        var i = 0
        var headStart = 0
        var read = 0
        // `QuoteBalance` of the head.
        var depth = 0, lowest = 0, asciiOpen = false
        // The first comma or sentence or clause end, and whether the clause before it is all ideographs.
        var stop = -1, stopEndsSentence = false, clauseIsHan = true
        while i < bytes.count, read < 24 {
            if read > 0, UTF8Scalars.startsWithUnifiedIdeograph(bytes, at: i) {
                // An ideograph (most of a head) is no quote, bracket, comma or end, and leaves
                // the clause all ideographs: it is stepped over undecoded, only counted.
                i += 3
                read += 1
                continue
            }
            let start = i
            let s = UTF8Scalars.next(bytes, &i)
            if read == 0 {
                if Punctuation.isSpace(s) { continue }
                if Punctuation.neverStartsText.contains(s) { return true }
                headStart = start
            }
            if s.value >= 0x4E00 && s.value <= 0x9FFF {
                // The head's first scalar, an ideograph: only counted, as above.
                read += 1
                continue
            }
            if s == "\"" {
                asciiOpen.toggle()
                depth += asciiOpen ? 1 : -1
            } else if openers.contains(s) {
                depth += 1
            } else if closers.contains(s) {
                depth -= 1
            }
            lowest = min(lowest, depth)
            if stop < 0 {
                if commas.contains(s) || enders.contains(s) || clauseEnders.contains(s) {
                    stop = read
                    stopEndsSentence = enders.contains(s)
                } else if !Punctuation.isHan(s) {
                    clauseIsHan = false
                }
            }
            read += 1
        }
        guard read > 0 else { return false }
        if lowest < 0 { return true }
        guard stop >= 0, clauseIsHan else { return false }
        // Only a short clause can say so; the openers are looked up for those alone.
        guard stop <= (stopEndsSentence ? 6 : 1) else { return false }
        var clause: [Unicode.Scalar] = []
        clause.reserveCapacity(stop)
        var k = headStart
        while clause.count < stop { clause.append(UTF8Scalars.next(bytes, &k)) }
        return !opensWithParagraphOpener(scalars: clause)
    }

    /// Whether the text starts with one of `paragraphOpeners`.
    static func opensWithParagraphOpener(_ text: String) -> Bool {
        paragraphOpeners.contains(where: { text.hasPrefix($0) })
    }

    /// The openers as scalars, and their first scalars.
    private static let openerScalars: [[Unicode.Scalar]] = paragraphOpeners.map { Array($0.unicodeScalars) }
    private static let openerInitials = ScalarSet(paragraphOpeners.compactMap(\.unicodeScalars.first))
    /// The openers grouped by their first scalar: only one group is compared with a text.
    private static let openersByInitial: [(initial: Unicode.Scalar, openers: [[Unicode.Scalar]])] =
        Dictionary(grouping: openerScalars, by: { $0[0] }).map { ($0.key, $0.value) }.sorted { $0.initial < $1.initial }

    /// `opensWithParagraphOpener` for a run of scalars (the head of a paragraph): compared
    /// scalar by scalar when all are plain (`Punctuation.isPlain`), else as a String.
    static func opensWithParagraphOpener<C: Collection<Unicode.Scalar>>(scalars: C) -> Bool {
        guard scalars.allSatisfy(Punctuation.isPlain) else {
            return opensWithParagraphOpener(String(scalars: scalars))
        }
        guard let first = scalars.first, openerInitials.contains(first),
              let group = openersByInitial.first(where: { $0.initial == first })
        else { return false }
        return group.openers.contains { scalars.starts(with: $0) }
    }

    /// The paragraph opens the way paragraphs open, never in the middle of a sentence: with
    /// an opening quote or bracket (`“驿站建起来只是第一步…`), a usual opener (`据悉,`), or a
    /// date (`2023年`, `3月12日`).
    static func startsLikeParagraph(_ text: String) -> Bool {
        let head = Punctuation.head(text, 12)
        guard let first = head.first else { return false }
        if Punctuation.openers.contains(first) { return true }
        if opensWithParagraphOpener(scalars: head) { return true }
        let digits = head.prefix { ("0"..."9").contains($0) || (0xFF10...0xFF19).contains($0.value) }
        return !digits.isEmpty && digits.count < head.count && ["年", "月"].contains(head[digits.count])
    }
}
