/// The snapshot file: everything an `Archive` needs, laid out so that opening
/// it is an `mmap` and a few array copies. It is derived from the SQLite
/// index, immutable once written, and replaced whole (write, fsync, rename).
///
/// Layout: a 4 KiB header — magic, format version, file length, article
/// count, section table — then 8-byte-aligned sections (`SnapshotSection`).
/// Integers are little-endian.
enum SnapshotFormat {
    static let magic: [UInt8] = Array("GBSNAP\u{0}\u{1}".utf8)
    /// Bump when the layout of any section changes.
    static let version: UInt32 = 2
    static let headerSize = 4096
    static let maxSections = (headerSize - 48) / 24
}

/// The sections of a snapshot, by id. N is the article count, K the entity count.
enum SnapshotSection: UInt64, CaseIterable {
    /// Ordered file ids (i64) the articles came from: equal to the index's file
    /// order means the snapshot is current.
    case manifest = 1
    /// (N+1) u64 offsets into `records`.
    case recordOffsets
    /// Lean `ArticleCodec` records (texts in `bodyText`), concatenated.
    case records
    /// N bytes: index of the article's kind in `ArticleKind.allCases`.
    case kinds
    /// N u32 positions sorted by article id (UTF-8 bytes), then position.
    case idOrder
    /// K entity keys: u8 kind index, key value, label (varint-prefixed strings).
    case entityKeys
    /// i32 arrays of `EntityIndex`.
    case labelRank, postingStart, postingRefs, mentionStart, mentionRefs, entityStart, entityIDs
    /// (N+1) u64 offsets and the folded headlines, UTF-8.
    case headlineOffsets, headlineText
    /// (N+1) u64 offsets and the bodies as printed (paragraphs and boxes,
    /// newline-separated), UTF-8: the text of the records and of search.
    case bodyOffsets, bodyText
    /// Gram index of headlines: G u64 sorted keys, G u32 counts, (G+1) u64 offsets, data.
    case headlineGramKeys, headlineGramCounts, headlineGramOffsets, headlineGramData
    /// Gram index of bodies, the same layout.
    case bodyGramKeys, bodyGramCounts, bodyGramOffsets, bodyGramData
    /// Entity aliases: u64 count, then (varint-prefixed name, varint entity id) pairs.
    case aliases
    /// N bytes: bit 0 set when the article's body changes under `TextNormalization.fold`,
    /// bit 1 when it holds NUL.
    case bodyFolding
}
