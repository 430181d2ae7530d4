import Foundation

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
