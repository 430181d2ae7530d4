import Foundation

/// Reads one file into a `Page`: decodes it, splits it into lines at LF, CRLF
/// or CR, and trims trailing white space. Never writes the file.
public enum PageReader {
    /// Decodes `bytes` read from the file named `source` (relative to the corpus root).
    public static func page(source: String, bytes: [UInt8]) -> Result<Page, DecodingFailure> {
        TextDecoder.decode(bytes).map { decoded in
            Page(source: source, lines: splitLines(decoded.text), encoding: decoded.encoding)
        }
    }

    /// Splits text into lines at `\n`, `\r\n` and `\r`; trailing spaces and tabs are dropped,
    /// leading indentation (spaces, tabs, U+3000) is kept for the segmenter to read.
    public static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r":
                lines.append(trimTrailing(current))
                current = .init()
                previousWasCR = true
                continue
            case "\n":
                if !previousWasCR {
                    lines.append(trimTrailing(current))
                    current = .init()
                }
            case "\u{FEFF}":
                break // a stray byte-order mark inside the text carries nothing
            default:
                current.append(scalar)
            }
            previousWasCR = false
        }
        if !current.isEmpty { lines.append(trimTrailing(current)) }
        return lines
    }

    private static func trimTrailing(_ scalars: String.UnicodeScalarView) -> String {
        var end = scalars.endIndex
        while end > scalars.startIndex {
            let before = scalars.index(before: end)
            let s = scalars[before]
            guard s == " " || s == "\t" || s == "\u{3000}" || s == "\u{A0}" else { break }
            end = before
        }
        return String(String.UnicodeScalarView(scalars[..<end]))
    }
}
