import ArgumentParser
import GongbaoKit

struct Regions: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the corpus's region tree with article counts per place.",
        discussion: "A place counts the articles about it or about any place under it. Filters narrow the articles counted."
    )

    @OptionGroup var filters: FilterOptions
    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Print the tree as one JSON array of {code, name, level, count, children}.")
    var json = false

    func run() throws {
        let archive = try corpus.loadArchive()
        let refs = archive.run(try filters.query(in: archive))
        let tree = RegionTree(counts: archive.regionCounts(over: refs), gazetteer: .shared)
        if json {
            Console.write(try JSONLines().line(tree.roots))
        } else {
            for line in tree.lines() { Console.write(line + "\n") }
        }
    }
}

/// The places an archive counts, arranged by the gazetteer's hierarchy.
struct RegionTree {
    struct Node: Encodable {
        var code: String
        var name: String
        var level: RegionLevel
        var count: Int
        var children: [Node]
    }

    var roots: [Node]

    init(counts: [String: Int], gazetteer: Gazetteer) {
        var children: [String: [String]] = [:]
        var roots: [String] = []
        for code in counts.keys {
            // The nearest counted ancestor is the parent (all ancestors are counted too).
            if let parent = gazetteer.ancestors(of: code).first(where: { counts[$0] != nil }) {
                children[parent, default: []].append(code)
            } else {
                roots.append(code)
            }
        }
        func build(_ code: String) -> Node {
            let kids = (children[code] ?? []).map(build)
                .sorted { $0.count != $1.count ? $0.count > $1.count : $0.code < $1.code }
            return Node(code: code, name: gazetteer.name(of: code) ?? code,
                        level: gazetteer.level(of: code) ?? .province, count: counts[code] ?? 0, children: kids)
        }
        self.roots = roots.map(build).sorted { $0.count != $1.count ? $0.count > $1.count : $0.code < $1.code }
    }

    /// `name<TAB>count` lines, indented two spaces per level.
    func lines() -> [String] {
        var out: [String] = []
        func walk(_ node: Node, depth: Int) {
            out.append(String(repeating: "  ", count: depth) + "\(node.name)\t\(node.count)")
            for child in node.children { walk(child, depth: depth + 1) }
        }
        for root in roots { walk(root, depth: 0) }
        return out
    }
}
