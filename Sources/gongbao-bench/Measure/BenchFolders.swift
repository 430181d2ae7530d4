import ArgumentParser
import Foundation

/// The options `run` and `open` share: which generated archive, where it lives,
/// and how it was indexed, so that `open` finds what `run` made.
struct BenchArchiveOptions: ParsableArguments {
    @Option(help: "Seed of the generated archives.")
    var seed: UInt64 = 1

    @Option(help: "Folder for the generated archives and their index caches.")
    var work = ".build-bench"

    @Option(help: "Entities to index: standard (the real annotators), truth (the generator's places, for query timing before annotators exist), or auto.")
    var entities = "auto"
}

/// Where `run` keeps a benchmark archive and its index cache under `--work`,
/// so that `run` and `open` find the same ones.
enum BenchFolders {
    /// The generated pages (and `truth.jsonl`) of `articles` articles made with `seed`.
    static func archive(work: String, articles: Int, seed: UInt64) -> String {
        (work as NSString).appendingPathComponent("archive-\(articles)-seed\(seed)")
    }

    /// The index cache of the archive of `articles` articles.
    static func cache(work: String, articles: Int) -> String {
        (work as NSString).appendingPathComponent("cache-\(articles)")
    }
}
