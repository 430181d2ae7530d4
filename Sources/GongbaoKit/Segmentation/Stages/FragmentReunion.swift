/// Stage 5: puts back together an item the layout scattered over the page (seed 004:
/// headline and box at the top, the byline and opening at the foot of the page
/// ending mid-sentence, the rest of the body in between).
///
/// A fragment is an untitled item that ends on a cut sentence with nothing closing it.
/// It joins the titled item that shares its words most (`TextAffinity`) and that it
/// completes: a fragment with a byline or dateline (an opening) joins an item with
/// neither, and is read right after that item's headline and boxes; a fragment with no
/// opening joins an item that itself ends on a cut sentence, and is read after it.
enum FragmentReunion {
    /// The least affinity between a fragment and its item (shared words weigh at most ½,
    /// since both texts contain them), and how far the best item must lead the next.
    static let minimumAffinity = 0.12
    static let margin = 2.0

    static func reunite(_ drafts: [ArticleDraft]) -> [ArticleDraft] {
        var drafts = drafts
        let profiles = drafts.map(fullProfile)
        let affinity = TextAffinity(profiles: profiles)
        for f in drafts.indices {
            let fragment = drafts[f]
            guard isFragment(fragment) else { continue }
            let opening = hasOpening(fragment)
            let range = max(0, f - HeadlinePlacement.window)..<min(drafts.count, f + HeadlinePlacement.window)
            var best: (index: Int, score: Double)?
            var runnerUp = 0.0
            for t in range where t != f && fits(fragment, opening: opening, into: drafts[t]) {
                let score = affinity.textAffinity(of: profiles[f], in: profiles[t])
                if score > (best?.score ?? 0) {
                    runnerUp = best?.score ?? 0
                    best = (t, score)
                } else {
                    runnerUp = max(runnerUp, score)
                }
            }
            guard let (target, score) = best, score >= minimumAffinity, score >= margin * runnerUp else { continue }
            if opening {
                let position = drafts[target].elements.firstIndex { e in
                    switch e {
                    case .headline, .label, .box: false
                    default: true
                    }
                } ?? drafts[target].elements.count
                drafts[target].elements.insert(contentsOf: fragment.elements, at: position)
            } else {
                drafts[target].elements += fragment.elements
            }
            drafts[f].elements = []
        }
        return drafts.filter { !$0.isEmpty }
    }

    /// An untitled, unclosed item with a body ending on a cut sentence.
    private static func isFragment(_ draft: ArticleDraft) -> Bool {
        draft.headlineLines.isEmpty && draft.marker == nil && draft.hasParagraph && draft.endsMidSentence
    }

    /// A byline, or a first paragraph opening with a dateline.
    private static func hasOpening(_ draft: ArticleDraft) -> Bool {
        draft.hasLeadingByline || draft.openingDateline != nil
    }

    private static func fits(_ fragment: ArticleDraft, opening: Bool, into item: ArticleDraft) -> Bool {
        guard !item.title.isEmpty, !item.isContinuation, !item.hasCredit, !item.isEmpty else { return false }
        if opening { return !hasOpening(item) }
        return item.endsMidSentence
    }

    /// The item's headline and body.
    private static func fullProfile(_ draft: ArticleDraft) -> BigramProfile {
        var profile = HeadlinePlacement.bodyProfile(draft)
        profile.formUnion(BigramProfile(draft.headlineLines.map(\.text).joined(separator: "\n")))
        return profile
    }
}
