import Foundation
import Testing
@testable import GongbaoKit

@Suite("Reading pages")
struct PageReaderTests {
    let sample = "本报讯(记者康功)全省86个县区市工会。\n第二行\n"

    @Test("UTF-8 without a BOM is read as UTF-8")
    func utf8() throws {
        let page = try PageReader.page(source: "a.txt", bytes: Array(sample.utf8)).get()
        #expect(page.encoding == .utf8)
        #expect(page.lines == ["本报讯(记者康功)全省86个县区市工会。", "第二行"])
        #expect(page.key == "a")
    }

    @Test("a UTF-8 BOM is dropped")
    func utf8BOM() throws {
        let page = try PageReader.page(source: "a.txt", bytes: [0xEF, 0xBB, 0xBF] + Array(sample.utf8)).get()
        #expect(page.lines.first == "本报讯(记者康功)全省86个县区市工会。")
    }

    @Test("UTF-16 with either byte-order mark is decoded")
    func utf16() throws {
        let units = Array(sample.utf16)
        let le: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try PageReader.page(source: "a.txt", bytes: le).get().lines.count == 2)
        #expect(try PageReader.page(source: "a.txt", bytes: be).get().encoding == .utf16BE)
    }

    @Test("GBK and GB18030 bytes are detected and decoded")
    func gb18030() throws {
        // 甘肃省总工会 in GBK, then a 4-byte GB18030 sequence (U+20000 𠀀).
        let gbk: [UInt8] = [0xB8, 0xCA, 0xCB, 0xE0, 0xCA, 0xA1, 0xD7, 0xDC, 0xB9, 0xA4, 0xBB, 0xE1, 0x0A,
                            0x95, 0x32, 0x82, 0x36]
        let page = try PageReader.page(source: "g.txt", bytes: gbk).get()
        #expect(page.encoding == .gb18030)
        #expect(page.lines == ["甘肃省总工会", "𠀀"])
    }

    @Test("a seed page re-encoded in GB18030 reads back identical")
    func seedInGB18030() throws {
        let page = Fixtures.seed("001")
        let text = page.lines.joined(separator: "\n")
        let encoded = try #require(gb18030Encode(text))
        let back = try PageReader.page(source: page.source, bytes: encoded).get()
        #expect(back.encoding == .gb18030)
        #expect(back.lines == page.lines)
    }

    @Test("CRLF and lone CR end lines; trailing spaces and ideographic spaces are trimmed")
    func lineEnds() throws {
        let page = try PageReader.page(source: "a.txt", bytes: Array("一\r\n二 \u{3000}\r三\n\n四".utf8)).get()
        #expect(page.lines == ["一", "二", "三", "", "四"])
    }

    @Test("leading indentation is kept for the segmenter")
    func indentation() throws {
        let page = try PageReader.page(source: "a.txt", bytes: Array("\u{3000}\u{3000}正文\n\t缩进".utf8)).get()
        #expect(page.lines == ["\u{3000}\u{3000}正文", "\t缩进"])
    }

    @Test("NUL bytes mark a binary file")
    func binary() {
        let result = PageReader.page(source: "x.txt", bytes: [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00])
        #expect(throws: DecodingFailure.binary) { try result.get() }
    }

    @Test("bytes that are neither UTF-8 nor GB18030 are undecodable")
    func undecodable() {
        let result = PageReader.page(source: "x.txt", bytes: [0xFF, 0xFF, 0x81, 0x20])
        #expect(throws: DecodingFailure.undecodable) { try result.get() }
    }

    @Test("pages read line by line as the decoder reads the whole text: valid or not, marks and line ends anywhere")
    func linesAsDecoded() {
        let pieces: [[UInt8]] = [
            Array("工".utf8), Array("ab".utf8), [0x20], [0x09], Array("\u{3000}".utf8), Array("\u{A0}".utf8),
            [0x0D], [0x0A], [0xEF, 0xBB, 0xBF], [0x80], [0xE3], [0xE3, 0x80], [0xC2], [0xF0, 0x9F], [0xFF], [0xBF],
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for round in 0..<4000 {
            var bytes: [UInt8] = round % 5 == 0 ? [0xEF, 0xBB, 0xBF] : []
            for _ in 0..<next(12) {
                // Mostly valid pieces, so that many pages are valid UTF-8 with one flaw or none.
                bytes += pieces[next(4) == 0 ? next(pieces.count) : next(9)]
            }
            let expected = TextDecoder.decode(bytes).map { PageReader.splitLines($0.text) }
            let page = PageReader.page(source: "p.txt", bytes: bytes)
            switch (page, TextDecoder.decode(bytes)) {
            case (.success(let page), .success(let decoded)):
                #expect(page.lines == (try? expected.get()) && page.encoding == decoded.encoding, "\(bytes)")
            case (.failure(let a), .failure(let b)):
                #expect(a == b, "\(bytes)")
            default:
                Issue.record("\(bytes): \(page) but the decoder gives \(expected)")
            }
        }
    }

    @Test("an empty file is a page with no lines")
    func empty() throws {
        #expect(try PageReader.page(source: "e.txt", bytes: []).get().lines.isEmpty)
    }

    private func gb18030Encode(_ text: String) -> [UInt8]? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        p.arguments = ["-f", "UTF-8", "-t", "GB18030"]
        let inPipe = Pipe(), outPipe = Pipe()
        p.standardInput = inPipe
        p.standardOutput = outPipe
        guard (try? p.run()) != nil else { return nil }
        inPipe.fileHandleForWriting.write(Data(text.utf8))
        try? inPipe.fileHandleForWriting.close()
        let data = outPipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return p.terminationStatus == 0 ? [UInt8](data) : nil
    }
}

@Suite("Finding corpus files")
struct CorpusTests {
    @Test("a missing path is an error naming it")
    func missing() {
        #expect(throws: CorpusError.missingPath("/no/such/dir")) {
            try Corpus.files(in: ["/no/such/dir"])
        }
    }

    @Test("directories are searched recursively for *.txt, in path order")
    func recursive() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gb-corpus-\(UUID())")
        defer { try? FileManager.default.removeItem(at: dir) }
        let fm = FileManager.default
        try fm.createDirectory(at: dir.appendingPathComponent("b/c"), withIntermediateDirectories: true)
        for name in ["z.txt", "a.txt", "b/c/m.txt", "b/readme.md"] {
            try Data("x".utf8).write(to: dir.appendingPathComponent(name))
        }
        let files = try Corpus.files(in: [dir.path])
        #expect(files.map(\.source) == ["a.txt", "b/c/m.txt", "z.txt"])
    }

    @Test("a symlink loop is reported once and does not hang")
    func symlinkLoop() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gb-loop-\(UUID())")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: dir.appendingPathComponent("sub/p.txt"))
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("sub/loop").path, withDestinationPath: dir.path)
        var warnings: [CorpusWarning] = []
        let files = try Corpus.files(in: [dir.path]) { warnings.append($0) }
        #expect(files.map(\.source) == ["sub/p.txt"])
        #expect(warnings.count == 1)
    }
}
