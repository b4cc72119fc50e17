import Linguistics

/// The optional metadata block at the very start of a markup file, pandoc's YAML style kept to
/// what `Metadata` holds, so a document written to Markdown reads back with its metadata:
///
///     ---
///     title: "Mutabakat Zaptı"
///     subject: "KOSGEB–RSMB"
///     creator: "MoUKit"
///     languages: [tr, ru]
///     created: "2021-10-01T10:00:00Z"
///     ---
///
/// Values are JSON-style double-quoted strings (a bare value is taken as is).
struct FrontMatter: Equatable, Sendable {
    var title: String?
    var subject: String?
    var creator: String?
    var languages: [Language]?
    var created: String?

    func apply(to metadata: inout Metadata) {
        if let title { metadata.title = title }
        if let subject { metadata.subject = subject }
        if let creator { metadata.creator = creator }
        if let languages { metadata.languages = languages }
        if let created { metadata.created = created }
    }

    /// Parses from the opening `---` to the closing `---`; returns the lines after it.
    static func parse(_ lines: ArraySlice<SourceLine>, source: String) throws -> (FrontMatter, ArraySlice<SourceLine>) {
        var front = FrontMatter()
        let open = lines[lines.startIndex]
        var i = lines.startIndex + 1
        while i < lines.endIndex {
            let line = lines[i]
            let text = SourceLine.trimRight(line.text)
            if text == "---" || text == "..." { return (front, lines[(i + 1)...]) }
            if line.isBlank { i += 1; continue }
            guard let colon = text.firstIndex(of: ":") else {
                throw MarkupError(source: source, line: line.number, column: line.column,
                                  message: "front matter lines read 'key: value' — add the colon or close the front matter with '---'")
            }
            let key = text[..<colon].trimmingSpaces
            let rawValue = text[text.index(after: colon)...].trimmingSpaces
            let valueColumn = line.column(of: rawValue.startIndex)
            func fail(_ message: String) -> MarkupError {
                MarkupError(source: source, line: line.number, column: valueColumn, message: message)
            }
            switch key {
            case "title": front.title = try unquote(rawValue, fail)
            case "subject": front.subject = try unquote(rawValue, fail)
            case "creator": front.creator = try unquote(rawValue, fail)
            case "created": front.created = try unquote(rawValue, fail)
            case "languages", "lang":
                var list = rawValue
                if list.first == "[" && list.last == "]" { list = list.dropFirst().dropLast() }
                var langs: [Language] = []
                for code in list.split(separator: ",").map(\.trimmingSpaces) where !code.isEmpty {
                    guard let lang = Language(code: String(code)) else {
                        throw fail("unknown language '\(code)' — use tr, ru or en")
                    }
                    langs.append(lang)
                }
                front.languages = langs
            default:
                throw MarkupError(source: source, line: line.number, column: line.column,
                                  message: "unknown front matter key '\(key)' — use title, subject, creator, languages or created")
            }
            i += 1
        }
        throw MarkupError(source: source, line: open.number, column: open.column,
                          message: "unclosed front matter — end it with a line '---'")
    }

    /// A JSON-style double-quoted string, or a bare value as is.
    static func unquote(_ value: Substring, _ fail: (String) -> MarkupError) throws -> String {
        guard value.first == "\"" else { return String(value) }
        guard value.count >= 2, value.last == "\"" else { throw fail("unclosed '\"' — end the value with a double quote") }
        var result = String()
        var scalars = value.unicodeScalars.dropFirst().dropLast()[...]
        while let c = scalars.popFirst() {
            guard c == "\\" else { result.unicodeScalars.append(c); continue }
            guard let e = scalars.popFirst() else { throw fail("a backslash ends the value — escape it as \\\\") }
            switch e {
            case "n": result.append("\n")
            case "t": result.append("\t")
            case "r": result.append("\r")
            case "u":
                let hex = String(String.UnicodeScalarView(scalars.prefix(4)))
                guard hex.count == 4, let v = UInt32(hex, radix: 16), let u = Unicode.Scalar(v) else {
                    throw fail("'\\u' needs four hex digits naming a character")
                }
                scalars = scalars.dropFirst(4)
                result.unicodeScalars.append(u)
            default: result.unicodeScalars.append(e)
            }
        }
        return result
    }

    /// Quotes a value so `unquote` gives it back.
    static func quote(_ value: String) -> String {
        var out = "\""
        for c in value.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if c.value < 0x20 || c.value == 0x7F {
                    let hex = String(c.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "\""
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return s
    }
}
