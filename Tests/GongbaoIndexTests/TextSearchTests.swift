import Foundation
import Testing
import GongbaoKit
@testable import GongbaoIndex
@testable import gongbao_bench

@Suite("Text search through the index")
struct TextSearchTests {
    /// The folded headline and body bytes of every article.
    static func texts(_ archive: Archive) -> [(headline: [UInt8], body: [UInt8])] {
        archive.articles.map { (Array(TextNormalization.searchHeadline(of: $0).utf8), Array(TextNormalization.searchBody(of: $0).utf8)) }
    }

    /// Positions whose folded headline or body contains `query`, headline hits first: the definition.
    static func bruteForce(_ texts: [(headline: [UInt8], body: [UInt8])], _ query: String) -> [Int] {
        let needle = Array(TextNormalization.fold(query).utf8)
        func has(_ hay: [UInt8]) -> Bool {
            guard hay.count >= needle.count else { return false }
            return (0...(hay.count - needle.count)).contains { hay[$0] == needle[0] && hay[$0..<$0 + needle.count].elementsEqual(needle) }
        }
        var head: [Int] = [], body: [Int] = []
        for (i, t) in texts.enumerated() {
            if has(t.headline) { head.append(i) } else if has(t.body) { body.append(i) }
        }
        return head + body
    }

    @Test("queries of 1 to 4 characters drawn from the text match exactly the brute-force reference")
    func property() throws {
        let dir = TestCorpus.temporaryDirectory()
        _ = try TestGenerator.generator.generate(articles: 90, seed: 11, into: dir)
        let options = IndexOptions(cacheDirectory: TestCorpus.temporaryDirectory(), pipelineRevision: "text-test")
        let indexed = try ArchiveOpener.open(paths: [dir], options: options) { _ in }
        let memory = try ArchiveOpener.open(paths: [dir], useIndex: false, options: options) { _ in }
        #expect(indexed.count > 30)
        let texts = Self.texts(memory)
        var rng = SplitMix64(seed: 2024)
        var nonEmpty = 0
        for round in 0..<160 {
            let length = 1 + round % 4
            let article = indexed.articles[rng.index(indexed.count)]
            let source = rng.chance(0.2) ? article.headline : article.text
            let chars = Array(source)
            var query: String
            if chars.count > length, !rng.chance(0.1) {
                let start = rng.index(chars.count - length)
                query = String(chars[start..<start + length])
            } else {
                // Characters from the text in an order that may never occur.
                query = String((0..<length).map { _ in chars.isEmpty ? "工" : chars[rng.index(chars.count)] })
            }
            let expected = Self.bruteForce(texts, query)
            if !expected.isEmpty { nonEmpty += 1 }
            #expect(indexed.run(Query(text: query)) == expected, "query \(query)")
            #expect(memory.run(Query(text: query)) == expected, "query \(query)")
            // Restricted to a subset (as after a region or kind filter), the same answer.
            let kinds: Set<ArticleKind> = [.news, .photo]
            #expect(indexed.run(Query(text: query, kinds: kinds)) == memory.run(Query(text: query, kinds: kinds)))
        }
        #expect(nonEmpty > 100)
        for query in ["ＡＢＣ", "Abc", "工会，", "的\n", "𠀀𠀁", "不存在的词语组合"] {
            #expect(indexed.run(Query(text: query)) == Self.bruteForce(texts, query), "query \(query)")
        }
    }

    @Test("headline hits come before body hits, each in corpus order")
    func titleFirst() throws {
        let root = TestCorpus.temporaryDirectory()
        let corpus = (root as NSString).appendingPathComponent("c")
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        TestCorpus.write("# 第一篇\n\n正文提到驿站服务。\n", to: (corpus as NSString).appendingPathComponent("a.txt"))
        TestCorpus.write("# 驿站开放\n\n正文没有那个词。\n", to: (corpus as NSString).appendingPathComponent("b.txt"))
        TestCorpus.write("# 第三篇\n\n驿站又一次出现。\n", to: (corpus as NSString).appendingPathComponent("c.txt"))
        TestCorpus.write("# 驿站在标题\n\n也在正文：驿站。\n", to: (corpus as NSString).appendingPathComponent("d.txt"))
        let options = IndexOptions(cacheDirectory: (root as NSString).appendingPathComponent("cache"))
        let archive = try ArchiveOpener.open(paths: [corpus], options: options) { _ in }
        let ids = archive.run(Query(text: "驿站")).map { archive.articles[$0].id }
        #expect(ids == ["b#1", "d#1", "a#1", "c#1"])
        #expect(archive.run(Query(text: "驿")).map { archive.articles[$0].id } == ids)
        #expect(archive.run(Query(text: "驿站开放")).map { archive.articles[$0].id } == ["b#1"])
    }
}

@Suite("Text folding")
struct FoldingTests {
    /// The definition, scalar by scalar.
    static func reference(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars where s.value != 0 {
            var v = s.value
            if (0xFF01...0xFF5E).contains(v) { v -= 0xFEE0 }
            if (0x41...0x5A).contains(v) { v += 0x20 }
            out.append(Unicode.Scalar(v)!)
        }
        return String(out)
    }

    @Test("byte-level folding equals scalar-level folding on mixed text")
    func bytesEqualScalars() {
        var rng = SplitMix64(seed: 8)
        let alphabet = Array("AZaz09,.!?工会甘肃ＡＺａｚ０９，．！？～｀＿＠　\u{0}\u{FF00}\u{FF5F}\u{FFE5}𠀀\n ")
        for _ in 0..<500 {
            let text = String((0..<rng.int(0...40)).map { _ in alphabet[rng.index(alphabet.count)] })
            #expect(TextNormalization.fold(text) == Self.reference(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
