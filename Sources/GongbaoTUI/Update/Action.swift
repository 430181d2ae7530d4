import GongbaoKit

/// Everything that can change the state: commands from the key map, typed
/// text, the mouse, the terminal, and reports from the loading and counting
/// work that runs off the UI thread.
public enum Action: Sendable {
    case command(Command)
    /// A character typed into a picker or prompt.
    case input(Character)
    /// A key with no meaning here.
    case unbound(KeyEvent)
    case mouse(MouseEvent)
    case resize(Size)
    /// A newer archive: more of the corpus has loaded.
    case archiveUpdated(Archive, LoadProgress)
    /// Loading advanced (or finished, or failed) without a new archive yet.
    case loadProgress(LoadProgress)
    /// The list and counts for a filter generation are ready.
    case viewComputed(ViewData)
    /// A message from the runtime (a save that failed, a pager that would not start).
    case message(String, isError: Bool)
}

/// Work `update` asks the runtime to do: everything that is not a pure change of state.
public enum Effect: Sendable {
    /// Run the query and count facets off the UI thread; answer with `.viewComputed`.
    case computeView(ViewRequest)
    /// Write the read marks and bookmarks (the runtime batches these).
    case saveReadingState(ReadingState)
    /// Leave the screen to the pager with this text, then come back.
    case openPager(title: String, text: String)
    /// Repaint the whole terminal (C-l), in case something else wrote to it.
    case redraw
    /// Save and leave.
    case quit
}
