import GongbaoKit
import TextLayout

/// Measures how long the browser takes per keystroke, without a terminal:
/// for the benchmark executable (performance figures do not belong in tests).
public enum KeystrokeBenchmark {
    /// The cost of one keystroke.
    public struct Timing: Sendable {
        public var key: KeyEvent
        /// Key map + `update` + `render`: what the user waits for before the screen changes.
        public var updateAndRender: Duration
        /// The recount the key started (list and facet counts, off the UI thread in
        /// the real browser); `nil` when the key changed no filter.
        public var recount: Duration?
    }

    /// Feeds `keys` to a browser over `archive` at `size` and times each one.
    /// Recounts run synchronously here and are timed apart from the keystroke.
    public static func run(archive: Archive, keys: [KeyEvent], size: Size = Size(columns: 160, rows: 48)) -> [Timing] {
        let clock = ContinuousClock()
        var state = AppState(corpusName: "benchmark", size: size)
        func settle(_ effects: [Effect]) -> Duration? {
            var total: Duration? = nil
            for case .computeView(let request) in effects {
                var data: ViewData?
                total = (total ?? .zero) + clock.measure { data = ViewData.compute(request) }
                _ = update(&state, .viewComputed(data!))
            }
            return total
        }
        _ = settle(update(&state, .archiveUpdated(archive, LoadProgress(pagesDone: 1, pagesTotal: 1, articles: archive.articles.count, finished: true))))
        _ = render(state, size: size)
        var timings: [Timing] = []
        timings.reserveCapacity(keys.count)
        for key in keys {
            var effects: [Effect] = []
            let elapsed = clock.measure {
                effects = update(&state, KeyMap.standard.action(for: key, in: state))
                _ = render(state, size: size)
            }
            let recount = settle(effects)
            timings.append(Timing(key: key, updateAndRender: elapsed, recount: recount))
            if effects.contains(where: { if case .quit = $0 { true } else { false } }) { break }
        }
        return timings
    }
}
