import GongbaoKit

/// The regions of the current article list as a tree (province ▸ prefecture ▸
/// county), each with its article count, built from the archive's parent links.
struct RegionTree: Sendable {
    struct Node: Sendable {
        var code: String
        var label: String
        var count: Int
        var children: [Int]
    }

    private(set) var nodes: [Node] = []
    private(set) var roots: [Int] = []

    init() {}

    /// Builds the tree of the regions in `counts`. A region whose parent is not
    /// counted (or unknown) is a root. Siblings: most articles first, then by name.
    init(counts: [String: Int], archive: Archive) {
        var index: [String: Int] = [:]
        for (code, count) in counts {
            index[code] = nodes.count
            nodes.append(Node(code: code, label: archive.label(of: EntityKey(.region, code)), count: count, children: []))
        }
        for i in nodes.indices {
            if let parent = archive.regionParent(of: nodes[i].code), let p = index[parent] {
                nodes[p].children.append(i)
            } else {
                roots.append(i)
            }
        }
        let order: (Int, Int) -> Bool = { [nodes] a, b in
            nodes[a].count != nodes[b].count ? nodes[a].count > nodes[b].count : nodes[a].label < nodes[b].label
        }
        roots.sort(by: order)
        for i in nodes.indices { nodes[i].children.sort(by: order) }
    }

    /// The rows to show: roots, and the children of every expanded node, depth first.
    /// A single root starts expanded (there is nothing else to see) unless collapsed explicitly.
    func rows(expanded: Set<String>, collapsed: Set<String> = []) -> [FacetRow] {
        var rows: [FacetRow] = []
        func visit(_ i: Int, depth: Int) {
            let node = nodes[i]
            let open = !node.children.isEmpty && (expanded.contains(node.code) || (depth == 0 && roots.count == 1 && !collapsed.contains(node.code)))
            rows.append(FacetRow(
                key: EntityKey(.region, node.code), label: node.label, count: node.count, depth: depth,
                disclosure: node.children.isEmpty ? .leaf : open ? .expanded : .collapsed))
            if open { for child in node.children { visit(child, depth: depth + 1) } }
        }
        for root in roots { visit(root, depth: 0) }
        return rows
    }
}

/// One row of the facet pane.
struct FacetRow: Sendable, Hashable {
    enum Disclosure: Sendable, Hashable { case leaf, collapsed, expanded }

    var key: EntityKey
    var label: String
    var count: Int
    var depth: Int
    var disclosure: Disclosure
}
