/// What a key asks for, in the user's words. The key map binds keys to
/// commands per context; `update` decides what a command does where it is.
public enum Command: String, Sendable, Hashable, CaseIterable {
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case nextPane, previousPane
    case nextFacetTab, previousFacetTab
    case regionTab, orgTab, personTab, campaignTab
    case collapse, expand
    /// Enter: open the article, add the facet entry as a filter, apply the pick, accept the prompt.
    case open
    /// q / Esc away from the main screen.
    case back
    case quit
    case regionPicker, entityPicker, textFilter
    case removeLastFilter, clearFilters
    case toggleBookmark, bookmarksFilter
    case nextArticle, previousArticle
    case search, nextHit, previousHit, endSearch
    case openPager
    case help
    case redraw
    case deleteBackward, clearInput
}
