/// The texts of one article that the entity extractors read, in reading order:
/// headline decks, boxes, then body paragraphs. Credits are kept apart.
struct ArticleTexts: Sendable {
    enum Part: Sendable { case headline, box, body }

    struct Segment: Sendable {
        var part: Part
        var text: ScalarText
    }

    var segments: [Segment]

    init(segments: [Segment]) {
        self.segments = segments
    }

    init(article: Article) {
        var segments: [Segment] = []
        // One segment a text at least (more where a text holds line breaks): reserved, not regrown.
        segments.reserveCapacity(3 + article.boxes.count + article.paragraphs.count)
        // Every text is decoded into one scratch pair sized for the longest (a text has no more
        // scalars than UTF-8 bytes), and each line copied out at its exact length: an array made
        // with uninitialised capacity costs a generic metadata lookup on every allocation, a
        // copy of a buffer does not.
        var longest = max(article.kicker.utf8.count, article.title.utf8.count, article.subtitle.utf8.count)
        for box in article.boxes { longest = max(longest, box.text.utf8.count) }
        for paragraph in article.paragraphs { longest = max(longest, paragraph.utf8.count) }
        let inert = ScalarSet.normalizationInert
        withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: longest) { scalars in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longest) { classes in
                ScalarClasses.table.withUnsafeBufferPointer { table in
                    func add(_ string: String, _ part: Part) {
                        guard !string.isEmpty else { return }
                        func append(_ line: Range<Int>, plain: Bool) {
                            segments.append(Segment(part: part, text: ScalarText(
                                scalars: Array(UnsafeBufferPointer(rebasing: scalars[line])), isPlain: plain,
                                classes: Array(UnsafeBufferPointer(rebasing: classes[line])))))
                        }
                        let decoded = Self.decodeLines(string, table: table, inert: inert, into: scalars, classes)
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
        self.segments = segments
    }

    /// The scalars of `string` with their ``ScalarClasses`` (`table`, the BMP's), written to
    /// the front of `scalars` and `classes` (each at least as long as the string's UTF-8), where
    /// its lines break and whether each line is plain, worked out in one pass over its UTF-8:
    /// decoding, classifying and splitting in separate passes read every scalar three times.
    ///
    /// Lines break at a line feed that is a character of its own: CR LF is one character, which
    /// the split on characters this replaces kept inside the line. `breaks` holds each such line
    /// feed's position and whether the line before it is plain (every scalar normalization-inert);
    /// `lastPlain` is the same for the text after the last break. `count`: the scalars written.
    static func decodeLines(_ string: String, table: UnsafeBufferPointer<UInt8>, inert: ScalarSet,
                            into out: UnsafeMutableBufferPointer<Unicode.Scalar>, _ classOut: UnsafeMutableBufferPointer<UInt8>)
        -> (count: Int, breaks: [(end: Int, plain: Bool)], lastPlain: Bool) {
        var string = string
        var breaks: [(end: Int, plain: Bool)] = []
        var plain = true
        let count = string.withUTF8 { utf8 in
            precondition(out.count >= utf8.count && classOut.count >= utf8.count)
            var i = 0, k = 0
            while i < utf8.count {
                let v = UTF8Codec.next(utf8, &i)
                // Native strings hold valid UTF-8, so every value is a scalar.
                let c = unsafeBitCast(v, to: Unicode.Scalar.self)
                out[k] = c
                classOut[k] = v < 0x10000 ? table[Int(v)] : ScalarClasses.classes(of: c)
                if v == 0x0A && (k == 0 || out[k - 1] != "\r") {
                    breaks.append((k, plain))
                    plain = true
                } else if plain && !(0x5000...0x9FFF).contains(v) && !inert.contains(c) {
                    // The bulk of the Han block is inert: settled without the set.
                    plain = false
                }
                k += 1
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
