/// What the mention cues ask of single scalars, answered by one table read.
///
/// The affiliation cue walks a window of up to 16 scalars after every name (see
/// ``RegionMentionFinder``), asking of each scalar whether it breaks a clause, is a
/// surname or a verb that breaks an affiliation: a call and two set lookups a scalar. The
/// table holds the answers of ``CueWords``' own tests for every scalar of the Basic
/// Multilingual Plane, so the two cannot disagree; a scalar beyond it asks the tests.
struct CueScalarClasses: Sendable {
    struct Class: OptionSet, Sendable {
        let rawValue: UInt8

        /// ``CueWords/isClauseBreak(_:)``.
        static let clauseBreak = Class(rawValue: 1 << 0)
        /// In ``CueWords/surnames``.
        static let surname = Class(rawValue: 1 << 1)
        /// In ``CueWords/notInAffiliation``.
        static let notInAffiliation = Class(rawValue: 1 << 2)
    }

    /// The class of every BMP scalar value (surrogates, never in text, have none).
    private let table: [UInt8]

    init() {
        var table = [UInt8](repeating: 0, count: 0x10000)
        let surnames = CueWords.surnames, notInAffiliation = CueWords.notInAffiliation
        for v in 0..<UInt32(0x10000) {
            if let s = Unicode.Scalar(v) { table[Int(v)] = Self.computed(s, surnames, notInAffiliation).rawValue }
        }
        self.table = table
    }

    /// The class of `s`.
    @inline(__always)
    subscript(_ s: Unicode.Scalar) -> Class {
        let v = Int(s.value)
        if v < 0x10000 { return Class(rawValue: table.withUnsafeBufferPointer { $0[v] }) }
        return Self.computed(s, CueWords.surnames, CueWords.notInAffiliation)
    }

    /// The class of `s` from the tests themselves (the sets passed in, read once for the table).
    private static func computed(_ s: Unicode.Scalar, _ surnames: ScalarSet, _ notInAffiliation: ScalarSet) -> Class {
        var c: Class = []
        if CueWords.isClauseBreak(s) { c.insert(.clauseBreak) }
        if surnames.contains(s) { c.insert(.surname) }
        if notInAffiliation.contains(s) { c.insert(.notInAffiliation) }
        return c
    }
}
