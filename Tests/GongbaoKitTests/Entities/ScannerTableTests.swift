import Foundation
import Testing
@testable import GongbaoKit

@Suite("Tables the entity scanners build once per text")
struct ScannerTableTests {
    @Test("a text's string, made without a second validation, is the string of its scalars")
    func uncheckedStrings() {
        // ASCII, two-byte (é, ß), three-byte (Han, CJK punctuation, full-width) and
        // four-byte (extension B, emoji) scalars, alone and mixed, long enough to
        // pass the 15 bytes of a small string and the stack buffer.
        let strings = [
            "", "a", "IBM", "é", "ß", "中", "，", "Ａ", "𠀀", "😀", "中华全国总工会", "Café 中国 𠀀😀",
            String(repeating: "新华社记者𠀀é", count: 60), String(repeating: "x", count: 40),
        ]
        for string in strings {
            let text = ScalarText(string)
            let checked = String(String.UnicodeScalarView(text.scalars))
            let made = text.string(0..<text.count)
            #expect(made == checked)
            #expect(Array(made.utf8) == Array(checked.utf8))
            #expect(made.unicodeScalars.count == text.count)
            for i in 0..<text.count {
                #expect(text.string(i..<text.count) == String(String.UnicodeScalarView(text.scalars[i...])))
                #expect(text.string(0..<i) == String(String.UnicodeScalarView(text.scalars[..<i])))
            }
        }
    }

    @Test("the surname lengths of a text are the surname length at each position")
    func surnameLengths() {
        for text in [Fixtures.seedText("003"), "欧阳明和司马光、王师傅说", "", "欧"].map(ScalarText.init) {
            let lengths = PersonNames.surnameLengths(of: text)
            #expect(lengths.count == text.count)
            for i in 0..<text.count {
                #expect(Int(lengths[i]) == PersonNames.surnameLength(text, at: i))
            }
        }
    }

    @Test("an article's surname marks, kept back to back, are each segment's surname lengths")
    func surnameMarks() {
        let article = Article(id: "t#1", source: "t.txt", index: 1, title: "欧阳明和司马光",
                              paragraphs: [Fixtures.seedText("003"), "", "王师傅说\n欧", "e\u{301}王立新"])
        let texts = ArticleTexts(article: article)
        let marks = PersonNames.surnameMarks(of: texts)
        #expect(marks.count == texts.segments.count)
        for (segment, mark) in zip(texts.segments, marks) {
            let lengths = PersonNames.surnameLengths(of: segment.text)
            #expect((0..<segment.text.count).map { mark[$0] } == lengths)
            // The scan that stops at marked positions agrees with the one given the text's own array.
            let cues = ScalarClasses.speechVerb | ScalarClasses.postTitle
            for start in 0...segment.text.count {
                #expect(ScalarClasses.next(cues, orMarked: mark.lengths, at: mark.start, in: segment.text, from: start)
                    == ScalarClasses.next(cues, orMarked: lengths, in: segment.text, from: start))
            }
        }
    }

    @Test("a word list's bit test never turns away a word's first or last character")
    func bitTests() {
        let words = PersonLexicon.titles
        for word in words.words {
            let scalars = word.scalarArray
            #expect(words.mayStart(scalars.first!))
            #expect(words.mayEnd(scalars.last!))
        }
        let text = ScalarText("常务副主席何红宇")
        #expect(words.longestMatch(in: text, endingAt: 5)?.length == 5)
        #expect(words.longestMatch(in: text, endingAt: 0) == nil)
        #expect(words.longestMatch(in: text, at: -1) == nil)
        #expect(words.longestMatch(in: text, at: 2)?.length == 3)
    }

    @Test("the pair filter lets through every position where a word starts")
    func pairFilter() {
        let words = OrganisationLexicon.suffixes
        let filter = ScalarPairFilter(words: words.words)
        for text in [Fixtures.seedText("003"), "甘肃省总工会局委中心有限公司", "厅", "工", ""].map(ScalarText.init) {
            for i in 0..<text.count where words.longestMatch(in: text, at: i) != nil {
                #expect(filter.mayStart(in: text, at: i))
            }
        }
        // A word's first character alone, or before a character no word has second, starts none.
        let text = ScalarText("中国工")
        #expect(!filter.mayStart(in: text, at: 0))
        #expect(!filter.mayStart(in: text, at: 2))
        #expect(filter.mayStart(in: ScalarText("局"), at: 0))
    }

    @Test("a suffix's tag carries its kind and the guards of the lexicon's lists")
    func suffixInfo() {
        typealias Lexicon = OrganisationLexicon
        func info(_ word: String) -> Lexicon.SuffixInfo? {
            let text = ScalarText(word)
            guard let match = Lexicon.suffixes.longestMatch(in: text, at: 0), match.length == text.count else { return nil }
            return Lexicon.SuffixInfo(tag: match.tag)
        }
        #expect(info("有限公司") == Lexicon.SuffixInfo(kind: .company, followers: nil, mayEndCommonWord: false))
        #expect(info("委")?.kind == .partyCommittee)
        #expect(info("委")?.mayEndCommonWord == false)
        // Every guarded suffix is found with its own followers; only 局 and 厅 end common words.
        for (f, word) in Lexicon.guardedSuffixWords.enumerated() {
            #expect(info(word)?.followers == f)
            #expect(Lexicon.guardedSuffixFollowers[f] == Lexicon.notSuffixWhenFollowedBy[word]!.map(\.scalarArray))
        }
        for word in Lexicon.suffixes.words {
            #expect(info(word)?.mayEndCommonWord == (word == "局" || word == "厅"), "\(word)")
        }
        for kind in [Lexicon.SuffixTag.union, .company, .government, .institution, .department, .partyCommittee] {
            for followers in [nil, 0, 16, 62] as [Int?] {
                for flag in [false, true] {
                    let i = Lexicon.SuffixInfo(kind: kind, followers: followers, mayEndCommonWord: flag)
                    #expect(Lexicon.SuffixInfo(tag: i.tag) == i)
                }
            }
        }
    }

    @Test("a range mask answers as the set of the positions its ranges cover within the text")
    func rangeMask() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let count = Int.random(in: 0...40, using: &generator)
            let ranges = (0..<Int.random(in: 0...5, using: &generator)).map { _ in
                let a = Int.random(in: -5...45, using: &generator), b = Int.random(in: -5...45, using: &generator)
                return min(a, b)..<max(a, b)
            }
            let covered = Set(ranges.flatMap { Array($0) }.filter { $0 >= 0 && $0 < count })
            let mask = RangeMask(ranges, count: count)
            for i in -3...(count + 3) {
                #expect(mask.contains(i) == covered.contains(i))
                for length in 0...6 {
                    let probe = i..<(i + length)
                    #expect(mask.overlaps(probe) == probe.contains(where: covered.contains))
                }
            }
        }
    }
}

@Suite("Faster representations the entity scanners use")
struct ScannerRepresentationTests {
    private static let texts = [
        Fixtures.seedText("003"), "“县级工会加强年”《工人日报》「甲」『乙』\"丙\"‘丁’〈戊〉", "”“”“《《》", "", "“《”》",
    ]

    @Test("quotes and titles found in one pass are those of the two scans")
    func quotesAndTitles() {
        // Deeper than the stacks hold: the oldest open marks are dropped alike.
        let deep = ["“‘「『“‘「『“‘「』」’”』」’”", "《〈《〈《〈《〈《〈》〉》〉》〉》", "\"“\"“\"“\"“\"“\"“\"“\"“\"”\"”"]
        for text in (Self.texts + deep + ["阿依古丽·买买提说“好”"]).map(ScalarText.init) {
            let classified = ScalarText(classifying: text.scalars, isPlain: text.isPlain)
            for both in [QuoteScanner.quotesAndTitles(in: text), QuoteScanner.quotesAndTitles(in: classified)] {
                #expect(both.quotes == QuoteScanner.quotes(in: text))
                #expect(both.titles == QuoteScanner.titles(in: text))
            }
        }
    }

    @Test("a name table answers as a String-keyed dictionary, also once a name out of normal form is seen")
    func nameTable() {
        let names = ["甘肃省总工会", "王立新", "e\u{301}", "é", "\u{F900}", "\u{8C48}", "甘肃省总工会", "℃", "王立新"]
        var table = NameTable<Int>()
        var reference: [String: Int] = [:]
        for (i, name) in names.enumerated() {
            #expect(table[name] == reference[name])
            if table[name] == nil { table[name] = i }
            if reference[name] == nil { reference[name] = i }
            for other in names { #expect(table[other] == reference[other]) }
        }
    }

    @Test("a name table of a few names, found by a scan, answers as a dictionary up to and past the switch to slots")
    func nameTableFewNames() {
        let names = ["王立新", "李明", "工会", "", "a", "abcdefgh", "欧阳明和", "李", "司马光", "王立"]
        for limit in 0...names.count {
            var table = NameTable<Int>()
            var reference: [String: Int] = [:]
            for (i, name) in names.prefix(limit).enumerated() {
                table[name] = i
                reference[name] = i
                if i == 3 {
                    table[names[1]] = nil
                    reference[names[1]] = nil
                }
            }
            for name in names + ["不在表中"] { #expect(table[name] == reference[name]) }
            #expect(table.isEmpty == reference.isEmpty)
        }
    }

    @Test("a name table answers as a String-keyed dictionary through growth, removal and the switch to strings")
    func nameTableGrowth() {
        // Names of every length around the eight-byte steps of the hash, past the first table size.
        let names = (0..<200).map { i in String(repeating: "工", count: i % 11) + "会\(i % 90)" } + ["", "a", "abcdefgh", "abcdefghi"]
        var table = NameTable<Int>(minimumCapacity: 3)
        var reference: [String: Int] = [:]
        for (i, name) in names.enumerated() {
            table[name] = i
            reference[name] = i
            if i % 7 == 0 {
                table[names[i / 2]] = nil
                reference[names[i / 2]] = nil
            }
            #expect(table.isEmpty == reference.isEmpty)
        }
        for name in names + ["不在表中", "工会"] { #expect(table[name] == reference[name]) }
        // A name out of normal form moves every name to string keys, with the same answers.
        table["e\u{301}"] = -1
        reference["e\u{301}"] = -1
        for name in names + ["é", "e\u{301}"] { #expect(table[name] == reference[name]) }
        var emptied = NameTable<Int>()
        emptied["王"] = 1
        emptied["王"] = nil
        #expect(emptied.isEmpty && emptied["王"] == nil)
    }

    @Test("an article's texts decoded, classified and split in one pass are those of the separate steps")
    func articleTextLines() {
        let strings = [
            "甲\n乙", "\n\n甲", "甲\r\n乙\n", "e\u{301}\n王立新", "𠀀等、12个工会\n\n", "", "\n", "王立新\ne\u{301}",
            "阿依古丽·买买提\né王", "ＡＢ１２，「欧阳」\r\n", Fixtures.seedText("003"),
        ]
        for string in strings {
            let article = Article(id: "t#1", source: "t.txt", index: 1, paragraphs: [string])
            let segments = ArticleTexts(article: article).segments
            // The separate steps: lines split at a line feed that is a character of its own.
            var expected: [[Unicode.Scalar]] = []
            var line: [Unicode.Scalar] = []
            for c in string.unicodeScalars {
                if c == "\n" && line.last != "\r" {
                    if !line.isEmpty { expected.append(line) }
                    line = []
                } else {
                    line.append(c)
                }
            }
            if !line.isEmpty { expected.append(line) }
            #expect(segments.map(\.text.scalars) == expected)
            for segment in segments {
                let reference = ScalarText(scalars: segment.text.scalars)
                #expect(segment.text.isPlain == reference.isPlain)
                #expect(segment.text.classes == ScalarClasses.classBytes(of: segment.text.scalars))
            }
        }
    }

    @Test("the surname lengths an article's texts carry from decoding are each segment's")
    func decodedSurnameLengths() {
        let article = Article(id: "t#1", source: "t.txt", index: 1, title: "欧阳明和司马光", subtitle: "上官",
                              paragraphs: [Fixtures.seedText("003"), "", "王师傅说\n欧", "e\u{301}王立新", "𠀀张𠀀司马\r\n东方"])
        var texts = ArticleTexts(article: article)
        let expected = texts.segments.flatMap { PersonNames.surnameLengths(of: $0.text) }
        #expect(texts.surnameLengths == expected)
        #expect(texts.surnameLengths.contains(2))
        // Texts made of segments carry none, and texts whose segments change drop theirs: the
        // marks are then worked out from the segments.
        texts.segments.removeLast()
        #expect(texts.surnameLengths.isEmpty)
        let marks = PersonNames.surnameMarks(of: texts)
        #expect(ArticleTexts(segments: texts.segments).surnameLengths.isEmpty)
        for (segment, mark) in zip(texts.segments, marks) {
            #expect((0..<segment.text.count).map { mark[$0] } == PersonNames.surnameLengths(of: segment.text))
            for i in -2...(segment.text.count + 1) {
                #expect(mark.length(at: i, in: segment.text) == PersonNames.surnameLength(segment.text, at: i))
            }
        }
    }

    @Test("the scan over buffers held in place stops where the scan over the arrays does")
    func heldScan() {
        let text = ArticleTexts(article: Article(id: "t#1", source: "t.txt", index: 1, paragraphs: [Fixtures.seedText("003")]))
            .segments[0].text
        let marks = PersonNames.surnameLengths(of: text)
        let cues = ScalarClasses.speechVerb | ScalarClasses.postTitle | ScalarClasses.ageOrIncluding
        marks.withUnsafeBufferPointer { marked in
            text.classes.withUnsafeBufferPointer { classes in
                for start in 0...text.count {
                    #expect(ScalarClasses.next(cues, orMarked: marked, classes: classes, from: start)
                        == ScalarClasses.next(cues, orMarked: marks, in: text, from: start))
                }
            }
        }
    }

    @Test("the scalar class table agrees with the tests it stands for")
    func scalarClasses() {
        for text in Self.texts.map(ScalarText.init) {
            for c in text.scalars where c.value < 0x10000 {
                #expect(ScalarClasses.table[Int(c.value)] == ScalarClasses.classes(of: c))
            }
            var i = 0
            while i < text.count {
                let next = ScalarClasses.next(ScalarClasses.listComma, in: text, from: i)
                #expect(next == (i..<text.count).first { text[$0] == "、" } ?? text.count)
                i = next + 1
            }
        }
    }

    @Test("a text classified once finds the same next positions as the table, for every class")
    func classifiedText() {
        let masks = [ScalarClasses.listComma, ScalarClasses.orgSuffix, ScalarClasses.number, ScalarClasses.enumeration, ScalarClasses.mark, 0xFF]
        for text in (Self.texts + ["𠀀等、12个𠀁工会" + String(repeating: "甲", count: 20) + "、阿依古丽·买买提"]).map(ScalarText.init) {
            let classified = ScalarText(classifying: text.scalars, isPlain: text.isPlain)
            #expect(classified.classes == text.scalars.map(ScalarClasses.classes(of:)))
            for mask in masks {
                for start in 0...(text.count + 1) {
                    #expect(ScalarClasses.next(mask, in: classified, from: start) == ScalarClasses.next(mask, in: text, from: start))
                }
            }
        }
    }

    @Test("the next position in a class or marked is the same on a classified text, in steps of eight")
    func nextOrMarked() {
        let masks = [ScalarClasses.speechVerb | ScalarClasses.postTitle | ScalarClasses.ageOrIncluding, ScalarClasses.listComma, 0]
        for text in (Self.texts + ["𠀀等、12个𠀁工会" + String(repeating: "甲", count: 20) + "王说" + String(repeating: "乙", count: 17)]).map(ScalarText.init) {
            let classified = ScalarText(classifying: text.scalars, isPlain: text.isPlain)
            let marks = PersonNames.surnameLengths(of: text)
            for mask in masks {
                for start in 0...(text.count + 1) {
                    let expected = (start..<max(start, text.count)).first {
                        marks[$0] != 0 || ScalarClasses.classes(of: text[$0]) & mask != 0
                    } ?? max(start, text.count)
                    #expect(ScalarClasses.next(mask, orMarked: marks, in: text, from: start) == expected)
                    #expect(ScalarClasses.next(mask, orMarked: marks, in: classified, from: start) == expected)
                }
            }
        }
    }

    @Test("normalization-inert scalars are the listed blocks, and texts of them are plain")
    func inert() {
        #expect(Unicode.Scalar("℃").isNormalizationInert && Unicode.Scalar("王").isNormalizationInert)
        #expect(!Unicode.Scalar(0x301)!.isNormalizationInert && !Unicode.Scalar(0xF900)!.isNormalizationInert)
        #expect(!Unicode.Scalar(0x2126)!.isNormalizationInert)  // Ω becomes Ω in normal form
        #expect(ScalarText("气温30℃").isPlain && !ScalarText("e\u{301}").isPlain)
        for range in Unicode.Scalar.normalizationInertRanges {
            #expect(Unicode.Scalar(range.lowerBound)!.isNormalizationInert && Unicode.Scalar(range.upperBound)!.isNormalizationInert)
        }
    }

    @Test("a name's count read off the text it is written in is its count as a string")
    func countOfWrittenName() {
        // Plain texts (counted on their scalars), a text that is not plain, and a plain text
        // beside one that is not (the whole article counted through strings).
        let articles = [
            [String(Fixtures.seedText("003").prefix(800))], ["王立新说，王立新和李明明、欧阳明和王立新、王立"], ["e\u{301}王立新说王立新"],
            ["王立新说王立新", "e\u{301}王立"],
        ]
        for paragraphs in articles {
            let article = Article(id: "t#1", source: "t.txt", index: 1, paragraphs: paragraphs)
            let texts = ArticleTexts(article: article)
            // Fresh caches for the two ways, so that neither answers from the other's cache.
            let byRange = PersonExtractor.CountCache(texts: texts), byString = PersonExtractor.CountCache(texts: texts)
            for segment in texts.segments {
                let text = segment.text
                for start in 0..<text.count {
                    for length in 1...5 where start + length <= text.count {
                        let range = start..<(start + length)
                        #expect(byRange.count(text, range) == byString.count(text.string(range)))
                    }
                }
            }
        }
    }
}
