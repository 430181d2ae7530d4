extension AppState {
    /// The key contexts in force, most specific first.
    public var keyContexts: [KeyContext] {
        switch overlay {
        case .help: return [.help, .global]
        case .picker: return [.picker]
        case nil: break
        }
        if prompt != nil { return [.prompt] }
        if let reader { return reader.search.isEmpty ? [.reader, .global] : [.readerSearch, .reader, .global] }
        return focus == .facets ? [.facets, .main, .global] : [.list, .main, .global]
    }
}

extension KeyMap {
    /// What a key does in `state`: its bound command, or typed text in a
    /// picker or prompt, or `.unbound` (which shows a hint).
    public func action(for key: KeyEvent, in state: AppState) -> Action {
        let contexts = state.keyContexts
        if let command = command(for: key, in: contexts) { return .command(command) }
        if contexts.first == .picker || contexts.first == .prompt, case .char(let c) = key { return .input(c) }
        return .unbound(key)
    }
}
