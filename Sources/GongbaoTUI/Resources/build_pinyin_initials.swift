// Builds pinyin-initials.txt for the pickers, so that typing `gss` finds 甘肃省
// without an input method:
//
//   line 1: the first letter of the Mandarin reading of every CJK Unified
//           Ideograph U+4E00…U+9FFF, one ASCII byte per code point in order
//           ('.' where ICU knows no reading);
//   line 2: other initials of common characters with several readings, as
//           pairs <character><letters> (长c: 长沙 cs as well as 长大 zd).
//
// Line 1 is ICU's Han-Latin transliteration (the most common reading of each
// character); line 2 is the list below. Run from this folder:
//   swift build_pinyin_initials.swift > pinyin-initials.txt
import Foundation

var out = ""
out.reserveCapacity(0xA000 - 0x4E00 + 1)
for code in UInt32(0x4E00)...UInt32(0x9FFF) {
    let ch = String(Character(Unicode.Scalar(code)!))
    let latin = ch.applyingTransform(.mandarinToLatin, reverse: false)?
        .applyingTransform(.stripDiacritics, reverse: false)?.lowercased() ?? ""
    if let first = latin.unicodeScalars.first, ("a"..."z").contains(first), latin != ch {
        out.unicodeScalars.append(first)
    } else {
        out += "."
    }
}
print(out)

// Characters of place and personal names whose other reading starts with
// another letter (the first reading is ICU's).
let alternates: [(Character, String)] = [
    ("长", "c"), ("重", "c"), ("行", "hx"), ("朝", "cz"), ("藏", "cz"), ("乐", "ly"), ("传", "cz"),
    ("调", "dt"), ("单", "scd"), ("曾", "cz"), ("解", "jx"), ("厦", "sx"), ("都", "d"), ("番", "fp"),
    ("车", "jc"), ("柏", "b"), ("沈", "s"), ("尉", "wy"), ("区", "qo"), ("仇", "qc"),
    ("朴", "p"), ("查", "cz"), ("盖", "g"), ("缪", "m"), ("翟", "dz"), ("石", "sd"), ("洪", "h"),
    ("乘", "cs"), ("大", "dt"), ("圳", "z"), ("蚌", "b"), ("六", "l"), ("阿", "ae"), ("繁", "fp"),
]
print(alternates.map { "\($0.0)\($0.1)" }.joined())
