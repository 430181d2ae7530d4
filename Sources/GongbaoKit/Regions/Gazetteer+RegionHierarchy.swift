/// The gazetteer is the region hierarchy the archive counts and filters with.
extension Gazetteer: RegionHierarchy {
    // These walk the node tables by index: making a `Region` (two code strings and a
    // name) for every step cost more than the store's whole use of the answer.
    public func ancestors(of code: String) -> [String] {
        guard let i = index(ofCode: code) else { return [] }
        var out: [String] = []
        var p = Int(nodes.parents[i])
        while p >= 0 {
            out.append(GazetteerNodes.codeString(nodes.codes[p]))
            p = Int(nodes.parents[p])
        }
        return out
    }

    public func name(of code: String) -> String? { index(ofCode: code).map { nodes.names[$0] } }

    public func level(of code: String) -> RegionLevel? { index(ofCode: code).map { nodes.levels[$0] } }
}
