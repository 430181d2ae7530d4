#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file's bytes could not be read as text.
public enum DecodingFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The bytes hold NUL bytes outside a UTF-16 file: a binary file.
    case binary
    /// Neither UTF-8, UTF-16 with a BOM nor GB18030 decodes the bytes.
    case undecodable

    public var description: String {
        switch self {
        case .binary: "binary data (NUL bytes)"
        case .undecodable: "not valid UTF-8, UTF-16 or GB18030 text"
        }
    }
}

/// Turns a file's bytes into text, detecting the encoding.
///
/// Order of tries: a BOM (UTF-8, UTF-16LE/BE) decides; else strict UTF-8;
/// else GB18030 (a superset of GBK and GB2312, which most Chinese archives use).
public enum TextDecoder {
    public static func decode(_ bytes: [UInt8]) -> Result<(text: String, encoding: TextEncoding), DecodingFailure> {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return utf8(bytes.dropFirst(3)).map { ($0, .utf8) }
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return utf16(bytes.dropFirst(2), littleEndian: true).map { ($0, .utf16LE) }
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return utf16(bytes.dropFirst(2), littleEndian: false).map { ($0, .utf16BE) }
        }
        if holdsNUL(bytes[...]) { return .failure(.binary) }
        if case .success(let text) = utf8(bytes[...], checkedForNUL: true) { return .success((text, .utf8)) }
        if let text = gb18030(bytes) { return .success((text, .gb18030)) }
        return .failure(.undecodable)
    }

    static func utf8(_ bytes: ArraySlice<UInt8>, checkedForNUL: Bool = false) -> Result<String, DecodingFailure> {
        if !checkedForNUL, holdsNUL(bytes) { return .failure(.binary) }
        guard let text = String(validating: bytes, as: UTF8.self) else { return .failure(.undecodable) }
        return .success(text)
    }

    /// Whether the bytes hold a NUL byte (searched with `memchr`, not byte by byte).
    static func holdsNUL(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return false }
            return memchr(base, 0, buffer.count) != nil
        }
    }

    static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> Result<String, DecodingFailure> {
        guard bytes.count % 2 == 0 else { return .failure(.undecodable) }
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        if units.contains(0) { return .failure(.binary) }
        guard let text = String(validating: units, as: UTF16.self) else { return .failure(.undecodable) }
        return .success(text)
    }

    /// Decodes GB18030 with the C library's iconv; `nil` when the bytes are not valid GB18030.
    static func gb18030(_ bytes: [UInt8]) -> String? {
        let cd = iconv_open("UTF-8", "GB18030")
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = bytes
        // UTF-8 needs at most 4 bytes for each GB18030 sequence of 1–4 bytes; 2× plus slack is plenty.
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                if r == -1 || inLeft != 0 { return nil }
                return outBuf.count - outLeft
            }
        }
        guard let written else { return nil }
        return String(validating: output[..<written], as: UTF8.self)
    }
}
