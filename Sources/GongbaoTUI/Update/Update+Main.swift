import GongbaoKit

extension AppState {
    /// Commands on the main screen: the facet pane and the article list.
    mutating func performMain(_ command: Command) -> [Effect] {
        switch command {
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            if focus == .list {
                if let moved = list.moved(command, count: refs.count, page: layout.list.height) { setList(moved) }
            } else {
                let kind = facetTab
                if let moved = facetPosition(kind).moved(command, count: facetRowCount(kind), page: layout.facetRows.height) {
                    facetPositions[kind] = moved
                }
            }
        case .nextPane, .previousPane:
            focus = focus == .list ? .facets : .list
        case .nextFacetTab, .previousFacetTab:
            let all = EntityKind.allCases
            let i = all.firstIndex(of: facetTab)!
            showFacetTab(all[(i + (command == .nextFacetTab ? 1 : all.count - 1)) % all.count])
        case .regionTab: showFacetTab(.region)
        case .orgTab: showFacetTab(.org)
        case .personTab: showFacetTab(.person)
        case .campaignTab: showFacetTab(.campaign)
        case .expand: expandRegion()
        case .collapse: collapseRegion()
        case .open:
            if focus == .list {
                return openReader(at: list.cursor)
            }
            let position = facetPosition(facetTab)
            guard position.cursor < facetRowCount(facetTab) else { return [] }
            return addFilter(.entity(facetRow(facetTab, position.cursor).key))
        case .quit:
            return [.quit]
        case .regionPicker:
            overlay = .picker(PickerState(kind: .region, entries: PickerState.regionEntries(view, archive: archive)))
        case .entityPicker:
            overlay = .picker(PickerState(kind: .entity, entries: PickerState.entityEntries(view)))
        case .textFilter:
            prompt = Prompt(purpose: .textFilter(previous: textFilter, selected: selectedID), input: TextInput(textFilter))
        case .removeLastFilter:
            guard !filters.isEmpty else {
                message = .init(text: "no filter to remove", isError: false)
                return []
            }
            filters.removeLast()
            return refilter()
        case .clearFilters:
            guard !filters.isEmpty else { return [] }
            filters.removeAll()
            return refilter()
        case .toggleBookmark:
            guard let article = selectedArticle else { return [] }
            return toggleBookmark(article.id)
        case .bookmarksFilter:
            if let i = filters.firstIndex(of: .bookmarks) {
                filters.remove(at: i)
            } else {
                filters.append(.bookmarks)
            }
            return refilter()
        case .help:
            overlay = .help(scroll: 0)
        default:
            break
        }
        return []
    }

    /// Moves the list cursor and remembers which article it is on.
    mutating func setList(_ position: ListPosition) {
        list = position.clamped(count: refs.count, page: layout.list.height)
        selectedID = selectedArticle?.id
    }

    mutating func showFacetTab(_ kind: EntityKind) {
        facetTab = kind
        focus = .facets
    }

    mutating func toggleBookmark(_ id: String) -> [Effect] {
        let on = reading.toggleBookmark(id)
        message = .init(text: on ? "bookmarked (M shows bookmarks)" : "bookmark removed", isError: false)
        var effects: [Effect] = [.saveReadingState(reading)]
        if filters.contains(.bookmarks) { effects += refilter() }
        return effects
    }

    // MARK: Region tree

    mutating func expandRegion() {
        guard facetTab == .region else { return }
        var position = facetPosition(.region)
        guard regionRows.indices.contains(position.cursor) else { return }
        let row = regionRows[position.cursor]
        switch row.disclosure {
        case .collapsed:
            expandedRegions.insert(row.key.value)
            collapsedRegions.remove(row.key.value)
            rebuildRegionRows()
        case .expanded:
            position.cursor += 1
            facetPositions[.region] = position.clamped(count: regionRows.count, page: layout.facetRows.height)
        case .leaf:
            break
        }
    }

    mutating func collapseRegion() {
        guard facetTab == .region else { return }
        var position = facetPosition(.region)
        guard regionRows.indices.contains(position.cursor) else { return }
        let row = regionRows[position.cursor]
        if row.disclosure == .expanded {
            expandedRegions.remove(row.key.value)
            collapsedRegions.insert(row.key.value)
            rebuildRegionRows()
        } else if row.depth > 0, let parent = regionRows[..<position.cursor].lastIndex(where: { $0.depth == row.depth - 1 }) {
            position.cursor = parent
            facetPositions[.region] = position.clamped(count: regionRows.count, page: layout.facetRows.height)
        }
    }

    /// Rebuilds the region rows from the tree, keeping the cursor on the same region.
    mutating func rebuildRegionRows() {
        let position = facetPosition(.region)
        let current = regionRows.indices.contains(position.cursor) ? regionRows[position.cursor].key : nil
        regionRows = view.regionTree.rows(expanded: expandedRegions, collapsed: collapsedRegions)
        var next = position
        if let current, let i = regionRows.firstIndex(where: { $0.key == current }) { next.cursor = i }
        facetPositions[.region] = next.clamped(count: regionRows.count, page: layout.facetRows.height)
    }
}
