import Foundation
import GongbaoKit
import GongbaoTestSupport
@testable import GongbaoIndex

/// Temporary folders and small corpora for the index tests.
enum TestCorpus {
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = repositoryRoot.appendingPathComponent("seeds")

    /// A fresh empty folder, deleted when the test process exits.
    static func temporaryDirectory(_ name: String = "index") -> String {
        TemporaryFolders.make(name)
    }

    /// A corpus folder holding a copy of the seed pages, plus a cache folder for its index.
    static func seedCopy() -> (corpus: String, cache: String) {
        let root = temporaryDirectory()
        let corpus = (root as NSString).appendingPathComponent("corpus")
        try! FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        for name in try! FileManager.default.contentsOfDirectory(atPath: seeds.path) where name.hasSuffix(".txt") {
            try! FileManager.default.copyItem(atPath: seeds.appendingPathComponent(name).path,
                                              toPath: (corpus as NSString).appendingPathComponent(name))
        }
        return (corpus, (root as NSString).appendingPathComponent("cache"))
    }

    static func write(_ text: String, to path: String) {
        try! Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// Sets a file's modification time `seconds` into the future, so a rewrite is seen as a change.
    static func bumpTime(_ path: String, by seconds: TimeInterval = 5) {
        let date = Date().addingTimeInterval(seconds)
        try! FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: path)
    }
}


/// Tags articles with a few regions, organisations and campaigns by plain text
/// matching, so the index has entities of every kind to store.
struct KeywordAnnotator: PageAnnotator {
    func annotate(_ articles: inout [Article], on page: Page) {
        for i in articles.indices {
            let text = articles[i].headline + articles[i].text
            if text.contains("灵台") {
                articles[i].regions.append(RegionTag(name: "灵台县", code: "620822000000", level: .county,
                                                     path: ["甘肃省", "平凉市", "灵台县"], role: .about, count: 1))
            } else if text.contains("甘肃") {
                articles[i].regions.append(RegionTag(name: "甘肃省", code: "620000000000", level: .province,
                                                     path: ["甘肃省"], role: .about, count: 1))
            }
            if text.contains("湖北") {
                articles[i].regions.append(RegionTag(name: "湖北省", code: "420000000000", level: .province,
                                                     path: ["湖北省"], role: .mentioned, count: 2))
            }
            if text.contains("总工会") { articles[i].orgs.append(OrgTag(name: "总工会", kind: .union, aliases: ["总"], count: 3)) }
            if text.contains("小三级") { articles[i].campaigns.append(CampaignTag(term: "小三级", count: 1)) }
            if text.contains("驿站") { articles[i].persons.append(PersonTag(name: "驿站员", role: "tester")) }
            articles[i].figures.append(Figure(text: "1.2万元", value: 12000, unit: "元", kind: .money, subject: "s"))
        }
    }
}

extension IndexOptions {
    /// Options for a test index in `cache`, with entities.
    static func test(cache: String, revision: String = "test-1") -> IndexOptions {
        IndexOptions(
            pipeline: ArticlePipeline(annotators: [KeywordAnnotator()]), hierarchy: TestHierarchy(),
            cacheDirectory: cache, pipelineRevision: revision
        )
    }
}
