extension KeyMap {
    /// `docs/keys.md`, generated from the bindings: the same table the help
    /// screen shows and dispatch reads. A test keeps the file in step.
    public func markdown() -> String {
        var out = [
            "# Keys",
            "",
            "<!-- Generated from Sources/GongbaoTUI/Keys/KeyMap.swift by `GONGBAO_RECORD=1 swift test --filter KeyMapTests`; a test fails when this file and the key map disagree. -->",
            "",
            "`gongbao` (or `gongbao browse`) opens the browser; `?` shows these keys in it.",
            "Keys are looked up in the most specific place first: in the article list, the",
            "*Article list* keys, then *Main screen*, then *Everywhere but while typing*.",
            "In pickers and prompts every printable key is text (Chinese arrives through",
            "the terminal's input method); only the keys listed there act.",
        ]
        for context in KeyContext.allCases {
            let bindings = bindings(in: context)
            guard !bindings.isEmpty else { continue }
            out += ["", "## \(context.title)", "", "| keys | what they do |", "|---|---|"]
            for binding in bindings {
                let keys = binding.keys.map { "`\(Self.markdownKey($0.name))`" }.joined(separator: " ")
                out.append("| \(keys) | \(binding.help) |")
            }
        }
        out += ["", "## Mouse", "", "| | |", "|---|---|"]
        for (what, does) in Self.mouse {
            out.append("| \(what) | \(does) |")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Key names that markdown tables would misread.
    private static func markdownKey(_ name: String) -> String {
        name == "|" ? "\\|" : name
    }
}
