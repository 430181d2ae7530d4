import Foundation
import PropertyBased
import Testing
@testable import GongbaoKit

/// The invariants every input must keep, whatever its bytes.
func checkInvariants(_ bytes: [UInt8], sourceLineCount: Int? = nil) throws {
    guard case .success(let page) = PageReader.page(source: "hostile.txt", bytes: bytes) else { return }
    let articles = ArticlePipeline.standard.articles(of: page)
    #expect(Set(articles.map(\.id)).count == articles.count, "article ids are unique")
    for article in articles {
        for span in article.lines {
            #expect(span.start >= 1 && span.start <= span.end && span.end <= page.lines.count,
                    "span \(span.start)-\(span.end) lies within the \(page.lines.count) lines")
        }
    }
    let data = try JSONEncoder().encode(articles)
    #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "JSON output parses")
}

/// Pieces of newspaper text, hostile ones included, to build random pages from.
let fragments: [String] = [
    "本报讯(记者康功)", "本报西安9月11日电", "□张昆 摄", "本报记者 张静 本报通讯员 岑婧", "新闻特写", "■工会动态■",
    "阅读提示", "（上接第1版）", "# ", "## ", "——", "……", "“", "”", "《", "》", "（", "）", "(", ")", "，", "。", "、",
    "？", "！", ",", ".", "甘肃省总工会", "县级工会加强年", "职工", "2月22日", "96.5%", "100万元", "4.2万多人次",
    "\n", "\n", "\n\n", "\n\n\n", "\r\n", "\u{3000}\u{3000}", "\t", " ", "\u{FEFF}", "\u{0}", "𠀀", "e\u{301}", "👩‍👩‍👧",
    "重庆云阳县总锚定“五强”目标——", "据《工人日报》", "新华社记者 张汝锋", "“““", "《《", "」", "‘",
]

let pageGenerator = Gen.element(of: fragments).array(of: 0...300).map { $0.compactMap { $0 }.joined() }

@Suite("Hostile text never breaks the pipeline")
struct HostileTextTests {
    @Test("random bytes: no crash, spans inside the file, JSON parses")
    func randomBytes() async throws {
        await propertyCheck(count: 200, input: Gen<UInt8>.value(in: 0...255).array(of: 0...4000)) { bytes in
            try? checkInvariants(bytes)
        }
    }

    @Test("random valid UTF-8: no crash, spans inside the file, JSON parses")
    func randomUTF8() async throws {
        // Any scalar value; surrogates are dropped (they are not scalars).
        let value = Gen<UInt32>.value(in: 1...0x10FFFF)
        await propertyCheck(count: 200, input: value.array(of: 0...2000)) { values in
            var s = String.UnicodeScalarView()
            s.append(contentsOf: values.compactMap(Unicode.Scalar.init))
            try? checkInvariants(Array(String(s).utf8))
        }
    }

    @Test("random newspaper-like pages with unbalanced quotes and brackets: invariants hold")
    func randomPages() async throws {
        await propertyCheck(count: 300, input: pageGenerator) { text in
            try? checkInvariants(Array(text.utf8))
        }
    }

    @Test("a 2 MB page with no newline is read and segmented")
    func longLine() throws {
        let line = String(repeating: "甘肃省总工会召开会议，职工“县级工会加强年”（", count: 2_000_000 / 66)
        try checkInvariants(Array(line.utf8))
    }

    @Test("100,000 blank lines give no articles")
    func blankLines() throws {
        let bytes = Array(String(repeating: "\n", count: 100_000).utf8)
        let page = try PageReader.page(source: "b.txt", bytes: bytes).get()
        #expect(ArticlePipeline.standard.articles(of: page).isEmpty)
    }

    @Test("lines of only punctuation are handled")
    func punctuationLines() throws {
        let text = (0..<2000).map { _ in ["。。。", "——", "……", "“”", "《》", "，，", "()", "■■"].randomElement()! }.joined(separator: "\n")
        try checkInvariants(Array(text.utf8))
    }

    @Test("a seed page with BOMs and NUL-free control characters inside still segments")
    func bomsInside() throws {
        let seed = Fixtures.seedText("000").replacingOccurrences(of: "。", with: "。\u{FEFF}")
        try checkInvariants(Array(seed.utf8))
        let page = try PageReader.page(source: "s.txt", bytes: Array(seed.utf8)).get()
        #expect(!ArticlePipeline.standard.articles(of: page).isEmpty)
    }

    @Test("mixed encodings in one file are decoded or refused, never crash")
    func mixedEncodings() throws {
        let gbk: [UInt8] = [0xB8, 0xCA, 0xCB, 0xE0, 0x0A] // 甘肃\n in GBK
        try checkInvariants(Array("甘肃省总工会\n".utf8) + gbk + Array("本报讯\n".utf8))
    }

    @Test("NUL bytes mark a file as binary and it is skipped")
    func nulBytes() {
        #expect(throws: DecodingFailure.binary) {
            try PageReader.page(source: "n.txt", bytes: Array("甘肃".utf8) + [0] + Array("省".utf8)).get()
        }
    }

    @Test("the seed pages keep every invariant")
    func seeds() throws {
        for name in Fixtures.seedNames {
            try checkInvariants(Array(Fixtures.seedText(String(name.prefix(3))).utf8))
        }
    }
}
