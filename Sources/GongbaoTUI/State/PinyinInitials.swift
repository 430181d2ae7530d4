import Foundation

/// The pinyin initials of Chinese labels (甘肃省 → `gss`), so that a picker can
/// be narrowed by typing letters, without an input method.
///
/// Readings come from `Resources/pinyin-initials.txt` (see its generator): one
/// initial per CJK Unified Ideograph, plus other initials of common
/// characters with several readings (长 is `z` in 长大 and `c` in 长沙).
struct PinyinInitials: Sendable {
    /// Initial (an ASCII letter) of U+4E00 + i, or 0 when unknown.
    private let table: [UInt8]
    /// Further initials of characters with several readings.
    private let alternates: [Unicode.Scalar: [UInt8]]

    /// The table shipped with gongbao.
    static let shared = PinyinInitials(resource: Bundle.module.url(forResource: "pinyin-initials", withExtension: "txt"))

    static let first: UInt32 = 0x4E00
    static let last: UInt32 = 0x9FFF

    init(resource url: URL?) {
        let text = url.flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        self.init(table: lines.first.map(String.init) ?? "", alternates: lines.count > 1 ? String(lines[1]) : "")
    }

    /// `table`: one letter or `.` per code point from U+4E00; `alternates`: pairs like `长c重c行hx`.
    init(table: String, alternates: String) {
        self.table = table.utf8.map { ($0 >= 0x61 && $0 <= 0x7A) ? $0 : 0 }
        var extra: [Unicode.Scalar: [UInt8]] = [:]
        var current: Unicode.Scalar?
        for scalar in alternates.unicodeScalars {
            if scalar.value >= 0x61, scalar.value <= 0x7A, let c = current {
                extra[c, default: []].append(UInt8(scalar.value))
            } else {
                current = scalar
            }
        }
        self.alternates = extra
    }

    /// The initials of a scalar: its letters for a Chinese character (first
    /// the common reading's), itself lowercased for an ASCII letter or digit, none otherwise.
    func initials(of scalar: Unicode.Scalar) -> [UInt8] {
        let v = scalar.value
        if v >= Self.first, v <= Self.last {
            let i = Int(v - Self.first)
            var letters: [UInt8] = i < table.count && table[i] != 0 ? [table[i]] : []
            for extra in alternates[scalar] ?? [] where !letters.contains(extra) { letters.append(extra) }
            return letters
        }
        if v >= 0x41, v <= 0x5A { return [UInt8(v + 0x20)] }
        if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) { return [UInt8(v)] }
        return []
    }

    /// Every spelling of `label` in initials (one per combination of readings,
    /// at most `limit`); characters without an initial are left out. Empty
    /// when the label holds no Chinese character (plain letters need no initials).
    func spellings(of label: String, limit: Int = 4) -> [String] {
        var spellings: [[UInt8]] = [[]]
        var hasHan = false
        for scalar in label.unicodeScalars {
            if scalar.value >= Self.first, scalar.value <= Self.last { hasHan = true }
            let letters = initials(of: scalar)
            guard let common = letters.first else { continue }
            if letters.count == 1 || spellings.count >= limit {
                for k in spellings.indices { spellings[k].append(common) }
            } else {
                spellings = spellings.flatMap { s in letters.map { s + [$0] } }
                if spellings.count > limit { spellings = Array(spellings.prefix(limit)) }
            }
        }
        guard hasHan else { return [] }
        return spellings.map { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether `query` can be pinyin initials: two or more ASCII letters, nothing else.
    static func isInitialsQuery(_ query: String) -> Bool {
        query.unicodeScalars.count >= 2
            && query.unicodeScalars.allSatisfy { ($0.value >= 0x61 && $0.value <= 0x7A) || ($0.value >= 0x41 && $0.value <= 0x5A) }
    }
}
