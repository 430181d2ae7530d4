import Foundation
import Testing
@testable import GongbaoKit

@Test("scratch") func scratch() throws {
    let lines = try String(contentsOfFile: "/tmp/rg/words2.txt", encoding: .utf8).split(separator: "\n")
    let lexicon = RegionLexicon.shared
    var byShort: [String: [String]] = [:]
    for line in lines {
        let parts = line.split(separator: "\t"); let w = String(parts[0])
        for m in lexicon.matcher.matches(in: Array(w.unicodeScalars)) {
            guard case .name(let text, let cands) = lexicon.entries[Int(m.pattern)] else { continue }
            if cands.contains(where: { $0.requirement == .support && $0.form == .short }) && text == w {
                byShort[text, default: []].append(w)
            }
        }
    }
    for (k, v) in byShort.sorted(by: { $0.value.count > $1.value.count }) { print("S", k, v.count, v.prefix(10).joined(separator: " ")) }
}
