import Foundation

/// Actions posted by background work (loading, counting, saving) for the UI
/// loop, which drains them between keystrokes.
final class Mailbox: @unchecked Sendable {
    private let lock = NSLock()
    private var actions: [Action] = []

    func post(_ action: Action) {
        lock.lock()
        actions.append(action)
        lock.unlock()
    }

    func drain() -> [Action] {
        lock.lock()
        defer { lock.unlock() }
        let taken = actions
        actions.removeAll()
        return taken
    }
}

/// A value shared between threads behind a lock.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
