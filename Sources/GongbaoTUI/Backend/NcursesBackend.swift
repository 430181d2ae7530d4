import CNcursesw
import Foundation
import TextLayout

/// Bytes for the terminal collected from terminfo's output callbacks (which
/// cannot capture context), used only on the UI thread.
nonisolated(unsafe) private var rawOutput: [UInt8] = []

/// What the terminal reports: a key, a mouse event, or a new size.
enum InputEvent: Sendable, Hashable {
    case key(KeyEvent)
    case mouse(MouseEvent)
    case resize(Size)
}

/// The only code that touches ncurses: starts and ends the screen, reads
/// input with `get_wch`, and draws a `CellGrid` with `setcchar`/`mvadd_wch`.
final class NcursesBackend {
    enum Failure: Error, CustomStringConvertible {
        case cannotOpenTerminal(String)

        var description: String {
            switch self {
            case .cannotOpenTerminal(let term): "cannot set up the terminal (TERM=\(term)); try TERM=xterm-256color, or use `gongbao list`"
            }
        }
    }

    private let screen: OpaquePointer
    private let theme: Theme
    private let measure: DisplayWidth
    /// What the terminal shows now, to redraw only the rows that changed.
    private var shown: CellGrid?
    private var lastPress: (x: Int, y: Int, time: Date)?
    private var ended = false

    init(colors: Bool, mouse: Bool, measure: DisplayWidth) throws {
        guard let output = fdopen(1, "w"), let input = fdopen(0, "r"),
              let screen = newterm(nil, output, input) else {
            throw Failure.cannotOpenTerminal(ProcessInfo.processInfo.environment["TERM"] ?? "")
        }
        self.screen = screen
        self.measure = measure
        set_term(screen)
        cbreak()   // Ctrl-C still raises SIGINT, which the loop turns into a clean exit
        noecho()
        nonl()
        keypad(gb_stdscr(), true)
        leaveok(gb_stdscr(), false)
        set_escdelay(25)
        curs_set(0)
        theme = Theme(colors: colors)
        if mouse {
            // Presses rather than clicks (mouseinterval 0): a click then costs no delay.
            mouseinterval(0)
            mousemask(gb_button1_pressed() | gb_button4_pressed() | gb_button5_pressed(), nil)
        }
    }

    var size: Size {
        Size(columns: Int(gb_cols()), rows: Int(gb_lines()))
    }

    // MARK: Input

    /// The next event, waiting at most `timeout` milliseconds (0: only what is pending).
    func readEvent(timeout: Int32) -> InputEvent? {
        wtimeout(gb_stdscr(), timeout)
        var code: wint_t = 0
        let result = wget_wch(gb_stdscr(), &code)
        if result == gb_err() { return nil }
        if result == gb_key_code_yes() { return functionKey(Int32(bitPattern: code)) }
        return KeyEvent(code: code).map(InputEvent.key)
    }

    private func functionKey(_ code: Int32) -> InputEvent? {
        switch code {
        case gb_key_resize(): return .resize(size)
        case gb_key_mouse(): return mouseEvent()
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_F0 + 1...KEY_F0 + 12: return .key(.function(Int(code - KEY_F0)))
        default: return nil
        }
    }

    private func mouseEvent() -> InputEvent? {
        var event = MEVENT()
        guard getmouse(&event) == gb_ok() else { return nil }
        let x = Int(event.x), y = Int(event.y)
        if event.bstate & gb_button4_pressed() != 0 { return .mouse(MouseEvent(.wheelUp, x: x, y: y)) }
        if gb_button5_pressed() != 0, event.bstate & gb_button5_pressed() != 0 { return .mouse(MouseEvent(.wheelDown, x: x, y: y)) }
        guard event.bstate & gb_button1_pressed() != 0 else { return nil }
        let now = Date()
        defer { lastPress = (x, y, now) }
        if let last = lastPress, last.x == x, last.y == y, now.timeIntervalSince(last.time) < 0.4 {
            return .mouse(MouseEvent(.doubleClick, x: x, y: y))
        }
        return .mouse(MouseEvent(.click, x: x, y: y))
    }

    // MARK: Output

    /// Puts `grid` on the terminal: rows that changed since the last draw are
    /// rewritten whole, so a wide character is never left half drawn.
    func draw(_ grid: CellGrid) {
        let full = shown?.size != grid.size
        if full { werase(gb_stdscr()) }
        var wideAmbiguous: [(x: Int, y: Int, cell: Cell)] = []
        for y in 0..<grid.height where full || shown!.row(y) != grid.row(y) {
            for x in 0..<grid.width {
                let cell = grid[x, y]
                if cell.isContinuation { continue }
                if measure.ambiguousWide, isWideAmbiguous(cell) {
                    // ncurses counts these one column; the user's terminal draws two.
                    // ncurses gets two spaces, so that its idea of every column stays
                    // right, and the character itself is written over them afterwards.
                    put(Cell(" ", cell.style), x: x, y: y)
                    put(Cell(" ", cell.style), x: x + 1, y: y)
                    wideAmbiguous.append((x, y, cell))
                    continue
                }
                put(cell, x: x, y: y)
            }
        }
        shown = grid
        // The cursor always ends somewhere known: at the prompt, else (hidden) at the top left.
        let cursor = grid.cursor ?? Point(x: 0, y: 0)
        curs_set(grid.cursor == nil ? 0 : 1)
        wmove(gb_stdscr(), Int32(cursor.y), Int32(cursor.x))
        wrefresh(gb_stdscr())
        if !wideAmbiguous.isEmpty { overwrite(wideAmbiguous, cursor: cursor) }
    }

    private func isWideAmbiguous(_ cell: Cell) -> Bool {
        guard let base = cell.character.unicodeScalars.first else { return false }
        return DisplayWidth.isAmbiguous(base) && gb_wcwidth(base.value) == 1
    }

    /// Writes East Asian Ambiguous characters at their cells with absolute
    /// cursor addressing (a terminal set up for CJK draws each two columns
    /// wide, over the two spaces ncurses drew there), then puts the cursor
    /// back where ncurses left it, so that its idea of the screen stays true.
    /// Sequences come from terminfo (`cup`, the attributes) and go straight
    /// to the terminal after ncurses has flushed its own output.
    private func overwrite(_ cells: [(x: Int, y: Int, cell: Cell)], cursor: Point) {
        guard let cup = tigetstr("cup"), Int(bitPattern: cup) != -1 else { return }
        rawOutput.removeAll(keepingCapacity: true)
        let collect: @convention(c) (Int32) -> Int32 = { byte in
            rawOutput.append(UInt8(truncatingIfNeeded: byte))
            return byte
        }
        for (x, y, cell) in cells {
            tputs(tgoto(cup, Int32(x), Int32(y)), 1, collect)
            let look = theme.look(cell.style)
            vid_puts(look.attributes, look.pair, nil, collect)
            if let base = cell.character.unicodeScalars.first { rawOutput += Array(String(base).utf8) }
        }
        vid_puts(0, 0, nil, collect)
        tputs(tgoto(cup, Int32(cursor.x), Int32(cursor.y)), 1, collect)
        rawOutput.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let n = Foundation.write(1, bytes.baseAddress! + offset, bytes.count - offset)
                if n <= 0 { if errno == EINTR { continue }; break }
                offset += n
            }
        }
    }

    /// Draws one cell: its base character and the combining marks after it.
    /// Variation selectors and joined emoji are dropped, so that the terminal
    /// draws exactly the width `DisplayWidth` measured (the base's `wcwidth`).
    private func put(_ cell: Cell, x: Int, y: Int) {
        var chars: [wchar_t] = []
        for scalar in cell.character.unicodeScalars {
            if chars.isEmpty {
                chars.append(wchar_t(bitPattern: scalar.value))
                continue
            }
            if scalar.value == 0x200D { break } // zero-width joiner: the rest is another picture
            if (0xFE00...0xFE0F).contains(scalar.value) { continue }
            if chars.count < Int(CCHARW_MAX) - 1, gb_wcwidth(scalar.value) == 0 {
                chars.append(wchar_t(bitPattern: scalar.value))
            }
        }
        chars.append(0)
        let look = theme.look(cell.style)
        var c = cchar_t()
        setcchar(&c, chars, look.attributes, look.pair, nil)
        mvwadd_wch(gb_stdscr(), Int32(y), Int32(x), &c)
    }

    /// Forgets what the terminal shows: the next draw repaints everything
    /// (after a resize, C-l, or the pager).
    func invalidate() {
        shown = nil
        clearok(gb_stdscr(), true)
    }

    // MARK: Leaving and coming back

    /// Hands the terminal back for a child process (the pager).
    func suspend() {
        def_prog_mode()
        endwin()
    }

    /// Takes the terminal again after `suspend`.
    func resume() {
        reset_prog_mode()
        invalidate()
    }

    /// Restores the terminal for good. Safe to call twice.
    func end() {
        guard !ended else { return }
        ended = true
        endwin()
        delscreen(screen)
    }
}
