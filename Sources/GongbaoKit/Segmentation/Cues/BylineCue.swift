import Foundation

/// Cue `looksLikeByline`: a line made only of credit markers and personal names
/// (`本报记者 张静 本报通讯员 岑婧 陈斌斌`, `□高冬菊 巨晓勇 摄`, `新华社记者 张汝锋`,
/// `本报通讯员 陈任川 报`), parsed into the people it credits.
struct Credit: Equatable {
    /// The credit as printed, trimmed (`□张昆 摄`).
    var text: String
    /// The people credited, in printed order.
    var people: [Byline]
    /// Ends in `摄` (photographed by) or `报` (reported by, under a photo).
    var isPhotoCredit: Bool
    /// Names an agency staffer (`新华社记者 张汝锋`).
    var isAgency: Bool
    /// Starts with `□`, this paper's mark for an end-of-item author credit.
    var isBoxed: Bool
    /// Has a role marker of this paper (`本报记者`, `本报通讯员`).
    var hasStaffMarker: Bool
    /// Signed by a commentator (`本报评论员`): an opinion piece.
    var isCommentary = false
}

enum BylineCue {
    /// Role markers, longest first so that `本报记者` wins over `记者`.
    private static let markers: [(String, String)] = [
        ("本报特约评论员", "commentator"), ("本报评论员", "commentator"), ("特约评论员", "commentator"),
        ("本报特约记者", "reporter"), ("本报见习记者", "reporter"), ("本报实习生", "reporter"),
        ("本报记者", "reporter"), ("本报通讯员", "correspondent"),
        ("新华社记者", "agency"), ("新华社通讯员", "agency"), ("中新社记者", "agency"),
        ("特约记者", "reporter"), ("见习记者", "reporter"), ("实习生", "reporter"),
        ("记者", "reporter"), ("通讯员", "correspondent"),
    ]

    /// Professions an expert signs with after an affiliation (`…律师事务所律师`, `…大学教授`).
    static let professionEndings: [[Unicode.Scalar]] = ["律师", "法官", "检察官", "教授"].map { Array($0.unicodeScalars) }

    /// The text inside one pair of parentheses enclosing the whole line, if so.
    private static func insideParentheses(_ text: String) -> String? {
        guard let first = text.unicodeScalars.first, first == "(" || first == "（",
              let last = text.unicodeScalars.last, last == ")" || last == "）", text.unicodeScalars.count > 2
        else { return nil }
        let inner = String(text.unicodeScalars.dropFirst().dropLast())
        return inner.unicodeScalars.contains { $0 == "(" || $0 == "（" || $0 == ")" || $0 == "）" } ? nil : inner
    }

    /// Ideographs, spaces and the marks credits use (`□`, `·`, `、`, section tags `■`).
    static func mayAppearInCredit(_ s: Unicode.Scalar) -> Bool {
        Punctuation.isHan(s) || Punctuation.isSpace(s) || s == "□" || s == "·" || s == "•" || s == "、" || s == "■"
            || s == "/" || s == "／"
    }

    /// What separates the words of a credit: spaces, 、, and the slash of `巴特尔/摄`, `文/张三`.
    @inline(__always)
    static func separatesCreditWords(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\u{3000}" || s == "、" || s == "\t" || s == "/" || s == "／"
    }

    /// Photo credits that name no one (`新华社发`).
    static let agencyPhotoCredits: Set<String> = ["新华社发", "新华社供图", "资料图片", "新华社记者摄", "本报资料图片", "中新社发"]

    /// An agency's distribution credit naming the photographer in parentheses
    /// (`新华社发(李明 摄)`, `新华社发（李明摄）`).
    private static func agencyCreditNamingPhotographer(_ text: String) -> Credit? {
        guard let agency = agencyPhotoCredits.first(where: { text.hasPrefix($0) }) else { return nil }
        let rest = String(text.dropFirst(agency.count)).trimmedSpaces
        guard let inner = insideParentheses(rest), let named = looksLikeByline(inner, requireMarker: false), named.isPhotoCredit
        else { return nil }
        return Credit(text: text, people: named.people, isPhotoCredit: true, isAgency: true, isBoxed: false, hasStaffMarker: false)
    }

    /// Parses a stand-alone credit line. `requireMarker` (the default) demands a role marker,
    /// a leading `□` or a final `摄`, so that two bare names are not taken for a byline;
    /// inside a dateline's parentheses bare names are fine (`本报讯（张芳）`).
    static func looksLikeByline(_ line: String, requireMarker: Bool = true) -> Credit? {
        guard line.utf8.count <= 300 else { return nil }
        // Decoded once from the bytes: the test and the parse read the same array.
        return looksLikeByline(scalars: UTF8Codec.scalars(of: line), requireMarker: requireMarker)
    }

    /// `looksLikeByline` for a line already decoded (`scalars`, at most 300 bytes of UTF-8 as
    /// a String): a dateline's parentheses hold their credit as scalars, and are read as such
    /// rather than made into a String and decoded again.
    static func looksLikeByline(scalars: [Unicode.Scalar], requireMarker: Bool) -> Credit? {
        // Whatever form it takes, a credit holds only credit characters and parentheses;
        // one that must be marked holds a sign of its mark (read in the same pass).
        var maySignMarker = !requireMarker
        var holdsCompatibilityIdeograph = false
        var previous: Unicode.Scalar = " "
        for s in scalars {
            guard mayAppearInCredit(s) || s == "(" || s == "（" || s == ")" || s == "）" else { return nil }
            if !maySignMarker { maySignMarker = signsMarker(previous, s) }
            if Punctuation.isCompatibilityIdeograph(s) { holdsCompatibilityIdeograph = true }
            previous = s
        }
        guard maySignMarker else { return nil }
        // What is left is ideographs, spaces, marks and parentheses, one scalar per character:
        // compared scalar by scalar they compare as Strings do. A compatibility ideograph is equal
        // as a String to the ideograph it stands for (also one scalar), so the words are read on
        // those canonical forms while names and the credit keep the printed ones.
        let canonical = holdsCompatibilityIdeograph ? scalars.map(canonicalIdeograph) : scalars
        return parse(canonical[...], display: scalars, requireMarker: requireMarker)
    }

    /// The unified ideograph a compatibility ideograph stands for (its canonical decomposition,
    /// one scalar), or `s` itself.
    private static func canonicalIdeograph(_ s: Unicode.Scalar) -> Unicode.Scalar {
        guard Punctuation.isCompatibilityIdeograph(s) else { return s }
        let mapped = String(s).precomposedStringWithCanonicalMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first! : s
    }

    /// The words `parse` reads, as scalars, fetched once per parse (each fetch of a static
    /// list checks that it is made, and retains it): `parse` asks for a marker at every
    /// scalar of a credit.
    private struct Words {
        /// The role markers, in the order of `markers`, with their roles.
        let markers: [(marker: [Unicode.Scalar], role: String, isStaff: Bool)]
        /// The first scalars of the markers.
        let markerInitials: ScalarSet
        /// `agencyPhotoCredits`.
        let agencyPhotoCredits: [[Unicode.Scalar]]
        /// `professionEndings`.
        let professionEndings: [[Unicode.Scalar]]

        /// The first marker (in `markers` order) that `token` starts with.
        func marker(startingAt token: ArraySlice<Unicode.Scalar>) -> Int? {
            guard let first = token.first, markerInitials.contains(first) else { return nil }
            return markers.firstIndex { token.starts(with: $0.marker) }
        }
    }
    private static let words = Words(
        markers: markers.map { (Array($0.0.unicodeScalars), $0.1, $0.0.hasPrefix("本报")) },
        markerInitials: ScalarSet(markers.compactMap(\.0.unicodeScalars.first)),
        agencyPhotoCredits: agencyPhotoCredits.map { Array($0.unicodeScalars) },
        professionEndings: professionEndings
    )

    private static func isParenthesis(_ s: Unicode.Scalar) -> Bool { s == "(" || s == "（" || s == ")" || s == "）" }

    /// `looksLikeByline` read scalar by scalar, for a line of credit characters and parentheses
    /// in canonical form (each scalar is one character; see the caller). `display` holds the
    /// printed scalars at the same positions: names and the credit's text are taken from it.
    private static func parse(_ line: ArraySlice<Unicode.Scalar>, display: [Unicode.Scalar], requireMarker: Bool) -> Credit? {
        func printedText(_ part: ArraySlice<Unicode.Scalar>) -> String { String(scalars: display[part.indices]) }
        let words = Self.words
        let whole = Punctuation.trimmed(line)
        // A credit line may be printed in parentheses: `（本报记者 张三）`.
        if let first = whole.first, first == "(" || first == "（", let last = whole.last, last == ")" || last == "）",
           whole.count > 2 {
            let inner = whole.dropFirst().dropLast()
            if !inner.contains(where: isParenthesis) { return parse(inner, display: display, requireMarker: requireMarker) }
        }
        // `text` below is `whole` or a prefix of it (only trailing section tags go), so it can
        // equal an agency's unnamed credit only if `whole` starts with one: read once, here.
        let startsWithAgencyCredit = words.agencyPhotoCredits.contains(where: { whole.starts(with: $0) })
        if startsWithAgencyCredit, let agency = agencyCreditNamingPhotographer(printedText(whole)) {
            return agency
        }
        guard line.allSatisfy(mayAppearInCredit) else { return nil }
        // Section tags printed at the end (`□张昆 摄 ■工会纪事■`) go.
        var text = whole
        while text.last == "■", let open = text.dropLast().lastIndex(of: "■"), text.endIndex - open <= 14 {
            text = Punctuation.trimmed(text[..<open])
        }
        guard !text.isEmpty, text.count <= 60 else { return nil }
        // The credit as printed, made into a String only for a credit taken.
        let creditPart = text
        // The scalars are canonical, one per character: equal as scalars is equal as Strings.
        if startsWithAgencyCredit, words.agencyPhotoCredits.contains(where: { text.elementsEqual($0) }) {
            return Credit(text: printedText(creditPart), people: [], isPhotoCredit: true, isAgency: true, isBoxed: false, hasStaffMarker: false)
        }
        let boxed = text.first == "□"
        if boxed { text = Punctuation.trimmed(text.dropFirst()) }

        // Tokens between separators, cut again before a marker glued to the name before it.
        // Room for as many tokens as a credit may have (more are turned down below).
        var tokens: [ArraySlice<Unicode.Scalar>] = []
        tokens.reserveCapacity(13)
        var i = text.startIndex
        while i < text.endIndex {
            let s = text[i]
            if separatesCreditWords(s) { i += 1; continue }
            var end = i
            while end < text.endIndex, !separatesCreditWords(text[end]) {
                end += 1
            }
            var partStart = i
            var k = i
            while k < end {
                if let m = words.marker(startingAt: text[k..<end]) {
                    if k > partStart { tokens.append(text[partStart..<k]) }
                    partStart = k
                    k += words.markers[m].marker.count
                } else {
                    k += 1
                }
            }
            if partStart < end { tokens.append(text[partStart..<end]) }
            i = end
        }
        var photo = false
        var reported = false
        if let last = tokens.last {
            if last.elementsEqual(["摄"]) || last.elementsEqual(["摄", "影"]) { photo = true; tokens.removeLast() }
            else if last.elementsEqual(["报"]) { reported = true; tokens.removeLast() }
            // `…报道` credits a written report, not a photo.
            else if last.elementsEqual(["报", "道"]), tokens.count > 1 { tokens.removeLast() }
            else if last.count >= 3, last.last == "摄" {
                photo = true
                tokens[tokens.count - 1] = last.dropLast()
            }
        }
        guard !tokens.isEmpty, tokens.count <= 12 else { return nil }

        var people: [Byline] = []
        people.reserveCapacity(tokens.count)
        var role = "author"
        var sawMarker = false
        var commentator = false
        var staff = false
        var agency = false
        for (k, token) in tokens.enumerated() {
            var rest = token
            // signatureRole: an expert signs with affiliation and profession before the name
            // (`北京市京和律师事务所律师 诸葛文涛`): the first word, ending in the profession, marks it.
            if k == 0, tokens.count >= 2, rest.count <= 24,
               words.professionEndings.contains(where: { rest.count > $0.count && rest.reversed().starts(with: $0.reversed()) }) {
                sawMarker = true
                continue
            }
            if let m = words.marker(startingAt: rest) {
                let found = words.markers[m]
                rest = rest.dropFirst(found.marker.count)
                role = found.role
                sawMarker = true
                if found.isStaff { staff = true }
                if found.role == "agency" { agency = true }
                if found.role == "commentator" { commentator = true }
                if rest.isEmpty { continue }
            }
            // After a role marker a name may be longer: Mongolian and Tibetan names (乌云其木格).
            guard isPersonalName(scalars: rest) || (sawMarker && isLongName(rest)) else { return nil }
            // A photo credit's people are its photographers, whatever marker stands before them.
            people.append(Byline(name: printedText(rest), role: photo ? "photographer" : role))
        }
        // The paper's commentator signs without a name (`本报评论员`).
        guard !people.isEmpty || commentator else { return nil }
        if requireMarker, !(sawMarker || boxed || photo || reported) { return nil }
        if reported, !sawMarker { return nil }
        // A lone glued token such as `记者手记` is a column name, not a credit.
        if requireMarker, tokens.count == 1, !(staff || agency || boxed || photo || commentator) { return nil }
        return Credit(
            text: printedText(creditPart), people: people, isPhotoCredit: photo || reported,
            isAgency: agency, isBoxed: boxed, hasStaffMarker: staff, isCommentary: commentator
        )
    }

    /// Five or six Chinese characters: a name only where a role marker vouches for it.
    private static func isLongName<C: Collection<Unicode.Scalar>>(_ scalars: C) -> Bool {
        (5...6).contains(scalars.count) && scalars.allSatisfy(Punctuation.isHan)
    }

    /// `isPersonalName` over scalars.
    private static func isPersonalName(scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        if scalars.contains("·") || scalars.contains("•") {
            return scalars.count <= 12 && scalars.allSatisfy { Punctuation.isHan($0) || $0 == "·" || $0 == "•" }
        }
        return (2...4).contains(scalars.count) && scalars.allSatisfy(Punctuation.isHan)
    }

    /// One bit for each value of a scalar's low six bits that a scalar `signsMarker` may take
    /// (`□`, `摄`, `发`, `图` and the second scalars of its pairs): a unified ideograph whose bit
    /// is clear signs no marker, told with one mask where most of a line's scalars are read.
    /// A literal, not a stored static (each fetch of which checks that it is made); a test
    /// checks it against the scalars.
    static var signBits: UInt64 { 0x4400_8003_0102_0130 }

    /// `signsMarker(previous, s)` for a unified ideograph `s` (never a compatibility one), its
    /// scalar first sifted by `signBits`; `previous` is read only for a scalar that passes.
    @inline(__always)
    static func ideographSignsMarker(_ previous: @autoclosure () -> Unicode.Scalar, _ s: Unicode.Scalar) -> Bool {
        signBits & (1 << (s.value & 63)) != 0 && signsMarker(previous(), s)
    }

    /// Whether the pair `previous`, `s` may belong to what a marked credit must hold: a role
    /// marker (each has `记者`, `通讯`, `评论` or `实习`), a box `□`, a photo credit's `摄`, or an
    /// agency's unnamed credit (`新华社发`, `资料图片`). A compatibility ideograph may compare
    /// equal to any of these, so it lets the line through to the full reading.
    /// A line with none of these is no marked credit: most lines are turned down here, cheaply.
    @inline(__always)
    static func signsMarker(_ previous: Unicode.Scalar, _ s: Unicode.Scalar) -> Bool {
        switch s {
        case "□", "摄", "发", "图": return true
        case "者": return previous == "记"
        case "讯": return previous == "通"
        case "论": return previous == "评"
        case "习": return previous == "实"
        case "师": return previous == "律"
        case "官": return previous == "法" || previous == "察"
        case "授": return previous == "教"
        default: return Punctuation.isCompatibilityIdeograph(s)
        }
    }
}
