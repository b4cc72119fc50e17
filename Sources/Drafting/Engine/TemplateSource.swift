import Foundation
import Stencil

/// Prepares a template's tokens once per load:
/// - block ids `{#id}` of the markup would open a Stencil comment, so they are hidden from the
///   lexer and put back in the text tokens;
/// - a line holding only a `{% … %}` tag disappears with its newline (Jinja's trim/lstrip
///   blocks), so templates can put control tags on their own lines;
/// - every `{{ … }}` gets a final `|mou_escape`, so whatever a value prints stays text in the
///   markup (a party named `# **X** {#y}` cannot make a heading), while the grammar filters
///   before it see the raw name.
enum TemplateSource {
    /// A character that cannot occur in a template: stands for `{#` during lexing.
    static let idMarker = "\u{F8FF}\u{F8FE}"

    static func hideIds(_ text: String) -> String {
        guard idOpener(in: Substring(text)) != nil else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var rest = Substring(text)
        while let range = idOpener(in: rest) {
            out += rest[..<range.lowerBound]
            let after = rest[range.upperBound...]
            let id = after.prefix { $0.isLetter || $0.isNumber || "-_.:".contains($0) }
            if !id.isEmpty, after.dropFirst(id.count).first == "}" {
                out += idMarker
            } else {
                out += "{#"
            }
            rest = after
        }
        out += rest
        return out
    }

    /// The first `{#` in the text, found on the UTF-8 bytes (Foundation's `range(of:)` cost
    /// ~30 instructions a byte, a fifth of compiling a template).
    static func idOpener(in text: Substring) -> Range<String.Index>? {
        let bytes = text.utf8
        var index = bytes.startIndex
        while index != bytes.endIndex {
            if bytes[index] == UInt8(ascii: "{") {
                let next = bytes.index(after: index)
                if next != bytes.endIndex, bytes[next] == UInt8(ascii: "#") {
                    return index..<bytes.index(after: next)
                }
            }
            index = bytes.index(after: index)
        }
        return nil
    }

    /// `idMarker` turned back into `{#`; text without the marker's lead byte (no character of
    /// U+F000–U+FFFF) is returned as it is, without a Foundation search.
    static func restoreIds(_ text: String) -> String {
        guard text.utf8.contains(0xEF) else { return text }
        return text.replacingOccurrences(of: idMarker, with: "{#")
    }

    static func rewrite(_ tokens: [Token]) -> [Token] {
        let original: [String] = tokens.map(\.contents)
        var contents = original
        func isSpace(_ c: Character) -> Bool { c == " " || c == "\t" }
        // A block tag alone on its line: drop the spaces before it and the newline after it.
        // Decisions look at the original text; edits apply to the edited text.
        for (index, token) in tokens.enumerated() where token.kind == .block || token.kind == .comment {
            let atLineStart: Bool
            if index == 0 {
                atLineStart = true
            } else if tokens[index - 1].kind == .text {
                let lineStart = original[index - 1].reversed().drop(while: isSpace)
                atLineStart = lineStart.first == "\n" || (lineStart.isEmpty && index == 1)
            } else {
                atLineStart = false
            }
            let atLineEnd: Bool
            if index + 1 < tokens.count, tokens[index + 1].kind == .text {
                let rest = original[index + 1].drop(while: isSpace)
                atLineEnd = rest.first == "\n" || (rest.isEmpty && index + 2 == tokens.count)
            } else {
                atLineEnd = index + 1 == tokens.count
            }
            guard atLineStart, atLineEnd else { continue }
            if index > 0, tokens[index - 1].kind == .text {
                var text = contents[index - 1]
                while let last = text.last, isSpace(last) { text.removeLast() }
                contents[index - 1] = text
            }
            if index + 1 < tokens.count, tokens[index + 1].kind == .text {
                let rest = contents[index + 1].drop(while: isSpace)
                contents[index + 1] = String(rest.first == "\n" ? rest.dropFirst() : rest)
            }
        }
        return tokens.enumerated().map { index, token in
            switch token.kind {
            case .text:
                return .text(value: restoreIds(contents[index]), at: token.sourceMap)
            case .variable:
                return .variable(value: token.contents + "|" + EscapeFilter.name, at: token.sourceMap)
            default:
                return token
            }
        }
    }
}

extension TemplateSource {
    /// The tokens of a template as Stencil's lexer makes them, with the line each starts on
    /// and the tags never closed (Stencil drops everything after such a tag without a word).
    ///
    /// Our own pass over the text, because Stencil's lexer finds each line by searching the
    /// whole template for its text (quadratic, ~0.7 µs a byte, a third of a `mou draft` run)
    /// and gives a repeated line the first one's number. Tokens share one source map; their
    /// lines are kept beside them.
    struct Lexed {
        var tokens: [Token] = []
        var lines: [Int] = []
        var unclosed: [(line: Int, opener: String)] = []
    }

    static func lex(_ text: String, name: String) -> Lexed {
        let sourceMap = Template(templateString: "{{ x }}", name: name).tokens[0].sourceMap
        let scalars = Array(text.unicodeScalars)
        /// Where each scalar starts in `text` (and its end), so a token's text is one copy.
        var starts = Array(text.unicodeScalars.indices)
        starts.append(text.endIndex)
        var result = Lexed()
        var line = 1
        var counted = 0
        func lineAt(_ index: Int) -> Int {
            while counted < index {
                if scalars[counted] == "\n" { line += 1 }
                counted += 1
            }
            return line
        }
        func string(_ range: Range<Int>) -> String {
            String(text.unicodeScalars[starts[range.lowerBound]..<starts[range.upperBound]])
        }
        /// Leading and trailing U+0020 removed (as `trimmingCharacters(in: " ")`, without Foundation).
        func trimmingSpaces(_ line: Substring) -> String {
            let view = line.unicodeScalars
            guard let first = view.firstIndex(where: { $0 != " " }),
                  let last = view.lastIndex(where: { $0 != " " }) else { return "" }
            return String(view[first...last])
        }
        let ends: [Unicode.Scalar: Unicode.Scalar] = ["{": "}", "%": "%", "#": "#"]
        var position = 0
        while position < scalars.count {
            var start: Int?
            var index = position + 1
            while index < scalars.count {
                if scalars[index - 1] == "{", ends[scalars[index]] != nil { start = index - 1; break }
                index += 1
            }
            guard let tagStart = start else {
                result.lines.append(lineAt(position))
                result.tokens.append(.text(value: string(position..<scalars.count), at: sourceMap))
                break
            }
            if tagStart > position {
                result.lines.append(lineAt(position))
                result.tokens.append(.text(value: string(position..<tagStart), at: sourceMap))
            }
            let kind = scalars[tagStart + 1]
            let endChar = ends[kind]!
            var cursor = tagStart
            var previous = false
            var found = false
            while cursor < scalars.count {
                if previous && scalars[cursor] == "}" { found = true; break }
                previous = scalars[cursor] == endChar
                cursor += 1
            }
            let tagLine = lineAt(tagStart)
            let opener = "{" + String(kind)
            guard found else {
                // As Stencil: an empty text token, and the rest of the template is gone.
                result.unclosed.append((tagLine, opener))
                result.lines.append(tagLine)
                result.tokens.append(.text(value: "", at: sourceMap))
                break
            }
            if opener == "{{", scalars[tagStart...cursor].contains("\n") {
                result.unclosed.append((tagLine, opener))
            }
            var inner = (tagStart + 2)..<(cursor - 1)
            if kind == "%", let first = inner.first, inner.count > 0, scalars[first] == "-" || scalars[first] == "+" {
                inner = (first + 1)..<inner.upperBound
            }
            if kind == "%", inner.count > 0, scalars[inner.upperBound - 1] == "-" || scalars[inner.upperBound - 1] == "+" {
                inner = inner.lowerBound..<(inner.upperBound - 1)
            }
            let contents = string(inner).split(separator: "\n", omittingEmptySubsequences: true)
                .map(trimmingSpaces)
                .joined(separator: " ")
            result.lines.append(tagLine)
            switch kind {
            case "{": result.tokens.append(.variable(value: contents, at: sourceMap))
            case "%": result.tokens.append(.block(value: contents, at: sourceMap))
            default: result.tokens.append(.comment(value: contents, at: sourceMap))
            }
            position = cursor + 1
        }
        return result
    }
}
