/// A line of text being typed: a picker's query or a prompt. Characters come
/// one by one from `get_wch`, Chinese included (committed by the input method).
struct TextInput: Sendable, Hashable {
    private(set) var text: String = ""

    init(_ text: String = "") {
        self.text = text
    }

    mutating func insert(_ c: Character) {
        text.append(c)
    }

    mutating func deleteBackward() {
        if !text.isEmpty { text.removeLast() }
    }

    mutating func clear() {
        text = ""
    }
}
