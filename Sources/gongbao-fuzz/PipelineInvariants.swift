import Foundation
import GongbaoKit

/// What must hold for any bytes whatsoever: reading never crashes, every
/// article's spans lie inside the file, ids are unique, and the articles
/// encode to JSON that parses back.
enum PipelineInvariants {
    static let pipeline = ArticlePipeline.standard

    /// Runs the whole pipeline on `bytes`; stops the process with a message when an invariant breaks.
    static func check(_ bytes: [UInt8]) {
        guard case .success(let page) = PageReader.page(source: "fuzz.txt", bytes: bytes) else { return }
        let articles = pipeline.articles(of: page)
        var ids = Set<String>()
        for article in articles {
            guard ids.insert(article.id).inserted else { fail("duplicate id \(article.id)") }
            for span in article.lines {
                guard span.start >= 1, span.start <= span.end, span.end <= max(page.lines.count, 1) else {
                    fail("span \(span.start)-\(span.end) outside 1...\(page.lines.count) in \(article.id)")
                }
            }
        }
        do {
            let data = try JSONEncoder().encode(articles)
            _ = try JSONSerialization.jsonObject(with: data)
        } catch {
            fail("JSON round trip failed: \(error)")
        }
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("invariant broken: \(message)\n".utf8))
        abort()
    }
}
