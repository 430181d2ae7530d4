import Foundation
import Testing
@testable import GongbaoTUI

@Suite("Key map: one table drives dispatch, help and docs")
struct KeyMapTests {
    let map = KeyMap.standard

    @Test("no key is bound twice in the same context")
    func noDuplicates() {
        for context in KeyContext.allCases {
            var seen: [KeyEvent: Command] = [:]
            for binding in map.bindings(in: context) {
                for key in binding.keys {
                    #expect(seen[key] == nil, "\(key.name) bound twice in \(context)")
                    seen[key] = binding.command
                }
            }
        }
    }

    @Test("the keys the task promises are bound where it promises them")
    func promisedKeys() {
        let list: [KeyContext] = [.list, .main, .global]
        let facets: [KeyContext] = [.facets, .main, .global]
        let reader: [KeyContext] = [.reader, .global]
        #expect(map.command(for: .char("j"), in: list) == .moveDown)
        #expect(map.command(for: .up, in: list) == .moveUp)
        #expect(map.command(for: .pageDown, in: list) == .pageDown)
        #expect(map.command(for: .char("G"), in: list) == .bottom)
        #expect(map.command(for: .home, in: list) == .top)
        #expect(map.command(for: .tab, in: list) == .nextPane)
        #expect(map.command(for: .backTab, in: facets) == .previousPane)
        #expect(map.command(for: .char("h"), in: facets) == .collapse)
        #expect(map.command(for: .char("l"), in: facets) == .expand)
        #expect(map.command(for: .enter, in: list) == .open)
        #expect(map.command(for: .enter, in: facets) == .open)
        #expect(map.command(for: .char("q"), in: list) == .quit)
        #expect(map.command(for: .char("q"), in: reader) == .back)
        #expect(map.command(for: .escape, in: reader) == .back)
        #expect(map.command(for: .char("r"), in: list) == .regionPicker)
        #expect(map.command(for: .char("/"), in: list) == .textFilter)
        #expect(map.command(for: .char("e"), in: list) == .entityPicker)
        #expect(map.command(for: .char("x"), in: list) == .removeLastFilter)
        #expect(map.command(for: .char("c"), in: list) == .clearFilters)
        #expect(map.command(for: .char("m"), in: list) == .toggleBookmark)
        #expect(map.command(for: .char(" "), in: reader) == .pageDown)
        #expect(map.command(for: .char("b"), in: reader) == .pageUp)
        #expect(map.command(for: .char("n"), in: reader) == .nextArticle)
        #expect(map.command(for: .char("p"), in: reader) == .previousArticle)
        #expect(map.command(for: .char("n"), in: [.readerSearch] + reader) == .nextHit)
        #expect(map.command(for: .char("N"), in: [.readerSearch] + reader) == .previousHit)
        #expect(map.command(for: .char("/"), in: reader) == .search)
        #expect(map.command(for: .char("o"), in: reader) == .openPager)
        #expect(map.command(for: .char("?"), in: list) == .help)
    }

    @Test("in pickers and prompts, letters are text, not commands")
    func typingIsText() {
        var d = Driver()
        d.press("r")
        #expect(KeyMap.standard.action(for: .char("q"), in: d.state).isInput)
        #expect(KeyMap.standard.action(for: .char("甘"), in: d.state).isInput)
        d.press("Esc /")
        #expect(KeyMap.standard.action(for: .char("?"), in: d.state).isInput)
    }

    @Test("every command but typing-only ones is reachable from some key")
    func everyCommandBound() {
        let bound = Set(map.bindings.map(\.command))
        for command in Command.allCases {
            #expect(bound.contains(command), "\(command) has no key")
        }
    }

    @Test("the help screen lists every binding")
    func helpListsEverything() {
        let help = HelpView.lines(width: 400).map { $0.map(\.text).joined() }
        for binding in map.bindings {
            #expect(help.contains { $0.contains(binding.keyNames) && $0.contains(binding.help) }, "\(binding.keyNames): \(binding.help)")
        }
    }

    @Test("docs/keys.md is the markdown generated from the key map")
    func docsAgree() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/keys.md")
        let generated = map.markdown()
        if ProcessInfo.processInfo.environment["GONGBAO_RECORD"] == "1" {
            try generated.write(to: url, atomically: true, encoding: .utf8)
        }
        let saved = try String(contentsOf: url, encoding: .utf8)
        #expect(saved == generated, "docs/keys.md is out of date: GONGBAO_RECORD=1 swift test --filter KeyMapTests")
    }

    @Test("key names round-trip and key sequences parse words as typed text")
    func keyNames() {
        let keys: [KeyEvent] = [.char("j"), .char(" "), .ctrl("n"), .up, .pageDown, .backTab, .enter, .escape, .function(1), .char("甘")]
        for key in keys {
            #expect(KeyEvent(name: key.name) == key)
        }
        #expect(KeyEvent.sequence("r 甘肃 Enter") == [.char("r"), .char("甘"), .char("肃"), .enter])
    }

    @Test("get_wch character codes decode to keys: Enter, Tab, Esc, Backspace, control letters, text")
    func codes() {
        #expect(KeyEvent(code: 13) == .enter)
        #expect(KeyEvent(code: 10) == .enter)
        #expect(KeyEvent(code: 9) == .tab)
        #expect(KeyEvent(code: 27) == .escape)
        #expect(KeyEvent(code: 127) == .backspace)
        #expect(KeyEvent(code: 14) == .ctrl("n"))
        #expect(KeyEvent(code: 0x7518) == .char("甘"))
        #expect(KeyEvent(code: 0x20) == .char(" "))
        #expect(KeyEvent(code: 0) == nil)
        #expect(KeyEvent(code: 0xD800) == nil)
    }
}

extension Action {
    var isInput: Bool {
        if case .input = self { true } else { false }
    }
}
