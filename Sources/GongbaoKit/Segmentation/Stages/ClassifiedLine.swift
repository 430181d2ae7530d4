/// What a non-blank line is on its own, before its neighbours are considered.
enum LineKind: Equatable {
    /// Running text, a headline or a caption: the paragraph builder and grouper decide.
    case text
    /// Page furniture: a page name at the top, or a section tag (`■工会动态■`, carried as `tag`).
    /// Page furniture; `bracketed` when the tag was printed in 【】 (it may be a case's subhead).
    case furniture(tag: String?, bracketed: Bool = false)
    /// A column or series label (`新闻特写`).
    case sectionLabel
    /// A box label (`阅读提示`).
    case boxLabel(String)
    /// A jump line (`（上接第1版）`).
    case continuationMarker(ContinuationMarker)
    /// A stand-alone byline or credit line.
    case byline(Credit)
}

/// One non-blank line of a page with what the line classifier found.
struct ClassifiedLine {
    /// 1-based line number in the file.
    var number: Int
    /// The text with indentation and markdown heading marks removed.
    var text: String
    /// Markdown heading level, 0 when none.
    var headingLevel: Int
    /// Whether the line starts with white space.
    var isIndented: Bool
    /// Blank lines directly before this line (a large number at the top of the page).
    var blanksBefore: Int
    var kind: LineKind
    /// Its print width (`Punctuation.printWidth` of `text`), read by the classifier in the
    /// same pass as its quick tests, for the paragraph builder's column width; `nil` for a
    /// line too long for those tests (most such lines are paragraphs of their own, never measured).
    var printWidth: Double?
    /// What its last scalars say (`LineEnding`), read once by the classifier: the paragraph
    /// builder asks for every line of a block, and a paragraph's closing cues of its last line.
    var ending: LineEnding
    /// Whether `PhotoCreditCue.trailingCredit(text)` may find a credit, as the classifier's pass
    /// over the line told it (`true` for a line too long for that pass): a trailing credit ends
    /// in `)`, `）` or `■`, or holds a sign of a marker (`BylineCue.signsMarker`). Most lines of
    /// running text have neither, and the paragraph builder asks for every line of a block.
    var mayEndInCredit = true
    /// Whether `DatelineCue.looksLikeDateline(text)` may find a dateline: its first scalar that
    /// is not white space may open one (`DatelineCue.mayOpen(with:)`), as the classifier's pass
    /// read it (`true` for a line too long for that pass). The builder asks for every line.
    var mayOpenDateline = true
}
