import GongbaoKit

/// What the browser needs to compute when the filters change: the archive,
/// the query, and the article to keep selected. Computed off the UI thread.
public struct ViewRequest: Sendable {
    /// Where the list cursor goes once the new list is there.
    public enum Selection: Sendable, Hashable {
        /// Stays on `selectedID` when the new list still has it.
        case kept
        /// Goes to the first article (the best match of a new text query).
        case first
    }

    public var generation: Int
    public var archive: Archive
    public var query: Query
    public var selectedID: String?
    public var selection: Selection = .kept
}

/// The data derived from the filters: the matching articles and every facet
/// count over them. Recomputed only when the filters (or the archive) change,
/// never per keystroke.
public struct ViewData: Sendable {
    /// The filter generation this answers; stale answers are dropped.
    public var generation: Int
    /// Positions in `archive.articles` of the matching articles, in list order.
    public var refs: [Int]
    /// Facet counts over `refs`.
    var counts: BrowsingCounts
    var regionTree: RegionTree
    /// Where the list cursor goes in `refs`: the requested article if still
    /// there, or the first row when the request asked for it.
    var selectedIndex: Int?

    static let empty = ViewData(generation: -1, refs: [], counts: BrowsingCounts(), regionTree: RegionTree(), selectedIndex: nil)

    /// Runs the query and counts facets: the expensive part, safe on any thread.
    public static func compute(_ request: ViewRequest) -> ViewData {
        let refs = request.archive.run(request.query)
        let counts = request.archive.browsingCounts(over: refs)
        let tree = RegionTree(counts: counts.regionCounts, archive: request.archive)
        var selected: Int? = nil
        switch request.selection {
        case .first:
            selected = refs.isEmpty ? nil : 0
        case .kept:
            if let id = request.selectedID, let position = request.archive.position(of: id) {
                selected = refs.firstIndex(of: position)
            }
        }
        return ViewData(generation: request.generation, refs: refs, counts: counts, regionTree: tree, selectedIndex: selected)
    }
}
