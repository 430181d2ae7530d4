/// Reads a String's scalars straight from its UTF-8 bytes, forwards or backwards, for the
/// cues' quick tests: stepping through `unicodeScalars` validates every index and costs
/// several times more. A String's bytes are valid UTF-8, so no step here checks them.
enum UTF8Scalars {
    /// Calls `body` with the UTF-8 bytes of `text` (in place for a native String).
    @inline(__always)
    static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return copy.withUTF8(body)
    }

    /// The scalar that starts at byte `i`; moves `i` past it.
    @inline(__always)
    static func next(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Unicode.Scalar {
        let b0 = UInt32(bytes[i])
        let value: UInt32
        if b0 < 0x80 {
            value = b0
            i += 1
        } else if b0 < 0xE0 {
            value = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
            i += 2
        } else if b0 < 0xF0 {
            value = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            i += 3
        } else {
            value = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
            i += 4
        }
        return Unicode.Scalar(value).unsafelyUnwrapped
    }

    /// The scalar that ends before byte `end`; moves `end` back to its first byte.
    @inline(__always)
    static func previous(_ bytes: UnsafeBufferPointer<UInt8>, _ end: inout Int) -> Unicode.Scalar {
        var start = end - 1
        while bytes[start] & 0xC0 == 0x80 { start -= 1 }
        var i = start
        end = start
        return next(bytes, &i)
    }
}
