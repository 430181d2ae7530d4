/// Stage 6: gives each headline line its role: kicker (引题), title, subtitle, or label.
///
/// - A line ending in `——` is a kicker and the next line the title, whatever the
///   markdown level; after a `——` kicker and title, one more short unpunctuated line
///   is a column label (`工会创新实践调研行`).
/// - Markdown levels are a hint: the first line of the highest level is the title,
///   lines above it kickers, lines below it subtitles.
/// - Two unmarked lines: the one that names the actor or place is the title; if it
///   comes first the other is the subtitle, if second the first is the kicker. A
///   headline printed after its body (a small subject deck over the main line), and a
///   first line that is only an organisation's name or a lead-in deck (`郭建伟：`), read
///   kicker + title; a second line
///   opening with `——` (`——记全国劳模…`) is always a subtitle.
/// - Three or more: kicker, title, subtitle(s).
struct HeadlineRoles: Equatable {
    var kicker = ""
    var title = ""
    /// Subtitle lines joined by a newline.
    var subtitle = ""
    /// Column labels found among the lines (`新闻特写`).
    var labels: [String] = []

    static func assign(_ lines: [HeadlineLine]) -> HeadlineRoles {
        var roles = HeadlineRoles()
        var decks: [HeadlineLine] = []
        decks.reserveCapacity(lines.count)
        for line in lines {
            if line.isSectionLabel { roles.labels.append(line.text) } else { decks.append(line) }
        }
        guard !decks.isEmpty else { return roles }

        if let dash = decks.lastIndex(where: { HeadlineShapeCue.endsWithKickerDash($0.text) }) {
            roles.kicker = decks[...dash].map(\.text).joined(separator: "\n")
            guard dash + 1 < decks.count else { return roles }
            roles.title = decks[dash + 1].text
            var rest = Array(decks[(dash + 2)...])
            if rest.count == 1, SectionLabelCue.isLabelShaped(rest[0].text), !rest[0].text.hasPrefix("—") {
                roles.labels.append(rest[0].text)
                rest = []
            }
            roles.subtitle = rest.map(\.text).joined(separator: "\n")
            return roles
        }

        let levels = decks.map(\.level)
        if let top = levels.filter({ $0 > 0 }).min(), Set(levels).count > 1,
           let t = decks.firstIndex(where: { $0.level == top }) {
            // columnOverTitle: a short unpunctuated top heading right over a deeper one names
            // the column (`## 身边的劳模` over `### 高原电站的“光伏医生”`, as `## 新闻特写` does).
            if t + 1 < decks.count, decks[t + 1].level > top, decks[t].text.count <= 6,
               SectionLabelCue.isLabelShaped(decks[t].text), !decks[t + 1].text.hasPrefix("—") {
                roles.labels.append(decks[t].text)
                return roles.with(kicker: decks[..<t], title: decks[t + 1], subtitle: decks[(t + 2)...])
            }
            return roles.with(kicker: decks[..<t], title: decks[t], subtitle: decks[(t + 1)...])
        }

        switch decks.count {
        case 1:
            roles.title = decks[0].text
        case 2:
            let (first, second) = (decks[0], decks[1])
            let kickerFirst = !second.text.hasPrefix("—")
                && ((first.isTrailing && second.isTrailing)
                    || HeadlineShapeCue.isLeadInDeck(first.text)
                    || ActorCue.isSubjectOnly(first.text)
                    || ActorCue.namesActor(second.text) > ActorCue.namesActor(first.text))
            if kickerFirst {
                roles.kicker = first.text
                roles.title = second.text
            } else {
                roles.title = first.text
                roles.subtitle = second.text
            }
        default:
            return roles.with(kicker: decks[..<1], title: decks[1], subtitle: decks[2...])
        }
        return roles
    }

    /// Whether `assign(lines).title` is not empty. Every way of assigning roles names a
    /// title among the decks (the lines that are not column labels), except when the last
    /// deck is a `——` kicker with nothing after it; so the decks are not weighed here.
    static func hasTitle(_ lines: [HeadlineLine]) -> Bool {
        guard lines.allSatisfy({ !$0.text.isEmpty }) else { return !assign(lines).title.isEmpty }
        guard let lastDeck = lines.last(where: { !$0.isSectionLabel }) else { return false }
        return !HeadlineShapeCue.endsWithKickerDash(lastDeck.text)
    }

    private func with(kicker: ArraySlice<HeadlineLine>, title: HeadlineLine, subtitle: ArraySlice<HeadlineLine>) -> HeadlineRoles {
        var roles = self
        roles.kicker = kicker.map(\.text).joined(separator: "\n")
        roles.title = title.text
        roles.subtitle = subtitle.map(\.text).joined(separator: "\n")
        return roles
    }
}
