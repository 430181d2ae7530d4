import Testing
@testable import GongbaoKit

@Suite struct DebugDump {
    @Test func dump() {
        let page = Fixtures.seed("001")
        let pieces = ParagraphBuilder.pieces(from: LineClassifier.classify(page))
        let drafts = ArticleGrouper.group(pieces)
        let d = drafts[2]
        for e in ReadingOrderRepair.repair(d.elements) {
            switch e {
            case .paragraph(let p): print("P", p.lines, p.endsSentence, p.text.prefix(10), p.text.suffix(6))
            case .subhead(let l, let t): print("S", l, t)
            default: print(e.lines)
            }
        }
    }
}
