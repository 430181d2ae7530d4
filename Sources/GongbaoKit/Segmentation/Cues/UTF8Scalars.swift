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
    /// Valid UTF-8 decodes only to scalar values, so the value is taken as a scalar as is:
    /// `Unicode.Scalar(_:)` would test it for a surrogate or an out-of-range value on every
    /// scalar of every cue (the test stays in the code even when its answer is unwrapped unchecked).
    @inline(__always)
    static func next(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Unicode.Scalar {
        unsafeBitCast(UTF8Codec.next(bytes, &i), to: Unicode.Scalar.self)
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

    /// Whether the scalar that ends before byte `end` is a unified ideograph (U+4E00–U+9FFF, the
    /// three bytes `E4 B8 80` to `E9 BF BF`), told from its lead byte without decoding it: in valid
    /// UTF-8 a lead byte `E4`–`E9` three bytes before a scalar boundary starts the scalar that ends there.
    @inline(__always)
    static func endsWithUnifiedIdeograph(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Bool {
        guard end >= 3 else { return false }
        let lead = bytes[end - 3]
        return (lead > 0xE4 && lead <= 0xE9) || (lead == 0xE4 && bytes[end - 2] >= 0xB8)
    }

    /// Whether the scalar that starts at byte `i` is a unified ideograph (U+4E00–U+9FFF), told
    /// from its first two bytes without decoding it (the forward twin of `endsWithUnifiedIdeograph`).
    @inline(__always)
    static func startsWithUnifiedIdeograph(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let lead = bytes[i]
        return (lead > 0xE4 && lead <= 0xE9) || (lead == 0xE4 && bytes[i + 1] >= 0xB8)
    }

    /// The unified ideograph that starts at byte `i` (where `startsWithUnifiedIdeograph` holds),
    /// decoded from its three bytes with no test of its lead; moves `i` past it. Most scalars
    /// of a line are such ideographs: a loop that tells them first decodes them here.
    @inline(__always)
    static func nextUnifiedIdeograph(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Unicode.Scalar {
        let value = UInt32(bytes[i] & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        i += 3
        return unsafeBitCast(value, to: Unicode.Scalar.self)
    }

    /// The bytes of `bytes` between its leading and trailing white space (`Punctuation.isSpace`).
    @inline(__always)
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var i = 0, end = bytes.count
        while end > 0 {
            var before = end
            guard Punctuation.isSpace(previous(bytes, &before)) else { break }
            end = before
        }
        while i < end {
            var after = i
            guard Punctuation.isSpace(next(bytes, &after)) else { break }
            i = after
        }
        return i..<end
    }
}
