import Testing
@testable import GongbaoKit

@Suite("The names the recogniser looks for")
struct RegionLexiconTests {
    let gazetteer = Gazetteer.shared

    func shortForms() -> Set<String> {
        var all = Set<String>()
        for region in gazetteer.nodes.names.indices where gazetteer.nodes.levels[region] != .township {
            for (alias, _) in RegionShortForms.aliases(of: gazetteer.nodes.names[region], level: gazetteer.nodes.levels[region]) {
                all.insert(alias)
            }
        }
        return all
    }

    @Test("short forms drop suffixes and ethnic designations")
    func aliases() {
        func names(_ n: String, _ level: RegionLevel) -> [String] { RegionShortForms.aliases(of: n, level: level).map(\.0) }
        #expect(names("甘肃省", .province) == ["甘肃"])
        #expect(names("广西壮族自治区", .province) == ["广西"])
        #expect(names("新疆维吾尔自治区", .province) == ["新疆"])
        #expect(names("内蒙古自治区", .province) == ["内蒙古"])
        #expect(names("香港特别行政区", .province) == ["香港"])
        #expect(names("延边朝鲜族自治州", .prefecture) == ["延边", "延边州"])
        #expect(names("黔东南苗族侗族自治州", .prefecture) == ["黔东南", "黔东南州"])
        #expect(names("海西蒙古族藏族自治州", .prefecture) == ["海西", "海西州"])
        #expect(names("长阳土家族自治县", .county) == ["长阳", "长阳县"])
        #expect(names("阿里地区", .prefecture) == ["阿里"])
        #expect(names("浦东新区", .county) == ["浦东"])
        #expect(names("达拉特旗", .county) == ["达拉特"])
        #expect(names("乌拉特前旗", .county) == [])
        #expect(names("沛县", .county) == [])
        #expect(names("谢林港镇", .township) == [])
    }

    @Test("a township's former suffix is an alias: 镇 was often 乡, 街道 was often 镇")
    func townshipVariants() {
        #expect(RegionShortForms.townshipVariants(of: "宋家沟镇") == ["宋家沟乡"])
        #expect(RegionShortForms.townshipVariants(of: "东城街道") == ["东城镇"])
        #expect(RegionShortForms.townshipVariants(of: "洞鹿乡") == [])
        #expect(RegionShortForms.townshipVariants(of: "新镇") == [])
    }

    @Test("every ordinary word on the list is the short form of some region")
    func ordinaryWordsAreShortForms() {
        let all = shortForms()
        #expect(RegionShortForms.ordinaryWords.subtracting(all).isEmpty)
    }

    @Test("every word needing support is a prefecture's short form")
    func needSupportArePrefectures() {
        var prefectureShorts = Set<String>()
        for i in gazetteer.nodes.names.indices where gazetteer.nodes.levels[i] == .prefecture {
            for (alias, _) in RegionShortForms.aliases(of: gazetteer.nodes.names[i], level: .prefecture) {
                prefectureShorts.insert(alias)
            }
        }
        #expect(RegionShortForms.needSupport.subtracting(prefectureShorts).isEmpty)
    }

    @Test("every group member and every new area's region exists")
    func groupsResolve() {
        for (name, members) in RegionGroups.all {
            #expect(members.allSatisfy { gazetteer.regions(named: $0).count == 1 }, "\(name)")
        }
        for (name, code) in RegionGroups.newAreas {
            #expect(gazetteer.region(code: code) != nil, "\(name)")
        }
    }

    @Test("blockers each contain a name the recogniser would otherwise find, or silence a short form")
    func blockersContainNames() {
        let lexicon = RegionLexicon.shared
        let all = shortForms()
        for blocker in RegionShortForms.blockers {
            let inside = lexicon.matcher.matches(in: Array(blocker.unicodeScalars)).filter { m in
                if case .blocker = lexicon.entries[Int(m.pattern)] { return false }
                return true
            }
            #expect(!inside.isEmpty || all.contains(blocker), "\(blocker)")
        }
    }

    @Test("the matcher finds every occurrence, overlapping ones included")
    func matcherFindsAll() {
        let m = ScalarMatcher(patterns: ["he", "she", "his", "hers"].map { Array($0.unicodeScalars) })
        let found = m.matches(in: Array("ushers".unicodeScalars)).map { ($0.start, $0.end, $0.pattern) }
        #expect(found.map(\.2) == [1, 0, 3])
        #expect(found.map(\.0) == [1, 2, 2])
        #expect(ScalarMatcher(patterns: []).matches(in: Array("abc".unicodeScalars)).isEmpty)
        let cjk = ScalarMatcher(patterns: ["甘肃", "甘肃省", "肃省", "𱳪"].map { Array($0.unicodeScalars) })
        #expect(cjk.matches(in: Array("在甘肃省下𱳪镇".unicodeScalars)).map(\.pattern) == [0, 1, 2, 3])
    }

    @Test("a state with more children than its symbol mask has bits still finds each child, and only its children")
    func matcherWithManyChildren() {
        // 甘 followed by 200 different ideographs: their symbols share the 64 bits of 甘's mask.
        let seconds = (0..<200).map { Unicode.Scalar(0x4E00 + 3 * $0)! }
        let patterns = seconds.map { ["甘", $0] } + [["肃"]]
        let m = ScalarMatcher(patterns: patterns)
        for (id, second) in seconds.enumerated() {
            let text: [Unicode.Scalar] = ["在", "甘", second, "肃"]
            #expect(m.matches(in: text).map(\.pattern) == [Int32(id), 200])
            // The ideograph right after the pattern's own is in no pattern after 甘.
            #expect(m.matches(in: ["甘", Unicode.Scalar(second.value + 1)!]).isEmpty)
        }
        var scalars = [Unicode.Scalar](repeating: " ", count: 16)
        let count = scalars.withUnsafeMutableBufferPointer { out in
            var text = "甘\u{4E03}a肃"
            return text.withUTF8 { bytes in
                m.forEachMatch(inUTF8: bytes, decodingInto: out.baseAddress!) { _ in }
            }
        }
        #expect(Array(scalars[..<count]) == Array("甘\u{4E03}a肃".unicodeScalars))
    }

    @Test("a text inserted on from an ancestor's state is the text inserted whole")
    func builderInsertsAfterAncestor() {
        var trie = ScalarMatcher.Builder()
        let town = trie.insert(Array("谢林港镇".unicodeScalars))
        let stem = trie.ancestor(of: town, up: 1)
        #expect(trie.find(Array("谢林港".unicodeScalars)) == stem)
        #expect(trie.ancestor(of: town, up: 0) == town)
        #expect(trie.ancestor(of: town, up: 4) == 0)
        let states = trie.stateCount
        let former = trie.insert(CollectionOfOne("乡"), after: stem)
        #expect(trie.stateCount == states + 1)
        #expect(trie.find(Array("谢林港乡".unicodeScalars)) == former)
        #expect(trie.insert(Array("谢林港乡".unicodeScalars)) == former)
        #expect(trie.stateCount == states + 1)
    }
}
