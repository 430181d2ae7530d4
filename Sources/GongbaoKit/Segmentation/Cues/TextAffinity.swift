/// Cue `textAffinity`: how much of a headline (or text fragment) the words of a body
/// share, by character bigrams weighted so that words every article uses (`工会`)
/// count little and rare ones (`张掖`) count much. It tells which body a headline
/// printed between two bodies belongs to (`被评为陕西省学雷锋活动示范点` → the
/// 渭南 item before it, not the 咸阳 item after it).
struct BigramProfile: Sendable {
    /// The distinct bigrams of content characters.
    private(set) var bigrams: Set<UInt64>

    /// At most `limit` characters of `text` are read, which keeps huge inputs cheap.
    init(_ text: String, limit: Int = 6000) {
        var set = Set<UInt64>()
        var previous: UInt32?
        var seen = 0
        for s in text.unicodeScalars {
            seen += 1
            if seen > limit { break }
            guard Punctuation.isContent(s) else {
                // Spaces inside a line (`3 月 11 日`) do not break a word; marks do.
                if !Punctuation.isSpace(s) { previous = nil }
                continue
            }
            if let p = previous { set.insert(UInt64(p) << 32 | UInt64(s.value)) }
            previous = s.value
        }
        bigrams = set
    }

    /// Adds another text's bigrams (a headline read together with its body).
    mutating func formUnion(_ other: BigramProfile) { bigrams.formUnion(other.bigrams) }

    func contains(_ bigram: UInt64) -> Bool { bigrams.contains(bigram) }
}

/// Document frequencies over the bodies of one page, and the weighted overlap.
struct TextAffinity {
    private var frequency: [UInt64: Int] = [:]

    init(profiles: [BigramProfile]) {
        for profile in profiles {
            for b in profile.bigrams { frequency[b, default: 0] += 1 }
        }
    }

    /// The weighted share of `probe`'s bigrams that `target` contains, from 0 to 1.
    /// A bigram found in `n` bodies of the page weighs `1/n`; one found in none weighs 1.
    func textAffinity(of probe: BigramProfile, in target: BigramProfile) -> Double {
        var total = 0.0
        var shared = 0.0
        for b in probe.bigrams {
            let weight = 1.0 / Double(max(1, frequency[b] ?? 0))
            total += weight
            if target.contains(b) { shared += weight }
        }
        return total > 0 ? shared / total : 0
    }
}
