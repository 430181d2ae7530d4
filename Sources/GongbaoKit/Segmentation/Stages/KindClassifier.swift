/// Stage 8: what kind of item an article is.
///
/// - `continuation`: it opens with a jump marker (`（上接第1版）`).
/// - `photo`: a short caption closed by a photo credit (`摄`, `报`, an agency line), or
///   by any staff credit when the caption says `图为`.
/// - `feature`: a feature or opinion column label (`新闻特写`, `短评`), subheads, a box, or a
///   commentator's byline (`本报评论员`); or, without a
///   report's dateline, a `——` kicker or a first-person essay.
/// - `brief`: a dated item of at most two paragraphs and under 300 characters.
/// - `news`: everything else.
enum KindClassifier {
    /// What the kind is decided from.
    struct Evidence {
        var isContinuation = false
        var closingCredit: Credit?
        var body: [String] = []
        var subheadCount = 0
        var boxCount = 0
        var labels: [String] = []
        var kicker = ""
        var hasOpeningDateline = false
        /// Signed by the paper's commentator (`本报评论员`).
        var isCommentary = false
    }

    static func kind(_ e: Evidence) -> ArticleKind {
        if e.isContinuation { return .continuation }
        // Characters are counted only where a test needs them, and only up to 601: they are
        // compared with 600 and 300 alone.
        var characters: Int {
            var count = 0
            for paragraph in e.body where count <= 600 {
                count += Punctuation.characterCount(paragraph, atMost: 601 - count)
            }
            return count
        }
        if let credit = e.closingCredit, !e.hasOpeningDateline, e.body.count <= 4, characters <= 600,
           PhotoCreditCue.isPhotoCredit(credit) || (credit.hasStaffMarker && e.body.contains(where: PhotoCreditCue.saysPictured)) {
            return .photo
        }
        if e.labels.contains(where: SectionLabelCue.isFeatureLabel) || e.subheadCount > 0 || e.boxCount > 0 || e.isCommentary {
            return .feature
        }
        if e.hasOpeningDateline {
            return e.body.count <= 2 && characters < 300 ? .brief : .news
        }
        if HeadlineShapeCue.endsWithKickerDash(e.kicker) { return .feature }
        if FirstPersonCue.isFirstPersonEssay(paragraphs: e.body) { return .feature }
        return .news
    }
}
