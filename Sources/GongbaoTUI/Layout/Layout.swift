/// Where each part of the screen goes at a given terminal size.
///
/// One row of top bar, one of status line, and between them the panes:
/// on wide terminals facets, list and preview side by side; on narrower ones
/// the preview goes under the list. Update and render both use it, so that
/// paging and mouse hits agree with what is drawn.
public struct Layout: Sendable, Hashable {
    /// Below this the browser shows only a "window too small" message.
    public static let minimum = Size(columns: 60, rows: 16)
    /// From this width on, the preview is a third column.
    static let sideBySideWidth = 140

    public let size: Size
    public let topBar: Rect
    public let status: Rect
    /// The facet pane: its first row holds the tabs.
    public let facets: Rect
    public let list: Rect
    public let preview: Rect
    /// Whether the preview sits right of the list (else below it).
    public let previewBeside: Bool
    /// The area between top bar and status line, for full-screen views (reader, help).
    public let body: Rect

    public var isTooSmall: Bool {
        size.columns < Self.minimum.columns || size.rows < Self.minimum.rows
    }

    /// The facet tab row.
    public var facetTabs: Rect { Rect(x: facets.x, y: facets.y, width: facets.width, height: 1) }
    /// The facet rows under the tabs.
    public var facetRows: Rect { Rect(x: facets.x, y: facets.y + 1, width: facets.width, height: facets.height - 1) }

    /// The picker's entries: under its input row and header row.
    public var pickerRows: Rect { Rect(x: 0, y: body.y + 2, width: size.columns, height: body.height - 2) }

    /// Columns of body text in the reader: the screen less margins, at most 100,
    /// which keeps lines of Chinese text short enough to read.
    public var readerTextWidth: Int { max(10, min(size.columns - 4, 100)) }
    /// Left edge of reader text: centred when the screen is wider than the text.
    public var readerTextX: Int { max(2, (size.columns - readerTextWidth) / 2) }

    public init(size: Size) {
        self.size = size
        let columns = max(size.columns, 0), rows = max(size.rows, 0)
        topBar = Rect(x: 0, y: 0, width: columns, height: 1)
        status = Rect(x: 0, y: max(0, rows - 1), width: columns, height: 1)
        body = Rect(x: 0, y: 1, width: columns, height: rows - 2)

        let facetWidth = columns >= 200 ? 34 : columns >= 120 ? 28 : columns >= 80 ? 24 : 20
        facets = Rect(x: 0, y: 1, width: facetWidth, height: body.height)
        // One column of separator between panes.
        let rightX = facetWidth + 1
        let rightWidth = columns - rightX
        if columns >= Self.sideBySideWidth {
            previewBeside = true
            let previewWidth = rightWidth * 9 / 20
            list = Rect(x: rightX, y: 1, width: rightWidth - previewWidth - 1, height: body.height)
            preview = Rect(x: list.maxX + 1, y: 1, width: previewWidth, height: body.height)
        } else {
            previewBeside = false
            let previewHeight = body.height >= 20 ? body.height * 2 / 5 : body.height / 3
            list = Rect(x: rightX, y: 1, width: rightWidth, height: body.height - previewHeight - 1)
            preview = Rect(x: rightX, y: list.maxY + 1, width: rightWidth, height: previewHeight)
        }
    }
}
