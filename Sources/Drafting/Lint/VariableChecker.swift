import Foundation
import Stencil

/// Checks every name a template uses — in `{{ }}`, in `{% if %}`/`{% for %}` and in filter
/// arguments — against a context, before anything is rendered: Stencil alone prints an unknown
/// name as empty text. Also reports unknown filters with their line (Stencil finds those only
/// when it parses). A name whose value is absent (a party without a contact) is fine.
struct VariableChecker {
    let engine: TemplateEngine
    let template: CompiledTemplate
    let context: [String: Any]
    /// Names that exist at the top level even when the context leaves them out (no value).
    let topLevelNames: Set<String>

    /// Stands for a value the checker cannot know (an element of an empty list).
    private struct Unknowable {}

    private static let forloop = TemplateObject(path: "forloop", fields: [
        "counter": 1, "counter0": 0, "first": true, "last": true, "length": 1,
    ], recorder: nil)
    /// Stencil's own tags.
    private static let tags: Set<String> = ["for", "endfor", "empty", "break", "continue", "if", "elif", "else", "endif",
                                            "ifnot", "filter", "endfilter", "include", "extends", "block", "endblock", "now"]
    private static let operators: Set<String> = ["and", "or", "not", "in", "==", "!=", "<", ">", "<=", ">="]

    /// One thing to check, found once per template (see `plan`): a name path, a loop that
    /// opens a scope, the end of a loop, or a problem that needs no context (a filter or tag
    /// Stencil does not know).
    enum Step {
        case path([String], line: Int)
        case loop(names: [String], iterable: [String], line: Int)
        case endLoop
        case problem(String, line: Int)
    }

    /// The steps of a template, in order; context-free, so computed once per compiled template.
    static func plan(_ template: CompiledTemplate, engine: TemplateEngine) -> [Step] {
        var steps: [Step] = []
        for token in template.tokens {
            let line = template.line(of: token)
            if template.unclosed.contains(where: { $0.line == line }) { continue }
            func expression(_ text: String, skipOperand: Bool = false) {
                let bits = split(text, on: "|").map(trimmed)
                guard let operand = bits.first else { return }
                if !skipOperand, let path = path(operand) { steps.append(.path(path, line: line)) }
                for bit in bits.dropFirst() {
                    let parts = split(bit, on: ":")
                    let name = trimmed(parts[0])
                    if name != EscapeFilter.name, !engine.hasFilter(name) {
                        steps.append(.problem(unknownFilter(name), line: line))
                    }
                    guard parts.count > 1 else { continue }
                    for argument in split(parts.dropFirst().joined(separator: ":"), on: ",") {
                        if let path = path(trimmed(argument)) { steps.append(.path(path, line: line)) }
                    }
                }
            }
            switch token.kind {
            case .variable:
                expression(token.contents)
            case .block:
                let words = split(token.contents, on: " ").filter { !$0.isEmpty }
                guard let tag = words.first else { continue }
                switch tag {
                case "for":
                    guard let inIndex = words.firstIndex(of: "in"), inIndex + 1 < words.count else { continue }
                    let names = words[1..<inIndex].joined().split(separator: ",").map(String.init)
                    let iterable = words[inIndex + 1]
                    expression(iterable, skipOperand: true)
                    steps.append(.loop(names: names, iterable: path(split(iterable, on: "|")[0]) ?? [], line: line))
                    if let whereIndex = words.firstIndex(of: "where") {
                        for word in words[(whereIndex + 1)...] where !operators.contains(word) { expression(word) }
                    }
                case "endfor":
                    steps.append(.endLoop)
                case "if", "elif", "ifnot":
                    for word in words.dropFirst() where !operators.contains(word) { expression(word) }
                case "filter":
                    for name in words.dropFirst().joined().split(separator: "|") {
                        let filter = split(String(name), on: ":")[0]
                        if !engine.hasFilter(filter) { steps.append(.problem(unknownFilter(filter), line: line)) }
                    }
                case _ where !tags.contains(tag):
                    steps.append(.problem("unknown tag '\(tag)' — MoU templates use for/endfor, if/elif/else/endif and filter/endfilter", line: line))
                default:
                    continue
                }
            default:
                continue
            }
        }
        return steps
    }

    func problems() -> [TemplateProblem] {
        var problems: [TemplateProblem] = []
        var scopes: [[String: Any]] = []
        for step in template.checkPlan(engine: engine) {
            switch step {
            case .problem(let message, let line):
                problems.append(TemplateProblem(origin: template.origin, line: line, message: message))
            case .path(let path, let line):
                _ = resolve(path, scopes: scopes) { problems.append(TemplateProblem(origin: template.origin, line: line, message: $0)) }
            case .loop(let names, let iterable, let line):
                let value = iterable.isEmpty ? nil : resolve(iterable, scopes: scopes) {
                    problems.append(TemplateProblem(origin: template.origin, line: line, message: $0))
                }
                var element: Any = Unknowable()
                if let value, type(of: value) == [Any].self {
                    if let first = (value as! [Any]).first { element = first }
                } else if let list = value as? [Any], let first = list.first {
                    element = first
                }
                var scope: [String: Any] = ["forloop": Self.forloop]
                for name in names { scope[name] = element }
                scopes.append(scope)
            case .endLoop:
                if !scopes.isEmpty { scopes.removeLast() }
            }
        }
        return problems
    }

    private static func unknownFilter(_ name: String) -> String {
        "unknown filter '\(name)' — see docs/grammar-filters.md for the grammar filters (tr_genitive, spell, date, count, by_gender, …)"
    }

    /// The components of a name path, or nil for a literal (quoted text, number, true/false).
    private static func path(_ text: String) -> [String]? {
        guard let first = text.first else { return nil }
        if first == "\"" || first == "'" || first.isNumber || first == "-" || text == "true" || text == "false" { return nil }
        return text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    /// The value a path names in the context (nil when absent), reporting a name the context
    /// does not have.
    private func resolve(_ bits: [String], scopes: [[String: Any]], report: (String) -> Void) -> Any? {
        // Messages (and the joined paths in them) are built only when something is reported,
        // and the common values are recognised by exact type before any `as?` cast: this runs
        // for every name of a template on every render.
        func path() -> String { bits.joined(separator: ".") }
        var current: Any?
        if let scoped = scopes.reversed().first(where: { $0[bits[0]] != nil }) {
            current = scoped[bits[0]]
        } else if let value = context[bits[0]] {
            current = value
        } else if topLevelNames.contains(bits[0]) {
            return nil
        } else {
            let known = (Set(context.keys).union(topLevelNames).union(scopes.flatMap(\.keys))).sorted()
            report("unknown variable '\(path())' — the agreement has no '\(bits[0])'; known here: \(known.joined(separator: ", "))")
            return nil
        }
        for offset in bits.indices.dropFirst() {
            let bit = bits[offset]
            func walked() -> String { bits[..<offset].joined(separator: ".") }
            guard let value = current else { return nil }
            let type = type(of: value)
            if type == TemplateObject.self {
                let object = value as! TemplateObject
                // One lookup: a member with no value is `.some(nil)`, an unknown one `nil`.
                guard let member = object.fields[bit] else {
                    report("unknown variable '\(path())' — '\(walked())' has no '\(bit)'; it has: \(object.memberNames.joined(separator: ", "))")
                    return nil
                }
                current = member
                continue
            }
            if type == String.self {
                guard ["count", "first", "last"].contains(bit) else {
                    report("unknown variable '\(path())' — '\(walked())' is text and has no '\(bit)'")
                    return nil
                }
                return nil
            }
            switch value {
            case is Unknowable:
                return nil
            case is ArticleCounter:
                guard ArticleCounter.memberNames.contains(bit) else {
                    report("unknown variable '\(path())' — 'numbering' has only: \(ArticleCounter.memberNames.joined(separator: ", "))")
                    return nil
                }
                current = 1
            case let list as [Any]:
                switch bit {
                case "count": current = list.count
                case "first": current = list.first
                case "last": current = list.last
                default:
                    if let index = Int(bit) {
                        current = list.indices.contains(index) ? list[index] : nil
                    } else {
                        report("unknown variable '\(path())' — '\(walked())' is a list: use count, first, last or an index")
                        return nil
                    }
                }
            case is String:
                guard ["count", "first", "last"].contains(bit) else {
                    report("unknown variable '\(path())' — '\(walked())' is text and has no '\(bit)'")
                    return nil
                }
                return nil
            default:
                let child = Mirror(reflecting: value).children.first { $0.label == bit }
                guard let child else {
                    report("unknown variable '\(path())' — '\(walked())' has no '\(bit)'")
                    return nil
                }
                current = child.value
            }
        }
        return current
    }

    /// Splits on a separator outside double or single quotes.
    /// `trimmingCharacters(in: .whitespaces)` (Zs and tab) without Foundation, which cost a
    /// third of working out a template's check plan.
    static func trimmed(_ text: String) -> String {
        func isBlank(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
        }
        let view = text.unicodeScalars
        guard let first = view.firstIndex(where: { !isBlank($0) }),
              let last = view.lastIndex(where: { !isBlank($0) }) else { return "" }
        if first == view.startIndex && view.index(after: last) == view.endIndex { return text }
        return String(view[first...last])
    }

    static func split(_ text: String, on separator: Character) -> [String] {
        // ASCII text (nearly every tag) split as bytes: the same parts, a tenth of the work.
        if let sep = separator.asciiValue, text.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = Array(text.utf8)
            var parts: [String] = []
            var start = 0
            var quote: UInt8 = 0
            for (i, b) in bytes.enumerated() {
                if quote != 0 {
                    if b == quote { quote = 0 }
                } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                    quote = b
                } else if b == sep {
                    parts.append(String(decoding: bytes[start..<i], as: UTF8.self))
                    start = i + 1
                }
            }
            parts.append(String(decoding: bytes[start...], as: UTF8.self))
            return parts
        }
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil }
                current.append(character)
            } else if character == "\"" || character == "'" {
                quote = character
                current.append(character)
            } else if character == separator {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts
    }
}
