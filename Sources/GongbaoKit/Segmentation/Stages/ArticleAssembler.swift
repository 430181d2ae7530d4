/// Stage 9: turns a finished draft into an `Article`: headline roles, section,
/// byline, dateline, repaired paragraphs, subheads, boxes, marker, kind and line spans.
struct ArticleAssembler {
    let page: Page
    /// For each 1-based line, the next non-blank line after it (spans run across blank lines).
    private let nextNonBlank: [Int]

    /// The assembler of `page`, whose non-blank lines `lines` are (the classifier's, in
    /// order): their numbers say which lines are blank without reading the page again.
    init(page: Page, lines: [ClassifiedLine]) {
        self.page = page
        var next = Array(repeating: Int.max, count: page.lines.count + 2)
        var following = Int.max
        var number = page.lines.count
        for k in lines.indices.reversed() {
            let nonBlank = lines[k].number
            while number >= nonBlank {
                next[number] = following
                number -= 1
            }
            following = nonBlank
        }
        while number >= 1 {
            next[number] = following
            number -= 1
        }
        nextNonBlank = next
    }

    func article(from draft: ArticleDraft, index: Int) -> Article {
        let elements = draft.elements
        let roles = HeadlineRoles.assign(draft.headlineLines)
        var article = Article(id: "\(page.key)#\(index)", source: page.source, index: index)
        article.kicker = roles.kicker
        article.title = roles.title
        article.subtitle = roles.subtitle

        var labels = roles.labels
        var leadingBylines: [Credit] = []
        var closingCredit: Credit?
        // Made once at a size no item exceeds (one entry per element at most), not grown.
        var paragraphs: [String] = []
        var bodyParagraphs: [String] = []
        paragraphs.reserveCapacity(elements.count)
        bodyParagraphs.reserveCapacity(elements.count)
        var markerText = ""
        var isContinuation = false
        var openingDateline: Dateline?
        var endDateline: String?
        let firstParagraph = elements.firstIndex { if case .paragraph = $0 { true } else { false } }
        let lastParagraph = elements.lastIndex { if case .paragraph = $0 { true } else { false } }

        for (position, element) in elements.enumerated() {
            switch element {
            case .headline: break
            case .label(_, let text): labels.append(text)
            case .byline(_, let credit): leadingBylines.append(credit)
            case .subhead(_, let text):
                paragraphs.append(text)
                article.subheads.append(text)
            case .box(_, let label, let text):
                article.boxes.append(Box(label: label, text: text.map(\.text).joined(separator: "\n")))
            case .credit(_, let credit): closingCredit = credit
            case .marker(_, let marker):
                markerText = marker.text
                if marker.continuesFromElsewhere { isContinuation = true }
            case .paragraph(let p):
                var text = p.text
                var isPrinted = true
                if position == firstParagraph, let dateline = p.leadingDateline {
                    openingDateline = dateline
                    text = String(text.unicodeScalars.dropFirst(dateline.prefixLength)).trimmedSpaces
                    isPrinted = false
                }
                if position == lastParagraph {
                    // The paragraph read its ending when its text was set; a text that lost its
                    // dateline is read again.
                    if let (body, credit) = isPrinted ? p.trailingCreditSplit : PhotoCreditCue.trailingCredit(text) {
                        text = body
                        closingCredit = credit
                    } else if let (dateline, body) = isPrinted ? p.trailingDatelineSplit : DatelineCue.trailingDateline(text) {
                        text = body
                        endDateline = dateline
                    } else if leadingBylines.isEmpty, let dateline = openingDateline,
                              dateline.opensReport, dateline.credit == nil,
                              let (body, credit) = PhotoCreditCue.trailingAuthorCredit(text) {
                        // `本报讯 …。(王可欣)`: the name the bare dateline left out.
                        text = body
                        closingCredit = credit
                    }
                }
                paragraphs.append(text)
                bodyParagraphs.append(text)
            }
        }

        article.section = labels.first ?? draft.sectionTag ?? ""
        article.paragraphs = paragraphs
        article.dateline = openingDateline?.text ?? endDateline ?? ""
        if !leadingBylines.isEmpty {
            article.bylineText = leadingBylines.map(\.text).joined(separator: " ")
            article.byline = leadingBylines.flatMap(\.people)
        } else if let dateline = openingDateline, let inner = dateline.credit {
            article.bylineText = inner
            // The credit was parsed when the dateline was read.
            article.byline = dateline.creditPeople
        } else if let credit = closingCredit {
            article.bylineText = credit.text
            article.byline = credit.people
        }
        if article.dateline.isEmpty, let credit = closingCredit, credit.isAgency,
           let agency = ["新华社", "中新社"].first(where: { credit.text.hasPrefix($0) }) {
            article.dateline = agency
        }

        article.kind = KindClassifier.kind(KindClassifier.Evidence(
            isContinuation: isContinuation, closingCredit: closingCredit, body: bodyParagraphs,
            subheadCount: article.subheads.count, boxCount: article.boxes.count, labels: labels,
            kicker: roles.kicker, hasOpeningDateline: openingDateline != nil,
            isCommentary: leadingBylines.contains(where: \.isCommentary) || closingCredit?.isCommentary == true
        ))
        article.marker = markerText.isEmpty && article.kind == .photo ? (closingCredit?.text ?? "") : markerText
        article.lines = spans(of: draft.lineNumbers)
        return article
    }

    /// Compresses line numbers in reading order into spans; a span runs on while the next
    /// line read is the next non-blank line of the file.
    func spans(of numbers: [Int]) -> [LineSpan] {
        var spans: [LineSpan] = []
        for number in numbers {
            if let last = spans.last, last.contains(number), number == last.end { continue }
            if var last = spans.last, number > last.end, nextNonBlank[last.end] == number {
                last.end = number
                spans[spans.count - 1] = last
            } else {
                spans.append(LineSpan(number, number))
            }
        }
        return spans
    }
}
