import CNcursesw

/// How each `Style` looks on this terminal: colours where there are colours
/// (8 suffice) and the user allows them, else bold, reverse, underline and dim alone.
struct Theme {
    struct Look {
        var attributes: attr_t
        var pair: Int16
    }

    private var looks: [Look]

    /// Sets up colour pairs when `colors` is on and the terminal has colours.
    init(colors: Bool) {
        let useColor = colors && has_colors()
        if useColor {
            start_color()
            let background: Int16 = use_default_colors() == gb_ok() ? -1 : Int16(COLOR_BLACK)
            init_pair(1, Int16(COLOR_YELLOW), background)
            init_pair(2, Int16(COLOR_CYAN), background)
            init_pair(3, Int16(COLOR_GREEN), background)
            init_pair(4, Int16(COLOR_RED), background)
            init_pair(5, Int16(COLOR_BLUE), background)
        }
        let bold = gb_a_bold(), reverse = gb_a_reverse(), underline = gb_a_underline(), dim = gb_a_dim()
        looks = Style.allCases.map { style in
            switch (style, useColor) {
            case (.normal, _): Look(attributes: 0, pair: 0)
            case (.dim, _): Look(attributes: dim, pair: 0)
            case (.heading, _): Look(attributes: bold, pair: 0)
            case (.bar, _): Look(attributes: reverse, pair: 0)
            case (.chip, true): Look(attributes: reverse | bold, pair: 1)
            case (.chip, false): Look(attributes: bold, pair: 0)
            case (.tab, _): Look(attributes: dim, pair: 0)
            case (.tabActive, _): Look(attributes: reverse | bold, pair: 0)
            case (.selection, _): Look(attributes: reverse, pair: 0)
            case (.selectionInactive, _): Look(attributes: bold | underline, pair: 0)
            case (.highlight, true): Look(attributes: 0, pair: 2)
            case (.highlight, false): Look(attributes: underline, pair: 0)
            case (.searchHit, true): Look(attributes: reverse, pair: 1)
            case (.searchHit, false): Look(attributes: reverse, pair: 0)
            case (.currentHit, true): Look(attributes: reverse | bold, pair: 4)
            case (.currentHit, false): Look(attributes: reverse | bold | underline, pair: 0)
            case (.unread, true): Look(attributes: bold, pair: 3)
            case (.unread, false): Look(attributes: bold, pair: 0)
            case (.bookmark, true): Look(attributes: bold, pair: 1)
            case (.bookmark, false): Look(attributes: bold, pair: 0)
            case (.key, _): Look(attributes: reverse | bold, pair: 0)
            case (.error, true): Look(attributes: reverse | bold, pair: 4)
            case (.error, false): Look(attributes: reverse | bold, pair: 0)
            case (.input, _): Look(attributes: 0, pair: 0)
            }
        }
    }

    func look(_ style: Style) -> Look {
        looks[Int(style.rawValue)]
    }
}
