import GongbaoKit
import TextLayout

/// An article laid out for the reader at one width: title block, metadata,
/// boxes and body as styled lines, wrapped by display width with Chinese
/// line-breaking rules, entity names highlighted, search hits marked.
///
/// Built when an article opens, the width changes or the search changes, so
/// that scrolling only slices `lines`.
struct ReaderDocument: Sendable, Hashable {
    /// One line's stretch of a search hit: its row in `lines`, and the columns it covers.
    struct HitSegment: Sendable, Hashable {
        var line: Int
        var x: Int
        var width: Int
    }

    let width: Int
    private(set) var lines: [StyledLine] = []
    /// Per search hit, the stretches of lines it covers (two when it crosses a break).
    private(set) var hits: [[HitSegment]] = []

    /// Lays out `article` for `width` columns. `search` marks hits (case- and width-folded).
    init(article: Article, archive: Archive, width: Int, search: String = "", measure: DisplayWidth = DisplayWidth()) {
        self.width = max(width, 4)
        let builder = Builder(wrapper: TextWrapper(width: measure), width: self.width, search: search, names: Self.entityNames(article))
        var b = builder
        b.build(article, archive: archive)
        lines = b.lines
        hits = b.hits
    }

    /// The whole article as plain lines, unwrapped, for a pager.
    static func plainText(article: Article, archive: Archive) -> String {
        let document = ReaderDocument(article: article, archive: archive, width: 1_000_000)
        return document.lines.map { $0.map(\.text).joined() }.joined(separator: "\n") + "\n"
    }

    /// The names worth highlighting in the body: organisations (and their
    /// other forms), people, campaign terms, regions. Longest first, so that
    /// 甘肃省总工会 wins over 甘肃省.
    static func entityNames(_ article: Article) -> [String] {
        var names = Set<String>()
        for org in article.orgs { names.insert(org.name); names.formUnion(org.aliases) }
        for person in article.persons { names.insert(person.name) }
        for term in article.campaigns { names.insert(term.term) }
        for region in article.regions { names.insert(region.name) }
        return names.filter { $0.count >= 2 }.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    }
}

extension ReaderDocument {
    /// Accumulates lines block by block.
    private struct Builder {
        let wrapper: TextWrapper
        let width: Int
        let search: [Character]
        let names: [[Character]]
        var lines: [StyledLine] = []
        var hits: [[HitSegment]] = []

        init(wrapper: TextWrapper, width: Int, search: String, names: [String]) {
            self.wrapper = wrapper
            self.width = width
            self.search = Array(LabelIndex.folded(search))
            self.names = names.map(Array.init)
        }

        mutating func build(_ a: Article, archive: Archive) {
            if !a.section.isEmpty { block([("【\(a.section)】", .dim)]) }
            if !a.kicker.isEmpty { block([(a.kicker, .dim)]) }
            block([(a.title.isEmpty ? a.displayTitle : a.title, .heading)])
            if !a.subtitle.isEmpty {
                for line in a.subtitle.split(separator: "\n") { block([(String(line), .normal)]) }
            }
            blank()
            let credits = [a.dateline, a.bylineText].filter { !$0.isEmpty }.joined(separator: "  ")
            if !credits.isEmpty { block([(credits, .normal)]) }
            let spans = a.lines.map { $0.start == $0.end ? "\($0.start)" : "\($0.start)-\($0.end)" }.joined(separator: ", ")
            meta("来源", ["\(a.source)", "第\(spans)行", a.kind.rawValue])
            if !a.regions.isEmpty {
                meta("地区", a.regions.map { tag in
                    let path = tag.code.isEmpty ? (tag.path.isEmpty ? [tag.name] : tag.path) : archive.regionPath(of: tag.code)
                    return path.joined(separator: "/") + (tag.role == .mentioned ? "(提及)" : "")
                })
            }
            if !a.orgs.isEmpty { meta("机构", a.orgs.map(\.name)) }
            if !a.persons.isEmpty {
                meta("人物", a.persons.map { $0.role.isEmpty ? $0.name : "\($0.name)(\(Byline.label(forRole: $0.role)))" })
            }
            if !a.campaigns.isEmpty { meta("主题", a.campaigns.map(\.term)) }
            lines.append([Span(String(repeating: "-", count: min(width, 100)), .dim)])
            blank()
            for box in a.boxes {
                block([("【\(box.label)】", .heading), (box.text, .normal)], highlight: true)
                blank()
            }
            let subheads = Set(a.subheads)
            for paragraph in a.paragraphs {
                block([(paragraph, subheads.contains(paragraph) ? .heading : .normal)], highlight: true)
                blank()
            }
            if lines.last == [] { lines.removeLast() }
        }

        mutating func blank() {
            lines.append([])
        }

        /// A metadata line: a dim label, then the items, wrapped between items.
        mutating func meta(_ label: String, _ items: [String]) {
            let (value, starts) = TextWrapper.joined(items, separator: "  ")
            let offset = label.count + 2
            block([(label + "  ", .dim), (String(value), .normal)], itemStarts: starts.map { $0 + offset })
        }

        /// Wraps styled pieces as one paragraph; marks entity names (when asked) and search hits.
        /// `itemStarts` are the positions where list items begin (see `TextWrapper.lineRanges`).
        mutating func block(_ pieces: [(String, Style)], highlight: Bool = false, itemStarts: [Int] = []) {
            var chars: [Character] = []
            var styles: [Style] = []
            for (text, style) in pieces {
                let c = Array(text)
                chars += c
                styles += Array(repeating: style, count: c.count)
            }
            if highlight {
                for name in names {
                    for range in occurrences(of: name, in: chars) where styles[range].allSatisfy({ $0 == .normal }) {
                        for i in range { styles[i] = .highlight }
                    }
                }
            }
            var hitRanges: [Range<Int>] = []
            if !search.isEmpty {
                let folded = chars.map { LabelIndex.folded(String($0)).first ?? $0 }
                hitRanges = occurrences(of: search, in: folded)
                for range in hitRanges { for i in range { styles[i] = .searchHit } }
            }
            let first = lines.count
            let ranges = wrapper.lineRanges(of: chars, columns: width, itemStarts: itemStarts)
            for range in ranges {
                var line: StyledLine = []
                for i in range {
                    if let last = line.last, last.style == styles[i] {
                        line[line.count - 1].text.append(chars[i])
                    } else {
                        line.append(Span(String(chars[i]), styles[i]))
                    }
                }
                lines.append(line)
            }
            // Hits and lines both run left to right: one sweep places every hit.
            var lineIndex = 0
            for hit in hitRanges {
                while lineIndex < ranges.count, ranges[lineIndex].upperBound <= hit.lowerBound { lineIndex += 1 }
                var segments: [HitSegment] = []
                var n = lineIndex
                while n < ranges.count, ranges[n].lowerBound < hit.upperBound {
                    let range = ranges[n]
                    let lo = max(hit.lowerBound, range.lowerBound), hi = min(hit.upperBound, range.upperBound)
                    if lo < hi {
                        let x = wrapper.width.of(String(chars[range.lowerBound..<lo]))
                        segments.append(HitSegment(line: first + n, x: x, width: wrapper.width.of(String(chars[lo..<hi]))))
                    }
                    n += 1
                }
                if !segments.isEmpty { hits.append(segments) }
            }
        }

        /// Non-overlapping occurrences of `needle` in `chars`, left to right.
        func occurrences(of needle: [Character], in chars: [Character]) -> [Range<Int>] {
            guard let head = needle.first, needle.count <= chars.count else { return [] }
            var found: [Range<Int>] = []
            var i = 0
            while i + needle.count <= chars.count {
                if chars[i] == head, chars[i..<(i + needle.count)].elementsEqual(needle) {
                    found.append(i..<(i + needle.count))
                    i += needle.count
                } else {
                    i += 1
                }
            }
            return found
        }
    }
}
