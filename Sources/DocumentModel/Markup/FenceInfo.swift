/// What follows the colons of a fence that opens a block, in either of two spellings:
/// pandoc's attributes, `::: {.columns languages="tr ru"}`, `::: {.row #areas}`, `::: {lang=ru}`,
/// or the short form, a class word with arguments, `::: columns tr ru`, `::: row {#areas}`.
struct FenceInfo: Equatable, Sendable {
    var classes: [String] = []
    var id: String?
    var attributes: [String: String] = [:]
    /// Words after the class word in the short form (`tr ru` in `::: columns tr ru`).
    var words: [String] = []

    /// The block kind: the first class.
    var kind: String? { classes.first }

    /// Parses the info of an opening fence line; the message of a thrown error says what to fix.
    static func parse(_ line: Substring) throws(FenceInfoError) -> FenceInfo {
        var info = line.drop { $0 == ":" }
        while let last = info.last, last == ":" || last == " " || last == "\t" { info = info.dropLast() }
        info = info.trimmingSpaces
        var result = FenceInfo()
        var rest = info
        if !info.hasPrefix("{") {
            // Short form: words, optionally ending in an attribute block.
            var attrs: Substring = ""
            if let brace = info.firstIndex(of: "{") {
                attrs = info[brace...]
                rest = info[..<brace]
            }
            let words = rest.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            if let first = words.first { result.classes = [first] }
            result.words = Array(words.dropFirst())
            rest = attrs
            if rest.isEmpty { return result }
        }
        guard rest.first == "{", rest.last == "}" else {
            throw FenceInfoError(message: "attributes go in one pair of braces at the end, as in '::: {.row #areas}'")
        }
        try parseAttributes(rest.dropFirst().dropLast(), into: &result)
        return result
    }

    private static func parseAttributes(_ text: Substring, into result: inout FenceInfo) throws(FenceInfoError) {
        var scalars = text.unicodeScalars[...]
        func skipSpaces() { while let c = scalars.first, c == " " || c == "\t" { scalars.removeFirst() } }
        func word() -> String {
            var w = String()
            while let c = scalars.first, c != " ", c != "\t", c != "=" { w.unicodeScalars.append(c); scalars.removeFirst() }
            return w
        }
        skipSpaces()
        while let c = scalars.first {
            if c == "#" || c == "." {
                scalars.removeFirst()
                let w = word()
                guard !w.isEmpty else { throw FenceInfoError(message: "'\(c)' needs a name after it") }
                if c == "#" {
                    guard Markup.isValidID(w) else {
                        throw FenceInfoError(message: "invalid id '\(w)' — ids use letters, digits, '-', '_', '.' and ':' only")
                    }
                    result.id = w
                } else {
                    result.classes.append(w)
                }
            } else {
                let key = word()
                guard !key.isEmpty, scalars.first == "=" else {
                    throw FenceInfoError(message: "unexpected '\(key)' in the attributes — use #id, .class or key=value")
                }
                scalars.removeFirst()
                var value = String()
                if scalars.first == "\"" {
                    scalars.removeFirst()
                    while let v = scalars.first, v != "\"" { value.unicodeScalars.append(v); scalars.removeFirst() }
                    guard scalars.first == "\"" else { throw FenceInfoError(message: "unclosed '\"' in the attributes") }
                    scalars.removeFirst()
                } else {
                    value = word()
                }
                result.attributes[key] = value
            }
            skipSpaces()
        }
    }
}

struct FenceInfoError: Error {
    var message: String
}
