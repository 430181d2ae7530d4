/// Fills `article.regions`: finds the places each article names (full names,
/// short forms, 京津冀-style groups, datelines, union shorthand such as
/// 甘肃省总), resolves them to the official hierarchy, and tells whether the
/// article is about each place or mentions it in passing.
///
/// Works on the whole page so that a provincial paper's province (most of its
/// items are about 陕西) can settle a bare `省` or an ambiguous 长安区. See
/// `docs/regions.md` for the rules.
public struct RegionAnnotator: PageAnnotator {
    private let customLexicon: RegionLexicon?

    /// An annotator over ``Gazetteer/shared``; its name index is built on first use.
    public init() {
        customLexicon = nil
    }

    /// An annotator over another gazetteer (for tests).
    public init(gazetteer: Gazetteer) {
        customLexicon = RegionLexicon(gazetteer: gazetteer)
    }

    private var lexicon: RegionLexicon { customLexicon ?? .shared }

    public func annotate(_ articles: inout [Article], on page: Page) {
        let lexicon = self.lexicon
        let finder = RegionMentionFinder(lexicon: lexicon)
        let resolver = RegionResolver(lexicon: lexicon)
        let judge = RegionRoleJudge(gazetteer: lexicon.gazetteer)
        var scratch = RegionMentionFinder.Scratch()
        let readings = articles.map { finder.read($0, scratch: &scratch) }
        let mentions = readings.map(\.mentions)
        let anchors = mentions.map { resolver.anchors(of: $0) }
        let context = RegionResolver.PageContext(
            dominantProvince: Self.dominantProvince(anchors, lexicon.gazetteer.nodes))
        for i in articles.indices {
            let resolved = resolver.resolve(mentions[i], anchors: anchors[i], page: context)
            articles[i].regions = judge.tags(mentions[i], resolved, national: readings[i].national,
                                             surfaces: readings[i].surfaces)
        }
    }

    /// The regions of one article on its own, without page context.
    public func regions(in article: Article) -> [RegionTag] {
        let lexicon = self.lexicon
        let reading = RegionMentionFinder(lexicon: lexicon).read(article)
        let resolved = RegionResolver(lexicon: lexicon).resolve(reading.mentions, page: .init(dominantProvince: nil))
        return RegionRoleJudge(gazetteer: lexicon.gazetteer).tags(reading.mentions, resolved, national: reading.national,
                                                                  surfaces: reading.surfaces)
    }

    /// The province of a provincial paper: named reliably in at least three of
    /// the page's articles, in at least half of those that name any place, and
    /// twice as often as any other province.
    static func dominantProvince(_ anchorsPerArticle: [[Int]], _ nodes: GazetteerNodes) -> Int? {
        // Provinces are few (34): lists searched in place beat a set per article and a dictionary.
        var counts: [(key: Int, value: Int)] = []
        var provinces: [Int] = []   // the article's, each once
        var withAny = 0
        for anchors in anchorsPerArticle where !anchors.isEmpty {
            withAny += 1
            provinces.removeAll(keepingCapacity: true)
            for anchor in anchors {
                let p = nodes.province(of: anchor)
                if provinces.contains(p) { continue }
                provinces.append(p)
                if let k = counts.firstIndex(where: { $0.key == p }) { counts[k].value += 1 } else { counts.append((p, 1)) }
            }
        }
        // Keys are distinct: the order is total, whatever order the counts were gathered in.
        let ranked = counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        guard let top = ranked.first, top.value >= 3, top.value * 2 >= withAny else { return nil }
        if ranked.count > 1, ranked[1].value * 2 > top.value { return nil }
        return top.key
    }
}
