import Foundation
import Testing
import GongbaoKit
@testable import GongbaoIndex

@Suite("Corpus scanner")
struct CorpusScannerTests {
    @Test("the scanner finds the same files in the same order as Corpus.files, with the same warnings")
    func sameAsCorpus() throws {
        let root = TestCorpus.temporaryDirectory()
        let fm = FileManager.default
        func file(_ rel: String, _ text: String = "正文。") {
            let path = (root as NSString).appendingPathComponent(rel)
            try! fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            TestCorpus.write(text, to: path)
        }
        file("b.txt"); file("a.TXT"); file("notes.md"); file(".hidden.txt"); file(".git/x.txt")
        file("2021/03/14/page-02.txt"); file("2021/03/14/page-01.txt"); file("2021/03/2/page-01.txt")
        file("x-1.txt"); file("x.txt"); file("甲/乙.txt")
        try fm.createSymbolicLink(atPath: (root as NSString).appendingPathComponent("link.txt"), withDestinationPath: "b.txt")
        try fm.createSymbolicLink(atPath: (root as NSString).appendingPathComponent("2021/loop"), withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: (root as NSString).appendingPathComponent("dangling.txt"), withDestinationPath: "nowhere.txt")
        try fm.createSymbolicLink(atPath: (root as NSString).appendingPathComponent("alias"), withDestinationPath: "甲")
        var corpusWarnings: [String] = [], scannerWarnings: [String] = []
        let expected = try Corpus.files(in: [root, (root as NSString).appendingPathComponent("x.txt")]) { corpusWarnings.append($0.description) }
        let scanned = try CorpusScanner.scan([root, (root as NSString).appendingPathComponent("x.txt")]) { scannerWarnings.append($0.description) }
        #expect(scanned.map(\.path) == expected.map(\.path))
        #expect(scanned.map(\.source) == expected.map(\.source))
        #expect(scannerWarnings == corpusWarnings)
        #expect(scanned.allSatisfy { $0.canonical == URL(fileURLWithPath: $0.path).resolvingSymlinksInPath().path })
        #expect(throws: CorpusError.self) { try CorpusScanner.scan([root + "/missing"]) { _ in } }
    }
}
