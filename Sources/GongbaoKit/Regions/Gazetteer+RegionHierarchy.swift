/// The gazetteer is the region hierarchy the archive counts and filters with.
extension Gazetteer: RegionHierarchy {
    public func ancestors(of code: String) -> [String] {
        var out: [String] = []
        var current = region(code: code)?.parentCode
        while let parent = current {
            out.append(parent)
            current = region(code: parent)?.parentCode
        }
        return out
    }

    public func name(of code: String) -> String? { region(code: code)?.name }

    public func level(of code: String) -> RegionLevel? { region(code: code)?.level }
}
