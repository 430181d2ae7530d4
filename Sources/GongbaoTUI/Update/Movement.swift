extension AppState.ListPosition {
    /// The position after a movement command over `count` rows, `page` of them visible.
    /// Returns `nil` for commands that are not movements.
    func moved(_ command: Command, count: Int, page: Int) -> Self? {
        var next = self
        let step = max(1, page - 1)
        switch command {
        case .moveDown: next.cursor += 1
        case .moveUp: next.cursor -= 1
        case .pageDown: next.cursor += step; next.scroll += step
        case .pageUp: next.cursor -= step; next.scroll -= step
        case .top: next.cursor = 0
        case .bottom: next.cursor = count - 1
        default: return nil
        }
        return next.clamped(count: count, page: page)
    }

    /// The cursor inside `0..<count`, and scrolled so that it is one of the `page` rows shown,
    /// with no empty rows at the end while there is more to show.
    func clamped(count: Int, page: Int) -> Self {
        var next = self
        let page = max(1, page)
        next.cursor = max(0, min(next.cursor, count - 1))
        next.scroll = max(0, min(next.scroll, count - page))
        if next.cursor < next.scroll { next.scroll = next.cursor }
        if next.cursor >= next.scroll + page { next.scroll = next.cursor - page + 1 }
        return next
    }
}
