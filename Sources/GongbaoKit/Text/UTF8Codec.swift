/// UTF-8 encoding and decoding of Unicode scalars done straight on bytes, for the
/// scanners that work on scalar arrays: Swift's generic paths (appending to a
/// `String.UnicodeScalarView`, `Array(string.unicodeScalars)`) cost many times more.
/// Input to `decode` and `next` must be valid UTF-8, as a native `String`'s bytes are.
enum UTF8Codec {
    /// Writes the UTF-8 of `scalars` into `buffer` (room for four bytes a scalar) and
    /// returns how many bytes it wrote.
    @inline(__always)
    static func encode<C: Collection<Unicode.Scalar>>(_ scalars: C, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var n = 0
        for s in scalars {
            let v = s.value
            if v < 0x80 {
                buffer[n] = UInt8(v)
                n += 1
            } else if v < 0x800 {
                buffer[n] = UInt8(0xC0 | v >> 6)
                buffer[n + 1] = UInt8(0x80 | v & 0x3F)
                n += 2
            } else if v < 0x10000 {
                buffer[n] = UInt8(0xE0 | v >> 12)
                buffer[n + 1] = UInt8(0x80 | (v >> 6) & 0x3F)
                buffer[n + 2] = UInt8(0x80 | v & 0x3F)
                n += 3
            } else {
                buffer[n] = UInt8(0xF0 | v >> 18)
                buffer[n + 1] = UInt8(0x80 | (v >> 12) & 0x3F)
                buffer[n + 2] = UInt8(0x80 | (v >> 6) & 0x3F)
                buffer[n + 3] = UInt8(0x80 | v & 0x3F)
                n += 4
            }
        }
        return n
    }

    /// The value of the scalar that starts at byte `i` of the valid UTF-8 `bytes`;
    /// moves `i` past it. The one decoding step every loop here is made of. After
    /// ASCII, three-byte sequences (CJK ideographs and punctuation) are tested first:
    /// in Chinese text they are nearly all the rest. Valid UTF-8 never ends inside a
    /// sequence, so the index arithmetic cannot overflow and wraps unchecked (`&+`):
    /// it runs once per character in every stage that decodes.
    @inline(__always)
    static func next(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> UInt32 {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 {
            i &+= 1
            return b0
        }
        let b1 = UInt32(bytes[i &+ 1] & 0x3F)
        if b0 &- 0xE0 < 0x10 {
            let value = (b0 & 0x0F) << 12 | b1 << 6 | UInt32(bytes[i &+ 2] & 0x3F)
            i &+= 3
            return value
        } else if b0 < 0xE0 {
            i &+= 2
            return (b0 & 0x1F) << 6 | b1
        } else {
            let value = (b0 & 0x07) << 18 | b1 << 12
                | UInt32(bytes[i &+ 2] & 0x3F) << 6 | UInt32(bytes[i &+ 3] & 0x3F)
            i &+= 4
            return value
        }
    }

    /// The scalars of `string`, decoded straight from its UTF-8 (a native `String` holds
    /// valid UTF-8) into a temporary buffer, then copied into an array of the right size.
    ///
    /// The copy is cheaper than it looks: an array made with uninitialised capacity goes
    /// through the standard library's unspecialised allocation, which looks up the storage
    /// type's generic metadata every time (about 430 instructions on Linux), while a copy of a
    /// buffer is specialised here and allocates directly. This is called for thousands of
    /// short names an archive.
    static func scalars(of string: String) -> [Unicode.Scalar] {
        var string = string
        return string.withUTF8 { utf8 in
            guard !utf8.isEmpty else { return [] }
            return withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: utf8.count) { buffer in
                let count = decode(utf8, into: buffer.baseAddress!)
                return Array(UnsafeBufferPointer(rebasing: buffer[..<count]))
            }
        }
    }

    /// Decodes the valid UTF-8 `bytes` into `output` (room for one scalar a byte) and returns
    /// how many scalars it wrote. A plain loop, with no closure called per scalar.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutablePointer<Unicode.Scalar>) -> Int {
        var i = 0, n = 0
        while i < bytes.count {
            // Valid UTF-8 holds only scalar values.
            output[n] = unsafeBitCast(next(bytes, &i), to: Unicode.Scalar.self)
            n &+= 1
        }
        return n
    }
}
