import Foundation
import Testing
@testable import GongbaoKit

@Suite("Region recognition against the gold seed annotations")
struct RegionGoldScoreTests {
    struct Outcome {
        var province = SetScore()
        var prefecture = SetScore()
        var county = SetScore()
        var township = SetScore()
        var falseHits: [String] = []
        var report: [String] = []
    }

    static let outcome: Outcome = {
        var outcome = Outcome()
        let gazetteer = Gazetteer.shared
        let pages = (try? GoldRegionPage.load()) ?? []
        for var page in pages {
            RegionAnnotator().annotate(&page.articles, on: page.page)
            for (article, gold) in zip(page.articles, page.gold) {
                var about: [RegionLevel: Set<String>] = [:]
                for tag in article.regions where tag.role == .about && !tag.code.isEmpty {
                    for r in gazetteer.lineage(of: tag.code) { about[r.level, default: []].insert(r.name) }
                }
                outcome.province.add(predicted: about[.province] ?? [], gold: Set(gold.provinces))
                outcome.prefecture.add(predicted: about[.prefecture] ?? [], gold: Set(gold.prefectures))
                outcome.county.add(predicted: about[.county] ?? [], gold: Set(gold.counties))
                // The gold may name a township by a former suffix (宋家沟乡, now 宋家沟镇).
                outcome.township.add(predicted: Set((about[.township] ?? []).map(Self.townshipStem)),
                                     gold: Set(gold.townships.map(Self.townshipStem)))

                let allowed = Set(gold.everything.map(Self.townshipStem))
                for tag in article.regions {
                    let names = tag.code.isEmpty
                        ? tag.candidates.flatMap { gazetteer.path(of: $0) }
                        : gazetteer.path(of: tag.code)
                    let stems = names.map(Self.townshipStem)
                    let ok = tag.code.isEmpty ? stems.contains { allowed.contains($0) } : stems.allSatisfy { allowed.contains($0) }
                    if !ok { outcome.falseHits.append("\(article.id): \(tag.name) \(tag.path) \(tag.role.rawValue)") }
                }
                let shown = article.regions.map { "\($0.name)\($0.role == .about ? "" : "(m)")×\($0.count)\($0.code.isEmpty ? "?" : "")" }
                outcome.report.append("\(article.id) \(article.displayTitle.prefix(16)): \(shown.joined(separator: " "))")
            }
        }
        return outcome
    }()

    static func townshipStem(_ name: String) -> String {
        for suffix in RegionShortForms.townshipSuffixes where name.hasSuffix(suffix) {
            return String(name.dropLast(suffix.count))
        }
        return name
    }

    @Test("the gold seeds load as 41 articles")
    func goldLoads() throws {
        let pages = try GoldRegionPage.load()
        #expect(pages.map(\.articles.count).reduce(0, +) == 41)
    }

    @Test("about regions reach F1 0.95 at province level on the gold seeds")
    func provinceLevel() {
        let o = Self.outcome
        print("regions per article:\n" + o.report.joined(separator: "\n"))
        print("province   \(o.province)\nprefecture \(o.prefecture)\ncounty     \(o.county)\ntownship   \(o.township)")
        #expect(o.province.f1 >= 0.95)
    }

    @Test("about regions reach F1 0.90 at county level on the gold seeds")
    func countyLevel() {
        #expect(Self.outcome.county.f1 >= 0.90)
    }

    @Test("no seed article gets a region the gold does not list at any level")
    func noFalseHits() {
        let hits = Self.outcome.falseHits
        print("false hits: \(hits.count)" + (hits.isEmpty ? "" : "\n" + hits.joined(separator: "\n")))
        #expect(hits.isEmpty)
    }
}
