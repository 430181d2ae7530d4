/// Substring search over headlines and bodies, by characters (Chinese has no
/// spaces to split words at). The text of all articles is kept in two
/// contiguous UTF-8 buffers, one for headlines and one for bodies, with a NUL
/// between articles so that no match spans two of them; `ByteSearch` scans them.
struct TextSearch: Sendable {
    private let headlines: [UInt8]
    private let headlineStart: [Int]
    private let bodies: [UInt8]
    private let bodyStart: [Int]

    init(articles: [Article]) {
        var headlines: [UInt8] = [], bodies: [UInt8] = []
        var headlineStart: [Int] = [], bodyStart: [Int] = []
        headlineStart.reserveCapacity(articles.count + 1)
        bodyStart.reserveCapacity(articles.count + 1)
        for article in articles {
            headlineStart.append(headlines.count)
            headlines += TextNormalization.searchHeadline(of: article).utf8
            headlines.append(0)
            bodyStart.append(bodies.count)
            bodies += TextNormalization.searchBody(of: article).utf8
            bodies.append(0)
        }
        headlineStart.append(headlines.count)
        bodyStart.append(bodies.count)
        self.headlines = headlines
        self.headlineStart = headlineStart
        self.bodies = bodies
        self.bodyStart = bodyStart
    }

    /// Folds what should not matter for matching (see `TextNormalization`).
    static func normalized(_ text: String) -> String {
        TextNormalization.fold(text)
    }

    /// The subset of `refs` whose headline or body contains `query`:
    /// headline hits first, then body-only hits, each in the order of `refs`.
    /// `all` says `refs` is every article, which allows one scan of each buffer.
    func matches(_ query: String, among refs: [Int], all: Bool) -> [Int] {
        let needle = ByteSearch(Array(Self.normalized(query).utf8))
        guard !needle.needle.isEmpty else { return refs }
        let inHeadline: Set<Int>
        let inBody: Set<Int>
        if all {
            inHeadline = scan(headlines, starts: headlineStart, for: needle)
            inBody = scan(bodies, starts: bodyStart, for: needle)
        } else {
            inHeadline = Set(refs.filter { contains(headlines, headlineStart, $0, needle) })
            inBody = Set(refs.filter { !inHeadline.contains($0) && contains(bodies, bodyStart, $0, needle) })
        }
        return refs.filter { inHeadline.contains($0) } + refs.filter { !inHeadline.contains($0) && inBody.contains($0) }
    }

    private func contains(_ buffer: [UInt8], _ starts: [Int], _ ref: Int, _ needle: ByteSearch) -> Bool {
        buffer.withUnsafeBytes { needle.firstIndex(in: $0, from: starts[ref], to: starts[ref + 1]) != nil }
    }

    /// One pass over a whole buffer: after each hit, skip to the next article.
    private func scan(_ buffer: [UInt8], starts: [Int], for needle: ByteSearch) -> Set<Int> {
        var found = Set<Int>()
        buffer.withUnsafeBytes { hay in
            var offset = 0
            while offset < hay.count, let at = needle.firstIndex(in: hay, from: offset, to: hay.count) {
                // The article holding the hit: the last start ≤ at.
                var lo = 0, hi = starts.count - 1
                while lo < hi {
                    let mid = (lo + hi + 1) / 2
                    if starts[mid] <= at { lo = mid } else { hi = mid - 1 }
                }
                found.insert(lo)
                offset = starts[lo + 1]
            }
        }
        return found
    }
}
