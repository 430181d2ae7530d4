/// A key press, decoded from `get_wch`: text (Chinese included, as the input
/// method commits it) or a named key.
public enum KeyEvent: Sendable, Hashable {
    /// A printable character, including Space.
    case char(Character)
    /// Control plus a letter (`C-n` is `.ctrl("n")`).
    case ctrl(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)

    /// The name used in the help screen, `docs/keys.md` and key sequences:
    /// `j`, `G`, `Space`, `Enter`, `S-Tab`, `C-n`, `PgDn`, `F1`.
    public var name: String {
        switch self {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .ctrl(let c): "C-\(c)"
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .function(let n): "F\(n)"
        }
    }

    private static let named: [String: KeyEvent] = {
        let all: [KeyEvent] = [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end,
                               .enter, .escape, .tab, .backTab, .backspace, .delete, .char(" ")]
        return Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })
    }()

    /// The key a name denotes, as `name` spells it; `nil` when unknown.
    public init?(name: String) {
        if let key = Self.named[name] {
            self = key
        } else if name.hasPrefix("C-"), name.count == 3, let c = name.last {
            self = .ctrl(c)
        } else if name.hasPrefix("F"), name.count > 1, let n = Int(name.dropFirst()) {
            self = .function(n)
        } else if name.count == 1, let c = name.first {
            self = .char(c)
        } else {
            return nil
        }
    }

    /// Keys from space-separated names (`"j j Enter n q"`); a word that is not
    /// a key name is typed character by character (`"r 甘肃 Enter"`).
    public static func sequence(_ notation: String) -> [KeyEvent] {
        notation.split(separator: " ").flatMap { word -> [KeyEvent] in
            if let key = KeyEvent(name: String(word)) { return [key] }
            return word.map { KeyEvent.char($0) }
        }
    }

    /// The key for a character code from `get_wch` (not a function key code):
    /// Enter, Tab, Esc, Backspace and control letters by their codes, text as text.
    public init?(code: UInt32) {
        switch code {
        case 0x0D, 0x0A: self = .enter
        case 0x09: self = .tab
        case 0x1B: self = .escape
        case 0x7F, 0x08: self = .backspace
        case 0x01...0x1A: self = .ctrl(Character(Unicode.Scalar(code + 0x60)!))
        case 0x20...0x7E, 0xA0...:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            self = .char(Character(scalar))
        default:
            return nil
        }
    }
}

/// A mouse event at a cell.
public struct MouseEvent: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case click, doubleClick, wheelUp, wheelDown }

    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
