/// What a reader has done with articles: which they have read and which they
/// bookmarked, keyed by article id (stable across runs).
public struct ReadingState: Sendable, Hashable, Codable {
    /// Ids of articles opened in the reader.
    public var read: Set<String>
    /// Ids of bookmarked articles.
    public var bookmarks: Set<String>

    public init(read: Set<String> = [], bookmarks: Set<String> = []) {
        self.read = read
        self.bookmarks = bookmarks
    }

    /// Adds or removes a bookmark; returns whether the article is bookmarked afterwards.
    @discardableResult
    public mutating func toggleBookmark(_ id: String) -> Bool {
        if bookmarks.remove(id) != nil { return false }
        bookmarks.insert(id)
        return true
    }

    enum CodingKeys: String, CodingKey { case version, read, bookmarks }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let version = try c.decode(Int.self, forKey: .version)
        guard version == 1 else {
            throw DecodingError.dataCorruptedError(forKey: .version, in: c, debugDescription: "unknown version \(version)")
        }
        read = Set(try c.decode([String].self, forKey: .read))
        bookmarks = Set(try c.decode([String].self, forKey: .bookmarks))
    }

    // Sorted arrays, so that the file is stable and diffable.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(1, forKey: .version)
        try c.encode(read.sorted(), forKey: .read)
        try c.encode(bookmarks.sorted(), forKey: .bookmarks)
    }
}
