import Foundation
import Testing
@testable import GongbaoKit

@Test("scratch") func scratch() throws {
    let text = ProcessInfo.processInfo.environment["GB_TEXT"] ?? ""
    let lexicon = RegionLexicon.shared
    let article = Article(id: "x", source: "x", index: 1, paragraphs: text.components(separatedBy: "|"))
    let mentions = RegionMentionFinder(lexicon: lexicon).mentions(in: article)
    let readings = RegionResolver(lexicon: lexicon).resolve(mentions, page: .init(dominantProvince: nil))
    for (m, r) in zip(mentions, readings) { print("M", m.surface, m.zone, m.cues.rawValue, m.adjacentPrevious as Any, r) }
    for t in RegionRoleJudge(gazetteer: lexicon.gazetteer).tags(mentions, readings) { print("T", t.name, t.role, t.count, t.path, t.candidates) }
}
