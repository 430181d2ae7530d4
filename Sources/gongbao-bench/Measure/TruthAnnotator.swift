import Foundation
import GongbaoKit

/// The generator's truth, read back: pages by key, for aligning parsed articles.
struct Truth {
    let pages: [String: [ArchiveGenerator.ArticleTruth]]

    init(directory: String) throws {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        var pages: [String: [ArchiveGenerator.ArticleTruth]] = [:]
        let data = try Data(contentsOf: URL(fileURLWithPath: (directory as NSString).appendingPathComponent("truth.jsonl")))
        for line in data.split(separator: 0x0A) where !line.isEmpty {
            let page = try decoder.decode(ArchiveGenerator.PageTruth.self, from: line)
            pages[String(page.page.dropLast(4))] = page.articles
        }
        self.pages = pages
    }

    /// The truth article a parsed article stands for: the one whose lines hold the
    /// parsed article's first line (however the segmenter split or merged them).
    func match(_ article: Article, pageKey: String) -> ArchiveGenerator.ArticleTruth? {
        guard let list = pages[pageKey] else { return nil }
        if let first = article.lines.map(\.start).min(),
           let t = list.first(where: { $0.lines.count == 2 && $0.lines[0] <= first && first <= $0.lines[1] }) {
            return t
        }
        if !article.title.isEmpty, let t = list.first(where: { $0.title == article.title }) { return t }
        return nil
    }
}

/// Stands in for the region and entity annotators in the benchmark until they
/// exist: tags each article with its places from the generator's truth, and
/// with the unions (…总工会, …工会) its text names. Only for measuring queries.
struct TruthAnnotator: PageAnnotator {
    let truth: Truth
    let regions: RegionTable

    func annotate(_ articles: inout [Article], on page: Page) {
        for i in articles.indices {
            guard let t = truth.match(articles[i], pageKey: page.key) else { continue }
            func tag(_ code: String, _ role: RegionRole) -> RegionTag? {
                guard let r = regions.regions[code] else { return nil }
                let path = (regions.ancestors(of: code).reversed() + [code]).compactMap { regions.regions[$0]?.name }
                return RegionTag(name: r.name, code: code, level: r.level, path: path, role: role, count: 1)
            }
            articles[i].regions = t.about.compactMap { tag($0, .about) } + t.mentioned.compactMap { tag($0, .mentioned) }
            articles[i].orgs = Self.unions(in: articles[i].headline + "\n" + articles[i].text).map { OrgTag(name: $0, kind: .union) }
        }
    }

    /// Names ending in 工会 after two to eight CJK characters, each once.
    static func unions(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        let stop: Set<Unicode.Scalar> = Set("的和在与及了为对由是从把".unicodeScalars)
        var found: [String] = []
        var i = 0
        while i + 1 < scalars.count {
            if scalars[i] == "工", scalars[i + 1] == "会" {
                var start = i
                while start > 0, i - start < 8, (0x4E00...0x9FFF).contains(scalars[start - 1].value), !stop.contains(scalars[start - 1]) {
                    start -= 1
                }
                if i - start >= 2 {
                    let name = String(String.UnicodeScalarView(scalars[start...i + 1]))
                    if !found.contains(name) { found.append(name) }
                }
                i += 2
            } else {
                i += 1
            }
        }
        return found
    }
}
