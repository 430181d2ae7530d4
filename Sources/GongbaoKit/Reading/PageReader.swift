import Foundation

/// Reads one file into a `Page`: decodes it, splits it into lines at LF, CRLF
/// or CR, and trims trailing white space. Never writes the file.
public enum PageReader {
    /// Decodes `bytes` read from the file named `source` (relative to the corpus root).
    public static func page(source: String, bytes: [UInt8]) -> Result<Page, DecodingFailure> {
        if let lines = utf8Lines(bytes) { return .success(Page(source: source, lines: lines, encoding: .utf8)) }
        return TextDecoder.decode(bytes).map { decoded in
            Page(source: source, lines: splitLines(decoded.text), encoding: decoded.encoding)
        }
    }

    /// The lines of `bytes` when `TextDecoder.decode` would read them as UTF-8 (after an
    /// optional UTF-8 byte-order mark, no NUL and strictly valid), else `nil`: the decoder
    /// then says what they are.
    ///
    /// Each line is validated (`CheckedUTF8`) just before its String is made from its bytes,
    /// and the page is not validated as a whole first: UTF-8 is valid exactly when each run
    /// of bytes between two ASCII bytes (CR, LF) is, and trimming drops whole scalars only.
    static func utf8Lines(_ bytes: [UInt8]) -> [String]? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil } // UTF-16
        return bytes.withUnsafeBufferPointer { all in
            let text = UnsafeBufferPointer(rebasing: all[(bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)...])
            if let base = text.baseAddress, memchr(base, 0, text.count) != nil { return nil }
            return splitLines(utf8: text, validating: true)
        }
    }

    /// Splits text into lines at `\n`, `\r\n` and `\r`; trailing spaces and tabs are dropped,
    /// leading indentation (spaces, tabs, U+3000) is kept for the segmenter to read.
    /// A byte-order mark (U+FEFF) inside the text is dropped.
    ///
    /// Works on the text's UTF-8 bytes: each line is cut out of them and made into a String
    /// once, from a byte slice (the scalars of a line are never appended one by one).
    public static func splitLines(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { splitLines(utf8: $0, validating: false) } ?? []
    }

    /// `splitLines` over UTF-8 bytes. Every byte looked for (`\r`, `\n`, and the lead bytes of
    /// U+FEFF, U+3000, U+00A0) can only start a scalar, so cuts fall between scalars.
    /// `validating`: the bytes may be invalid, and `nil` says they are; else they are valid.
    private static func splitLines(utf8 bytes: UnsafeBufferPointer<UInt8>, validating: Bool) -> [String]? {
        var lines: [String] = []
        let n = bytes.count
        guard let base = bytes.baseAddress, n > 0 else { return [] }
        // Most files have neither CR nor a stray byte-order mark: their lines end at each LF,
        // which `memchr` finds many bytes at a time.
        if memchr(base, 0x0D, n) == nil, !holdsMark(bytes) {
            var start = 0
            while start < n {
                guard let found = memchr(base + start, 0x0A, n - start) else {
                    guard let last = line(bytes, start..<n, holdsMark: false, validating: validating) else { return nil }
                    lines.append(last)
                    break
                }
                let end = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
                guard let line = line(bytes, start..<end, holdsMark: false, validating: validating) else { return nil }
                lines.append(line)
                start = end + 1
            }
            return lines
        }
        var start = 0
        /// The current line holds a U+FEFF to drop.
        var holdsMark = false
        var previousWasCR = false
        var i = 0
        while i < n {
            let b = bytes[i]
            if b == 0x0D {
                guard let line = line(bytes, start..<i, holdsMark: holdsMark, validating: validating) else { return nil }
                lines.append(line)
                start = i + 1
                holdsMark = false
                previousWasCR = true
                i += 1
                continue
            }
            if b == 0x0A {
                if !previousWasCR {
                    guard let line = line(bytes, start..<i, holdsMark: holdsMark, validating: validating) else {
                        return nil
                    }
                    lines.append(line)
                }
                // After `\r` the line is already cut and empty; either way the next starts here.
                start = i + 1
                holdsMark = false
            } else if b == 0xEF, i + 2 < n, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF {
                holdsMark = true // U+FEFF
                previousWasCR = false
                i += 3
                continue
            }
            previousWasCR = false
            i += 1
        }
        // A last line without terminator counts unless it held nothing but byte-order marks
        // (valid UTF-8, then).
        if start < n, !holdsMark || !withoutMarks(bytes, start..<n).isEmpty {
            guard let line = line(bytes, start..<n, holdsMark: holdsMark, validating: validating) else { return nil }
            lines.append(line)
        }
        return lines
    }

    /// Whether the bytes hold U+FEFF (EF BB BF) anywhere.
    private static func holdsMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var start = 0
        while start < bytes.count, let found = memchr(base + start, 0xEF, bytes.count - start) {
            let i = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
            if i + 2 < bytes.count, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { return true }
            start = i + 1
        }
        return false
    }

    /// The line in `range`, without byte-order marks, trailing white space trimmed; `nil`
    /// when `validating` and the line is not valid UTF-8. Trimming drops whole scalars, so
    /// the line's bytes are valid exactly when the trimmed ones are; dropping marks can join
    /// bytes into a valid sequence, so a line that held one is validated whole.
    /// The bytes are checked once (`CheckedUTF8`), and the String made without a second
    /// validation.
    private static func line(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, holdsMark: Bool, validating: Bool
    ) -> String? {
        if holdsMark {
            if validating, !CheckedUTF8.check(UnsafeBufferPointer(rebasing: bytes[range])).valid { return nil }
            let kept = withoutMarks(bytes, range)
            var end = kept.endIndex
            trimTrailing(&end, from: kept.startIndex) { kept[$0] }
            return kept.withUnsafeBufferPointer { string(UnsafeBufferPointer(rebasing: $0[..<end])) }
        }
        var end = range.upperBound
        trimTrailing(&end, from: range.lowerBound) { bytes[$0] }
        let kept = UnsafeBufferPointer(rebasing: bytes[range.lowerBound..<end])
        let (valid, isASCII) = CheckedUTF8.check(kept)
        // Without `validating` the bytes come from a String: valid.
        guard valid || !validating else { return nil }
        return CheckedUTF8.string(kept, isASCII: isASCII)
    }

    /// The String of `bytes`, which are valid UTF-8.
    private static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        CheckedUTF8.string(bytes, isASCII: CheckedUTF8.check(bytes).isASCII)
    }

    /// The bytes in `range` with every U+FEFF (EF BB BF) left out.
    private static func withoutMarks(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [UInt8] {
        var kept: [UInt8] = []
        kept.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            if bytes[i] == 0xEF, i + 2 < range.upperBound, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF {
                i += 3
                continue
            }
            kept.append(bytes[i])
            i += 1
        }
        return kept
    }

    /// Moves `end` back over trailing spaces, tabs, U+3000 (E3 80 80) and U+00A0 (C2 A0).
    @inline(__always)
    private static func trimTrailing(_ end: inout Int, from start: Int, _ byte: (Int) -> UInt8) {
        while end > start {
            let last = byte(end - 1)
            if last == 0x20 || last == 0x09 {
                end -= 1
            } else if last == 0xA0, end - 2 >= start, byte(end - 2) == 0xC2 {
                end -= 2
            } else if last == 0x80, end - 3 >= start, byte(end - 2) == 0x80, byte(end - 3) == 0xE3 {
                end -= 3
            } else {
                break
            }
        }
    }
}
