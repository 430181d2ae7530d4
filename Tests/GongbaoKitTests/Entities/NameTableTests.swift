import Testing
@testable import GongbaoKit

@Suite("Name table: insert-if-absent, the empty table and the inert hash")
struct NameTableTests {
    /// `valueOrInsert` must answer as reading a `[String: Int]` and setting the name when absent,
    /// through the scan of a few names, the slots, removals and the switch to string keys.
    @Test("valueOrInsert answers as a read and a write when absent, before and after slots and string keys")
    func valueOrInsert() {
        let names = (0..<40).map { i in String(repeating: "工", count: i % 5) + "会\(i % 13)" }
            + ["", "a", "王立新", "e\u{301}", "é", "王立新", "\u{F900}"]
        var table = NameTable<Int>()
        var reference: [String: Int] = [:]
        for (i, name) in names.enumerated() {
            let expected = reference[name]
            if expected == nil { reference[name] = i }
            #expect(table.valueOrInsert(i, for: name) == expected)
            if i % 9 == 4 {
                // A name set to nil is absent again: the next insert takes.
                table[names[i / 2]] = nil
                reference[names[i / 2]] = nil
            }
            for other in names { #expect(table[other] == reference[other]) }
            #expect(table.isEmpty == reference.isEmpty)
        }
    }

    @Test("an empty table answers nil for any name and stays usable")
    func emptyTable() {
        var table = NameTable<Int>(minimumCapacity: 20)
        #expect(table["甘肃省总工会"] == nil)
        #expect(table["e\u{301}"] == nil)
        #expect(table.isEmpty)
        table["甘肃省总工会"] = 1
        #expect(table["甘肃省总工会"] == 1)
        #expect(table.valueOrInsert(2, for: "甘肃省总工会") == 1)
    }

    /// The hash settles most scalars on their first bytes: it must reject exactly the names the
    /// inert set rejects, here every scalar of the first planes' Han and below, one at a time
    /// and between Han characters.
    @Test("the hash takes a name exactly when the inert set holds all its scalars")
    func inertHashAgreesWithInertSet() {
        let inert = ScalarSet.normalizationInert
        var mismatches: [UInt32] = []
        for v in UInt32(0)...0xAFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            for var name in [String(scalar), "工会" + String(scalar) + "中国企业"] {
                let hashed = name.withUTF8 { NameTable<Int>.inertHash($0) } != nil
                if hashed != inert.contains(scalar) { mismatches.append(v) }
            }
        }
        #expect(mismatches.isEmpty)
    }
}
