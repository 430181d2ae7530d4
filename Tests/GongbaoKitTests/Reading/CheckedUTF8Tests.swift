import Testing
@testable import GongbaoKit

@Suite("Checked UTF-8")
struct CheckedUTF8Tests {
    /// What the standard library says of `bytes`: valid, and all ASCII.
    private func reference(_ bytes: [UInt8]) -> (valid: Bool, isASCII: Bool) {
        (String(validating: bytes, as: UTF8.self) != nil, bytes.allSatisfy { $0 < 0x80 })
    }

    private func check(_ bytes: [UInt8]) -> (valid: Bool, isASCII: Bool) {
        bytes.withUnsafeBufferPointer { CheckedUTF8.check($0) }
    }

    /// The sequences among `sequences` that `check` judges otherwise than the standard library.
    private func misjudged(_ sequences: [[UInt8]]) -> [[UInt8]] {
        sequences.filter { check($0) != reference($0) }
    }

    @Test("every sequence of one or two bytes is judged as the standard library does")
    func shortSequences() {
        var sequences: [[UInt8]] = []
        for a in 0...255 {
            sequences.append([UInt8(a)])
            for b in 0...255 { sequences.append([UInt8(a), UInt8(b)]) }
        }
        #expect(misjudged(sequences) == [])
    }

    @Test("every lead and second byte of three and four bytes, at the edges of each range")
    func longSequences() {
        let edges: [UInt8] = [0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF]
        var sequences: [[UInt8]] = []
        for lead in 0xC0...0xFF {
            for b1 in 0...255 {
                for b2 in edges {
                    sequences.append([UInt8(lead), UInt8(b1), b2])
                    // Followed by ASCII, so that the sequence is read a word at a time.
                    sequences.append([UInt8(lead), UInt8(b1), b2, 0x61])
                    for b3 in edges { sequences.append([UInt8(lead), UInt8(b1), b2, b3]) }
                }
            }
        }
        #expect(misjudged(sequences) == [])
    }

    @Test("three-byte sequences beside a valid one, read two at a time")
    func pairedSequences() {
        let edges: [UInt8] = [0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF]
        let valid = Array("工".utf8)
        var sequences: [[UInt8]] = []
        for lead in 0xE0...0xEF {
            for b1 in 0...255 {
                for b2 in edges {
                    let sequence = [UInt8(lead), UInt8(b1), b2]
                    sequences.append(sequence + valid + [0x61, 0x61])
                    sequences.append(valid + sequence + [0x61, 0x61])
                }
            }
        }
        #expect(misjudged(sequences) == [])
    }

    @Test("text and truncated text, as a page holds them")
    func text() {
        let text = Array("本报讯(记者康功)全省86个县区市工会 𠀀 é".utf8)
        #expect(misjudged((0...text.count).map { Array(text[..<$0]) }) == [])
        let ascii = check(Array("plain ASCII".utf8))
        #expect(ascii.valid && ascii.isASCII)
    }

    @Test("the String made is the one decoding makes, ASCII or not")
    func string() {
        for text in ["", "a", "short ASCII", "甘肃省总工会", "a line of ASCII longer than fifteen bytes", "混合 mixed 𠀀"] {
            let bytes = Array(text.utf8)
            let made = bytes.withUnsafeBufferPointer { CheckedUTF8.string($0, isASCII: CheckedUTF8.check($0).isASCII) }
            #expect(made == text)
            #expect(Array(made.utf8) == bytes)
        }
    }
}
