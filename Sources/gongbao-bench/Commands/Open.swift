import ArgumentParser
import Foundation
import GongbaoIndex
import GongbaoKit

/// Opens an already indexed benchmark archive repeatedly: for profiling the warm open
/// (`perf record`, `valgrind --tool=callgrind`) without the cold indexing around it.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the index of a benchmark archive N times and print the times (for profiling)."
    )

    @Option(help: "Archive size, as given to `run`.")
    var articles = 100_000

    @Option(help: "How many opens.")
    var times = 10

    @Option(name: .customLong("text"), help: "A text query to time (repeatable): hits and milliseconds, median of 5 runs.")
    var texts: [String] = []

    @Option(help: "Text queries of 2 and 4 characters to run after the opens (with RSS after each kind).")
    var queries = 0

    @OptionGroup var archive: BenchArchiveOptions

    @OptionGroup var sources: GeneratorSources

    func run() throws {
        let dir = BenchFolders.archive(work: archive.work, articles: articles, seed: archive.seed)
        let regions = try RegionTable.load(path: sources.gazetteer)
        let truth = try Truth(directory: dir)
        let setup = BenchPipeline(mode: archive.entities, truth: truth, regions: regions)
        let options = IndexOptions(
            pipeline: setup.pipeline, hierarchy: setup.hierarchy,
            cacheDirectory: BenchFolders.cache(work: archive.work, articles: articles), pipelineRevision: setup.revision
        )
        var latency = Latency()
        var last: Archive?
        for _ in 0..<times {
            let (archive, report) = try latency.measure { try ArchiveIndex.open(paths: [dir], options: options) { _ in } }
            if report.snapshotWritten { print("(the index was not current: it was updated)") }
            last = archive
        }
        print(String(format: "open: p50 %.1f ms, min %.1f ms over %d opens; RSS %.0f MB", latency.p50, latency.quantile(0), times, currentRSSMegabytes()))
        guard let archive = last else { return }
        for text in texts {
            var l = Latency()
            var hits = 0
            for _ in 0..<5 { hits = l.measure { archive.run(Query(text: text)) }.count }
            let pages = Set(archive.run(Query(text: text)).map { archive.summary(at: $0).source }).count
            print(String(format: "%@: %d articles on %d pages, %.2f ms", text, hits, pages, l.p50))
        }
        guard queries > 0 else { return }
        var rng = SplitMix64(seed: 5)
        for kind in [2, 4] {
            var words: [String] = []
            while words.count < queries {
                let text = Array(archive.articles[rng.index(archive.count)].text)
                guard text.count > kind else { continue }
                let start = rng.index(text.count - kind)
                let w = text[start..<start + kind]
                if w.allSatisfy({ $0.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) } }) { words.append(String(w)) }
            }
            print(String(format: "sampled %d words: RSS %.0f MB", words.count, currentRSSMegabytes()))
            var l = Latency()
            for w in words { _ = l.measure { archive.facets(over: archive.run(Query(text: w)), limit: 50) } }
            print(String(format: "%d-character queries: p50 %.2f ms, p99 %.2f ms; RSS %.0f MB", kind, l.p50, l.p99, currentRSSMegabytes()))
        }
    }
}
