/// The texts of one article that the entity extractors read, in reading order:
/// headline decks, boxes, then body paragraphs. Credits are kept apart.
struct ArticleTexts: Sendable {
    enum Part: Sendable { case headline, box, body }

    struct Segment: Sendable {
        var part: Part
        var text: ScalarText
    }

    var segments: [Segment] {
        // Lengths worked out for other segments would mislead: dropped, and worked out again when asked.
        didSet { surnameLengths = [] }
    }

    /// ``PersonNames/surnameLengths(of:)`` of every segment, back to back in segment order, as
    /// ``PersonNames/surnameMarks(of:)`` hands them out; worked out while the texts are decoded
    /// (``init(article:)``), which reads each scalar's surname class in the same pass rather than
    /// in a second pass over every scalar. Empty when not worked out (``init(segments:)``).
    private(set) var surnameLengths: [UInt8] = []

    init(segments: [Segment]) {
        self.segments = segments
    }

    init(article: Article) {
        var segments: [Segment] = []
        // One segment a text at least (more where a text holds line breaks): reserved, not regrown.
        segments.reserveCapacity(3 + article.boxes.count + article.paragraphs.count)
        // Every text is decoded into one scratch set sized for the longest (a text has no more
        // scalars than UTF-8 bytes), and each line copied out at its exact length: an array made
        // with uninitialised capacity costs a generic metadata lookup on every allocation, a
        // copy of a buffer does not.
        var longest = max(article.kicker.utf8.count, article.title.utf8.count, article.subtitle.utf8.count)
        var total = article.kicker.utf8.count + article.title.utf8.count + article.subtitle.utf8.count
        for box in article.boxes {
            longest = max(longest, box.text.utf8.count)
            total += box.text.utf8.count
        }
        for paragraph in article.paragraphs {
            longest = max(longest, paragraph.utf8.count)
            total += paragraph.utf8.count
        }
        // The surname classes of every line kept, back to back: no more than the UTF-8 of all texts.
        var surnames: [UInt8] = []
        surnames.reserveCapacity(total)
        let inert = ScalarSet.normalizationInert
        withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: longest) { scalars in
            // The classes and the surname classes of a text, in the two halves of one scratch buffer.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * longest) { bytes in
                let classes = UnsafeMutableBufferPointer(rebasing: bytes[..<longest])
                let surnameClasses = UnsafeMutableBufferPointer(rebasing: bytes[longest...])
                ScalarClasses.table.withUnsafeBufferPointer { table in
                    PersonNames.surnameClasses.withUnsafeBufferPointer { surnameTable in
                        let tables = DecodeTables(classes: table, surnames: surnameTable, inert: inert)
                        func add(_ string: String, _ part: Part) {
                            guard !string.isEmpty else { return }
                            func append(_ line: Range<Int>, plain: Bool) {
                                segments.append(Segment(part: part, text: ScalarText(
                                    scalars: Array(UnsafeBufferPointer(rebasing: scalars[line])), isPlain: plain,
                                    classes: Array(UnsafeBufferPointer(rebasing: classes[line])))))
                                surnames.append(contentsOf: UnsafeBufferPointer(rebasing: surnameClasses[line]))
                            }
                            let decoded = Self.decodeLines(string, tables: tables, into: scalars, classes, surnameClasses)
                            var start = 0
                            for line in decoded.breaks {
                                if line.end > start { append(start..<line.end, plain: line.plain) }
                                start = line.end + 1
                            }
                            if decoded.count > start { append(start..<decoded.count, plain: decoded.lastPlain) }
                        }
                        add(article.kicker, .headline)
                        add(article.title, .headline)
                        add(article.subtitle, .headline)
                        for box in article.boxes { add(box.text, .box) }
                        for paragraph in article.paragraphs { add(paragraph, .body) }
                    }
                }
            }
        }
        PersonNames.resolveSurnameClasses(&surnames, of: segments)
        self.segments = segments
        surnameLengths = surnames
    }

    /// The per-scalar tables ``decodeLines(_:tables:into:_:_:)`` reads, held in place.
    struct DecodeTables {
        /// ``ScalarClasses/table``.
        var classes: UnsafeBufferPointer<UInt8>
        /// ``PersonNames/surnameClasses``.
        var surnames: UnsafeBufferPointer<UInt8>
        /// ``ScalarSet/normalizationInert``.
        var inert: ScalarSet
    }

    /// The scalars of `string` with their ``ScalarClasses`` and ``PersonNames/surnameClasses``,
    /// written to the front of `scalars`, `classes` and `surnames` (each at least as long as the
    /// string's UTF-8), where its lines break and whether each line is plain, worked out in one
    /// pass over its UTF-8: decoding, classifying and splitting in separate passes read every
    /// scalar three times.
    ///
    /// Lines break at a line feed that is a character of its own: CR LF is one character, which
    /// the split on characters this replaces kept inside the line. `breaks` holds each such line
    /// feed's position and whether the line before it is plain (every scalar normalization-inert);
    /// `lastPlain` is the same for the text after the last break. `count`: the scalars written.
    static func decodeLines(_ string: String, tables: DecodeTables, into out: UnsafeMutableBufferPointer<Unicode.Scalar>,
                            _ classOut: UnsafeMutableBufferPointer<UInt8>, _ surnameOut: UnsafeMutableBufferPointer<UInt8>)
        -> (count: Int, breaks: [(end: Int, plain: Bool)], lastPlain: Bool) {
        var string = string
        var breaks: [(end: Int, plain: Bool)] = []
        var plain = true
        let table = tables.classes, surnameTable = tables.surnames, inert = tables.inert
        let count = string.withUTF8 { utf8 in
            precondition(out.count >= utf8.count && classOut.count >= utf8.count && surnameOut.count >= utf8.count)
            var i = 0, k = 0
            while i < utf8.count {
                let b0 = utf8[i]
                if b0 & 0xF0 == 0xE0 {
                    // Three bytes, as nearly every scalar of Chinese text (``UTF8Codec/next(_:_:)``'s
                    // commonest case, taken first): a scalar of the BMP above U+07FF, so never a line
                    // feed and always in the tables. Valid UTF-8 holds the two bytes that follow.
                    let v = UInt32(b0 & 0x0F) << 12 | UInt32(utf8[i &+ 1] & 0x3F) << 6 | UInt32(utf8[i &+ 2] & 0x3F)
                    i &+= 3
                    let c = unsafeBitCast(v, to: Unicode.Scalar.self)
                    out[k] = c
                    classOut[k] = table[Int(v)]
                    surnameOut[k] = surnameTable[Int(v)]
                    if plain && !(0x5000...0x9FFF).contains(v) && !inert.contains(c) { plain = false }
                    k &+= 1
                    continue
                }
                let v = UTF8Codec.next(utf8, &i)
                // Native strings hold valid UTF-8, so every value is a scalar.
                let c = unsafeBitCast(v, to: Unicode.Scalar.self)
                out[k] = c
                classOut[k] = v < 0x10000 ? table[Int(v)] : ScalarClasses.classes(of: c)
                surnameOut[k] = v < 0x10000 ? surnameTable[Int(v)] : 0  // every surname is in the BMP
                if v == 0x0A && (k == 0 || out[k - 1] != "\r") {
                    breaks.append((k, plain))
                    plain = true
                } else if plain && !(0x5000...0x9FFF).contains(v) && !inert.contains(c) {
                    // The bulk of the Han block is inert: settled without the set.
                    plain = false
                }
                k &+= 1
            }
            return k
        }
        return (count, breaks, plain)
    }

    /// How many times `word` occurs across all segments.
    func occurrences(of word: String) -> Int {
        let scalars = word.scalarArray
        return segments.reduce(0) { $0 + $1.text.occurrences(of: scalars).count }
    }
}
