/// One printed page as read from one file: decoded text split into lines.
///
/// Lines are stored without their terminators and with trailing white space
/// trimmed; `lines[0]` is line 1 of the file, as `cat -n` numbers it.
public struct Page: Sendable, Hashable {
    /// The file name relative to the corpus root, with its extension (`000_b6d4….txt`).
    public var source: String
    /// The page's stable key: `source` without the `.txt` extension. Article ids start with it.
    public var key: String
    /// The decoded lines of the file.
    public var lines: [String]
    /// The encoding the file was decoded from.
    public var encoding: TextEncoding

    public init(source: String, lines: [String], encoding: TextEncoding = .utf8) {
        self.source = source
        self.key = source.hasSuffix(".txt") ? String(source.dropLast(4)) : source
        self.lines = lines
        self.encoding = encoding
    }

    /// The text of 1-based line `number`, or `""` when out of range.
    public func line(_ number: Int) -> String {
        number >= 1 && number <= lines.count ? lines[number - 1] : ""
    }
}

/// The encodings gongbao reads.
public enum TextEncoding: String, Sendable, Hashable, Codable {
    case utf8 = "UTF-8"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case gb18030 = "GB18030"
}
