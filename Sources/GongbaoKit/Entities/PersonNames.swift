/// Reading Chinese personal names: a surname from the table, then a given name of one or two characters.
enum PersonNames {
    typealias Lexicon = PersonLexicon

    /// Length of the surname starting at `i` (2 for 欧阳, 1 for 王), or 0.
    static func surnameLength(_ text: ScalarText, at i: Int) -> Int {
        guard let c = text.at(i) else { return 0 }
        if doubleSurnameStarts.contains(c), let d = Lexicon.doubleSurnames.longestMatch(in: text, at: i), d.length == 2 { return 2 }
        return Lexicon.singleSurnames.contains(c) ? 1 : 0
    }

    /// First characters of the double surnames: this is asked at nearly every position of
    /// every text, and a bit test settles the characters that start none.
    private static let doubleSurnameStarts = ScalarSet(Lexicon.doubleSurnameWords.compactMap(\.unicodeScalars.first))

    static func startsWithSurname(_ text: ScalarText, at i: Int) -> Bool { surnameLength(text, at: i) > 0 }

    /// ``surnameLength(_:at:)`` at every position of `text`, in one pass with the tables held
    /// in locals (the scanners that ask at every position would otherwise reach the
    /// static tables afresh each time).
    static func surnameLengths(of text: ScalarText) -> [UInt8] {
        let singles = Lexicon.singleSurnames, doubleStarts = doubleSurnameStarts, doubles = Lexicon.doubleSurnames
        var result = [UInt8](repeating: 0, count: text.count)
        for i in 0..<text.count {
            let c = text[i]
            if doubleStarts.contains(c), let d = doubles.longestMatch(in: text, at: i), d.length == 2 {
                result[i] = 2
            } else if singles.contains(c) {
                result[i] = 1
            }
        }
        return result
    }

    /// Whether `c` can be part of a given name.
    static func canBeGiven(_ c: Unicode.Scalar?) -> Bool {
        guard let c, c.isHan else { return false }
        return !Lexicon.notInGivenName.contains(c)
    }

    /// Whether a word at `i` shows that a name has ended (a speech verb, a title after the name, punctuation).
    static func endsName(_ text: ScalarText, at i: Int) -> Bool {
        guard let c = text.at(i) else { return true }
        if !c.isHan { return true }
        if Lexicon.notInGivenName.contains(c) { return true }
        return Lexicon.speechVerbs.hasMatch(in: text, at: i) || Lexicon.postTitles.hasMatch(in: text, at: i)
    }
}
