import ArgumentParser
import Foundation

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate a realistic archive of N articles from the seed pages, with its ground truth.",
        discussion: """
            Pages go to DIR/YYYY/MM/DD/page-NN.txt, 6–12 articles each, in the layouts the seeds show \
            (markdown headings, plain headlines, hard-wrapped OCR columns, half- and full-width \
            punctuation), each article moved to other real places from the gazetteer. DIR/truth.jsonl \
            holds, per page, the article count and each article's id, title and regions by code. \
            The same --seed gives byte-identical output.
            """
    )

    @Option(help: "Number of articles.")
    var articles: Int

    @Option(help: "Output folder.")
    var out: String

    @Option(help: "Seed of the pseudo-random generator.")
    var seed: UInt64 = 1

    @OptionGroup var sources: GeneratorSources

    func run() throws {
        let generator = try sources.generator()
        let summary = try generator.generate(articles: articles, seed: seed, into: out)
        print("wrote \(summary.articles) articles on \(summary.pages) pages (\(String(format: "%.1f", Double(summary.bytes) / 1_048_576)) MB) to \(out)")
    }
}

/// Where the generator finds its material.
struct GeneratorSources: ParsableArguments {
    @Option(help: "Folder of seed pages.")
    var seeds = "seeds"

    @Option(help: "Gold annotations of the seed pages (article spans and places). Default: the test fixture, else ../shared/gold/seeds.json; without one, the segmenter cuts the pages.")
    var gold: String?

    @Option(help: "Gazetteer TSV (code, name, level, parent_code). Default: the first found of the usual places.")
    var gazetteer: String?

    func generator() throws -> ArchiveGenerator {
        let regions = try RegionTable.load(path: gazetteer)
        let goldPath = gold ?? ["Tests/GongbaoKitTests/Fixtures/gold/seeds.json", "../shared/gold/seeds.json"]
            .first { FileManager.default.fileExists(atPath: $0) }
        let templates = try SeedTemplates.load(seeds: seeds, gold: goldPath, regions: regions)
        return ArchiveGenerator(templates: templates, regions: regions)
    }
}
