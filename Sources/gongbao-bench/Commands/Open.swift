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

    @Option(help: "Seed, as given to `run`.")
    var seed: UInt64 = 1

    @Option(help: "Folder of the benchmark archives and caches.")
    var work = ".build-bench"

    @Option(help: "How many opens.")
    var times = 10

    @Option(help: "Entities the index was built with, as given to `run`.")
    var entities = "auto"

    @OptionGroup var sources: GeneratorSources

    func run() throws {
        let dir = (work as NSString).appendingPathComponent("archive-\(articles)-seed\(seed)")
        let regions = try RegionTable.load(path: sources.gazetteer)
        let truth = try Truth(directory: dir)
        let setup = BenchPipeline(mode: entities, truth: truth, regions: regions)
        let options = IndexOptions(
            pipeline: setup.pipeline, hierarchy: setup.hierarchy,
            cacheDirectory: (work as NSString).appendingPathComponent("cache-\(articles)"), pipelineRevision: setup.revision
        )
        var latency = Latency()
        for _ in 0..<times {
            let (archive, report) = try latency.measure { try ArchiveIndex.open(paths: [dir], options: options) { _ in } }
            if report.snapshotWritten { print("(the index was not current: it was updated)") }
            _ = archive.count
        }
        print(String(format: "open: p50 %.1f ms, min %.1f ms over %d opens", latency.p50, latency.quantile(0), times))
    }
}
