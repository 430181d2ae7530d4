import CJemalloc
import Foundation
import GongbaoIndex
import GongbaoKit
import GongbaoTUI

/// Measures one archive size, in this process (so peak RSS is its own).
struct Measurement {
    let options: Run

    func run() throws -> Figures {
        let archiveDir = try options.prepareArchive(size: options.articles)
        let regions = try RegionTable.load(path: options.sources.gazetteer)
        var truth: Truth? = try Truth(directory: archiveDir)
        let setup = BenchPipeline(mode: options.entities, truth: truth!, regions: regions)
        let useTruth = setup.usesTruth
        var pipeline = setup.pipeline
        let cache = BenchFolders.cache(work: options.work, articles: options.articles)
        try? FileManager.default.removeItem(atPath: cache)
        var indexOptions = IndexOptions(
            pipeline: pipeline, hierarchy: setup.hierarchy, cacheDirectory: cache,
            pipelineRevision: setup.revision,
            parallelism: options.parallelism
        )

        // Cold: parse, segment, extract, store, write the snapshot.
        // gongbao links jemalloc in place of glibc's malloc (Package.swift); so does the benchmark.
        print("allocator: jemalloc \(String(cString: gb_jemalloc_version()))")
        print(String(format: "before indexing: RSS %.0f MB (gazetteer and truth loaded)", currentRSSMegabytes()))
        let cpuBefore = cpuSeconds()
        let (_, cold) = try ArchiveIndex.open(paths: [archiveDir], options: indexOptions, rebuild: true) { _ in }
        let cpu = cpuSeconds() - cpuBefore
        let mb = Double(cold.bytesParsed) / 1_048_576
        print(String(format: "cold index: %d files, %d articles, %.1f MB in %.2f s (%.2f s CPU): %.1f MB/s, %.0f articles/s (%.1f MB/s per CPU second)",
                     cold.added, cold.articles, mb, cold.seconds, cpu, mb / cold.seconds, Double(cold.articles) / cold.seconds, mb / cpu))
        print(String(format: "after indexing: RSS %.0f MB, peak %.0f MB", currentRSSMegabytes(), peakRSSMegabytes()))
        // The index is current from here on: the opens below never parse, so the
        // benchmark's own truth is let go unless province F1 needs it.
        pipeline = .segmentationOnly
        indexOptions.pipeline = pipeline
        if useTruth { truth = nil }

        // Warm: nothing changed; the median of five opens.
        var opens = Latency()
        var archive: Archive?
        for _ in 0..<5 {
            archive = try opens.measure { try ArchiveIndex.open(paths: [archiveDir], options: indexOptions) { _ in }.archive }
        }
        let warm = opens.p50
        print(String(format: "warm open: %.1f ms (min %.1f)", warm, opens.quantile(0)))
        guard let archive else { throw GeneratorError("no archive") }
        print(String(format: "after opening: RSS %.0f MB", currentRSSMegabytes()))

        var rng = SplitMix64(seed: options.seed &+ 77)
        let regionKeys = archive.entities(of: .region).map(\.key).filter { archive.articleCount(of: $0) > 0 }
        let otherKeys = [EntityKind.org, .person, .campaign].flatMap { archive.entities(of: $0).map(\.key) }
            .filter { archive.articleCount(of: $0) >= 2 }
        let pages = try sampleTexts(archiveDir, count: 200, rng: &rng)
        let words2 = sampleWords(pages, length: 2, count: options.queries, rng: &rng)
        let words4 = sampleWords(pages, length: 4, count: options.queries, rng: &rng)

        func time(_ name: String, _ queries: [Query]) -> Latency {
            var latency = Latency()
            for q in queries.prefix(10) { _ = archive.facets(over: archive.run(q), limit: 50) } // warm-up
            var hits = 0
            for q in queries {
                latency.measure {
                    let refs = archive.run(q)
                    hits += refs.count
                    _ = archive.facets(over: refs, limit: 50)
                }
            }
            print(String(format: "%@: p50 %.2f ms, p99 %.2f ms (%d queries, %.0f hits on average)",
                         name, latency.p50, latency.p99, queries.count, Double(hits) / Double(max(queries.count, 1))))
            return latency
        }
        func pick<T>(_ items: [T]) -> [T] {
            items.isEmpty ? [] : (0..<options.queries).map { _ in items[rng.index(items.count)] }
        }
        let region = time("region filter", pick(regionKeys).map { Query(regions: [$0.value]) })
        let entity = time("entity filter", pick(otherKeys).map { Query(entities: [$0]) })
        let text2 = time("text, 2 characters", words2.map { Query(text: $0) })
        let text4 = time("text, 4 characters", words4.map { Query(text: $0) })
        let combined = time("region + 2-character text", zip(pick(regionKeys), words2).map { Query(regions: [$0.value], text: $1) })

        print(String(format: "after queries: RSS %.0f MB", currentRSSMegabytes()))
        // Peak RSS before the accuracy check, which decodes every article (benchmark work, not a user's).
        let rss = peakRSSMegabytes()
        let f1 = truth.flatMap { useTruth ? nil : provinceF1(archive, truth: $0, regions: regions) }
        if let f1 { print(String(format: "province F1: %.3f", f1)) } else { print("province F1: n/a (no region annotator in the standard pipeline)") }
        // The browser's own keystroke benchmark on this archive: moving, paging,
        // typing a search, choosing a facet, clearing (what the user waits for:
        // key map + update + render; recounts are timed apart).
        // Moving, paging, a text filter, the reader, and both pickers narrowed by pinyin initials.
        let keys = KeyEvent.sequence(String(repeating: "j j j k PgDn PgUp / 工 会 Enter Tab j Enter Tab n Esc r g s Enter x e q g z g h Esc ", count: 20))
        let timings = KeystrokeBenchmark.run(archive: archive, keys: keys)
        var keystrokes = Latency(), recounts = Latency()
        for t in timings {
            keystrokes.record(t.updateAndRender.seconds * 1000)
            if let r = t.recount { recounts.record(r.seconds * 1000) }
        }
        print(String(format: "keystroke: p50 %.2f ms, p99 %.2f ms (%d keys); recounts p50 %.2f ms, p99 %.2f ms (%d)",
                     keystrokes.p50, keystrokes.p99, timings.count, recounts.p50, recounts.p99, recounts.samples.count))
        print(String(format: "peak RSS: %.0f MB", rss))
        return Figures(
            articles: cold.articles, corpusMB: mb, entities: useTruth ? "truth" : "standard",
            coldIndexSeconds: cold.seconds, coldIndexCPUSeconds: cpu, coldIndexMBPerS: mb / cold.seconds,
            coldIndexArticlesPerS: Double(cold.articles) / cold.seconds, warmOpenMs: warm,
            regionFilterP50Ms: region.p50, regionFilterP99Ms: region.p99,
            entityFilterP50Ms: entity.p50, entityFilterP99Ms: entity.p99,
            text2P50Ms: text2.p50, text2P99Ms: text2.p99, text4P50Ms: text4.p50, text4P99Ms: text4.p99,
            combinedP50Ms: combined.p50, combinedP99Ms: combined.p99,
            keystrokeP50Ms: keystrokes.p50, keystrokeP99Ms: keystrokes.p99, peakRSSMB: rss, provinceF1: f1
        )
    }

    /// The text of `count` random page files, read from disk (not through the
    /// archive, so that sampling does not count in the archive's memory).
    private func sampleTexts(_ directory: String, count: Int, rng: inout SplitMix64) throws -> [[Character]] {
        var files: [String] = []
        let e = FileManager.default.enumerator(atPath: directory)
        while let rel = e?.nextObject() as? String {
            if rel.hasSuffix(".txt") { files.append(rel) }
        }
        files.sort()
        guard !files.isEmpty else { return [] }
        return try (0..<count).map { _ in
            let path = (directory as NSString).appendingPathComponent(files[rng.index(files.count)])
            return Array(try String(contentsOfFile: path, encoding: .utf8))
        }
    }

    /// Words of `length` CJK characters drawn from random places in `texts`.
    private func sampleWords(_ texts: [[Character]], length: Int, count: Int, rng: inout SplitMix64) -> [String] {
        var words: [String] = []
        var attempts = 0
        while words.count < count, attempts < count * 50, !texts.isEmpty {
            attempts += 1
            let text = texts[rng.index(texts.count)]
            guard text.count > length else { continue }
            let start = rng.index(text.count - length)
            let word = text[start..<start + length]
            if word.allSatisfy({ $0.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) } }) {
                words.append(String(word))
            }
        }
        return words
    }

    /// Micro-averaged F1 of the provinces the articles are about, against the truth:
    /// each generated article against the union of the parsed articles that start inside it.
    private func provinceF1(_ archive: Archive, truth: Truth, regions: RegionTable) -> Double {
        var predictedByTruth: [String: Set<String>] = [:]
        var titles: [String: String] = [:]
        var tags: [String: [String]] = [:]
        for article in archive.articles {
            let key = String(article.source.dropLast(4))
            guard let t = truth.match(article, pageKey: key) else { continue }
            let provinces = article.regions.filter { $0.role == .about && !$0.code.isEmpty }.compactMap { tag in
                Gazetteer.shared.lineage(of: tag.code).first.map(\.code) ?? regions.province(of: tag.code)
            }
            predictedByTruth[t.id, default: []].formUnion(provinces)
            titles[t.id] = titles[t.id] ?? article.displayTitle
            tags[t.id, default: []] += article.regions.map { "\($0.name)/\($0.role.rawValue)" }
        }
        let showErrors = Int(ProcessInfo.processInfo.environment["GONGBAO_BENCH_F1_ERRORS"] ?? "") ?? 0
        var shown = 0
        var tp = 0, fp = 0, fn = 0
        for key in truth.pages.keys.sorted() {
            for t in truth.pages[key]! {
                let predicted = predictedByTruth[t.id] ?? []
                let expected = Set(t.provinces)
                if predicted != expected, shown < showErrors {
                    shown += 1
                    func names(_ codes: Set<String>) -> String { codes.compactMap { regions.regions[$0]?.name }.sorted().joined(separator: ",") }
                    print("  F1 miss \(t.id) «\(titles[t.id] ?? t.title)»: found [\(names(predicted))] truth [\(names(expected))] tags \(tags[t.id] ?? [])")
                }
                tp += predicted.intersection(expected).count
                fp += predicted.subtracting(expected).count
                fn += expected.subtracting(predicted).count
            }
        }
        let precision = tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp)
        let recall = tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn)
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
}

/// The pipeline the benchmark indexes with: the standard one with every
/// extractor (regions and entities), or, with `truth` (or `auto` while the
/// standard pipeline has no annotators), the generator's truth standing in.
struct BenchPipeline {
    let pipeline: ArticlePipeline
    let hierarchy: any RegionHierarchy
    let revision: String
    let usesTruth: Bool

    init(mode: String, truth: Truth, regions: RegionTable) {
        let standard = ArticlePipeline.standard
        usesTruth = mode == "truth" || (mode == "auto" && standard.annotators.isEmpty)
        if usesTruth {
            pipeline = ArticlePipeline(annotators: [TruthAnnotator(truth: truth, regions: regions)])
            hierarchy = regions
            revision = "bench-truth"
        } else {
            var annotators = standard.annotators
            if !annotators.contains(where: { $0 is EntityAnnotator }) { annotators.append(EntityAnnotator()) }
            pipeline = ArticlePipeline(segmenter: standard.segmenter, annotators: annotators)
            hierarchy = Gazetteer.shared
            revision = IndexOptions.currentPipelineRevision + "+entities"
        }
    }
}
