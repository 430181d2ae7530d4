import GongbaoKit

/// The one place the state changes: applies `action` to `state` and returns
/// the work only the runtime can do (recount off the UI thread, save, open a
/// pager, quit). Pure: no terminal, no files, no clock.
public func update(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .command(let command):
        state.message = nil
        return state.perform(command)
    case .input(let character):
        state.message = nil
        return state.type(character)
    case .unbound(let key):
        state.message = .init(text: "\(key.name) does nothing here; ? lists the keys", isError: false)
        return []
    case .mouse(let event):
        return state.handleMouse(event)
    case .resize(let size):
        state.resize(to: size)
        return []
    case .archiveUpdated(let archive, let progress):
        state.archive = archive
        state.loading = progress
        if var reader = state.reader, let ref = archive.position(of: reader.articleID) {
            reader.ref = ref
            state.reader = reader
        }
        return state.refilter()
    case .loadProgress(let progress):
        state.loading = progress
        return []
    case .viewComputed(let view):
        state.apply(view)
        return []
    case .message(let text, let isError):
        state.message = .init(text: text, isError: isError)
        return []
    }
}

extension AppState {
    /// Sends a command to whatever has the keyboard: an overlay, a prompt, the reader, the main screen.
    mutating func perform(_ command: Command) -> [Effect] {
        if command == .redraw { return [.redraw] }
        switch overlay {
        case .help(let scroll): return performHelp(command, scroll: scroll)
        case .picker(let picker): return performPicker(command, picker)
        case nil: break
        }
        if prompt != nil { return performPrompt(command) }
        if reader != nil { return performReader(command) }
        return performMain(command)
    }

    /// Typed text goes to the picker or the prompt.
    mutating func type(_ character: Character) -> [Effect] {
        if case .picker(var picker) = overlay {
            picker.input.insert(character)
            picker.narrow()
            overlay = .picker(picker)
            return []
        }
        guard var prompt else { return [] }
        prompt.input.insert(character)
        self.prompt = prompt
        return promptChanged()
    }

    mutating func resize(to size: Size) {
        self.size = size
        list = list.clamped(count: refs.count, page: layout.list.height)
        for kind in EntityKind.allCases {
            facetPositions[kind] = facetPosition(kind).clamped(count: facetRowCount(kind), page: layout.facetRows.height)
        }
        if let reader, reader.document.width != layout.readerTextWidth {
            // Keep the same part of the article in view after rewrapping.
            let fraction = reader.document.lines.isEmpty ? 0 : Double(reader.top) / Double(reader.document.lines.count)
            relayoutReader()
            if var r = self.reader {
                r.top = Int(fraction * Double(r.document.lines.count))
                self.reader = r
                clampReader()
            }
        } else {
            clampReader()
        }
        if case .picker(var picker) = overlay {
            let position = ListPosition(cursor: picker.cursor, scroll: picker.scroll).clamped(count: picker.matches.count, page: layout.pickerRows.height)
            picker.cursor = position.cursor
            picker.scroll = position.scroll
            overlay = .picker(picker)
        }
    }

    // MARK: Help

    mutating func performHelp(_ command: Command, scroll: Int) -> [Effect] {
        let total = HelpView.lineCount(width: size.columns)
        let page = layout.body.height
        let maxScroll = max(0, total - page)
        switch command {
        case .moveDown: overlay = .help(scroll: min(scroll + 1, maxScroll))
        case .moveUp: overlay = .help(scroll: max(scroll - 1, 0))
        case .pageDown: overlay = .help(scroll: min(scroll + page - 1, maxScroll))
        case .pageUp: overlay = .help(scroll: max(scroll - page + 1, 0))
        case .top: overlay = .help(scroll: 0)
        case .bottom: overlay = .help(scroll: maxScroll)
        case .back, .help: overlay = nil
        default: break
        }
        return []
    }
}
