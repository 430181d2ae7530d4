/// What kind of item an article is on its page.
public enum ArticleKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A headlined report: `本报讯…`, `本报X月X日电`, byline-led reports.
    case news
    /// A feature: labelled 新闻特写, a `——` kicker, subheads, a 阅读提示 box, an essay.
    case feature
    /// A photo item: optional short title, caption and a photo credit.
    case photo
    /// A dated short item of at most two paragraphs.
    case brief
    /// Text continued from another page (`（上接第1版）`).
    case continuation
}

/// An inclusive range of 1-based line numbers in the source file.
public struct LineSpan: Sendable, Hashable, Codable, Comparable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    public func contains(_ line: Int) -> Bool { line >= start && line <= end }

    public static func < (a: LineSpan, b: LineSpan) -> Bool {
        (a.start, a.end) < (b.start, b.end)
    }

    // Encoded as `[start, end]`, the form `docs/cli.md` documents.
    public init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        start = try c.decode(Int.self)
        end = try c.decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(start)
        try c.encode(end)
    }
}

/// A person credited for an article: reporter, correspondent, photographer, author.
public struct Byline: Sendable, Hashable, Codable {
    public var name: String
    /// `reporter` (记者), `correspondent` (通讯员), `photographer` (摄), `agency` (新华社记者), `author`.
    public var role: String

    public init(name: String, role: String) {
        self.name = name
        self.role = role
    }
}

extension Byline {
    /// The Chinese label front ends show for a credit role code (`reporter` → 记者);
    /// roles taken from the text (常务副主席, 外卖配送员) are already labels.
    public static func label(forRole role: String) -> String {
        switch role {
        case "reporter": "记者"
        case "correspondent": "通讯员"
        case "photographer": "摄影"
        case "agency": "通讯社记者"
        case "author": "作者"
        default: role
        }
    }
}

/// A box inside an article, such as 阅读提示.
public struct Box: Sendable, Hashable, Codable {
    public var label: String
    public var text: String

    public init(label: String, text: String) {
        self.label = label
        self.text = text
    }
}

/// One article of a page: its headline block, credits, repaired body and, once
/// the extractors have run, the entities it carries.
public struct Article: Sendable, Hashable, Codable, Identifiable {
    /// Stable across runs: the page key, `#`, and the 1-based index on the page (`000_b6d46a1b74e4ecaf#3`).
    public var id: String
    /// The source file name, relative to the corpus root.
    public var source: String
    /// 1-based position of the article on its page, in order of the first line it occupies.
    public var index: Int
    public var kind: ArticleKind
    /// Section or column label printed with the article (新闻特写, 工运纵横, 工会动态), or `""`.
    public var section: String
    public var kicker: String
    public var title: String
    /// Subtitle lines joined by a newline, or `""`.
    public var subtitle: String
    /// The credit line as printed (`本报记者 张静 本报通讯员 岑婧 陈斌斌`), or `""`.
    public var bylineText: String
    public var byline: [Byline]
    /// `本报讯`, `本报西安9月11日电`, `据《工人日报》`, `新华社`, or `""`.
    public var dateline: String
    /// Line spans of the source file the article occupies, in reading order.
    public var lines: [LineSpan]
    /// Repaired body paragraphs, in reading order (in-body subheads are paragraphs of their own).
    public var paragraphs: [String]
    /// In-body section heads, as printed.
    public var subheads: [String]
    public var boxes: [Box]
    /// Photo caption credit or continuation marker details kept as printed.
    public var marker: String

    public var regions: [RegionTag]
    public var orgs: [OrgTag]
    public var persons: [PersonTag]
    public var campaigns: [CampaignTag]
    public var figures: [Figure]

    public init(
        id: String, source: String, index: Int, kind: ArticleKind = .news,
        section: String = "", kicker: String = "", title: String = "", subtitle: String = "",
        bylineText: String = "", byline: [Byline] = [], dateline: String = "",
        lines: [LineSpan] = [], paragraphs: [String] = [], subheads: [String] = [],
        boxes: [Box] = [], marker: String = "",
        regions: [RegionTag] = [], orgs: [OrgTag] = [], persons: [PersonTag] = [],
        campaigns: [CampaignTag] = [], figures: [Figure] = []
    ) {
        self.id = id
        self.source = source
        self.index = index
        self.kind = kind
        self.section = section
        self.kicker = kicker
        self.title = title
        self.subtitle = subtitle
        self.bylineText = bylineText
        self.byline = byline
        self.dateline = dateline
        self.lines = lines
        self.paragraphs = paragraphs
        self.subheads = subheads
        self.boxes = boxes
        self.marker = marker
        self.regions = regions
        self.orgs = orgs
        self.persons = persons
        self.campaigns = campaigns
        self.figures = figures
    }

    /// The repaired body: paragraphs separated by a newline.
    public var text: String { paragraphs.joined(separator: "\n") }

    /// The full headline as one string: kicker, title and subtitle, for display and search.
    public var headline: String {
        [kicker, title, subtitle].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// A title to show in lists: the title, else the kicker, else the start of the body.
    public var displayTitle: String {
        if !title.isEmpty { return title }
        if !kicker.isEmpty { return kicker }
        return String((paragraphs.first ?? "").prefix(30))
    }
}
