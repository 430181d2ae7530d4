import GongbaoKit
import Testing
import TextLayout
@testable import GongbaoTUI

@Suite("Reader document: the article laid out for reading")
struct ReaderDocumentTests {
    init() { _ = utf8Locale }
    let article = Fixture.articles[0]

    func text(_ line: StyledLine) -> String { line.map(\.text).joined() }

    @Test("title block, credits, source lines and entities come before the body")
    func metadata() {
        let doc = ReaderDocument(article: article, archive: Fixture.archive, width: 60)
        let lines = doc.lines.map(text)
        #expect(lines[0] == "强基层就该实打实")
        #expect(lines[1] == "甘肃省高标准评选首批模范县级工会")
        #expect(doc.lines[1].allSatisfy { $0.style == .heading })
        #expect(lines.contains("来源  p1.txt  第3-40行  news"))
        #expect(lines.contains("地区  甘肃省"))
        #expect(lines.contains("机构  甘肃省总工会"))
        #expect(lines.contains("主题  县级工会加强年  五强"))
    }

    @Test("a region's path comes from the hierarchy; mentioned places are marked")
    func regionPaths() {
        let doc = ReaderDocument(article: Fixture.articles[3], archive: Fixture.archive, width: 80)
        #expect(doc.lines.map(text).contains("地区  湖北省/武汉市  甘肃省(提及)"))
    }

    @Test("metadata lists break between items: a region path is never split when it fits on a line")
    func metadataKeepsItemsWhole() {
        let doc = ReaderDocument(article: Fixture.articles[3], archive: Fixture.archive, width: 26)
        let lines = doc.lines.map(text)
        #expect(lines.contains("地区  湖北省/武汉市"))
        #expect(lines.contains("甘肃省(提及)"))
    }

    @Test("body lines fit the width and follow the line-breaking rules")
    func bodyWrapped() {
        for width in [20, 37, 60, 100] {
            let doc = ReaderDocument(article: article, archive: Fixture.archive, width: width)
            for line in doc.lines {
                #expect(DisplayWidth().of(text(line)) <= width)
                if let first = text(line).first { #expect(!LineBreaking.noLineStart.contains(first) || text(line).hasPrefix("…")  == false, "\(text(line))") }
            }
        }
    }

    @Test("entity names in the body are highlighted, longest name first")
    func highlights() {
        let doc = ReaderDocument(article: article, archive: Fixture.archive, width: 200)
        let highlighted = doc.lines.flatMap { $0.filter { $0.style == .highlight }.map(\.text) }
        #expect(highlighted.contains("甘肃省总工会"))
        #expect(highlighted.contains("县级工会加强年"))
        // 甘肃省总工会 twice whole (not 甘肃省 + 总工会); its short form 甘肃省总 where it stands alone.
        #expect(highlighted.filter { $0 == "甘肃省总工会" }.count == 2)
        #expect(highlighted.contains("甘肃省总"))
    }

    @Test("search hits are marked, folded for case and width, and located even across a line break")
    func hits() {
        let doc = ReaderDocument(article: article, archive: Fixture.archive, width: 11, search: "甘肃省总工会")
        #expect(doc.hits.count >= 2)
        #expect(doc.hits.contains { $0.count == 2 }, "some hit should cross a break at width 11")
        for hit in doc.hits {
            let width = hit.reduce(0) { $0 + $1.width }
            #expect(width == 12)
        }
        let ascii = ReaderDocument(article: Fixture.articles[5], archive: Fixture.archive, width: 80, search: "smart-factory")
        #expect(ascii.hits.count == 1)
    }

    @Test("the pager text holds the whole article, unwrapped")
    func plainText() {
        let text = ReaderDocument.plainText(article: article, archive: Fixture.archive)
        for paragraph in article.paragraphs {
            #expect(text.contains(paragraph))
        }
    }

    @Test("a 300 KB paragraph with 20,000 hits lays out without trouble")
    func hugeParagraph() {
        let big = Article(id: "big#1", source: "big.txt", index: 1, title: "大",
                          paragraphs: [String(repeating: "工会驿站，", count: 20_000)])
        let doc = ReaderDocument(article: big, archive: Archive(articles: [big]), width: 76, search: "驿站")
        #expect(doc.lines.count > 2_000)
        #expect(doc.hits.count == 20_000)
    }
}

@Suite("Label index: picker narrowing")
struct LabelIndexTests {
    @Test("finds labels containing the query, tells which start with it, folds case and full-width forms")
    func matches() {
        var index = LabelIndex(labels: ["甘肃省", "平凉市", "甘南藏族自治州", "ＡＢＣ工会", "abc公司", ""])
        #expect(index.matches("甘").all == [0, 2])
        #expect(index.matches("南").prefix.isEmpty)
        #expect(index.matches("abc").all == [3, 4])
        #expect(index.matches("ABC").prefix == [3, 4])
        #expect(index.matches("").all.count == 6)
        #expect(index.matches("不存在").all.isEmpty)
        #expect(index.matches("省平").all.isEmpty, "a match never spans two labels")
    }

    @Test("letters also match pinyin initials: gss finds 甘肃省, hhht finds 呼和浩特市 inside a longer name")
    func pinyinInitials() {
        var index = LabelIndex(labels: ["甘肃省", "广水市", "内蒙古自治区呼和浩特市", "平凉市", "GS Group"])
        #expect(index.matches("gs").all == [0, 1, 4])
        #expect(index.matches("gss").all == [0, 1])
        #expect(index.matches("gss").prefix == [0, 1])
        #expect(index.matches("hhht").all == [2])
        #expect(index.matches("hhht").prefix.isEmpty)
        #expect(index.matches("GSS").all == [0, 1], "initials fold case")
        #expect(index.matches("p").all == [4], "one letter is too little to be initials (GS Group holds a p)")
    }

    @Test("characters with two readings match either: 长沙 as cs, 重庆 as cq")
    func polyphones() {
        var index = LabelIndex(labels: ["长沙市", "长安区", "重庆市", "成长"])
        #expect(index.matches("css").all == [0])
        #expect(index.matches("caq").all == [1])
        #expect(index.matches("zaq").all == [1])
        #expect(index.matches("cqs").all == [2])
        #expect(index.matches("cz").all == [3])
    }
}

@Suite("Pinyin initials")
struct PinyinInitialsTests {
    let pinyin = PinyinInitials.shared

    @Test("the shipped table gives the common reading's initial of every CJK ideograph it knows")
    func table() {
        #expect(pinyin.initials(of: "甘") == [UInt8(ascii: "g")])
        #expect(pinyin.initials(of: "肃") == [UInt8(ascii: "s")])
        #expect(pinyin.initials(of: "工") == [UInt8(ascii: "g")])
        #expect(pinyin.initials(of: "会").first == UInt8(ascii: "h"))
        #expect(pinyin.initials(of: "A") == [UInt8(ascii: "a")])
        #expect(pinyin.initials(of: "7") == [UInt8(ascii: "7")])
        #expect(pinyin.initials(of: "，").isEmpty)
        #expect(pinyin.initials(of: "·").isEmpty)
    }

    @Test("a label's spellings combine the readings of its characters, a few at most; none without Chinese")
    func spellings() {
        #expect(pinyin.spellings(of: "甘肃省总工会") == ["gsszgh"])
        #expect(Set(pinyin.spellings(of: "长沙")) == ["zs", "cs"])
        #expect(pinyin.spellings(of: String(repeating: "长", count: 10)).count == 4)
        #expect(pinyin.spellings(of: "阿依古丽·买买提").contains("aygl" + "mmt"))
        #expect(pinyin.spellings(of: "ABC").isEmpty)
    }

    @Test("a table from plain strings: letters and dots, alternates as character-letters pairs")
    func custom() {
        let p = PinyinInitials(table: "y.d", alternates: "丂kq")
        #expect(p.initials(of: "一") == [UInt8(ascii: "y")])
        #expect(p.initials(of: "丁").isEmpty)
        #expect(p.initials(of: "丂") == [UInt8(ascii: "d"), UInt8(ascii: "k"), UInt8(ascii: "q")])
        #expect(PinyinInitials.isInitialsQuery("gs") && !PinyinInitials.isInitialsQuery("g") && !PinyinInitials.isInitialsQuery("g1"))
    }
}
