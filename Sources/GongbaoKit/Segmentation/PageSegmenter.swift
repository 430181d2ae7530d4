/// Splits a page into articles.
///
/// The page goes through these stages, each in its own file under `Stages/`, each
/// reading a handful of named cues from `Cues/`:
///
/// 1. `LineClassifier` — what each line is on its own (furniture, label, box label,
///    jump marker, byline, or text).
/// 2. `ParagraphBuilder` — hard-wrapped lines joined into paragraphs.
/// 3. `ArticleGrouper` — paragraphs and special lines grouped into items.
/// 4. `HeadlinePlacement` — headlines printed after their body moved to it.
/// 5. `FragmentReunion` — pieces of one item scattered over the page put together.
/// 6. `ReadingOrderRepair` — cut paragraphs joined, displaced column fragments moved.
/// 7. `ArticleAssembler` with `HeadlineRoles` and `KindClassifier` — the fields of each `Article`.
///
/// Time is linear in the size of the page (up to a constant window of neighbouring
/// items that headlines and fragments are compared with). See `docs/segmentation.md`.
public struct PageSegmenter: Sendable {
    public init() {}

    /// The articles of `page`, ordered by the first line each occupies, with ids
    /// `"\(page.key)#\(index)"` (1-based index).
    public func segment(_ page: Page) -> [Article] {
        let lines = LineClassifier.classify(page)
        let pieces = ParagraphBuilder.pieces(from: lines)
        var drafts = ArticleGrouper.group(pieces)
        let placed = HeadlinePlacement.placeKeepingBodies(drafts)
        drafts = FragmentReunion.reunite(placed.drafts, bodies: placed.bodies)
        for i in drafts.indices {
            drafts[i].elements = ReadingOrderRepair.repair(drafts[i].elements)
        }
        let ordered = drafts
            .map { (first: $0.firstLine ?? 0, draft: $0) }
            .sorted { $0.first < $1.first }
        let assembler = ArticleAssembler(page: page, lines: lines)
        return ordered.enumerated().map { offset, entry in
            assembler.article(from: entry.draft, index: offset + 1)
        }
    }
}
