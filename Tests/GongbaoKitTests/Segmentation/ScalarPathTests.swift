import Testing
@testable import GongbaoKit

/// The scalar readings that replaced String work in the segmenter and the page reader
/// answer as the String readings did, on seed lines and on lines made to trip them
/// (compatibility ideographs, combining marks, byte-order marks, odd line ends).
@Suite("Scalar paths answer as the String paths")
struct ScalarPathTests {
    /// The reader's line splitting as it was written first, scalar by scalar.
    private static func referenceSplit(_ text: String) -> [String] {
        func trim(_ scalars: String.UnicodeScalarView) -> String {
            var end = scalars.endIndex
            while end > scalars.startIndex {
                let before = scalars.index(before: end)
                let s = scalars[before]
                guard s == " " || s == "\t" || s == "\u{3000}" || s == "\u{A0}" else { break }
                end = before
            }
            return String(String.UnicodeScalarView(scalars[..<end]))
        }
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r":
                lines.append(trim(current))
                current = .init()
                previousWasCR = true
                continue
            case "\n":
                if !previousWasCR {
                    lines.append(trim(current))
                    current = .init()
                }
            case "\u{FEFF}":
                break
            default:
                current.append(scalar)
            }
            previousWasCR = false
        }
        if !current.isEmpty { lines.append(trim(current)) }
        return lines
    }

    @Test("lines split from UTF-8 bytes equal lines split scalar by scalar, whatever the line ends and marks")
    func splitLinesOnBytes() {
        let texts = [
            "", "\n", "\r", "\r\n", "\n\r", "一\r\n二 \u{3000}\r三\n\n四", "尾 \u{A0}\t", "\u{FEFF}", "\n\u{FEFF}",
            "\r\u{FEFF}\n", "甲\u{FEFF} \n乙 \u{FEFF}", "\u{3000}\u{3000}正文\n\t缩进", "a\u{00A0}", "，\u{FF0C}\u{FEFF}\r\r\n",
            "é\u{0301} \r\n𠀀\u{3000}", Fixtures.seedText("003"),
        ]
        for text in texts {
            #expect(PageReader.splitLines(text) == Self.referenceSplit(text), "\(Array(text.unicodeScalars.prefix(20)))")
        }
    }

    @Test("characters are counted as String.count counts them, with or without combining marks")
    func characterCount() {
        for text in ["", "工会来了！", "e\u{0301}x", "〆〪", "ﾊﾟ", "👍🏽", "한국", "本报讯(记者康功)全省86个县区市工会。", "\r\n"] {
            #expect(Punctuation.characterCount(text) == text.count, "\(text)")
        }
    }

    @Test("paragraph openers are matched on scalars as they are on Strings")
    func openersOnScalars() {
        for text in ["据悉", "同时", "同时,工会", "据悉\u{0301}", "近年来", "据了解情况", "工会", "", "目前\u{FA5B}"] {
            let scalars = Array(text.unicodeScalars)
            #expect(ContinuationCue.opensWithParagraphOpener(scalars: scalars) == ContinuationCue.opensWithParagraphOpener(text), "\(text)")
        }
    }

    @Test("a byline with a compatibility ideograph for 者 still reads as a byline, as String comparison reads it")
    func bylineWithCompatibilityIdeograph() throws {
        // U+FA5B is the compatibility form of 者: as a String, `记\u{FA5B}` equals `记者`.
        let credit = try #require(BylineCue.looksLikeByline("本报记\u{FA5B} 张静"))
        #expect(credit.people.map(\.name) == ["张静"] && credit.hasStaffMarker)
        let plain = try #require(BylineCue.looksLikeByline("本报记者 张静 本报通讯员 岑婧 陈斌斌"))
        #expect(plain.people.map(\.name) == ["张静", "岑婧", "陈斌斌"])
        #expect(BylineCue.looksLikeByline("工会来了") == nil)
        #expect(BylineCue.looksLikeByline("刘友婷本报通讯员 罗义国")?.people.map(\.name) == ["刘友婷", "罗义国"])
        #expect(BylineCue.looksLikeByline("□高冬菊 巨晓勇 摄")?.isPhotoCredit == true)
        #expect(BylineCue.looksLikeByline("（本报记者 张三）")?.people.map(\.name) == ["张三"])
        #expect(BylineCue.looksLikeByline("新华社发(李明 摄)")?.isAgency == true)
        // The credit and its names keep the printed scalars (U+F9D0 is a compatibility form of 類).
        let printed = try #require(BylineCue.looksLikeByline("本报记\u{FA5B} 張\u{F9D0}"))
        #expect(printed.text == "本报记\u{FA5B} 張\u{F9D0}")
        #expect(printed.people.map { Array($0.name.unicodeScalars) } == [["張", "\u{F9D0}"]])
    }

    @Test("a kicker dash is read from the last two scalars that are not white space")
    func kickerDash() {
        #expect(HeadlineShapeCue.endsWithKickerDash("代表委员呼吁——"))
        #expect(HeadlineShapeCue.endsWithKickerDash("代表委员呼吁—— \u{3000}"))
        #expect(HeadlineShapeCue.endsWithKickerDash("--"))
        #expect(!HeadlineShapeCue.endsWithKickerDash("—"))
        #expect(!HeadlineShapeCue.endsWithKickerDash("呼吁—-"))
        #expect(!HeadlineShapeCue.endsWithKickerDash("呼吁——\u{0301}"))
        #expect(!HeadlineShapeCue.endsWithKickerDash(""))
    }

    @Test("whether a headline has a title is what assigning its roles says")
    func hasTitle() {
        let cases: [[String]] = [
            [], ["代表委员呼吁——"], ["代表委员呼吁——", "把脉职工需求"], ["新闻特写"], ["新闻特写", "工会来了"],
            ["铜川市总工会", "西宁工会推出职工就业服务套餐"], ["甲——", "乙", "丙——"],
        ]
        for texts in cases {
            let lines = texts.enumerated().map { HeadlineLine(lines: [$0.offset + 1], text: $0.element, level: 0) }
            #expect(HeadlineRoles.hasTitle(lines) == !HeadlineRoles.assign(lines).title.isEmpty, "\(texts)")
        }
    }

    @Test("a bigram table holds each key once and finds every key it holds, after growing")
    func bigramTable() {
        var table = BigramTable(expectedCount: 1)
        for k in 1...1000 { table.insert(UInt64(k) << 32 | UInt64(k % 7 + 1)) }
        for k in 1...1000 { table.insert(UInt64(k) << 32 | UInt64(k % 7 + 1)) }
        #expect(table.count == 1000 && table.keys.count == 1000)
        #expect((1...1000).allSatisfy { table.contains(UInt64($0) << 32 | UInt64($0 % 7 + 1)) })
        #expect(!table.contains(UInt64(5) << 32 | 99))
    }
}
