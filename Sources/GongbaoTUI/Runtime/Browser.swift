import Foundation
import GongbaoKit
import TextLayout

/// What the browser is started with.
public struct BrowserOptions: Sendable {
    /// Where the articles come from.
    public var source: any LoadingSource
    /// The region hierarchy for the archive (the gazetteer), for the region tree.
    public var hierarchy: (any RegionHierarchy)?
    /// Count East Asian Ambiguous characters as two columns.
    public var ambiguousWide: Bool
    /// Use colours (off under `NO_COLOR`).
    public var colors: Bool
    /// Take mouse clicks and the wheel.
    public var mouse: Bool
    /// Where read marks and bookmarks are kept; `nil` keeps them for this session only.
    public var stateStore: ReadingStateStore?

    public init(
        source: any LoadingSource, hierarchy: (any RegionHierarchy)? = nil, ambiguousWide: Bool = false,
        colors: Bool = true, mouse: Bool = true, stateStore: ReadingStateStore? = nil
    ) {
        self.source = source
        self.hierarchy = hierarchy
        self.ambiguousWide = ambiguousWide
        self.colors = colors
        self.mouse = mouse
        self.stateStore = stateStore
    }
}

/// The terminal browser: runs the loop that reads input, updates the state,
/// performs effects and draws, until the user quits or a signal arrives.
public enum Browser {
    /// Runs the browser; returns the exit status (0 on quit, 128+n after signal n).
    /// Call `TerminalCheck.prepare()` first. Whatever happens, the terminal is
    /// restored before this returns; warnings about skipped files and the
    /// state file are printed on stderr afterwards.
    public static func run(_ options: BrowserOptions) throws -> Int32 {
        let mailbox = Mailbox()
        var startupMessages: [String] = []
        var reading = ReadingState()
        if let store = options.stateStore {
            let loaded = store.load()
            reading = loaded.state
            if let warning = loaded.warning { startupMessages.append("gongbao: \(warning)") }
        }
        Signals.install()
        let measure = DisplayWidth(ambiguousWide: options.ambiguousWide)
        let backend = try NcursesBackend(colors: options.colors, mouse: options.mouse, measure: measure)
        let runtime = Runtime(
            state: AppState(corpusName: options.source.name, size: backend.size, measure: measure, reading: reading),
            backend: backend, mailbox: mailbox,
            saver: StateSaver(store: options.stateStore, mailbox: mailbox))
        if let warning = startupMessages.first { mailbox.post(.message(warning, isError: true)) }
        ArchiveFeeder(source: options.source, hierarchy: options.hierarchy, mailbox: mailbox).start()
        let status = runtime.run()
        backend.end()
        for line in startupMessages + runtime.state.loading.warnings {
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        if let failure = runtime.state.loading.failure {
            FileHandle.standardError.write(Data("gongbao: loading stopped: \(failure)\n".utf8))
        }
        return status
    }
}

/// The UI loop and the effects it performs.
final class Runtime {
    private(set) var state: AppState
    private let backend: NcursesBackend
    private let mailbox: Mailbox
    private let viewComputer: ViewComputer
    private let saver: StateSaver
    private let keyMap = KeyMap.standard
    private var needsDraw = true
    private var quitting = false

    init(state: AppState, backend: NcursesBackend, mailbox: Mailbox, saver: StateSaver) {
        self.state = state
        self.backend = backend
        self.mailbox = mailbox
        self.saver = saver
        viewComputer = ViewComputer(mailbox: mailbox)
    }

    /// Loops until quit or a stop signal; saves the reading state on the way out.
    func run() -> Int32 {
        defer { saver.flush() }
        while true {
            if let signal = Signals.pending { return 128 + signal }
            for action in mailbox.drain() {
                dispatch(action)
            }
            if quitting { return 0 }
            if needsDraw {
                backend.draw(render(state, size: state.size))
                needsDraw = false
            }
            // Wait briefly for input (signals and background results are polled
            // at this pace), then take everything already typed before drawing:
            // an input method's committed text arrives as several characters.
            var event = backend.readEvent(timeout: 30)
            var taken = 0
            while let current = event, taken < 64, !quitting {
                handle(current)
                taken += 1
                event = backend.readEvent(timeout: 0)
            }
            if quitting { return 0 }
        }
    }

    private func handle(_ event: InputEvent) {
        switch event {
        case .key(let key): dispatch(keyMap.action(for: key, in: state))
        case .mouse(let mouse): dispatch(.mouse(mouse))
        case .resize(let size):
            backend.invalidate()
            dispatch(.resize(size))
        }
    }

    private func dispatch(_ action: Action) {
        needsDraw = true
        for effect in update(&state, action) {
            perform(effect)
        }
    }

    private func perform(_ effect: Effect) {
        switch effect {
        case .computeView(let request):
            viewComputer.submit(request)
        case .saveReadingState(let reading):
            saver.request(reading)
        case .openPager(let title, let text):
            backend.suspend()
            let failure = Pager.show(text, title: title)
            Signals.forgetInterrupt()
            backend.resume()
            if let failure { dispatch(.message(failure, isError: true)) }
        case .redraw:
            backend.invalidate()
        case .quit:
            quitting = true
        }
    }
}
