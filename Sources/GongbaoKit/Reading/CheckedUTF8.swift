/// UTF-8 validated once, by a check shaped for newspaper text, and Strings made
/// from it without validating it again.
///
/// `String(decoding:as:)` validates each line as it copies it, one scalar at a
/// time through the standard library's general validator: about 12 instructions
/// a byte of Chinese text, the most of reading a page. This check takes the
/// three-byte sequences of CJK text, and runs of ASCII, a word at a time, and
/// `String(copying: UTF8Span)` then copies the bytes without a second look.
enum CheckedUTF8 {
    /// Whether `bytes` are well-formed UTF-8 (Unicode Table 3-7: no overlong forms,
    /// no surrogates, nothing above U+10FFFF; what `String(validating:)` accepts),
    /// and whether they are all ASCII.
    static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> (valid: Bool, isASCII: Bool) {
        guard let base = bytes.baseAddress else { return (true, true) }
        let n = bytes.count
        var i = 0
        var isASCII = true
        // Index arithmetic wraps: `i` stays below `n`, each step checked against it first.
        while i < n {
            // The two common cases a word at a time: runs of ASCII, and three-byte sequences
            // whose lead takes any continuation (`takesAnyContinuation`): eight ASCII bytes
            // or two such sequences from one 8-byte load, else four or one from a 4-byte load.
            if i &+ 8 <= n {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                if word & 0x8080_8080_8080_8080 == 0 {
                    i &+= 8
                    continue
                }
                if word & 0xC0C0_F0C0_C0F0 == 0x8080_E080_80E0,
                   takesAnyContinuation(UInt8(truncatingIfNeeded: word)),
                   takesAnyContinuation(UInt8(truncatingIfNeeded: word &>> 24)) {
                    isASCII = false
                    i &+= 6
                    continue
                }
            }
            if i &+ 4 <= n {
                let word = UInt32(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt32.self))
                if word & 0x8080_8080 == 0 {
                    i &+= 4
                    continue
                }
                if word & 0x00C0_C0F0 == 0x0080_80E0, takesAnyContinuation(UInt8(truncatingIfNeeded: word)) {
                    isASCII = false
                    i &+= 3
                    continue
                }
            }
            let b0 = base[i]
            if b0 < 0x80 {
                i &+= 1
                continue
            }
            isASCII = false
            if b0 & 0xF0 == 0xE0 {
                // Three bytes, nearly every character of a page: the second byte's range
                // excludes overlong forms (after E0) and surrogates (after ED).
                guard i &+ 2 < n else { return (false, false) }
                let b1 = base[i &+ 1]
                let low: UInt8 = b0 == 0xE0 ? 0xA0 : 0x80
                let high: UInt8 = b0 == 0xED ? 0x9F : 0xBF
                guard b1 >= low, b1 <= high, base[i &+ 2] & 0xC0 == 0x80 else { return (false, false) }
                i &+= 3
            } else if b0 < 0xE0 {
                // Two bytes (C2…DF; a continuation byte or C0, C1 here is invalid).
                guard b0 >= 0xC2, i &+ 1 < n, base[i &+ 1] & 0xC0 == 0x80 else { return (false, false) }
                i &+= 2
            } else {
                // Four bytes (F0…F4): the second byte's range excludes overlong forms
                // (after F0) and scalars above U+10FFFF (after F4).
                guard b0 <= 0xF4, i &+ 3 < n else { return (false, false) }
                let b1 = base[i &+ 1]
                let low: UInt8 = b0 == 0xF0 ? 0x90 : 0x80
                let high: UInt8 = b0 == 0xF4 ? 0x8F : 0xBF
                guard b1 >= low, b1 <= high, base[i &+ 2] & 0xC0 == 0x80, base[i &+ 3] & 0xC0 == 0x80 else {
                    return (false, false)
                }
                i &+= 4
            }
        }
        return (true, isASCII)
    }

    /// Whether the lead of a three-byte sequence (E0…EF) takes any continuation byte
    /// second: all but E0 (overlong forms) and ED (surrogates).
    @inline(__always)
    private static func takesAnyContinuation(_ lead: UInt8) -> Bool {
        lead != 0xE0 && lead != 0xED
    }

    /// A String holding `bytes`, copied without validating them again. The caller
    /// vouches for them: either `check` found them valid (with `isASCII` as it said),
    /// or they were encoded from `Unicode.Scalar`s, which cannot make invalid UTF-8
    /// (`ScalarText.string`). Anything else makes an invalid String.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> String {
        String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII))
    }
}
