import Dispatch

/// Counts views off the UI thread, newest request first: a request overtaken
/// by a newer one before it starts is skipped (typing 驿站 counts once, not twice).
final class ViewComputer: Sendable {
    private let queue = DispatchQueue(label: "gongbao.view", qos: .userInitiated)
    private let latest = Locked(0)
    private let mailbox: Mailbox

    init(mailbox: Mailbox) {
        self.mailbox = mailbox
    }

    func submit(_ request: ViewRequest) {
        latest.withLock { $0 = request.generation }
        queue.async { [latest, mailbox] in
            guard latest.withLock({ $0 }) == request.generation else { return }
            mailbox.post(.viewComputed(ViewData.compute(request)))
        }
    }
}
