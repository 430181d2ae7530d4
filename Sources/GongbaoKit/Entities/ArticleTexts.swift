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
        func add(_ string: String, _ part: Part) {
            guard !string.isEmpty else { return }
            // Lines are split at a line feed that is a character of its own: CR LF is one
            // character, which the split on characters this replaces kept inside the line.
            let scalars = ScalarText.decode(string)
            var start = 0
            var plain = true
            let inert = ScalarSet.normalizationInert
            scalars.withUnsafeBufferPointer { buffer in
                for k in buffer.indices {
                    let c = buffer[k]
                    if c == "\n" && (k == 0 || buffer[k - 1] != "\r") {
                        if k > start {
                            segments.append(Segment(part: part, text: ScalarText(classifying: Array(buffer[start..<k]), isPlain: plain)))
                        }
                        start = k + 1
                        plain = true
                    } else if plain && !inert.contains(c) {
                        plain = false
                    }
                }
            }
            if scalars.count > start {
                segments.append(Segment(part: part, text: ScalarText(classifying: start == 0 ? scalars : Array(scalars[start...]), isPlain: plain)))
            }
        }
        add(article.kicker, .headline)
        add(article.title, .headline)
        add(article.subtitle, .headline)
        for box in article.boxes { add(box.text, .box) }
        for paragraph in article.paragraphs { add(paragraph, .body) }
        self.segments = segments
    }

    /// How many times `word` occurs across all segments.
    func occurrences(of word: String) -> Int {
        let scalars = word.scalarArray
        return segments.reduce(0) { $0 + $1.text.occurrences(of: scalars).count }
    }
}
