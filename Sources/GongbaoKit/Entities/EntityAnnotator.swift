/// The entities the extractors found in one article.
public struct ArticleEntities: Sendable, Hashable {
    public var orgs: [OrgTag]
    public var persons: [PersonTag]
    public var campaigns: [CampaignTag]
    public var figures: [Figure]

    public init(orgs: [OrgTag] = [], persons: [PersonTag] = [], campaigns: [CampaignTag] = [], figures: [Figure] = []) {
        self.orgs = orgs
        self.persons = persons
        self.campaigns = campaigns
        self.figures = figures
    }
}

/// Fills each article's `orgs`, `persons`, `campaigns` and `figures` from its
/// headline decks, credits, boxes and body.
///
/// Runs after the region annotator: when `article.regions` is filled, bare
/// shorthands with no union of their level in the text (县总 alone) become the
/// article's county + 总工会; without regions they are resolved from the text
/// or kept as written. Every scanner is linear in the text and safe on any input.
public struct EntityAnnotator: PageAnnotator {
    public init() {}

    public func annotate(_ articles: inout [Article], on page: Page) {
        for i in articles.indices {
            annotate(&articles[i])
        }
    }

    /// Fills the entity fields of one article.
    public func annotate(_ article: inout Article) {
        let found = entities(of: article)
        article.orgs = found.orgs
        article.persons = found.persons
        article.campaigns = found.campaigns
        article.figures = found.figures
    }

    /// The entities of one article, without changing it.
    public func entities(of article: Article) -> ArticleEntities {
        let texts = ArticleTexts(article: article)

        // Campaign terms first: organisations and figures inside them are part of the term.
        let marks = texts.segments.map { QuoteScanner.quotesAndTitles(in: $0.text) }
        let campaignMatches = CampaignExtractor().extract(texts, quotes: marks.map(\.quotes))
        // The terms' ranges by segment: made only for an article with terms, which few have.
        var campaignRanges: [[Range<Int>]] = campaignMatches.isEmpty ? [] : Array(repeating: [], count: texts.segments.count)
        // Each term's place in `campaigns` (first quoted first): one lookup per match.
        var campaignIndex = NameTable<Int>()
        var campaigns: [CampaignTag] = []
        for m in campaignMatches {
            campaignRanges[m.segment].append(m.span.content)
            if let i = campaignIndex[m.term] {
                campaigns[i].count += 1
            } else {
                campaignIndex[m.term] = campaigns.count
                campaigns.append(CampaignTag(term: m.term, count: 1))
            }
        }

        var mentions: [OrgMention] = []
        var figures: [Figure] = []
        let orgExtractor = OrganisationExtractor()
        let figureExtractor = FigureExtractor()
        for (s, segment) in texts.segments.enumerated() {
            let titles = marks[s].titles, terms = campaignRanges.isEmpty ? [] : campaignRanges[s]
            let excluded = RangeMask(titles.isEmpty ? terms : titles.map(\.content) + terms, count: segment.text.count)
            orgExtractor.mentions(in: segment.text, order: (s + 1) * 1_000_000, excluded: excluded, into: &mentions)
            if segment.part != .headline {
                figureExtractor.figures(in: segment.text, excluded: excluded, into: &figures)
            }
        }
        let orgs = OrganisationResolver().resolve(mentions, regions: article.regions)

        var credits: [Byline] = article.byline.isEmpty ? CreditParser.parse(article.bylineText) : article.byline
        // A photo credit kept with the caption's marker (□张昆 摄).
        for credit in CreditParser.embedded(in: ScalarText(article.marker)) where !credits.contains(where: { $0.name == credit.name }) {
            credits.append(credit)
        }
        let persons = PersonExtractor().extract(texts, credits: credits)

        return ArticleEntities(orgs: orgs, persons: persons, campaigns: campaigns, figures: figures)
    }
}
