/// Stage 1: tells for each non-blank line what it is on its own: furniture, a label,
/// a box label, a jump marker, a byline, or text (running text or a headline, which
/// later stages tell apart by context).
enum LineClassifier {
    static func classify(_ page: Page) -> [ClassifiedLine] {
        var result: [ClassifiedLine] = []
        result.reserveCapacity(page.lines.count)
        var blanks = Int.max / 2  // the top of the page counts as a wide gap
        var seenText = false
        for (index, raw) in page.lines.enumerated() {
            // Most lines are plain (`MarkdownHeading.isPlain`): their first scalar is no white
            // space, so they are neither blank nor indented, and their text is the line itself.
            let plain = MarkdownHeading.isPlain(raw)
            if !plain, raw.isBlankLine {
                blanks += 1
                continue
            }
            let (level, text) = plain ? (0, raw) : MarkdownHeading.parse(raw)
            // Only short lines can be anything but text; a 1 MB line is looked at no further.
            let held = text.utf8.count <= 240 ? Held(text) : nil
            var lineKind = held.map { kind(of: text, headingLevel: level, held: $0, raw: raw, isFirstLine: !seenText) } ?? .text
            if !seenText, lineKind == .text, level == 0, text.utf8.count <= 240,
               SectionLabelCue.isPageName(raw, at: index, on: page) {
                lineKind = .furniture(tag: nil)
            }
            // Made once, in place: a line built first and its kind set after was copied into the array.
            result.append(ClassifiedLine(
                number: index + 1, text: text, headingLevel: level, isIndented: !plain && raw.isIndented,
                blanksBefore: blanks, kind: lineKind, printWidth: held?.printWidth,
                ending: held?.ending ?? LineEnding(text),
                mayEndInCredit: held?.mayEndInCredit ?? true,
                mayOpenDateline: held?.firstNonSpace.map(DatelineCue.mayOpen(with:)) ?? true
            ))
            blanks = 0
            seenText = true
        }
        return result
    }

    /// What a short line is, `held` being what one pass over its text told the cues' quick
    /// tests (asked before each cue; each cue asks again).
    private static func kind(of text: String, headingLevel: Int, held: Held, raw: String, isFirstLine: Bool) -> LineKind {
        let mayBeLabel = held.nonSpace <= 16 && held.holdsOnlyContent
        // `sectionTag` and `isPageFooter` first ask for the first scalar that is not white space.
        let first = held.firstNonSpace
        let mayBeTag = first.map(SectionLabelCue.mayOpenSectionTag) ?? false
        if let tag = (mayBeTag ? SectionLabelCue.sectionTag(text) : nil) ?? (mayBeLabel ? SectionLabelCue.roundupHeading(text) : nil) {
            return .furniture(tag: tag, bracketed: held.firstNonSpace == "【")
        }
        if isFirstLine, headingLevel == 0, SectionLabelCue.isPageHeader(raw) { return .furniture(tag: nil) }
        if let first, SectionLabelCue.mayOpenFooter(first), SectionLabelCue.isPageFooter(text) { return .furniture(tag: nil) }
        if held.mayBeDate || held.firstNonSpace == "第", SectionLabelCue.isDateHeader(text) { return .furniture(tag: nil) }
        if held.nonSpace <= 8, let label = BoxLabelCue.isBoxLabel(text) { return .boxLabel(label) }
        if held.mayBeJump, let marker = ContinuationMarkerCue.isContinuationMarker(text) { return .continuationMarker(marker) }
        if mayBeLabel, SectionLabelCue.isSectionLabel(text) { return .sectionLabel }
        if headingLevel == 0, held.mayBeMarkedCredit, let credit = BylineCue.looksLikeByline(text) { return .byline(credit) }
        return .text
    }

    /// What one pass over a line tells the cues' quick tests: how many scalars are not white
    /// space (`Punctuation.hasAtMost`), whether it may hold `月` and `日` (`isDateHeader`)
    /// or `版` and `接`/`转` (`isContinuationMarker`), as `Punctuation.mayHold` reads them,
    /// whether it is made of letters, digits, ideographs and spaces (`isLabelShaped`, which
    /// labels and roundup headings need), and whether it passes `BylineCue.looksLikeByline`'s
    /// first reading (credit characters only, and a sign of a marker); and, for the paragraph
    /// builder, the line's print width (`Punctuation.printWidth`), its ending (`LineEnding`),
    /// and whether it may end in a credit (`ClassifiedLine.mayEndInCredit`).
    private struct Held {
        var nonSpace = 0
        /// `Punctuation.printWidth` of the line: an ASCII scalar is half as wide as any other.
        var printWidth: Double { Double(wide) + 0.5 * Double(ascii) }
        var firstNonSpace: Unicode.Scalar?
        var mayBeDate: Bool { month && day }
        var mayBeJump: Bool { page && jump }
        var holdsOnlyContent = true
        var mayBeMarkedCredit: Bool { creditCharacters && signed }
        /// What the line's last scalars say, read from the same bytes.
        var ending = LineEnding()
        /// `PhotoCreditCue.trailingCredit` takes a credit only from a line that ends in `)`, `）`
        /// or `■`, or that holds a sign of a marker after its last sentence end (see its
        /// `mayEndInCredit`): a line with no sign anywhere and another ending has none.
        var mayEndInCredit: Bool { signed || ending.endsInCreditMark }
        private var month = false, day = false, page = false, jump = false
        /// `signed`: a sign of a marker anywhere in the line (`BylineCue.signsMarker` of a scalar
        /// and the one before it); while the line holds only credit characters, the sign
        /// `looksLikeByline` asks for.
        private var creditCharacters = true, signed = false
        private var ascii = 0, wide = 0

        init(_ text: String) {
            self.init()
            UTF8Scalars.withBytes(text) { bytes in
                read(bytes)
                ending = LineEnding(bytes: bytes)
            }
        }

        private init() {}

        /// One bit for each value of a scalar's low six bits that an ideograph this pass reads
        /// further may take: the words `月`, `日`, `版`, `接`, `转`, and the signs of a marker
        /// (`BylineCue.signBits`). A unified ideograph whose bit is clear is only counted. A
        /// computed literal, folded by the compiler (see `signBits`).
        private static var wordBits: UInt64 {
            BylineCue.signBits | bit("月") | bit("日") | bit("版") | bit("接") | bit("转")
        }

        @inline(__always)
        private static func bit(_ s: Unicode.Scalar) -> UInt64 { 1 << UInt64(s.value & 63) }

        /// Reads the line's UTF-8 bytes, scalar by scalar. The counts and flags are kept in locals
        /// (in registers) and stored once at the end.
        private mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
            let wordBits = Held.wordBits
            var ideographs = 0, nonSpace = 0, ascii = 0, wide = 0
            var firstNonSpace: Unicode.Scalar?
            var month = false, day = false, page = false, jump = false
            var holdsOnlyContent = true, creditCharacters = true, signed = false
            /// The scalar before byte `start` (a space before the first), read back only for an
            /// ideograph that may sign a marker with it: the quick path keeps no previous scalar.
            @inline(__always)
            func scalar(before start: Int) -> Unicode.Scalar {
                guard start > 0 else { return " " }
                var end = start
                return UTF8Scalars.previous(bytes, &end)
            }
            var i = 0
            while i < bytes.count {
                if firstNonSpace != nil {
                    // A run of ideographs (most of a line): credit characters and content, never
                    // space nor compatibility ideographs. Most are none of the words or signs, told
                    // by the low six bits of their value (those of their last byte): such a run is
                    // only counted, in a loop that carries nothing else.
                    while i < bytes.count, UTF8Scalars.startsWithUnifiedIdeograph(bytes, at: i),
                          wordBits & (1 << UInt64(bytes[i + 2] & 0x3F)) == 0 {
                        i += 3
                        ideographs += 1
                    }
                    if i == bytes.count { break }
                }
                if UTF8Scalars.startsWithUnifiedIdeograph(bytes, at: i) {
                    // An ideograph that may be a word or a sign (or the first of the line).
                    let start = i
                    let s = UTF8Scalars.nextUnifiedIdeograph(bytes, &i)
                    if !signed { signed = BylineCue.ideographSignsMarker(scalar(before: start), s) }
                    ideographs += 1
                    if firstNonSpace == nil { firstNonSpace = s }
                    switch s {
                    case "月": month = true
                    case "日": day = true
                    case "版": page = true
                    case "接", "转": jump = true
                    default: break
                    }
                    continue
                }
                let s = UTF8Scalars.next(bytes, &i)
                if s.value < 0x80 { ascii += 1 } else { wide += 1 }
                if creditCharacters, !(BylineCue.mayAppearInCredit(s) || s == "(" || s == "（" || s == ")" || s == "）") {
                    creditCharacters = false
                }
                // `signsMarker` reads the scalar before only for the second scalar of a pair, a
                // unified ideograph: for any other scalar, whatever stands before answers alike.
                if !signed { signed = BylineCue.signsMarker(" ", s) }
                if Punctuation.isSpace(s) { continue }
                if holdsOnlyContent, !Punctuation.isContent(s) { holdsOnlyContent = false }
                nonSpace += 1
                if firstNonSpace == nil { firstNonSpace = s }
                switch s {
                case "月": month = true
                case "日": day = true
                case "版": page = true
                case "接", "转": jump = true
                default:
                    if Punctuation.isCompatibilityIdeograph(s) { (month, day, page, jump) = (true, true, true, true) }
                }
            }
            self.nonSpace = nonSpace + ideographs
            self.ascii = ascii
            self.wide = wide + ideographs
            self.firstNonSpace = firstNonSpace
            (self.month, self.day, self.page, self.jump) = (month, day, page, jump)
            self.holdsOnlyContent = holdsOnlyContent
            self.creditCharacters = creditCharacters
            self.signed = signed
        }
    }
}
