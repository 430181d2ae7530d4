import ArgumentParser
import Foundation
import GongbaoKit

/// `gongbao-bench regions`: gazetteer load time and region recognition throughput.
struct RegionsBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regions",
        abstract: "Time loading the gazetteer and recognising regions in a few MB of seed text."
    )

    @Option(help: "Megabytes (UTF-8) of text to recognise; the seed pages are repeated to reach it.")
    var megabytes: Double = 4

    @Option(help: "Folder of pages to build the text from.")
    var seeds: String = "seeds"

    @Option(help: "Times to repeat each load measurement (the best is reported).")
    var loads: Int = 5

    func validate() throws {
        guard megabytes > 0, megabytes <= 1024 else { throw ValidationError("--megabytes must be in (0, 1024]") }
        guard loads >= 1 else { throw ValidationError("--loads must be at least 1") }
    }

    func run() throws {
        guard let url = Gazetteer.resourceURL else { throw ValidationError("the gazetteer resource is missing") }
        let clock = ContinuousClock()

        // First use, as the program sees it: the shared gazetteer.
        var shared: Gazetteer?
        let firstUse = clock.measure { shared = Gazetteer.shared }
        print("gazetteer: \(shared?.count ?? 0) regions, first use of Gazetteer.shared \(ms(firstUse)) ms")

        var loadTimes: [Duration] = []
        var indexTimes: [Duration] = []
        var loadCPU: [Double] = []
        var indexCPU: [Double] = []
        for _ in 0..<loads {
            var gazetteer: Gazetteer?
            var cpu = Self.threadCPUSeconds()
            loadTimes.append(try clock.measure { gazetteer = try Gazetteer(contentsOf: url) })
            loadCPU.append(Self.threadCPUSeconds() - cpu)
            cpu = Self.threadCPUSeconds()
            indexTimes.append(clock.measure { _ = RegionAnnotator(gazetteer: gazetteer!) })
            indexCPU.append(Self.threadCPUSeconds() - cpu)
        }
        print("gazetteer load: best \(ms(loadTimes.min()!)) ms, median \(ms(median(loadTimes))) ms wall; "
              + String(format: "best %.1f ms of CPU time", loadCPU.min()! * 1000))
        print("name index and matcher build: best \(ms(indexTimes.min()!)) ms, median \(ms(median(indexTimes))) ms wall; "
              + String(format: "best %.1f ms of CPU time", indexCPU.min()! * 1000))

        // Text: the seed pages cut into articles of a few lines each, repeated.
        let files = try Corpus.files(in: [seeds])
        let pages = files.compactMap { try? Corpus.read($0).get() }
        guard !pages.isEmpty else { throw ValidationError("no pages under \(seeds)") }
        let target = Int(megabytes * 1_000_000)
        var work: [(Page, [Article])] = []
        var bytes = 0
        while bytes < target {
            for page in pages where bytes < target {
                let articles = Self.articles(of: page)
                bytes += articles.reduce(0) { $0 + $1.paragraphs.reduce(0) { $0 + $1.utf8.count } }
                work.append((page, articles))
            }
        }

        let annotator = RegionAnnotator()
        var warm = work[0].1
        annotator.annotate(&warm, on: work[0].0) // builds the shared lexicon outside the timing
        var tags = 0
        let cpuStart = Self.threadCPUSeconds()
        let elapsed = clock.measure {
            for (page, articles) in work {
                var copy = articles
                annotator.annotate(&copy, on: page)
                tags += copy.reduce(0) { $0 + $1.regions.count }
            }
        }
        let cpu = Self.threadCPUSeconds() - cpuStart
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let mb = Double(bytes) / 1_000_000
        print(String(format: "recognition: %.1f MB in %.3f s = %.1f MB/s wall, %.1f MB/s of CPU time (%d pages, %d region tags)",
                     mb, seconds, mb / seconds, mb / cpu, work.count, tags))
    }

    /// CPU time of this thread: the figure that holds on a machine shared with other work.
    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// Articles of up to 12 non-blank lines each, every line a paragraph.
    static func articles(of page: Page) -> [Article] {
        let lines = page.lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return stride(from: 0, to: lines.count, by: 12).enumerated().map { k, start in
            let chunk = Array(lines[start..<min(start + 12, lines.count)])
            return Article(id: "\(page.key)#\(k + 1)", source: page.source, index: k + 1,
                           title: chunk.first ?? "", paragraphs: Array(chunk.dropFirst()))
        }
    }

    private func ms(_ d: Duration) -> String {
        let value = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
        return String(format: "%.1f", value)
    }

    private func median(_ ds: [Duration]) -> Duration {
        ds.sorted()[ds.count / 2]
    }
}
