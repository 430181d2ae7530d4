/// Stage 7: repairs the body of one item.
///
/// - A paragraph that ends on a cut sentence is joined with the next paragraph
///   (`…当地许多工会干部由` + `衷感叹,做强基层工会…`); boxes in between stay where they are.
/// - Interleaved column fragments (seed 001): when a cut paragraph is followed by a
///   subhead, the subhead opens a section from another column. If the paragraph after
///   the subhead picks the sentence up (`startsAsContinuation`), it is joined and the
///   subhead stays after it. If instead the section's first paragraph is itself cut
///   (`在云阳县滨江公园、月光草坪和白鹭公`), the subhead and that fragment are a displaced
///   block: the next paragraph continues the earlier cut sentence (`…受暴雨影响,洪` +
///   `涝等灾情…`), and the block is read at the end of the item, where its section went.
///   The same holds when the section's first paragraph is whole and opens like a paragraph
///   (`“驿站建起来只是第一步…”`) and the paragraph after it picks the sentence up: it starts as
///   a continuation, or the characters meeting at the cut form a word the item uses
///   elsewhere (`…建成职工服务驿` + `站186个…`).
/// - Otherwise the order is left as printed.
enum ReadingOrderRepair {
    static func repair(_ elements: [ArticleElement]) -> [ArticleElement] {
        // Only a paragraph that ends on a cut sentence starts a repair: without one every
        // element stays where it is, and the elements are returned as they came (not copied).
        var holdsCutParagraph = false
        for element in elements {
            if case .paragraph(let p) = element, !p.endsSentence {
                holdsCutParagraph = true
                break
            }
        }
        guard holdsCutParagraph else { return elements }
        // Paragraphs are kept aside while they grow, so that joining stays in place (linear).
        var paragraphs: [Paragraph] = []
        var out: [Slot] = []
        var displacedBlocks: [Slot] = []
        /// Index in `paragraphs` of a paragraph that ends on a cut sentence.
        var open: Int?

        func keep(_ element: ArticleElement) -> Slot {
            if case .paragraph(let p) = element {
                paragraphs.append(p)
                return .paragraph(paragraphs.count - 1)
            }
            return .element(element)
        }
        /// Joins `p` to the open paragraph and closes it when `p` ends its sentence.
        func continueOpen(_ o: Int, with p: Paragraph) {
            paragraphs[o].append(p)
            if p.endsSentence { open = nil }
        }

        /// The item's character bigrams, read once and only when a junction must be checked.
        var itemBigrams: Set<String>?
        /// Whether the two characters meeting at a cut form a word the item uses elsewhere
        /// (`驿` + `站`, with `驿站` in other paragraphs): evidence that the texts belong together.
        func joinsWord(_ left: String, _ right: String) -> Bool {
            guard let l = left.last, let r = right.first else { return false }
            if itemBigrams == nil { itemBigrams = Self.bigrams(of: elements) }
            return itemBigrams!.contains(String([l, r]))
        }

        var i = 0
        while i < elements.count {
            let element = elements[i]
            switch element {
            case .paragraph(let p):
                if let o = open, p.leadingDateline?.opensReport != true {
                    continueOpen(o, with: p)
                } else {
                    out.append(keep(element))
                    open = p.endsSentence ? nil : paragraphs.count - 1
                }
                i += 1
            case .subhead:
                guard let o = open else {
                    out.append(.element(element))
                    i += 1
                    continue
                }
                // Subheads between a cut paragraph and what follows them.
                var j = i
                while j < elements.count, case .subhead = elements[j] { j += 1 }
                let subheads = elements[i..<j].map { Slot.element($0) }
                if j < elements.count, case .paragraph(let first) = elements[j], first.startsAsContinuation {
                    continueOpen(o, with: first)
                    out += subheads
                    i = j + 1
                } else if j + 1 < elements.count, case .paragraph(let fragment) = elements[j], !fragment.endsSentence,
                          case .paragraph(let continuation) = elements[j + 1],
                          continuation.leadingDateline == nil {
                    continueOpen(o, with: continuation)
                    displacedBlocks += subheads + [keep(elements[j])]
                    i = j + 2
                } else if j + 1 < elements.count, case .paragraph(let section) = elements[j], section.endsSentence,
                          ContinuationCue.startsLikeParagraph(section.text),
                          case .paragraph(let continuation) = elements[j + 1], continuation.leadingDateline == nil,
                          !ContinuationCue.startsLikeParagraph(continuation.text),
                          continuation.startsAsContinuation || joinsWord(paragraphs[o].text, continuation.text) {
                    // The displaced section's first paragraph is whole: the paragraph after it
                    // picks up the cut sentence (`…建成职工服务驿` + `站186个…`).
                    continueOpen(o, with: continuation)
                    displacedBlocks += subheads + [keep(elements[j])]
                    i = j + 2
                } else {
                    out += subheads
                    open = nil
                    i = j
                }
            default:
                out.append(.element(element))
                i += 1
            }
        }
        return (out + displacedBlocks).map { slot in
            switch slot {
            case .element(let e): e
            case .paragraph(let index): .paragraph(paragraphs[index])
            }
        }
    }

    /// The bigrams of the item's paragraphs as printed (up to 20 000 characters).
    private static func bigrams(of elements: [ArticleElement]) -> Set<String> {
        var set = Set<String>()
        var read = 0
        for case .paragraph(let p) in elements {
            let characters = Array(p.text.prefix(20_000 - read))
            read += characters.count
            for k in 0..<max(0, characters.count - 1) { set.insert(String(characters[k...(k + 1)])) }
            if read >= 20_000 { break }
        }
        return set
    }

    /// An element of the output, or the index of a paragraph kept aside.
    private enum Slot {
        case element(ArticleElement)
        case paragraph(Int)
    }
}
