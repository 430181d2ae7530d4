import GongbaoKit
@testable import GongbaoTUI

/// Drives a browser state the way the runtime does, without a terminal:
/// keys go through the key map, recounts run at once.
struct Driver {
    var state: AppState
    /// Every effect other than recounts, in order.
    private(set) var effects: [Effect] = []

    init(archive: Archive = Fixture.archive, size: Size = Size(columns: 80, rows: 24), reading: ReadingState = ReadingState()) {
        _ = utf8Locale
        state = AppState(corpusName: "fixture", size: size, reading: reading)
        send(.archiveUpdated(archive, LoadProgress(pagesDone: 4, pagesTotal: 4, articles: archive.articles.count, finished: true)))
    }

    /// Applies an action and performs the recounts it asks for.
    mutating func send(_ action: Action) {
        for effect in update(&state, action) {
            if case .computeView(let request) = effect {
                send(.viewComputed(ViewData.compute(request)))
            } else {
                effects.append(effect)
            }
        }
    }

    /// Presses keys written as in `KeyEvent.sequence`: `"j j Enter"`, `"r 甘肃 Enter"`.
    mutating func press(_ keys: String) {
        for key in KeyEvent.sequence(keys) {
            send(KeyMap.standard.action(for: key, in: state))
        }
    }

    /// The screen as text.
    var screen: String { render(state, size: state.size).text }

    /// Titles of the listed articles.
    var titles: [String] { state.refs.map { state.archive.articles[$0].title } }

    /// The article ids listed.
    var ids: [String] { state.refs.map { state.archive.articles[$0].id } }
}
