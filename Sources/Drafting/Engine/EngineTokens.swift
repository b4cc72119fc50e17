import Foundation
import Stencil

extension TemplateSource {
    /// What Stencil parses, worked out once per compiled template: each plain `{{ }}` as the
    /// engine's own `{% mou_var %}` (`FastExpression`). Without `{% break %}`/`{% continue %}`
    /// (or their context keys) nothing can stop a loop early, so every `{% if %}` becomes
    /// `{% mou_if %}` and every plain `{% for %}` `{% mou_for %}`, which render without
    /// looking for those flags after each node. The template's own `tokens` stay as they are
    /// for the name checks and the linter.
    struct EngineTokens {
        var tokens: [Token] = []
        /// The new tokens with the line of the token each replaces.
        var added: [(token: Token, line: Int)] = []
        var loopControl = false
    }

    static func engineTokens(_ tokens: [Token], lines: [Int], fastFilters: [String: FilterFunction]) -> EngineTokens {
        var result = EngineTokens()
        result.loopControl = tokens.contains { token in
            guard token.kind == .block || token.kind == .variable else { return false }
            let tag = token.components.first
            return tag == "break" || tag == "continue" || token.contents.contains("_internal_forloop_")
        }
        result.tokens.reserveCapacity(tokens.count)
        let suffix = "|" + EscapeFilter.name
        for (token, line) in zip(tokens, lines) {
            var replacement: Token?
            if token.kind == .block, !result.loopControl {
                if token.components.first == "if" {
                    replacement = .block(value: FastIfNode.tagWithoutLoopControl + token.contents.dropFirst(2), at: token.sourceMap)
                } else if FastForNode.isPlain(token.components, filters: fastFilters) {
                    replacement = .block(value: FastForNode.tagName + token.contents.dropFirst(3), at: token.sourceMap)
                }
            } else if token.kind == .variable, token.contents.hasSuffix(suffix) {
                let expression = String(token.contents.dropLast(suffix.count))
                if FastExpression(expression, filters: fastFilters) != nil {
                    replacement = .block(value: FastExpression.tagName + " " + expression, at: token.sourceMap)
                }
            }
            if let replacement {
                result.added.append((replacement, line))
                result.tokens.append(replacement)
            } else {
                result.tokens.append(token)
            }
        }
        return result
    }
}
