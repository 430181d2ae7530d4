import ArgumentParser
import GongbaoKit

struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the entities of one type with their article counts in the filtered set.",
        discussion: "With --with NAME: the entities that appear most often in the same articles as NAME (co-occurrence)."
    )

    @Option(name: .customLong("type"), help: "region, org, person or campaign.")
    var type: EntityKind = .org

    @Option(help: "Show at most N entities (0: all; 10 with --with).")
    var limit = 0

    @Option(name: .customLong("with"), help: ArgumentHelp(
        "Instead of counting the filtered set, list the entities of --type that share the most articles with this one (a name, alias or KIND:NAME).",
        valueName: "NAME"))
    var with: String?

    @OptionGroup var filters: FilterOptions
    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Print JSON Lines: {type, name, key, count} per entity.")
    var json = false

    func run() throws {
        let archive = try corpus.loadArchive()
        let facets: [Facet]
        if let with {
            let key = try FilterOptions.resolveEntity(with, in: archive)
            facets = archive.cooccurring(with: key, kinds: [type], limit: limit > 0 ? limit : 10)
        } else {
            let refs = archive.run(try filters.query(in: archive))
            facets = archive.facets(type, over: refs, limit: limit > 0 ? limit : nil)
        }
        let lines = JSONLines()
        for facet in facets {
            if json {
                Console.write(try lines.line(EntityRecord(type: type.rawValue, name: facet.label, key: facet.key.value, count: facet.count)))
            } else {
                Console.write("\(facet.count)\t\(facet.label)\n")
            }
        }
    }
}

extension EntityKind: ExpressibleByArgument {}

/// One line of `gongbao entities --json`.
struct EntityRecord: Encodable {
    var type: String
    var name: String
    /// The index key: a region's 12-digit code, the canonical name otherwise.
    var key: String
    var count: Int
}
