import Foundation
import GongbaoKit
import Testing
import GongbaoTestSupport
@testable import GongbaoTUI

@Suite("Archive browsing helpers")
struct BrowsingHelpersTests {
    let archive = Fixture.archive

    @Test("region parents and paths come from the hierarchy")
    func parents() {
        #expect(archive.regionParent(of: "620822000000") == "620800000000")
        #expect(archive.regionParent(of: "620000000000") == nil)
        #expect(archive.regionPath(of: "620822000000") == ["甘肃省", "平凉市", "灵台县"])
        let flat = Archive(articles: Fixture.articles)
        #expect(flat.regionParent(of: "620822000000") == nil)
        #expect(flat.regionPath(of: "620822000000") == ["灵台县"])
    }

    @Test("an article's province is the top of its first about-region")
    func province() {
        #expect(archive.provinceName(of: Fixture.articles[1]) == "甘肃省")
        #expect(archive.provinceName(of: Fixture.articles[3]) == "湖北省")
        #expect(archive.provinceName(of: Fixture.articles[9]) == nil)
    }

    @Test("browsing counts equal the per-kind facets and region counts")
    func counts() {
        let refs = archive.run(Query())
        let counts = archive.browsingCounts(over: refs)
        #expect(counts.regionCounts == archive.regionCounts(over: refs))
        for kind in [EntityKind.org, .person, .campaign] {
            #expect(counts.facets[kind] == archive.facets(kind, over: refs))
        }
    }

    @Test("short region names drop the administrative suffix and the peoples' names")
    func shortNames() {
        let cases: [(String, RegionLevel, String)] = [
            ("甘肃省", .province, "甘肃"), ("北京市", .province, "北京"), ("广西壮族自治区", .province, "广西"),
            ("新疆维吾尔自治区", .province, "新疆"), ("内蒙古自治区", .province, "内蒙古"), ("宁夏回族自治区", .province, "宁夏"),
            ("西藏自治区", .province, "西藏"), ("香港特别行政区", .province, "香港"),
            ("甘南藏族自治州", .prefecture, "甘南"), ("阿拉善盟", .prefecture, "阿拉善"),
            ("灵台县", .county, "灵台"), ("谢林港镇", .township, "谢林港镇"),
        ]
        for (name, level, short) in cases {
            #expect(RegionShortForms.shortName(of: name, level: level) == short, "\(name)")
        }
    }

    @Test("the region tree nests places under their parents, most articles first")
    func tree() {
        let view = ViewData.compute(ViewRequest(generation: 0, archive: archive, query: Query(), selectedID: nil))
        let collapsed = view.regionTree.rows(expanded: [])
        #expect(collapsed.map(\.label) == ["甘肃省", "湖北省", "广西壮族自治区", "重庆市"])
        let open = view.regionTree.rows(expanded: ["620000000000", "620800000000"])
        #expect(open.prefix(4).map(\.label) == ["甘肃省", "平凉市", "灵台县", "兰州市"])
        #expect(open.prefix(4).map(\.depth) == [0, 1, 2, 1])
    }
}

@Suite("Reading state store")
struct ReadingStateStoreTests {
    func temporaryDirectory() -> URL {
        URL(fileURLWithPath: TemporaryFolders.make("state"))
    }

    @Test("state survives a save and a load, and no temporary file is left behind")
    func roundTrip() throws {
        let dir = temporaryDirectory().appendingPathComponent("nested/gongbao")
        let store = ReadingStateStore(directory: dir)
        #expect(store.load().state == ReadingState())
        let state = ReadingState(read: ["a#1", "b#2"], bookmarks: ["b#2"])
        try store.save(state)
        #expect(store.load().state == state)
        #expect(store.load().warning == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["reading-state.json"])
    }

    @Test("a corrupt file is moved aside, not deleted, with a warning, and a fresh state starts")
    func corrupt() throws {
        let dir = temporaryDirectory()
        let store = ReadingStateStore(directory: dir)
        try Data("{not json".utf8).write(to: store.fileURL)
        let loaded = store.load()
        #expect(loaded.state == ReadingState())
        #expect(loaded.warning?.contains("moved it to") == true)
        let aside = dir.appendingPathComponent("reading-state.json.corrupt-1")
        #expect(try String(contentsOf: aside, encoding: .utf8) == "{not json")
        #expect(!FileManager.default.fileExists(atPath: store.fileURL.path))
        try Data("[]".utf8).write(to: store.fileURL)
        _ = store.load()
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("reading-state.json.corrupt-2").path))
    }

    @Test("the directory is $XDG_STATE_HOME/gongbao, else ~/.local/state/gongbao")
    func directory() {
        #expect(ReadingStateStore.defaultDirectory(environment: ["XDG_STATE_HOME": "/x/state", "HOME": "/home/u"]).path == "/x/state/gongbao")
        #expect(ReadingStateStore.defaultDirectory(environment: ["XDG_STATE_HOME": "relative", "HOME": "/home/u"]).path == "/home/u/.local/state/gongbao")
        #expect(ReadingStateStore.defaultDirectory(environment: ["HOME": "/home/u"]).path == "/home/u/.local/state/gongbao")
    }
}

@Suite("Loading and benchmarking")
struct LoadingTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds").path

    @Test("the corpus source delivers the seed pages one batch per page, with the total known first")
    func corpusSource() throws {
        let source = CorpusLoadingSource(paths: [Self.seeds])
        #expect(source.name == "seeds")
        var batches: [LoadBatch] = []
        try source.load { batches.append($0) }
        #expect(batches.first?.pagesTotal == 5)
        #expect(batches.first?.articles.isEmpty == true)
        #expect(batches.count == 6)
        #expect(batches.last?.pagesDone == 5)
        let all = try ArchiveLoader().load(paths: [Self.seeds]) { _ in }
        #expect(batches.flatMap(\.articles).map(\.id) == all.map(\.id))
    }

    @Test("the keystroke benchmark returns one timing per key and times recounts apart")
    func benchmark() {
        _ = utf8Locale
        let timings = KeystrokeBenchmark.run(archive: Fixture.archive, keys: KeyEvent.sequence("j j Tab Enter / 工 Enter Tab Enter n q"))
        #expect(timings.count == 11)
        #expect(timings[3].recount != nil)
        #expect(timings[0].recount == nil)
    }
}
