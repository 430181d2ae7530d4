import Testing
import GongbaoKit
@testable import GongbaoIndex

@Suite("Gram index builder")
struct GramIndexBuilderTests {
    static let texts = [
        "甘肃省总工会", "ＡＢＣ全角，半角abc", "Mixed CASE text", "𠀀𠀁工会𠀀", "", "a\u{0}b", "工会工会工会",
    ]

    @Test("the keys come out ascending, unigrams of every plane after the bigrams, each list counted once an article")
    func keyOrder() {
        var builder = GramIndexBuilder()
        var expected: [UInt64: Set<Int>] = [:]
        for (position, text) in Self.texts.enumerated() {
            var keys = Gram.Keys()
            Array(text.utf8).withUnsafeBytes { raw in
                Gram.collect(raw, into: &keys)
                builder.add(Int32(position), raw)
            }
            for key in keys.all { expected[key, default: []].insert(position) }
        }
        let layout = builder.layOut(articleCount: Self.texts.count)
        #expect(layout.keys == expected.keys.sorted())
        #expect(layout.counts == layout.keys.map { UInt32(expected[$0]!.count) })
        #expect(layout.keys.contains(Gram.unigram(0x20000)) && layout.keys.contains(Gram.unigram(0x5DE5)))
    }

    @Test("the keys are split by plane: unigrams of the Basic Multilingual Plane apart, in text order")
    func keysApart() {
        var keys = Gram.Keys()
        Array("Ａ工𠀀".utf8).withUnsafeBytes { _ = Gram.collect($0, into: &keys) }
        #expect(keys.scalars == [0x61, 0x5DE5])
        #expect(keys.hashed == [Gram.bigram(0x61, 0x5DE5), Gram.unigram(0x20000), Gram.bigram(0x5DE5, 0x20000)])
    }

    @Test("folding as collected equals TextNormalization.needsFolding and a NUL search")
    func folding() {
        for text in Self.texts + ["ｚ", "｀", "～", "\u{FF5F}", "Z", "[", "@"] {
            var keys = Gram.Keys()
            let bytes = Array(text.utf8)
            let seen = bytes.withUnsafeBytes { Gram.collect($0, into: &keys) }
            let expected = bytes.withUnsafeBytes { TextNormalization.needsFolding($0) }
            #expect(seen == Gram.Folding(changes: expected, holdsNUL: bytes.contains(0)), "\(text)")
        }
    }
}
