/// A stage that adds annotations (regions, organisations, people…) to the
/// articles of one page. Annotators see the whole page so that context from
/// other articles (the paper's province, a dateline) can inform them.
public protocol PageAnnotator: Sendable {
    func annotate(_ articles: inout [Article], on page: Page)
}

/// The flow from a page to annotated articles: segment, then run each annotator in order.
public struct ArticlePipeline: Sendable {
    public var segmenter: PageSegmenter
    public var annotators: [any PageAnnotator]

    public init(segmenter: PageSegmenter = PageSegmenter(), annotators: [any PageAnnotator]) {
        self.segmenter = segmenter
        self.annotators = annotators
    }

    /// Segmentation only, no entity extraction.
    public static let segmentationOnly = ArticlePipeline(annotators: [])

    /// The full pipeline gongbao uses: regions first, since later stages
    /// (organisation shorthands such as 县总) read the regions found.
    public static let standard = ArticlePipeline(annotators: [RegionAnnotator(), EntityAnnotator()])

    public func articles(of page: Page) -> [Article] {
        var articles = segmenter.segment(page)
        for annotator in annotators {
            annotator.annotate(&articles, on: page)
        }
        return articles
    }
}
