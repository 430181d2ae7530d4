/// Reading Chinese personal names: a surname from the table, then a given name of one or two characters.
enum PersonNames {
    typealias Lexicon = PersonLexicon

    /// Length of the surname starting at `i` (2 for 欧阳, 1 for 王), or 0.
    static func surnameLength(_ text: ScalarText, at i: Int) -> Int {
        guard let c = text.at(i) else { return 0 }
        if doubleSurnameStarts.contains(c), let d = Lexicon.doubleSurnames.longestMatch(in: text, at: i), d.length == 2 { return 2 }
        return Lexicon.singleSurnames.contains(c) ? 1 : 0
    }

    /// First characters of the double surnames: this is asked at nearly every position of
    /// every text, and a bit test settles the characters that start none.
    private static let doubleSurnameStarts = ScalarSet(Lexicon.doubleSurnameWords.compactMap(\.unicodeScalars.first))

    static func startsWithSurname(_ text: ScalarText, at i: Int) -> Bool { surnameLength(text, at: i) > 0 }

    /// ``surnameLength(_:at:)`` at every position of `text`, in one pass with the tables held
    /// in locals (the scanners that ask at every position would otherwise reach the
    /// static tables afresh each time).
    static func surnameLengths(of text: ScalarText) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: text.count) { out, count in
            writeSurnameLengths(of: text, into: out)
            count = text.count
        }
    }

    /// ``surnameLengths(of:)`` of a text, viewed in a buffer that holds those of all the texts
    /// of an article back to back (see ``surnameMarks(of:)``).
    struct SurnameMarks: Sendable {
        /// The lengths of every text of the article.
        let lengths: [UInt8]
        /// Where this text's lengths begin in `lengths`.
        let start: Int

        /// The surname length at position `i` of the text.
        subscript(_ i: Int) -> UInt8 { lengths[start + i] }

        /// ``PersonNames/surnameLength(_:at:)`` at `i` of `text` (the text these marks are of),
        /// read from the marks: 0 outside the text, as there.
        func length(at i: Int, in text: ScalarText) -> Int {
            i >= 0 && i < text.count ? Int(self[i]) : 0
        }
    }

    /// ``surnameLengths(of:)`` of every segment of `texts`, in one buffer: an array a segment
    /// cost an allocation (and a fill with zeros) per paragraph. Texts decoded from an article
    /// carry them already (``ArticleTexts/surnameLengths``).
    static func surnameMarks(of texts: ArticleTexts) -> [SurnameMarks] {
        var total = 0
        var starts: [Int] = []
        starts.reserveCapacity(texts.segments.count)
        for segment in texts.segments {
            starts.append(total)
            total += segment.text.count
        }
        var lengths = texts.surnameLengths
        if lengths.count != total {
            lengths = [UInt8](unsafeUninitializedCapacity: total) { out, count in
                for (segment, offset) in zip(texts.segments, starts) {
                    writeSurnameLengths(of: segment.text, into: UnsafeMutableBufferPointer(rebasing: out[offset..<(offset + segment.text.count)]))
                }
                count = total
            }
        }
        return starts.map { SurnameMarks(lengths: lengths, start: $0) }
    }

    /// ``surnameLengths(of:)`` written into `out` (as long as the text), every position set.
    private static func writeSurnameLengths(of text: ScalarText, into out: UnsafeMutableBufferPointer<UInt8>) {
        let classes = surnameClasses
        text.scalars.withUnsafeBufferPointer { scalars in
            classes.withUnsafeBufferPointer { classes in
                for i in scalars.indices {
                    let v = Int(scalars[i].value)
                    out[i] = surnameLength(class: v < 0x10000 ? classes[v] : 0, in: text, at: i)
                }
            }
        }
    }

    /// The surname length at `i` of `text`, whose scalar there has the ``surnameClasses`` byte `c`.
    @inline(__always)
    private static func surnameLength(class c: UInt8, in text: ScalarText, at i: Int) -> UInt8 {
        if c & 2 != 0, doubleSurnamePairs.mayStart(in: text, at: i), let d = Lexicon.doubleSurnames.longestMatch(in: text, at: i), d.length == 2 {
            return 2
        }
        return c & 1
    }

    /// Turns the ``surnameClasses`` of every scalar of `segments` (back to back in `marks`, as
    /// ``ArticleTexts/init(article:)`` gathers them while decoding) into their surname lengths in
    /// place. A class without the double-surname bit (0 or 1) is its length already, so only the
    /// positions holding that bit are visited: while eight in a row hold none, one load passes them.
    static func resolveSurnameClasses(_ marks: inout [UInt8], of segments: [ArticleTexts.Segment]) {
        let lanes: UInt64 = 0x0202_0202_0202_0202
        marks.withUnsafeMutableBufferPointer { marks in
            guard let base = marks.baseAddress else { return }
            var offset = 0
            for segment in segments {
                let text = segment.text
                let n = text.count
                precondition(offset + n <= marks.count)
                var i = 0
                while i < n {
                    if i + 8 <= n, UnsafeRawPointer(base + offset + i).loadUnaligned(as: UInt64.self) & lanes == 0 {
                        i += 8
                        continue
                    }
                    let c = base[offset + i]
                    if c & 2 != 0 { base[offset + i] = surnameLength(class: c, in: text, at: i) }
                    i += 1
                }
                offset += n
            }
        }
    }

    /// The double surnames' first pairs: their first characters (上, 东, 公, 长, 南, 西…) are
    /// common, and a bit test on the pair settles nearly all of them without the trie.
    private static let doubleSurnamePairs = ScalarPairFilter(words: Lexicon.doubleSurnameWords)

    /// For each BMP scalar: bit 1 when it is a single surname, bit 2 when a double surname
    /// starts with it (every surname character is in the BMP), so that the pass over every
    /// position costs one load.
    static let surnameClasses: [UInt8] = {
        var classes = [UInt8](repeating: 0, count: 0x10000)
        for v in 0..<0x10000 {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            if Lexicon.singleSurnames.contains(s) { classes[v] |= 1 }
            if doubleSurnameStarts.contains(s) { classes[v] |= 2 }
        }
        return classes
    }()

    /// Whether `c` can be part of a given name.
    static func canBeGiven(_ c: Unicode.Scalar?) -> Bool {
        guard let c, c.isHan else { return false }
        return !Lexicon.notInGivenName.contains(c)
    }

    /// Whether a word at `i` shows that a name has ended (a speech verb, a title after the name, punctuation).
    static func endsName(_ text: ScalarText, at i: Int) -> Bool {
        guard let c = text.at(i) else { return true }
        if !c.isHan { return true }
        if Lexicon.notInGivenName.contains(c) { return true }
        return Lexicon.speechVerbs.hasMatch(in: text, at: i) || Lexicon.postTitles.hasMatch(in: text, at: i)
    }
}
