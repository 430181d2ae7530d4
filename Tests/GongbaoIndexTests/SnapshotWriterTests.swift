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

    @Test("ids compare byte-wise as lexicographicallyPrecedes and == say")
    func idOrder() {
        let ids = ["", "a", "ab", "b", "2024-01-01/1", "2024-01-01/10", "2024-01-01/2", "工会", "工", "Z", "z"]
        for a in ids {
            for b in ids {
                let order = SnapshotWriter.compare(Array(a.utf8), Array(b.utf8))
                #expect((order < 0) == Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8)), "\(a) \(b)")
                #expect((order == 0) == (a == b), "\(a) \(b)")
            }
        }
    }

    @Test("the headline bytes are TextNormalization.searchHeadline's: empty parts left out, folded")
    func headline() {
        let articles = [
            Article(id: "a", source: "a.txt", index: 0),
            Article(id: "b", source: "b.txt", index: 0, title: "甘肃省总工会"),
            Article(id: "c", source: "c.txt", index: 0, kicker: "引题ＡＢＣ", title: "", subtitle: "副题 Mixed"),
            Article(id: "d", source: "d.txt", index: 0, kicker: "k", title: "T\u{0}t", subtitle: "ｓｕｂ！"),
        ]
        var bytes: [UInt8] = [0xFF], scratch: [UInt8] = [0xFE]
        for article in articles {
            SearchText.headline(of: article, into: &bytes, scratch: &scratch)
            #expect(bytes == Array(TextNormalization.searchHeadline(of: article).utf8), "\(article.id)")
        }
    }
}
