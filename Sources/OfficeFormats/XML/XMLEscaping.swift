/// Escaping for the XML the writers build by appending to a `String`: hand-written because
/// the writers must stay under a millisecond per document, and because a value from the
/// agreement (a party named `<b>&`) must never change the markup.
enum XMLEscaping {
    /// Whether `scalar` may appear in an XML 1.0 document at all. Control characters other than
    /// tab, LF and CR, and U+FFFE/U+FFFF, are dropped rather than producing a broken package.
    @inline(__always)
    static func isAllowed(_ v: UInt32) -> Bool {
        if v < 0x20 { return v == 0x9 || v == 0xA || v == 0xD }
        return v != 0xFFFE && v != 0xFFFF
    }

    /// Whether `s` can be appended verbatim (the common case, checked on UTF-8 bytes).
    @inline(__always)
    static func isPlain(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { buf in
            var i = 0
            let n = buf.count
            while i < n {
                let b = buf[i]
                switch b {
                case 0x3C, 0x3E, 0x26, 0x22, 0x27: return false
                case 0..<0x20: return false
                case 0xEF:
                    // U+FFFE / U+FFFF are EF BF BE / EF BF BF.
                    if i + 2 < n, buf[i + 1] == 0xBF, buf[i + 2] >= 0xBE { return false }
                default: break
                }
                i += 1
            }
            return true
        }
    }

    /// Appends `s` escaped for element content or a double-quoted attribute value.
    static func append(_ s: String, to out: inout String) {
        if isPlain(s) { out += s; return }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out += "&#x\(String(scalar.value, radix: 16, uppercase: true));"
            default:
                if isAllowed(scalar.value) { out.unicodeScalars.append(scalar) }
            }
        }
    }

    /// `s` escaped, as a new string.
    static func escaped(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 8)
        append(s, to: &out)
        return out
    }

    /// `s` with the characters XML 1.0 forbids removed, nothing else changed.
    static func cleaned(_ s: String) -> String {
        if !s.unicodeScalars.contains(where: { !isAllowed($0.value) }) { return s }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: s.unicodeScalars.filter { isAllowed($0.value) })
        return String(out)
    }
}
