/// For each scalar of the Basic Multilingual Plane, the per-position scans of the entity
/// extractors that may stop there (a bit each), so that a scan passes over the positions that
/// start nothing with one load and test per scalar. Scalars beyond the BMP are tested directly.
enum ScalarClasses {
    /// A speech verb may start here (`PersonLexicon.speechVerbs.mayStart`).
    static let speechVerb: UInt8 = 1
    /// A word after a name may start here (`PersonLexicon.postTitles.mayStart`).
    static let postTitle: UInt8 = 2
    /// 岁 or 包 (the `age` and `including` cues).
    static let ageOrIncluding: UInt8 = 4
    /// 全, 总 or a suffix's first character (`OrganisationLexicon.suffixes.mayStart`).
    static let orgSuffix: UInt8 = 8
    /// 等 or 来 (enumerations and 来自X的职工).
    static let enumeration: UInt8 = 16
    /// The list comma 、.
    static let listComma: UInt8 = 32
    /// A digit, or a Chinese numeral other than 零 and 〇, which may start a figure.
    static let number: UInt8 = 64
    /// A separator dot of a name (`DottedNameCue.separators`) or a quotation or title mark
    /// (`QuoteScanner.mayBeMark`): rare characters two scans look for, sharing the last bit.
    static let mark: UInt8 = 128

    /// The classes of one scalar, tested directly.
    static func classes(of c: Unicode.Scalar) -> UInt8 {
        classes(of: c, PersonLexicon.speechVerbs, PersonLexicon.postTitles, OrganisationLexicon.suffixes, FigureExtractor.chineseNumerals,
                DottedNameCue.separators)
    }

    private static func classes(of c: Unicode.Scalar, _ speechVerbs: WordList, _ postTitles: WordList,
                                _ suffixes: WordList, _ numerals: ScalarSet, _ dots: ScalarSet) -> UInt8 {
        var result: UInt8 = 0
        if speechVerbs.mayStart(c) { result |= speechVerb }
        if postTitles.mayStart(c) { result |= postTitle }
        if c == "岁" || c == "包" { result |= ageOrIncluding }
        if c == "全" || c == "总" || suffixes.mayStart(c) { result |= orgSuffix }
        if c == "等" || c == "来" { result |= enumeration }
        if c == "、" { result |= listComma }
        if c.isDigitLike || (numerals.contains(c) && c != "零" && c != "〇") { result |= number }
        if dots.contains(c) || QuoteScanner.mayBeMark(c) { result |= mark }
        return result
    }

    /// ``classes(of:)`` of every BMP scalar (the word lists held in locals while it is built).
    static let table: [UInt8] = {
        let speechVerbs = PersonLexicon.speechVerbs, postTitles = PersonLexicon.postTitles
        let suffixes = OrganisationLexicon.suffixes, numerals = FigureExtractor.chineseNumerals, dots = DottedNameCue.separators
        return (0..<0x10000).map { v in
            Unicode.Scalar(UInt32(v)).map { classes(of: $0, speechVerbs, postTitles, suffixes, numerals, dots) } ?? 0
        }
    }()

    /// ``classes(of:)`` of each of `scalars`, in one pass over the table.
    static func classBytes(of scalars: [Unicode.Scalar]) -> [UInt8] {
        table.withUnsafeBufferPointer { table in
            scalars.withUnsafeBufferPointer { t in
                [UInt8](unsafeUninitializedCapacity: t.count) { bytes, count in
                    for i in t.indices {
                        let v = Int(t[i].value)
                        bytes[i] = v < 0x10000 ? table[v] : classes(of: t[i])
                    }
                    count = t.count
                }
            }
        }
    }

    /// The first position at or after `start` whose scalar is in a class of `mask` (or the end).
    static func next(_ mask: UInt8, in text: ScalarText, from start: Int) -> Int {
        if !text.classes.isEmpty { return next(mask, inBytes: text.classes, from: start) }
        return table.withUnsafeBufferPointer { table in
            text.scalars.withUnsafeBufferPointer { t in
                var i = start
                while i < t.count {
                    let v = Int(t[i].value)
                    if v < 0x10000 {
                        if table[v] & mask != 0 { return i }
                    } else if classes(of: t[i]) & mask != 0 {
                        return i
                    }
                    i += 1
                }
                return max(start, t.count)
            }
        }
    }

    /// The first position at or after `start` whose scalar is in a class of `mask` or where
    /// `marks` (one byte a position of `text`) is nonzero, or the end. On a classified text
    /// eight positions are tested with two loads while none is.
    static func next(_ mask: UInt8, orMarked marks: [UInt8], in text: ScalarText, from start: Int) -> Int {
        precondition(marks.count == text.count)
        return next(mask, orMarked: marks, at: 0, in: text, from: start)
    }

    /// ``next(_:orMarked:in:from:)`` with the text's marks at `markStart...` of `buffer` (the
    /// marks of several texts kept back to back, see ``PersonNames/surnameMarks(of:)``).
    static func next(_ mask: UInt8, orMarked buffer: [UInt8], at markStart: Int, in text: ScalarText, from start: Int) -> Int {
        precondition(markStart >= 0 && markStart + text.count <= buffer.count)
        return buffer.withUnsafeBufferPointer { all in
            let marks = UnsafeBufferPointer(rebasing: all[markStart..<(markStart + text.count)])
            return next(mask, orMarked: marks, in: text, from: start)
        }
    }

    private static func next(_ mask: UInt8, orMarked marks: UnsafeBufferPointer<UInt8>, in text: ScalarText, from start: Int) -> Int {
        if text.classes.isEmpty {
            return table.withUnsafeBufferPointer { table in
                text.scalars.withUnsafeBufferPointer { t in
                    var i = start
                    while i < t.count, marks[i] == 0 {
                        let v = Int(t[i].value)
                        if (v < 0x10000 ? table[v] : classes(of: t[i])) & mask != 0 { break }
                        i += 1
                    }
                    return max(start, i)
                }
            }
        }
        return text.classes.withUnsafeBufferPointer { next(mask, orMarked: marks, classes: $0, from: start) }
    }

    /// ``next(_:orMarked:in:from:)`` on a text's ``ScalarText/classes`` and marks held in place by
    /// the caller (`marks` at least as long as `classes`), for a scan that asks at many positions
    /// of one text: each call through the arrays paid for their views again.
    @inline(__always)
    static func next(_ mask: UInt8, orMarked marks: UnsafeBufferPointer<UInt8>, classes bytes: UnsafeBufferPointer<UInt8>,
                     from start: Int) -> Int {
        precondition(marks.count >= bytes.count)
        let lanes = UInt64(mask) &* 0x0101_0101_0101_0101
        var i = start
        if let base = bytes.baseAddress, let marked = marks.baseAddress, i >= 0 {
            while i + 8 <= bytes.count,
                  UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & lanes
                  | UnsafeRawPointer(marked + i).loadUnaligned(as: UInt64.self) == 0 { i += 8 }
        }
        while i < bytes.count, marks[i] == 0, bytes[i] & mask == 0 { i += 1 }
        return max(start, i)
    }

    /// ``next(_:in:from:)`` over a text's ``ScalarText/classes``: while no position is in a class
    /// of `mask`, eight are tested with one load (the mask repeated in each byte of a word).
    private static func next(_ mask: UInt8, inBytes classes: [UInt8], from start: Int) -> Int {
        classes.withUnsafeBufferPointer { bytes in
            let lanes = UInt64(mask) &* 0x0101_0101_0101_0101
            var i = start
            if let base = bytes.baseAddress, i >= 0 {
                while i + 8 <= bytes.count, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & lanes == 0 { i += 8 }
            }
            while i < bytes.count {
                if bytes[i] & mask != 0 { return i }
                i += 1
            }
            return max(start, bytes.count)
        }
    }
}
