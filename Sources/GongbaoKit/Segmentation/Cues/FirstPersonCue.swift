/// Cue `isFirstPersonEssay`: the writer speaks as `我` outside quotation marks, as in a
/// reader's essay (`…我的思绪一下拉回到去年3月份的一天。`), which makes the item a feature.
enum FirstPersonCue {
    static func isFirstPersonEssay(_ body: String) -> Bool {
        isFirstPersonEssay(paragraphs: [body])
    }

    /// `isFirstPersonEssay` of the paragraphs joined by line breaks, read without joining them,
    /// from their UTF-8 bytes. The count of `我` and the length only grow, so the reading stops
    /// at the end of the first paragraph where both already suffice.
    static func isFirstPersonEssay(paragraphs: [String]) -> Bool {
        var depth = 0
        var count = 0
        // The line breaks between paragraphs count as characters of the joined text.
        var length = max(0, paragraphs.count - 1)
        for text in paragraphs {
            UTF8Scalars.withBytes(text) { bytes in
                var i = 0
                while i < bytes.count {
                    let s = UTF8Scalars.next(bytes, &i)
                    length += 1
                    switch s {
                    case "“", "「", "『": depth += 1
                    case "”", "」", "』": depth = max(0, depth - 1)
                    case "我" where depth == 0: count += 1
                    default: break
                    }
                }
            }
            if count >= 3 && length >= 150 { return true }
        }
        return false
    }
}
