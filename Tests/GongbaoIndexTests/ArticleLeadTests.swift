import Testing
@testable import GongbaoIndex

@Suite("Article lead (first 30 characters)")
struct ArticleLeadTests {
    @Test("the lead is String.prefix(30) on ideographs, punctuation, ASCII and mixed scripts")
    func matchesPrefix() {
        let texts = [
            "", "短", String(repeating: "工", count: 30), String(repeating: "工", count: 31),
            "本报讯（记者康功）全省86个县区市工会，“五一”前夕……《甘肃工人报》报道：职工们在〇〇年、",
            "ASCII only, a rather long opening line of some English text here.",
            // Scalars that join their neighbours: the lead must still follow grapheme breaking.
            "e\u{301}" + String(repeating: "字", count: 40),
            String(repeating: "字", count: 29) + "a\u{301}b",
            String(repeating: "字", count: 30) + "\u{301}后",
            String(repeating: "字", count: 29) + "\r\n后面",
            String(repeating: "字", count: 28) + "👨‍👩‍👧" + "后面的字",
            String(repeating: "字", count: 29) + "한국어" + "\u{3099}",
            String(repeating: "字", count: 10) + "𠀀" + String(repeating: "字", count: 30),
        ]
        for text in texts {
            #expect(ArticleLead.prefix(text) == String(text.prefix(30)), "\(text)")
        }
    }

    @Test("every scalar taken as a character of its own is one between any two others")
    func ownCharacters() {
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0x2010...0x2027, 0x3000...0x3029, 0x3400...0x4DBF,
                                             0x4E00...0x9FFF, 0xFF01...0xFF5E]
        let neighbours = ranges.flatMap { [$0.lowerBound, $0.upperBound] }.map { Character(Unicode.Scalar($0)!) }
        for range in ranges {
            for value in range {
                #expect(ArticleLead.isCharacter(value))
                let c = Character(Unicode.Scalar(value)!)
                for n in neighbours where String([n, c, n]).count != 3 {
                    Issue.record("U+\(String(value, radix: 16)) joins \(n)")
                }
            }
        }
        #expect(!ArticleLead.isCharacter(0x302A) && !ArticleLead.isCharacter(0x0D) && !ArticleLead.isCharacter(0x301))
    }
}
