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
        reunite(drafts, bodies: Array(repeating: nil, count: drafts.count))
    }

    /// `reunite`, given the `HeadlinePlacement.bodyProfile` of each draft that the placement
    /// read (`nil` where it read none). Texts are compared only on a page with a fragment.
    static func reunite(_ drafts: [ArticleDraft], bodies: [BigramProfile?]) -> [ArticleDraft] {
        var drafts = drafts
        // What each draft offers, computed once and kept up to date.
        var summaries = drafts.map(Summary.init)
        // The fragments that have an item to weigh within their window. A summary only ever
        // accepts less as fragments join (a target that takes an opening no longer accepts one;
        // one that takes a tail already ended mid-sentence; a joined fragment is empty), so a
        // fragment with none now never gets one: only those with some are read and weighed,
        // and a page with none reads no text at all.
        let weighed = drafts.indices.filter { f in
            summaries[f].isFragment && window(of: f, count: drafts.count).contains { t in
                t != f && summaries[t].accepts(fragmentWithOpening: summaries[f].hasOpening)
            }
        }
        guard !weighed.isEmpty else { return drafts.filter { !$0.isEmpty } }
        // Each item is read as its body and its headline, kept apart, as the drafts came in;
        // an item's profiles are built only when a fragment is weighed against it, and only
        // the fragments are read as one profile. The frequencies are counted from the texts.
        let initial = drafts
        var parts: [[BigramProfile]?] = Array(repeating: nil, count: drafts.count)
        func profiles(of t: Int) -> [BigramProfile] {
            if let made = parts[t] { return made }
            let made = [bodies[t] ?? HeadlinePlacement.bodyProfile(initial[t]), headlineProfile(initial[t])]
            parts[t] = made
            return made
        }
        var fragments: [Int: BigramProfile] = [:]
        for f in weighed {
            var profile = profiles(of: f)[0]
            profile.formUnion(profiles(of: f)[1])
            fragments[f] = profile
        }
        // The headline lines are read one after another, as if joined by line breaks: what
        // `headlineText` reads, without joining them.
        let documents = initial.map { draft in
            TextAffinity.Document(reads: [HeadlinePlacement.bodySources(draft), draft.headlineLines.map { .text($0.text) }])
        }
        let affinity = TextAffinity(reading: documents, counting: Array(fragments.values))
        for f in weighed {
            let probe = affinity.probe(fragments[f]!)
            let opening = summaries[f].hasOpening
            let range = window(of: f, count: drafts.count)
            var best: (index: Int, score: Double)?
            var runnerUp = 0.0
            for t in range where t != f && summaries[t].accepts(fragmentWithOpening: opening) {
                let score = affinity.textAffinity(of: probe, inAnyOf: profiles(of: t))
                if score > (best?.score ?? 0) {
                    runnerUp = best?.score ?? 0
                    best = (t, score)
                } else {
                    runnerUp = max(runnerUp, score)
                }
            }
            guard let (target, score) = best, score >= minimumAffinity, score >= margin * runnerUp else { continue }
            let fragment = drafts[f].elements
            if opening {
                let position = drafts[target].elements.firstIndex { e in
                    switch e {
                    case .headline, .label, .box: false
                    default: true
                    }
                } ?? drafts[target].elements.count
                drafts[target].elements.insert(contentsOf: fragment, at: position)
                summaries[target].hasOpening = true
            } else {
                drafts[target].elements += fragment
                summaries[target].endsMidSentence = true
            }
            drafts[f].elements = []
            summaries[f] = Summary(ArticleDraft())
        }
        return drafts.filter { !$0.isEmpty }
    }

    /// The drafts a fragment at `f` is weighed against (itself among them), of `count`.
    private static func window(of f: Int, count: Int) -> Range<Int> {
        max(0, f - HeadlinePlacement.window)..<min(count, f + HeadlinePlacement.window)
    }

    /// What the reunion needs to know of a draft.
    private struct Summary {
        var isFragment: Bool
        var hasTitle: Bool
        var hasOpening: Bool
        var endsMidSentence: Bool
        var isClosedItem: Bool

        init(_ draft: ArticleDraft) {
            // An untitled, unclosed item with a body ending on a cut sentence.
            isFragment = !draft.elements.contains(where: \.isHeadline) && draft.marker == nil && draft.hasParagraph && draft.endsMidSentence
            hasTitle = draft.hasTitle
            // A byline, or a first paragraph opening with a dateline.
            hasOpening = draft.hasLeadingByline || draft.openingDateline != nil
            endsMidSentence = draft.endsMidSentence
            isClosedItem = draft.isContinuation || draft.hasCredit || draft.isEmpty
        }

        /// A fragment with an opening completes an item without one; a fragment without
        /// an opening completes an item that ends on a cut sentence.
        func accepts(fragmentWithOpening opening: Bool) -> Bool {
            guard hasTitle, !isClosedItem else { return false }
            return opening ? !hasOpening : endsMidSentence
        }
    }

    /// The item's headline lines, read as lines joined by line breaks.
    private static func headlineProfile(_ draft: ArticleDraft) -> BigramProfile {
        BigramProfile(headlineText(draft))
    }

    private static func headlineText(_ draft: ArticleDraft) -> String {
        draft.headlineLines.map(\.text).joined(separator: "\n")
    }
}
