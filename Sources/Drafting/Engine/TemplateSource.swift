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
        guard text.contains("{#") else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var rest = Substring(text)
        while let range = rest.range(of: "{#") {
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
                contents[index - 1] = String(contents[index - 1].reversed().drop(while: isSpace).reversed())
            }
            if index + 1 < tokens.count, tokens[index + 1].kind == .text {
                let rest = contents[index + 1].drop(while: isSpace)
                contents[index + 1] = String(rest.first == "\n" ? rest.dropFirst() : rest)
            }
        }
        return tokens.enumerated().map { index, token in
            switch token.kind {
            case .text:
                return .text(value: contents[index].replacingOccurrences(of: idMarker, with: "{#"), at: token.sourceMap)
            case .variable:
                return .variable(value: token.contents + "|" + EscapeFilter.name, at: token.sourceMap)
            default:
                return token
            }
        }
    }
}

extension TemplateSource {
    /// What a scan of the template finds the way Stencil's lexer does: the line each token starts
    /// on (one entry per token Stencil makes) and the lines of tags never closed — Stencil drops
    /// everything after such a tag without a word.
    struct Scan {
        var tokenLines: [Int] = []
        var unclosed: [(line: Int, opener: String)] = []
    }

    static func scan(_ text: String) -> Scan {
        let scalars = Array(text.unicodeScalars)
        var result = Scan()
        var line = 1
        var position = 0
        /// Line numbers of every scalar position, advanced lazily.
        var counted = 0
        func lineAt(_ index: Int) -> Int {
            while counted < index {
                if scalars[counted] == "\n" { line += 1 }
                counted += 1
            }
            return line
        }
        let ends: [Unicode.Scalar: Unicode.Scalar] = ["{": "}", "%": "%", "#": "#"]
        while position < scalars.count {
            var start: Int?
            var index = position + 1
            while index < scalars.count {
                if scalars[index - 1] == "{", ends[scalars[index]] != nil { start = index - 1; break }
                index += 1
            }
            guard let tagStart = start else {
                result.tokenLines.append(lineAt(position))
                break
            }
            if tagStart > position { result.tokenLines.append(lineAt(position)) }
            let endChar = ends[scalars[tagStart + 1]]!
            var found = false
            var previous = false
            var cursor = tagStart
            while cursor < scalars.count {
                if previous && scalars[cursor] == "}" { found = true; break }
                previous = scalars[cursor] == endChar
                cursor += 1
            }
            let tagLine = lineAt(tagStart)
            result.tokenLines.append(tagLine)
            let opener = "{" + String(scalars[tagStart + 1])
            if !found {
                result.unclosed.append((tagLine, opener))
                break
            }
            // A `{{` closed only lines later is a `{{` left open on its own line.
            if opener == "{{", scalars[tagStart..<cursor].contains("\n") {
                result.unclosed.append((tagLine, opener))
            }
            position = cursor + 1
        }
        return result
    }

    static func tokenLines(_ text: String) -> [Int] { scan(text).tokenLines }
}
