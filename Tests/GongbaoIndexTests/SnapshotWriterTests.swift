import Testing
import GongbaoKit
@testable import GongbaoIndex

@Suite("Snapshot writer")
struct SnapshotWriterTests {
    @Test("the raw body bytes are TextNormalization.rawBody's, empty parts and boxes included")
    func rawBody() {
        let articles = [
            Article(id: "a", source: "a.txt", index: 0),
            Article(id: "b", source: "b.txt", index: 0, paragraphs: ["第一段。"]),
            Article(id: "c", source: "c.txt", index: 0, paragraphs: ["", "第二段", ""],
                    boxes: [Box(label: "阅读提示", text: "提示"), Box(label: "", text: "")]),
            Article(id: "d", source: "d.txt", index: 0, boxes: [Box(label: "注", text: "only a box")]),
        ]
        var bytes: [UInt8] = [0xFF]
        for article in articles {
            SnapshotWriter.rawBody(of: article, into: &bytes)
            #expect(bytes == Array(TextNormalization.rawBody(of: article).utf8), "\(article.id)")
        }
    }
}
