/// A headline line of an article: where it is, what it says, and how it was printed.
struct HeadlineLine {
    /// The line numbers it occupies (more than one when the layout wrapped it).
    var lines: [Int]
    /// The first of them.
    var line: Int { lines[0] }
    /// The text without markdown marks.
    let text: String
    /// Markdown heading level, 0 when none.
    var level: Int
    /// Printed after the body it heads (003's layout).
    var isTrailing = false
    /// `SectionLabelCue.isSectionLabel(text)`, read once with the text: the roles ask it of
    /// each line of an item whenever the item's title is weighed (`HeadlineRoles`).
    let isSectionLabel: Bool

    init(lines: [Int], text: String, level: Int, isTrailing: Bool = false) {
        self.lines = lines
        self.text = text
        self.level = level
        self.isTrailing = isTrailing
        isSectionLabel = SectionLabelCue.isSectionLabel(text)
    }
}

/// One thing an article is made of. An article is a list of these in reading order.
enum ArticleElement {
    case headline(HeadlineLine)
    case label(line: Int, text: String)
    /// A stand-alone byline under the headline.
    case byline(line: Int, credit: Credit)
    case paragraph(Paragraph)
    case subhead(line: Int, text: String)
    /// A box: its label line and its paragraphs (none when the page lost them).
    case box(labelLine: Int, label: String, text: [Paragraph])
    /// A stand-alone credit line closing the item (`□高冬菊 巨晓勇 摄`).
    case credit(line: Int, credit: Credit)
    case marker(line: Int, marker: ContinuationMarker)

    /// The lines the element occupies, in reading order.
    var lines: [Int] {
        switch self {
        case .headline(let h): h.lines
        case .label(let line, _), .byline(let line, _), .subhead(let line, _),
             .credit(let line, _), .marker(let line, _): [line]
        case .paragraph(let p): p.lines
        // A label printed at the start of its text (`编者按:…`) shares the text's line.
        case .box(let line, _, let text): [line] + text.flatMap(\.lines).filter { $0 != line }
        }
    }

    var isHeadline: Bool { if case .headline = self { true } else { false } }
    var isBodyContent: Bool {
        switch self {
        case .paragraph, .subhead, .box: true
        default: false
        }
    }
}

/// An article while the stages build it.
struct ArticleDraft {
    var elements: [ArticleElement] = []
    /// A closing credit or end dateline was seen: nothing more belongs to it.
    var isClosed = false
    /// A section tag printed above it (`■他山之石■` → `他山之石`).
    var sectionTag: String?
    /// Its headline was a lone line inside an untitled body: either a headline printed
    /// after that body, or a subhead of it. `HeadlinePlacement` decides.
    var hasTentativeHeadline = false

    var headlineLines: [HeadlineLine] {
        elements.compactMap { if case .headline(let h) = $0 { h } else { nil } }
    }
    var paragraphs: [Paragraph] {
        elements.compactMap { if case .paragraph(let p) = $0 { p } else { nil } }
    }
    var hasBody: Bool { elements.contains { $0.isBodyContent } }
    var hasParagraph: Bool { elements.contains { if case .paragraph = $0 { true } else { false } } }
    var hasLeadingByline: Bool { elements.contains { if case .byline = $0 { true } else { false } } }
    var hasCredit: Bool { elements.contains { if case .credit = $0 { true } else { false } } }
    var marker: ContinuationMarker? {
        for e in elements { if case .marker(_, let m) = e { return m } }
        return nil
    }
    var isContinuation: Bool { marker?.continuesFromElsewhere ?? false }
    /// Closed by a photo credit, on its own line or at the end of the caption.
    var closesWithPhotoCredit: Bool {
        for e in elements.reversed() {
            switch e {
            case .credit(_, let credit): return PhotoCreditCue.isPhotoCredit(credit)
            case .paragraph(let p): return p.trailingCredit.map(PhotoCreditCue.isPhotoCredit) ?? false
            default: continue
            }
        }
        return false
    }
    var isEmpty: Bool { elements.isEmpty }

    /// The title the headline lines give, `""` when none (no lines, or only a kicker).
    var title: String { HeadlineRoles.assign(headlineLines).title }
    /// Whether `title` is not empty (read without weighing which deck is the title).
    var hasTitle: Bool { HeadlineRoles.hasTitle(headlineLines) }

    /// The dateline that opens its first paragraph.
    var openingDateline: Dateline? {
        for e in elements { if case .paragraph(let p) = e { return p.leadingDateline } }
        return nil
    }

    /// The first line it occupies (`lineNumbers.min()`), read without listing the lines.
    var firstLine: Int? {
        var first: Int?
        for e in elements {
            let m: Int?
            switch e {
            case .headline(let h): m = h.lines.min()
            case .label(let line, _), .byline(let line, _), .subhead(let line, _),
                 .credit(let line, _), .marker(let line, _): m = line
            case .paragraph(let p): m = p.lines.min()
            case .box(let line, _, let text):
                var low = line
                for p in text { if let l = p.lines.min(), l < low { low = l } }
                m = low
            }
            if let m, first.map({ m < $0 }) ?? true { first = m }
        }
        return first
    }

    /// Whether it ends on a cut sentence with nothing closing it.
    var endsMidSentence: Bool {
        guard !isClosed, let last = elements.last(where: { if case .paragraph = $0 { true } else { false } }),
              case .paragraph(let p) = last
        else { return false }
        return !p.endsSentence
    }

    /// All line numbers in reading order.
    var lineNumbers: [Int] {
        // `elements.flatMap(\.lines)`, appended in place (no array per element) to an array
        // sized once for them all (a long article's lines would grow it several times).
        var numbers: [Int] = []
        var count = 0
        for e in elements {
            switch e {
            case .headline(let h): count += h.lines.count
            case .paragraph(let p): count += p.lines.count
            case .box(_, _, let text): count += 1 + text.reduce(0) { $0 + $1.lines.count }
            default: count += 1
            }
        }
        numbers.reserveCapacity(count)
        for e in elements {
            switch e {
            case .headline(let h): numbers += h.lines
            case .label(let line, _), .byline(let line, _), .subhead(let line, _),
                 .credit(let line, _), .marker(let line, _): numbers.append(line)
            case .paragraph(let p): numbers += p.lines
            case .box(let line, _, let text):
                numbers.append(line)
                for p in text { for l in p.lines where l != line { numbers.append(l) } }
            }
        }
        return numbers
    }
}
