import Testing
@testable import GongbaoKit

/// The finder's per-scalar shortcuts answer as what they stand for.
@Suite("Region cue classes and the matcher's walks")
struct RegionCueTablesTests {
    @Test("a scalar's class is what the cue words' own tests say of it")
    func classesAgreeWithTheTests() {
        let classes = CueWords.classes
        var scalars = (0..<UInt32(0x10000)).compactMap { Unicode.Scalar($0) }
        scalars += ["𱳪", "𠀋", "👩"]
        let disagreeing = scalars.filter { s in
            let c = classes[s]
            return c.contains(.clauseBreak) != CueWords.isClauseBreak(s)
                || c.contains(.surname) != CueWords.surnames.contains(s)
                || c.contains(.notInAffiliation) != CueWords.notInAffiliation.contains(s)
        }
        #expect(disagreeing.isEmpty)
        #expect(classes["，"] == .clauseBreak)
        #expect(classes["王"] == .surname)
        #expect(classes["给"] == .notInAffiliation)
        #expect(classes["省"] == [])
    }

    /// Every occurrence of every pattern, by brute force, in the matcher's order (by end, longest first).
    private func naiveMatches(_ patterns: [[Unicode.Scalar]], in text: [Unicode.Scalar]) -> [ScalarMatcher.Match] {
        var found: [ScalarMatcher.Match] = []
        for end in 0...text.count {
            for (id, p) in patterns.enumerated().sorted(by: { $0.element.count > $1.element.count })
            where !p.isEmpty && p.count <= end && Array(text[(end - p.count)..<end]) == p
                && patterns.firstIndex(of: p) == id {
                found.append(ScalarMatcher.Match(start: end - p.count, end: end, pattern: Int32(id)))
            }
        }
        return found
    }

    @Test("matches are reported on every kind of transition: the root's, an only child's, a hashed edge's, a fail link's")
    func matchesOnEveryKindOfTransition() {
        // 省 ends at the root's child; 甘肃 through an only child; 江西, 江苏 and 江门 through 江's
        // hashed edges; 肃省 only down 甘肃省's output link.
        let patterns = ["省", "甘肃", "甘肃省会", "江西", "江苏", "江门", "肃省", "西江", "江"].map { Array($0.unicodeScalars) }
        let m = ScalarMatcher(patterns: patterns)
        for text in ["在甘肃省会兰州", "江西江苏江门", "西江西", "甘肃省", "甘江苏省a江门x", "", "无"] {
            let scalars = Array(text.unicodeScalars)
            let expected = naiveMatches(patterns, in: scalars)
            #expect(m.matches(in: scalars) == expected, "\(text)")
            var decoded = [Unicode.Scalar](repeating: "\0", count: text.utf8.count + 1)
            var walked: [ScalarMatcher.Match] = []
            var copy = text
            let count = decoded.withUnsafeMutableBufferPointer { out in
                copy.withUTF8 { bytes in m.forEachMatch(inUTF8: bytes, decodingInto: out.baseAddress!) { walked.append($0) } }
            }
            #expect(walked == expected, "\(text)")
            #expect(Array(decoded[..<count]) == scalars)
        }
    }
}
