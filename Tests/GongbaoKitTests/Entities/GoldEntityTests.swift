import Foundation
import Testing
@testable import GongbaoKit

@Suite("Entities against the gold annotations")
struct GoldEntityTests {
    static let scores: (orgs: SetScore, persons: SetScore, campaigns: SetScore) = {
        var orgs = SetScore(), persons = SetScore(), campaigns = SetScore()
        let annotator = EntityAnnotator()
        for page in GoldPage.seeds {
            for (article, gold) in zip(page.articles, page.records) {
                let found = annotator.entities(of: article)
                orgs.add(predicted: Set(found.orgs.map(\.name)), gold: Set(gold.orgs), label: article.id)
                persons.add(predicted: Set(found.persons.map(\.name)), gold: Set(gold.persons), label: article.id)
                campaigns.add(predicted: Set(found.campaigns.map(\.term)), gold: Set(gold.campaigns), label: article.id)
            }
        }
        for (name, score) in [("organisations", orgs), ("persons", persons), ("campaigns", campaigns)] {
            print(score.report(name))
            for miss in score.misses { print("  " + miss) }
        }
        return (orgs, persons, campaigns)
    }()

    @Test("organisations reach precision 0.90 and recall 0.85 over the five seed pages")
    func organisations() {
        let s = Self.scores.orgs
        #expect(s.precision >= 0.90, "\(s.report("organisations"))")
        #expect(s.recall >= 0.85, "\(s.report("organisations"))")
    }

    @Test("persons reach precision 0.90 and recall 0.85 over the five seed pages")
    func persons() {
        let s = Self.scores.persons
        #expect(s.precision >= 0.90, "\(s.report("persons"))")
        #expect(s.recall >= 0.85, "\(s.report("persons"))")
    }

    @Test("campaign terms reach precision 0.80 and recall 0.80 over the five seed pages")
    func campaigns() {
        let s = Self.scores.campaigns
        #expect(s.precision >= 0.80, "\(s.report("campaigns"))")
        #expect(s.recall >= 0.80, "\(s.report("campaigns"))")
    }

    @Test("the gold articles are rebuilt with text in them")
    func rebuilt() {
        let articles = GoldPage.seeds.flatMap(\.articles)
        #expect(articles.count == 41)
        #expect(articles.allSatisfy { !$0.paragraphs.isEmpty })
    }
}
