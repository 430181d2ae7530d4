/// Reads the compact gazetteer format written by `Sources/GongbaoKit/Resources/build_gazetteer.py`.
///
/// One node a line, depth-first: `<depth><code digits after the parent's><name>[flag]`.
/// The depth (`0`–`3`) is the node's depth in the tree; its parent is the
/// nearest preceding line one level shallower. The total count of significant
/// code digits (parent's plus the line's) gives the level: 2 province,
/// 4 prefecture, 6 county, 9 township. Flags: `~` abolished, `?` unofficial.
/// Lines starting with `#` are comments.
enum GazetteerFile {
    struct FormatError: Error, CustomStringConvertible {
        var line: Int
        var reason: String
        var description: String { "gazetteer line \(line): \(reason)" }
    }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws -> GazetteerNodes {
        var nodes = GazetteerNodes()
        let estimate = bytes.count / 14  // the bundled file runs to about 15.6 bytes a line
        nodes.codes.reserveCapacity(estimate)
        nodes.names.reserveCapacity(names: estimate, bytes: bytes.count)
        nodes.levels.reserveCapacity(estimate)
        nodes.statuses.reserveCapacity(estimate)
        nodes.parents.reserveCapacity(estimate)
        nodes.indexByCode = GazetteerCodeIndex(capacity: estimate)
        nodes.nameScalars.reserveCapacity(bytes.count / 3)
        nodes.nameScalarStarts.reserveCapacity(estimate + 1)

        // Per depth: index of the open node, its significant digits and their count.
        var openIndex = [Int](repeating: -1, count: 4)
        var openDigits = [UInt64](repeating: 0, count: 4)
        var openDigitCount = [Int](repeating: 0, count: 4)
        var lineNumber = 0
        var pos = 0
        let n = bytes.count

        while pos < n {
            lineNumber += 1
            var end = pos
            while end < n && bytes[end] != 0x0A { end += 1 }
            defer { pos = end + 1 }
            var last = end
            if last > pos && bytes[last - 1] == 0x0D { last -= 1 }
            if last == pos || bytes[pos] == UInt8(ascii: "#") { continue }

            let depthByte = bytes[pos]
            guard depthByte >= UInt8(ascii: "0"), depthByte <= UInt8(ascii: "3") else {
                throw FormatError(line: lineNumber, reason: "expected a depth 0-3")
            }
            let depth = Int(depthByte - UInt8(ascii: "0"))
            var digits: UInt64 = depth == 0 ? 0 : openDigits[depth - 1]
            var digitCount = depth == 0 ? 0 : openDigitCount[depth - 1]
            let parent = depth == 0 ? -1 : openIndex[depth - 1]
            if depth > 0 && parent < 0 {
                throw FormatError(line: lineNumber, reason: "no parent at depth \(depth - 1)")
            }
            var i = pos + 1
            while i < last, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                digits = digits * 10 + UInt64(bytes[i] - 0x30)
                digitCount += 1
                i += 1
            }
            let level: RegionLevel
            switch digitCount {
            case 2: level = .province
            case 4: level = .prefecture
            case 6: level = .county
            case 9: level = .township
            default: throw FormatError(line: lineNumber, reason: "\(digitCount) code digits")
            }
            var status = RegionStatus.current
            var nameEnd = last
            if nameEnd > i {
                switch bytes[nameEnd - 1] {
                case UInt8(ascii: "~"): status = .abolished; nameEnd -= 1
                case UInt8(ascii: "?"): status = .unofficial; nameEnd -= 1
                default: break
                }
            }
            guard nameEnd > i else { throw FormatError(line: lineNumber, reason: "no name") }
            let nameBytes = UnsafeBufferPointer(rebasing: bytes[i..<nameEnd])
            appendScalars(of: nameBytes, to: &nodes.nameScalars)
            nodes.nameScalarStarts.append(Int32(nodes.nameScalars.count))
            var code = digits
            for _ in digitCount..<12 { code *= 10 }

            let index = nodes.codes.count
            nodes.codes.append(code)
            nodes.names.append(nameBytes)
            nodes.levels.append(level)
            nodes.statuses.append(status)
            nodes.parents.append(Int32(parent))
            if depth == 0 { nodes.roots.append(index) }
            if !nodes.indexByCode.insert(code, Int32(index)) {
                throw FormatError(line: lineNumber, reason: "duplicate code \(code)")
            }

            openIndex[depth] = index
            openDigits[depth] = digits
            openDigitCount[depth] = digitCount
            for d in (depth + 1)..<4 { openIndex[d] = -1 }
        }

        let names = nodes.names
        nodes.nameIndex = Lazy { GazetteerNameIndex(names: names) }

        // Subtree ends: in depth-first order a subtree runs until the next node
        // that is not a descendant; compute by closing nodes from the back.
        let count = nodes.codes.count
        nodes.subtreeEnds = [Int32](repeating: Int32(count), count: count)
        var stack: [Int] = []
        for i in 0..<count {
            let p = Int(nodes.parents[i])
            while let top = stack.last, top != p {
                nodes.subtreeEnds[top] = Int32(i)
                stack.removeLast()
            }
            stack.append(i)
        }
        return nodes
    }

    /// Decodes a name's UTF-8 bytes; a name that is not valid UTF-8 takes the
    /// scalars of its repaired string, as `String(decoding:)` made it.
    private static func appendScalars(of bytes: UnsafeBufferPointer<UInt8>, to scalars: inout [Unicode.Scalar]) {
        let mark = scalars.count
        var i = 0
        let n = bytes.count
        while i < n {
            let b = UInt32(bytes[i])
            // Most names are CJK ideographs: a lead byte E4–E9 and two continuation bytes make
            // U+4000–U+9FFF, never overlong nor a surrogate, so the general checks below are moot.
            if b >= 0xE4 && b <= 0xE9, i + 2 < n, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80 {
                let v = (b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                scalars.append(unsafeBitCast(v, to: Unicode.Scalar.self))
                i += 3
                continue
            }
            var v: UInt32
            var width: Int
            if b < 0x80 { v = b; width = 1 }
            else if b & 0xE0 == 0xC0 { v = b & 0x1F; width = 2 }
            else if b & 0xF0 == 0xE0 { v = b & 0x0F; width = 3 }
            else if b & 0xF8 == 0xF0 { v = b & 0x07; width = 4 }
            else { break }
            guard i + width <= n else { break }
            var ok = true
            for k in 1..<width {
                let c = UInt32(bytes[i + k])
                if c & 0xC0 != 0x80 { ok = false; break }
                v = v << 6 | (c & 0x3F)
            }
            // Overlong forms and surrogates are invalid too.
            let minimum: UInt32 = width == 1 ? 0 : width == 2 ? 0x80 : width == 3 ? 0x800 : 0x10000
            guard ok, v >= minimum, let scalar = Unicode.Scalar(v) else { break }
            scalars.append(scalar)
            i += width
        }
        if i < n {
            scalars.removeLast(scalars.count - mark)
            scalars.append(contentsOf: String(decoding: bytes, as: UTF8.self).unicodeScalars)
        }
    }
}
