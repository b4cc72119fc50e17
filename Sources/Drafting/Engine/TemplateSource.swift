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
