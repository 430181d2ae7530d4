import Foundation
@testable import GongbaoKit

/// Pages made from the seeds to test that rules hold beyond the seeds as printed:
/// re-wrapped, with punctuation of the other width, with articles reordered, re-encoded.
enum PageVariants {
    /// A small deterministic generator, so that variants are the same on every run.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            var z = state
            z = (z ^ (z >> 33)) &* 0xFF51_AFD7_ED55_8CCD
            return z ^ (z >> 29)
        }
    }

    /// Each body paragraph (a line that is not a markdown heading and is long, or ends a
    /// sentence) hard-wrapped at 20–25 characters, as OCR of a narrow column prints it.
    static func rewrapped(_ page: Page, seed: UInt64 = 1) -> Page {
        var generator = Generator(seed: seed)
        var lines: [String] = []
        for line in page.lines {
            let chars = Array(line)
            let isParagraph = chars.count > 40 || (chars.count > 25 && TerminalPunctuation.endsWithTerminalPunctuation(line))
            guard !line.hasPrefix("#"), isParagraph else {
                lines.append(line)
                continue
            }
            let width = Int.random(in: 20...25, using: &generator)
            var start = 0
            while start < chars.count {
                let end = min(chars.count, start + width)
                lines.append(String(chars[start..<end]).trimmedSpaces)
                start = end
            }
        }
        return Page(source: page.source, lines: lines, encoding: page.encoding)
    }

    static let halfToFull: [Character: Character] = [",": "，", "(": "（", ")": "）", ":": "：", ";": "；", "?": "？", "!": "！"]
    static let fullToHalf: [Character: Character] = Dictionary(uniqueKeysWithValues: halfToFull.map { ($1, $0) })

    /// The text with punctuation swapped by `table`.
    static func swapped(_ text: String, _ table: [Character: Character]) -> String {
        String(text.map { table[$0] ?? $0 })
    }

    static func punctuationSwapped(_ page: Page, _ table: [Character: Character]) -> Page {
        Page(source: page.source, lines: page.lines.map { swapped($0, table) }, encoding: page.encoding)
    }

    /// The page's contiguous gold articles as blocks of lines, shuffled and joined with two
    /// blank lines between them. Articles scattered over the page (and the items they
    /// surround) are left out.
    static func reordered(_ page: Page, gold: [GoldArticle], seed: UInt64) -> Page {
        let scattered = gold.filter { $0.start_line == nil }.flatMap { $0.spans.map { $0[0]...$0[1] } }
        var blocks: [[String]] = gold.compactMap { article in
            guard let start = article.start_line, let end = article.end_line,
                  !scattered.contains(where: { $0.overlaps(start...end) })
            else { return nil }
            return Array(page.lines[(start - 1)..<end])
        }
        var generator = Generator(seed: seed)
        blocks.shuffle(using: &generator)
        let lines = blocks.flatMap { $0 + ["", ""] }
        return Page(source: page.source, lines: lines, encoding: page.encoding)
    }

    /// The line without an opening `本报讯（…）`, as a paper that prints no datelines would have it.
    static func withoutReportDateline(_ line: String) -> String {
        guard let range = line.range(of: "本报讯（"), let close = line[range.upperBound...].firstIndex(of: "）") else { return line }
        return String(line[..<range.lowerBound] + line[line.index(after: close)...])
    }

    /// The page's text encoded in GB18030 by the system's iconv, then read back through `PageReader`.
    static func throughGB18030(_ page: Page) -> Page? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", "GB18030"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        guard (try? process.run()) != nil else { return nil }
        input.fileHandleForWriting.write(Data(page.lines.joined(separator: "\n").utf8))
        try? input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return try? PageReader.page(source: page.source, bytes: [UInt8](data)).get()
    }

    /// The share of `titles` (non-empty ones) that some article carries exactly.
    static func titlesFound(_ titles: [String], in articles: [Article]) -> (found: Int, of: Int, missing: [String]) {
        let wanted = titles.filter { !$0.isEmpty }
        let have = Set(articles.map(\.title))
        let missing = wanted.filter { !have.contains($0) }
        return (wanted.count - missing.count, wanted.count, missing)
    }
}
