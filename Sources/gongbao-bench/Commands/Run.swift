import ArgumentParser
import Foundation
import GongbaoIndex
import GongbaoKit

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure indexing, opening, queries and memory on generated archives of 1,000, 10,000 and 100,000 articles.",
        discussion: """
            Generates the archives once (reused under --work), then measures each size in a process \
            of its own: cold indexing throughput, warm open, query latency p50/p99 (region filter, \
            entity filter, 2- and 4-character text, a combination; each with the facet recount), \
            keystroke time, peak RSS, province F1 against the generator's truth. Ends with one \
            JSON line of the figures for the largest size. Use a release build.
            """
    )

    @Option(help: "Largest archive size; every standard size up to it is measured too.")
    var articles = 100_000

    @Option(help: "Queries of each type to time.")
    var queries = 300

    @Option(help: "Threads parsing files during cold indexing (the targets are for one core).")
    var parallelism = 1

    @Flag(help: "Measure only --articles, in this process (what the parent runs for each size).")
    var single = false

    @OptionGroup var archive: BenchArchiveOptions

    @OptionGroup var sources: GeneratorSources

    var seed: UInt64 { archive.seed }
    var work: String { archive.work }
    var entities: String { archive.entities }

    func run() throws {
        if single {
            let figures = try Measurement(options: self).run()
            print("RESULT " + figures.json)
            return
        }
        var sizes = [1_000, 10_000, 100_000].filter { $0 < articles }
        sizes.append(articles)
        var results: [Figures] = []
        for size in sizes {
            let archive = try prepareArchive(size: size)
            print("== \(size) articles (\(archive)) ==")
            results.append(try runChild(size: size))
        }
        print("")
        print(Figures.table(results))
        print(results.last!.json)
    }

    /// The generated archive of `size` articles, made once and reused.
    func prepareArchive(size: Int) throws -> String {
        let dir = BenchFolders.archive(work: work, articles: size, seed: seed)
        if !FileManager.default.fileExists(atPath: (dir as NSString).appendingPathComponent("truth.jsonl")) {
            try? FileManager.default.removeItem(atPath: dir)
            let summary = try sources.generator().generate(articles: size, seed: seed, into: dir)
            print("generated \(summary.articles) articles on \(summary.pages) pages in \(dir)")
        }
        return dir
    }

    private func runChild(size: Int) throws -> Figures {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executablePath())
        var args = ["run", "--single", "--articles", String(size), "--seed", String(seed), "--work", work,
                    "--queries", String(queries), "--entities", entities, "--seeds", sources.seeds,
                    "--parallelism", String(parallelism)]
        if let g = sources.gold { args += ["--gold", g] }
        if let g = sources.gazetteer { args += ["--gazetteer", g] }
        process.arguments = args
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        var result: Figures?
        for line in String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n") {
            if line.hasPrefix("RESULT ") {
                result = try JSONDecoder().decode(Figures.self, from: Data(line.dropFirst(7).utf8))
            } else {
                print(line)
            }
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0, let result else {
            throw GeneratorError("measuring \(size) articles failed (status \(process.terminationStatus))")
        }
        return result
    }

    static func executablePath() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}

/// The figures of one archive size; `json` is the benchmark's last line.
struct Figures: Codable {
    var articles: Int
    var corpusMB: Double
    var entities: String
    var coldIndexSeconds: Double
    var coldIndexCPUSeconds: Double
    var coldIndexMBPerS: Double
    var coldIndexArticlesPerS: Double
    var warmOpenMs: Double
    var regionFilterP50Ms: Double, regionFilterP99Ms: Double
    var entityFilterP50Ms: Double, entityFilterP99Ms: Double
    var text2P50Ms: Double, text2P99Ms: Double
    var text4P50Ms: Double, text4P99Ms: Double
    var combinedP50Ms: Double, combinedP99Ms: Double
    var keystrokeP50Ms: Double?, keystrokeP99Ms: Double?
    var peakRSSMB: Double
    var provinceF1: Double?

    enum CodingKeys: String, CodingKey {
        case articles, entities
        case corpusMB = "corpus_mb"
        case coldIndexSeconds = "cold_index_s"
        case coldIndexCPUSeconds = "cold_index_cpu_s"
        case coldIndexMBPerS = "cold_index_mb_per_s"
        case coldIndexArticlesPerS = "cold_index_articles_per_s"
        case warmOpenMs = "warm_open_ms"
        case regionFilterP50Ms = "region_filter_p50_ms", regionFilterP99Ms = "region_filter_p99_ms"
        case entityFilterP50Ms = "entity_filter_p50_ms", entityFilterP99Ms = "entity_filter_p99_ms"
        case text2P50Ms = "text2_p50_ms", text2P99Ms = "text2_p99_ms"
        case text4P50Ms = "text4_p50_ms", text4P99Ms = "text4_p99_ms"
        case combinedP50Ms = "combined_p50_ms", combinedP99Ms = "combined_p99_ms"
        case keystrokeP50Ms = "keystroke_p50_ms", keystrokeP99Ms = "keystroke_p99_ms"
        case peakRSSMB = "peak_rss_mb"
        case provinceF1 = "province_f1"
    }

    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Nil figures are written as null, so every key is always present.
        var object = (try? JSONSerialization.jsonObject(with: encoder.encode(self))) as? [String: Any] ?? [:]
        for key in ["keystroke_p50_ms", "keystroke_p99_ms", "province_f1"] where object[key] == nil { object[key] = NSNull() }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    static func table(_ rows: [Figures]) -> String {
        func f(_ v: Double?, _ digits: Int = 1) -> String { v.map { String(format: "%.\(digits)f", $0) } ?? "n/a" }
        var lines = [
            "| articles | corpus MB | cold index MB/s | articles/s | warm open ms | region p50/p99 ms | entity p50/p99 ms | text2 p50/p99 ms | text4 p50/p99 ms | combined p50/p99 ms | keystroke p50/p99 ms | peak RSS MB | province F1 |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for r in rows {
            lines.append("| \(r.articles) | \(f(r.corpusMB)) | \(f(r.coldIndexMBPerS)) | \(f(r.coldIndexArticlesPerS, 0)) | \(f(r.warmOpenMs)) | "
                + "\(f(r.regionFilterP50Ms, 2))/\(f(r.regionFilterP99Ms, 2)) | \(f(r.entityFilterP50Ms, 2))/\(f(r.entityFilterP99Ms, 2)) | "
                + "\(f(r.text2P50Ms, 2))/\(f(r.text2P99Ms, 2)) | \(f(r.text4P50Ms, 2))/\(f(r.text4P99Ms, 2)) | "
                + "\(f(r.combinedP50Ms, 2))/\(f(r.combinedP99Ms, 2)) | \(f(r.keystrokeP50Ms, 2))/\(f(r.keystrokeP99Ms, 2)) | "
                + "\(f(r.peakRSSMB, 0)) | \(f(r.provinceF1, 3)) |")
        }
        return lines.joined(separator: "\n")
    }
}
