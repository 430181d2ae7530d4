/// A small set of marks (`。！？`), tested without hashing: the cues ask it of nearly
/// every character, and most characters are ideographs, which no such set holds.
struct ScalarSet: ExpressibleByArrayLiteral, Sendable {
    private let values: [UInt32]
    private let lowest: UInt32
    private let highest: UInt32
    /// Whether any member lies in the basic ideograph block.
    private let holdsIdeographs: Bool

    init(arrayLiteral elements: Unicode.Scalar...) {
        self.init(elements)
    }

    init(_ elements: some Sequence<Unicode.Scalar>) {
        values = Array(Set(elements.map(\.value))).sorted()
        lowest = values.first ?? 1
        highest = values.last ?? 0
        holdsIdeographs = values.contains { (0x4E00...0x9FFF).contains($0) }
    }

    func contains(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        guard v >= lowest, v <= highest else { return false }
        if !holdsIdeographs, v >= 0x4E00, v <= 0x9FFF { return false }
        for member in values where member == v { return true }
        return false
    }
}
