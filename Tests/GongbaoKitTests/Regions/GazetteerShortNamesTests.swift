import Foundation
import Testing
@testable import GongbaoKit

@Suite("Gazetteer lookups on scalars")
struct GazetteerShortNamesTests {
    let gazetteer = Gazetteer.shared
    let names = GazetteerShortNames.shared

    /// The levels `Gazetteer.resolve` gives for `text`.
    private func resolvedLevels(_ text: String) -> GazetteerShortNames.LevelMask {
        switch gazetteer.resolve(text) {
        case .found(let region): [.init(region.level)]
        case .ambiguous(let regions): regions.reduce(into: []) { $0.insert(.init($1.level)) }
        case .unknown: []
        }
    }

    /// The two questions the person guard asks of the levels: above township, province or prefecture.
    private func verdicts(_ levels: GazetteerShortNames.LevelMask?) -> [Bool]? {
        levels.map { [!$0.subtracting(.township).isEmpty, !$0.intersection([.province, .prefecture]).isEmpty] }
    }

    @Test("full names, short forms, shared names and chains answer the guard's questions as resolve does")
    func knownNames() {
        for name in ["灵台县", "灵台", "甘肃", "广西", "延边州", "朝阳", "和田", "北京朝阳", "西安市长安区", "张家", "云阳", "杭州"] {
            let scalars = Array(name.unicodeScalars)[...]
            #expect(verdicts(names.levels(of: scalars)) == verdicts(resolvedLevels(name)), "\(name)")
        }
        #expect(names.levels(of: Array("甘肃".unicodeScalars)[...]) == .province)
        #expect(names.levels(of: Array("张三丰".unicodeScalars)[...]) == [])
    }

    @Test("every stretch of two to six characters of a seed page answers the guard's questions as resolve does")
    func seedStretches() {
        let text = Array(Fixtures.seedText("003").unicodeScalars)
        var asked = 0
        for start in text.indices where text[start].isHan {
            for length in 2...GazetteerShortNames.maxLength where start + length <= text.count {
                let piece = text[start..<(start + length)]
                guard let levels = names.levels(of: piece) else { continue }
                asked += 1
                let string = String(String.UnicodeScalarView(piece))
                #expect(verdicts(levels) == verdicts(resolvedLevels(string)), "\(string)")
            }
        }
        #expect(asked > 1000)
    }

    @Test("queries it cannot answer exactly are left to resolve: other scalars, empty, too long")
    func declines() {
        #expect(names.levels(of: Array("甘 肃".unicodeScalars)[...]) == nil)
        #expect(names.levels(of: Array("甘肃1".unicodeScalars)[...]) == nil)
        #expect(names.levels(of: [][...]) == nil)
        #expect(names.levels(of: Array("新疆维吾尔自治区".unicodeScalars)[...]) == nil)
    }

    @Test("names are read back as written, and codes find their nodes")
    func tables() {
        let nodes = gazetteer.nodes
        #expect(nodes.names.count == nodes.count)
        let i = Int(nodes.indexByCode[code: 620_822_000_000]!)
        #expect(nodes.names[i] == "灵台县")
        #expect(nodes.indexByCode[code: 123_456_000_000] == nil)
        var index = GazetteerCodeIndex()
        let added = index.insert(1, 0), addedAgain = index.insert(1, 5)
        #expect(added)
        #expect(!addedAgain)
        #expect(index[code: 1] == 0)
    }
}
