/// What a cell shows, for the theme to colour: views say *what* a cell is,
/// the backend's `Theme` decides how that looks on the terminal at hand
/// (colours, or bold/reverse/underline alone under `NO_COLOR` and on monochrome terminals).
public enum Style: UInt8, Sendable, Hashable, CaseIterable {
    case normal
    /// Secondary text: counts, sources, kickers, separators.
    case dim
    /// Headlines and section heads.
    case heading
    /// The top bar and the status line.
    case bar
    /// A removable filter chip in the top bar.
    case chip
    /// A facet tab that is not active.
    case tab
    /// The active facet tab.
    case tabActive
    /// The selected row of the focused pane.
    case selection
    /// The selected row of a pane without focus.
    case selectionInactive
    /// An entity name in the reader.
    case highlight
    /// A search hit in the reader.
    case searchHit
    /// The search hit the reader is on.
    case currentHit
    /// The unread marker.
    case unread
    /// The bookmark marker.
    case bookmark
    /// A key name in the status line hints.
    case key
    /// An error or warning message.
    case error
    /// Text being typed at a prompt.
    case input
}
