import Foundation
import Testing
import GongbaoKit
@testable import gongbao_bench

/// The generator with the repository's seeds and gold, and the real gazetteer
/// when one is at hand (else a small one covering a few provinces).
enum TestGenerator {
    static let root = TestCorpus.repositoryRoot

    static let regions: RegionTable = {
        let candidates = [
            root.appendingPathComponent("../shared/data/regions.tsv").path,
            "/work/shared/data/regions.tsv",
            root.appendingPathComponent("data/regions.tsv").path,
        ]
        if let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }),
           let text = try? String(contentsOfFile: path, encoding: .utf8), let table = try? RegionTable(tsv: text) {
            return table
        }
        return try! RegionTable(tsv: miniGazetteer)
    }()

    static let generator: ArchiveGenerator = {
        let templates = try! SeedTemplates.load(
            seeds: root.appendingPathComponent("seeds").path,
            gold: root.appendingPathComponent("Tests/GongbaoKitTests/Fixtures/gold/seeds.json").path,
            regions: regions
        )
        return ArchiveGenerator(templates: templates, regions: regions)
    }()

    /// Every file under `directory`, by relative path, with its bytes.
    static func files(in directory: String) -> [String: Data] {
        var out: [String: Data] = [:]
        let e = FileManager.default.enumerator(atPath: directory)!
        while let rel = e.nextObject() as? String {
            let full = (directory as NSString).appendingPathComponent(rel)
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue {
                out[rel] = FileManager.default.contents(atPath: full)
            }
        }
        return out
    }

    static let miniGazetteer = """
        code\tname\tlevel\tparent_code
        140000000000\t山西省\tprovince\t
        140100000000\t太原市\tprefecture\t140000000000
        140105000000\t小店区\tcounty\t140100000000
        140900000000\t忻州市\tprefecture\t140000000000
        140929000000\t岢岚县\tcounty\t140900000000
        420000000000\t湖北省\tprovince\t
        420200000000\t黄石市\tprefecture\t420000000000
        420222000000\t阳新县\tcounty\t420200000000
        500000000000\t重庆市\tprovince\t
        500235000000\t云阳县\tcounty\t500000000000
        620000000000\t甘肃省\tprovince\t
        620800000000\t平凉市\tprefecture\t620000000000
        620822000000\t灵台县\tcounty\t620800000000
        620900000000\t酒泉市\tprefecture\t620000000000
        620902000000\t肃州区\tcounty\t620900000000
        """
}

@Suite("Archive generator")
struct GeneratorTests {
    @Test("the same seed writes byte-identical pages and truth; another seed does not")
    func determinism() throws {
        let a = TestCorpus.temporaryDirectory(), b = TestCorpus.temporaryDirectory(), c = TestCorpus.temporaryDirectory()
        _ = try TestGenerator.generator.generate(articles: 120, seed: 42, into: a)
        _ = try TestGenerator.generator.generate(articles: 120, seed: 42, into: b)
        _ = try TestGenerator.generator.generate(articles: 120, seed: 43, into: c)
        let fa = TestGenerator.files(in: a)
        #expect(fa.count > 10)
        #expect(fa == TestGenerator.files(in: b))
        #expect(fa != TestGenerator.files(in: c))
    }

    @Test("the truth matches the pages: counts, ids, titles, and places named in the text")
    func truthConsistency() throws {
        let dir = TestCorpus.temporaryDirectory()
        let summary = try TestGenerator.generator.generate(articles: 150, seed: 5, into: dir)
        #expect(summary.articles == 150)
        let truth = try String(contentsOfFile: (dir as NSString).appendingPathComponent("truth.jsonl"), encoding: .utf8)
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        var total = 0
        var placesChecked = 0
        let regions = TestGenerator.regions
        for line in truth.split(separator: "\n") {
            let page = try decoder.decode(ArchiveGenerator.PageTruth.self, from: Data(line.utf8))
            #expect(page.page.range(of: #"^\d{4}/\d{2}/\d{2}/page-\d{2}\.txt$"#, options: .regularExpression) != nil)
            #expect((6...12).contains(page.articleCount) || total + page.articleCount == 150)
            #expect(page.articleCount == page.articles.count)
            total += page.articleCount
            let text = try String(contentsOfFile: (dir as NSString).appendingPathComponent(page.page), encoding: .utf8)
            // Hard-wrapped columns may break a name across lines.
            let joined = text.replacingOccurrences(of: "\n", with: "")
            for (k, article) in page.articles.enumerated() {
                #expect(article.id == String(page.page.dropLast(4)) + "#\(k + 1)")
                if !article.title.isEmpty { #expect(text.contains(article.title)) }
                for code in article.about + article.mentioned {
                    let name = regions.regions[code]!.name
                    let short = regions.shortForm(of: code)
                    #expect(joined.contains(name) || short.map { joined.contains($0) } == true, "\(name) not on \(page.page)")
                    placesChecked += 1
                }
                #expect(Set(article.provinces) == Set(article.about.compactMap { regions.province(of: $0) }))
            }
        }
        #expect(total == 150)
        #expect(placesChecked > 50)
    }

    @Test("places are replaced consistently: no original place of an article survives when all were mapped")
    func substitution() {
        var rng = SplitMix64(seed: 9)
        let template = TestGenerator.generator.templates.first { $0.about.count >= 3 }!
        let text = (template.headline.map(\.text) + template.paragraphs).joined(separator: "\n")
        let places = PlaceSubstitution(template: template, regions: TestGenerator.regions, text: text, rng: &rng)
        let moved = places.apply(text)
        for original in template.about where places.mapping[original] != nil {
            let name = TestGenerator.regions.regions[original]!.name
            #expect(!moved.contains(name) || TestGenerator.regions.regions[places.mapping[original]!]!.name.contains(name))
        }
        #expect(moved != text)
    }
}
