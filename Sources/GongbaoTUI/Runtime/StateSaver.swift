import Dispatch
import Foundation
import GongbaoKit

/// Writes the reading state in the background, at most once a second, and
/// for certain on `flush` (at quit). Failures come back as a status message.
final class StateSaver: Sendable {
    private let store: ReadingStateStore?
    private let mailbox: Mailbox
    private let queue = DispatchQueue(label: "gongbao.save", qos: .utility)
    /// The newest state not yet written, and whether a write is scheduled.
    private let pending = Locked<(state: ReadingState?, scheduled: Bool)>((nil, false))

    init(store: ReadingStateStore?, mailbox: Mailbox) {
        self.store = store
        self.mailbox = mailbox
    }

    func request(_ state: ReadingState) {
        guard store != nil else { return }
        let schedule = pending.withLock { p -> Bool in
            p.state = state
            defer { p.scheduled = true }
            return !p.scheduled
        }
        if schedule {
            queue.asyncAfter(deadline: .now() + 1) { [self] in write() }
        }
    }

    /// Writes what is pending now, on the calling thread.
    func flush() {
        queue.sync {}
        write()
    }

    private func write() {
        let state = pending.withLock { p -> ReadingState? in
            defer { p = (nil, false) }
            return p.state
        }
        guard let state, let store else { return }
        do {
            try store.save(state)
        } catch {
            mailbox.post(.message("could not save reading state to \(store.fileURL.path): \(error.localizedDescription)", isError: true))
        }
    }
}
