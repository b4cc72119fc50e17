/// Escaping for the XML the writers build by appending to a `String`: hand-written because
/// the writers must stay under a millisecond per document, and because a value from the
/// agreement (a party named `<b>&`) must never change the markup.
///
/// Attribute values are always written in double quotes, so the apostrophe — in every other
/// Turkish word (KOSGEB'in, 92'ye) — is left as it is and the common text takes the fast path.
enum XMLEscaping {
    /// Whether `scalar` may appear in an XML 1.0 document at all. Control characters other than
    /// tab, LF and CR, and U+FFFE/U+FFFF, are dropped rather than producing a broken package.
    @inline(__always)
    static func isAllowed(_ v: UInt32) -> Bool {
        if v < 0x20 { return v == 0x9 || v == 0xA || v == 0xD }
        return v != 0xFFFE && v != 0xFFFF
    }

    /// What replaces the byte at `i` (and how many bytes it covers), or nil to keep it.
    @inline(__always)
    private static func replacement(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> (StaticString, Int)? {
        switch buf[i] {
        case 0x3C: return ("&lt;", 1)
        case 0x3E: return ("&gt;", 1)
        case 0x26: return ("&amp;", 1)
        case 0x22: return ("&quot;", 1)
        case 0x09: return ("&#x9;", 1)
        case 0x0A: return ("&#xA;", 1)
        case 0x0D: return ("&#xD;", 1)
        case 0..<0x20: return ("", 1)
        case 0xEF:
            // U+FFFE / U+FFFF are EF BF BE / EF BF BF.
            if i + 2 < buf.count, buf[i + 1] == 0xBF, buf[i + 2] >= 0xBE { return ("", 3) }
            return nil
        default: return nil
        }
    }

    /// Whether `s` can be appended verbatim (the common case, checked on UTF-8 bytes).
    static func isPlain(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { buf in
            for i in 0..<buf.count where replacement(buf, i) != nil { return false }
            return true
        }
    }

    /// Appends `s` escaped for element content or a double-quoted attribute value.
    static func append(_ s: String, to out: inout String) {
        var bytes = s
        let plain = bytes.withUTF8 { buf -> Bool in
            var start = 0, i = 0
            while i < buf.count {
                guard let (text, width) = replacement(buf, i) else { i += 1; continue }
                if i > start { out += String(decoding: UnsafeBufferPointer(rebasing: buf[start..<i]), as: UTF8.self) }
                text.withUTF8Buffer { out += String(decoding: $0, as: UTF8.self) }
                i += width
                start = i
            }
            if start == 0 { return true }
            if start < buf.count { out += String(decoding: UnsafeBufferPointer(rebasing: buf[start..<buf.count]), as: UTF8.self) }
            return false
        }
        if plain { out += s }
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
