/// Cue `isPhotoCredit`: a credit that closes a photo item (`□张昆 摄`,
/// `本报通讯员 陈任川 报`, the agency line `新华社记者 张汝锋`), and the credit printed
/// at the end of a caption or essay line (`…垃圾清理。 □陈向卫 李鹏 摄`,
/// `…现场。本报记者 刘友婷 本报通讯员 罗义国`, `…“娘家人”。 □王晓红`).
enum PhotoCreditCue {
    /// Whether a stand-alone credit marks a photo: `摄`/`报`, or an agency staffer.
    static func isPhotoCredit(_ credit: Credit) -> Bool {
        credit.isPhotoCredit || credit.isAgency
    }

    /// Splits a credit off the end of a paragraph. Only credits that cannot be running
    /// text are taken: ones starting with `□`, ending in `摄`/`报`, or led by a marker
    /// of this paper or an agency (`本报记者`, `新华社记者`). Reads only the paragraph's tail.
    static func trailingCredit(_ paragraph: String) -> (body: String, credit: Credit)? {
        guard mayEndInCredit(paragraph) else { return nil }
        let tail = Array(paragraph.unicodeScalars.suffix(72))
        let tailText = SectionLabelCue.strippingTrailingTags(String(scalars: tail))
        let stripped = Array(tailText.unicodeScalars)
        if let inParentheses = parenthesizedCredit(paragraph, tail: tail) { return inParentheses }
        // The credit starts after the last sentence end (or closing quote after one).
        guard let cut = stripped.lastIndex(where: { Punctuation.sentenceEnders.contains($0) || Punctuation.closers.contains($0) })
        else { return nil }
        let rest = String(scalars: stripped[(cut + 1)...]).trimmedSpaces
        guard !rest.isEmpty, let credit = BylineCue.looksLikeByline(rest) else { return nil }
        guard credit.isBoxed || credit.isPhotoCredit || credit.hasStaffMarker || credit.isAgency else { return nil }
        // Everything after the cut in the original tail goes; the body must end a sentence.
        let leadingSpaces = tail.prefix { Punctuation.isSpace($0) }.count
        let dropCount = tail.count - leadingSpaces - (cut + 1)
        let body = String(paragraph.unicodeScalars.dropLast(dropCount)).trimmedSpaces
        guard TerminalPunctuation.endsWithTerminalPunctuation(body) else { return nil }
        return (body, credit)
    }

    /// Whether a caption says `图为` (“pictured is”), read with a quick scalar test first.
    static func saysPictured(_ text: String) -> Bool {
        Punctuation.mayHold(pictured, in: text) && Punctuation.contains("图为", in: text)
    }
    private static let pictured: ScalarSet = ["图"]

    /// A quick look at the last characters that rules out most paragraphs: a credit is
    /// made of ideographs, spaces and credit marks after the last sentence end or closing
    /// mark, so a paragraph ending in such a mark, or with any other character after the
    /// last one, holds none. Endings that need the full reading (a closing parenthesis, a
    /// trailing section tag `■…■`) are passed on.
    private static func mayEndInCredit(_ paragraph: String) -> Bool {
        UTF8Scalars.withBytes(paragraph) { mayEndInCredit(bytes: $0) }
    }

    /// `mayEndInCredit` read backwards on the paragraph's UTF-8 bytes.
    private static func mayEndInCredit(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var seenContent = false
        var looked = 0
        let enders = Punctuation.sentenceEnders, closers = Punctuation.closers
        var end = bytes.count
        while end > 0 {
            if UTF8Scalars.endsWithUnifiedIdeograph(bytes, before: end) {
                // An ideograph (most of a credit, and of the words before it) is no space,
                // parenthesis or mark: it is content, stepped over undecoded.
                end -= 3
                looked += 1
                if looked > 72 { return false }
                seenContent = true
                continue
            }
            let after = end
            let s = UTF8Scalars.previous(bytes, &end)
            looked += 1
            if looked > 72 { return false }
            if Punctuation.isSpace(s) { continue }
            if !seenContent, s == ")" || s == "）" || s == "■" { return true }
            // A credit taken here is a marked one: the words after the mark hold a sign of it,
            // looked for only now (most lines end in running text, turned down before this).
            if enders.contains(s) || closers.contains(s) { return seenContent && holdsMarkerSign(bytes, from: after) }
            guard BylineCue.mayAppearInCredit(s) else { return false }
            seenContent = true
        }
        return false
    }

    /// Whether the credit characters and spaces of `bytes` from byte `start` on hold a sign of
    /// a role marker: a scalar that is one (`BylineCue.signsMarker(" ", s)`), or that makes
    /// one with the scalar after it (a space after the last one).
    private static func holdsMarkerSign(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        func signs(_ s: Unicode.Scalar, before later: Unicode.Scalar) -> Bool {
            !Punctuation.isSpace(s) && (BylineCue.signsMarker(s, later) || BylineCue.signsMarker(" ", s))
        }
        var i = start
        var previous: Unicode.Scalar?
        while i < bytes.count {
            let s = UTF8Scalars.next(bytes, &i)
            if let previous, signs(previous, before: s) { return true }
            previous = s
        }
        return previous.map { signs($0, before: " ") } ?? false
    }

    /// The writer's name in parentheses after the last sentence (`…差价由工会补贴。(王可欣)`),
    /// which papers print instead of a credit after a bare `本报讯`. Bare names are taken
    /// only here, so the caller asks only for items that opened with a dateline and no credit.
    static func trailingAuthorCredit(_ paragraph: String) -> (body: String, credit: Credit)? {
        // Only a paragraph ending in a closing parenthesis can (its last scalar, read from the bytes).
        let closing = UTF8Scalars.withBytes(paragraph) { bytes -> Bool in
            var end = bytes.count
            guard end > 0 else { return false }
            let last = UTF8Scalars.previous(bytes, &end)
            return last == "）" || last == ")"
        }
        guard closing else { return nil }
        let tail = Array(paragraph.unicodeScalars.suffix(40))
        guard let last = tail.last, last == "）" || last == ")",
              let open = tail.lastIndex(where: { $0 == "（" || $0 == "(" })
        else { return nil }
        let inner = String(scalars: tail[(open + 1)..<(tail.count - 1)]).trimmedSpaces
        guard let credit = BylineCue.looksLikeByline(inner, requireMarker: false), !credit.isPhotoCredit else { return nil }
        let body = String(paragraph.unicodeScalars.dropLast(tail.count - open)).trimmedSpaces
        guard TerminalPunctuation.endsWithTerminalPunctuation(body) else { return nil }
        return (body, credit)
    }

    /// A credit in parentheses closing a paragraph: `…现场。（本报记者 张三 摄）`.
    /// `tail` is the end of the paragraph as printed (lines carry no trailing spaces).
    private static func parenthesizedCredit(_ paragraph: String, tail: [Unicode.Scalar]) -> (body: String, credit: Credit)? {
        guard let last = tail.last, last == "）" || last == ")",
              let open = tail.lastIndex(where: { $0 == "（" || $0 == "(" })
        else { return nil }
        let inner = String(scalars: tail[(open + 1)..<(tail.count - 1)]).trimmedSpaces
        guard let credit = BylineCue.looksLikeByline(inner),
              credit.isBoxed || credit.isPhotoCredit || credit.hasStaffMarker || credit.isAgency
        else { return nil }
        let body = String(paragraph.unicodeScalars.dropLast(tail.count - open)).trimmedSpaces
        guard TerminalPunctuation.endsWithTerminalPunctuation(body) else { return nil }
        return (body, credit)
    }
}
