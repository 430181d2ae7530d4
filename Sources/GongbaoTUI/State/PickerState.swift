import GongbaoKit

/// A full-screen list to pick a filter from (`r` regions, `e` entities) that
/// narrows as the user types.
struct PickerState: Sendable {
    enum Kind: Sendable, Hashable {
        case region, entity

        var title: String {
            switch self {
            case .region: "pick a region (地区)"
            case .entity: "pick an organisation, person or term (机构 人物 主题)"
            }
        }
    }

    struct Entry: Sendable, Hashable {
        var key: EntityKey
        var label: String
        /// The region's path, or the entity's kind.
        var detail: String
        var count: Int
    }

    var kind: Kind
    var input = TextInput()
    let entries: [Entry]
    private var index: LabelIndex
    /// Positions in `entries` of what the input matches: labels starting with it first, then the others.
    private(set) var matches: [Int]
    var cursor = 0
    var scroll = 0

    init(kind: Kind, entries: [Entry]) {
        self.kind = kind
        self.entries = entries
        index = LabelIndex(labels: entries.map(\.label))
        matches = Array(entries.indices)
    }

    /// Narrows to the current input. Entries are kept most-articles-first within
    /// each group, the order they came in.
    mutating func narrow() {
        let found = index.matches(input.text)
        matches = found.all.filter { found.prefix.contains($0) } + found.all.filter { !found.prefix.contains($0) }
        cursor = 0
        scroll = 0
    }

    var selectedEntry: Entry? {
        matches.indices.contains(cursor) ? entries[matches[cursor]] : nil
    }

    /// Regions of the current list, with their paths, most articles first.
    static func regionEntries(_ view: ViewData, archive: Archive) -> [Entry] {
        view.counts.regionCounts
            .map { code, count in
                let key = EntityKey(.region, code)
                let path = archive.regionPath(of: code)
                return Entry(key: key, label: archive.label(of: key), detail: path.dropLast().joined(separator: "/"), count: count)
            }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.label < $1.label }
    }

    /// Organisations, people and campaign terms of the current list, most articles first.
    static func entityEntries(_ view: ViewData) -> [Entry] {
        [EntityKind.org, .person, .campaign]
            .flatMap { kind in (view.counts.facets[kind] ?? []).map { Entry(key: $0.key, label: $0.label, detail: kind.label, count: $0.count) } }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.label < $1.label }
    }
}
