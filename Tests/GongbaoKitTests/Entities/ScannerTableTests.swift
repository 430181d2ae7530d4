import Foundation
import Testing
@testable import GongbaoKit

@Suite("Tables the entity scanners build once per text")
struct ScannerTableTests {
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
}
