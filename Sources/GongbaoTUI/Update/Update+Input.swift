import GongbaoKit

extension AppState {
    /// Commands in a picker: move, pick, cancel, edit the query.
    mutating func performPicker(_ command: Command, _ picker: PickerState) -> [Effect] {
        var picker = picker
        switch command {
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            let position = ListPosition(cursor: picker.cursor, scroll: picker.scroll)
            if let moved = position.moved(command, count: picker.matches.count, page: layout.pickerRows.height) {
                picker.cursor = moved.cursor
                picker.scroll = moved.scroll
            }
        case .deleteBackward:
            picker.input.deleteBackward()
            picker.narrow()
        case .clearInput:
            picker.input.clear()
            picker.narrow()
        case .open:
            guard let entry = picker.selectedEntry else {
                message = .init(text: "nothing matches \(picker.input.text); Esc closes", isError: false)
                overlay = .picker(picker)
                return []
            }
            overlay = nil
            return addFilter(.entity(entry.key))
        case .back:
            overlay = nil
            return []
        default:
            break
        }
        overlay = .picker(picker)
        return []
    }

    /// Commands at a prompt: accept, cancel, edit.
    mutating func performPrompt(_ command: Command) -> [Effect] {
        guard var prompt else { return [] }
        switch command {
        case .open:
            self.prompt = nil
            if case .readerSearch = prompt.purpose, let reader, !reader.search.isEmpty, reader.document.hits.isEmpty {
                message = .init(text: "not found: \(reader.search)", isError: false)
            }
            return []
        case .back:
            self.prompt = nil
            switch prompt.purpose {
            case .textFilter(let previous, let selected):
                selectedID = selected
                return setTextFilter(previous, selecting: .kept)
            case .readerSearch(let previous): setReaderSearch(previous); return []
            }
        case .deleteBackward:
            prompt.input.deleteBackward()
        case .clearInput:
            prompt.input.clear()
        default:
            return []
        }
        self.prompt = prompt
        return promptChanged()
    }

    /// The prompt's text changed: narrow the list, or search the article, at once.
    mutating func promptChanged() -> [Effect] {
        guard let prompt else { return [] }
        switch prompt.purpose {
        case .textFilter: return setTextFilter(prompt.input.text)
        case .readerSearch: setReaderSearch(prompt.input.text); return []
        }
    }
}
