import Foundation
import Linguistics
import Stencil

/// A filter as the engine calls it: Stencil's own form (value, arguments, render context).
typealias FilterFunction = (Any?, [Any?], Context) throws -> Any?

/// What one `{{ … }}` of a compiled template prints, worked out without Stencil's per-render
/// parsing: Stencil re-parses a variable's key path on every lookup and tries up to eight
/// `Any` casts per path component (a failed cast costs ~1,000 instructions), which was half of
/// drafting a document. The engine turns each plain `{{ path|filter:args }}` into the tag
/// `{% mou_var … %}` whose node resolves the pre-split path the way Stencil's `Variable` does
/// (same lookups in the same order, same results), calls the same filter closures, and ends
/// with the escape filter. Anything unusual (spaces, brackets, quotes inside arguments, a
/// filter the engine does not know) stays a Stencil variable.
struct FastExpression {
    /// A variable or a filter argument: a literal, or a path looked up in the context.
    enum Operand {
        case literal(Any?)
        case path([String])
    }

    let subject: Operand
    let filters: [(name: String, function: FilterFunction, arguments: [Operand])]

    static let tagName = "mou_var"

    /// The expression of a `{{ }}` (without the engine's escape suffix), or nil when it is not
    /// in the plain form this node reproduces exactly.
    init?(_ text: String, filters table: [String: FilterFunction]) {
        // No white space, no brackets, no backslash: Stencil's smart split and key-path parser
        // then split exactly where the plain splits below do.
        guard !text.isEmpty, !text.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0 == "[" || $0 == "]" || $0 == "\\" }),
              let parts = Self.split(text, on: "|"), let first = parts.first, let subject = Self.operand(first) else { return nil }
        var filters: [(name: String, function: FilterFunction, arguments: [Operand])] = []
        for part in parts.dropFirst() {
            guard let pieces = Self.split(part, on: ":"), pieces.count <= 2, let function = table[pieces[0]] else { return nil }
            var arguments: [Operand] = []
            if pieces.count == 2 {
                guard let items = Self.split(pieces[1], on: ",") else { return nil }
                for item in items {
                    guard let operand = Self.operand(item) else { return nil }
                    arguments.append(operand)
                }
            }
            filters.append((pieces[0], function, arguments))
        }
        self.subject = subject
        self.filters = filters
    }

    /// Splits outside quotes (as the name checker does); nil when a part is empty or a quote
    /// is left open: such a tag stays with Stencil.
    private static func split(_ text: String, on separator: Character) -> [String]? {
        let parts = VariableChecker.split(text, on: separator)
        guard !parts.contains(where: \.isEmpty), quotesClosed(text) else { return nil }
        return parts
    }

    private static func quotesClosed(_ text: String) -> Bool {
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            }
        }
        return quote == nil
    }

    /// As Stencil's `Variable`: a quoted text, an Int, a Float, a Bool, else a key path.
    private static func operand(_ text: String) -> Operand? {
        if text.count > 1, let open = text.first, open == "\"" || open == "'", text.last == open {
            let inner = text.dropFirst().dropLast()
            // A quote or separator inside would make Stencil's smart split differ from ours.
            guard !inner.contains(where: { "\"'|:,".contains($0) }) else { return nil }
            return .literal(String(inner))
        }
        if text.contains(where: { $0 == "\"" || $0 == "'" }) { return nil }
        if let int = Int(text) { return .literal(int) }
        if let number = Float(text) { return .literal(number) }
        if let bool = Bool(text) { return .literal(bool) }
        let bits = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard bits.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } }) else { return nil }
        return .path(bits)
    }

    func evaluate(_ context: Context) throws -> Any? {
        var value = try Self.resolve(subject, context)
        for filter in filters {
            let arguments = try filter.arguments.map { try Self.resolve($0, context) }
            value = try filter.function(value, arguments, context)
        }
        return value
    }

    static func resolve(_ operand: Operand, _ context: Context) throws -> Any? {
        switch operand {
        case .literal(let value): return value
        case .path(let bits): return try resolve(bits, context)
        }
    }

    /// Stencil's `Variable.resolve` for a key path, with the common value types recognised by
    /// their exact type first (a cheap metatype comparison) and everything else handed to a
    /// faithful copy of Stencil's chain of casts.
    static func resolve(_ bits: [String], _ context: Context) throws -> Any? {
        var current: Any? = context[bits[0]]
        var index = 1
        while true {
            guard let value = current else { return nil }
            let type = type(of: value)
            if !isPlainValue(type), type != [Any].self, type != [String: Any].self, type != [TemplateObject].self,
               let lazy = value as? LazyValueWrapper {
                current = try lazy.resolve(context)
                if current == nil { return nil }
            }
            guard index < bits.count else { break }
            current = member(bits[index], of: current!)
            index += 1
        }
        guard let value = current else { return nil }
        let type = type(of: value)
        if type == [Any].self || type == [String: Any].self || type == [TemplateObject].self { return normalize(value) }
        if isPlainValue(type) { return value }
        if let resolvable = value as? Resolvable {
            return normalize(try resolvable.resolve(context))
        } else if let node = value as? NodeType {
            return normalize(try node.render(context))
        }
        return normalize(value)
    }

    /// The types of the context's values that are none of Stencil's special kinds (lazy
    /// value, resolvable, node, list or mapping to normalise): Stencil's casts for those
    /// always fail, so they are skipped.
    static func isPlainValue(_ type: Any.Type) -> Bool {
        type == String.self || type == TemplateObject.self || type == Int.self || type == Bool.self
            || type == ArticleCounter.self || type == CalendarDate.self || type == Double.self || type == Float.self
    }

    /// One path component of a value, as Stencil's `Variable.resolve(bit:context:)`.
    static func member(_ bit: String, of value: Any) -> Any? {
        let type = type(of: value)
        if type == TemplateObject.self {
            return (value as! TemplateObject)[dynamicMember: bit]
        }
        if type == [Any].self {
            return element(bit, of: value as! [Any])
        }
        if type == [TemplateObject].self {
            return element(bit, of: (value as! [TemplateObject]).map { $0 as Any })
        }
        if type == [String: Any].self {
            let dictionary = value as! [String: Any]
            return bit == "count" ? dictionary.count : normalize(dictionary[bit])
        }
        if type == ArticleCounter.self {
            return (value as! ArticleCounter)[dynamicMember: bit]
        }
        // Stencil's own order of casts, for every other value.
        let normalized = normalize(value)
        if let context = normalized as? Context {
            return context[bit]
        } else if let dictionary = normalized as? [String: Any] {
            return bit == "count" ? dictionary.count : dictionary[bit]
        } else if let array = normalized as? [Any] {
            return element(bit, of: array)
        } else if let string = normalized as? String {
            return element(bit, of: string)
        } else if normalized is NSObject {
            return nil
        } else if let object = normalized as? DynamicMemberLookup {
            return object[dynamicMember: bit]
        } else if let normalized {
            return Mirror(reflecting: normalized).value(for: bit)
        }
        return nil
    }

    private static func element<C: Collection>(_ bit: String, of collection: C) -> Any? {
        if let index = Int(bit) {
            guard index >= 0 && index < collection.count else { return nil }
            return collection[collection.index(collection.startIndex, offsetBy: index)]
        } else if bit == "first" {
            return collection.first
        } else if bit == "last" {
            return collection[collection.index(collection.endIndex, offsetBy: -1)]
        } else if bit == "count" {
            return collection.count
        }
        return nil
    }

    /// Stencil's `normalize`: arrays as `[Any]`, dictionaries as `[String: Any]` all the way down.
    static func normalize(_ value: Any?) -> Any? {
        guard let value else { return nil }
        let type = type(of: value)
        // `[Any]` maps to itself; a list of objects (the parties) becomes `[Any]`, as Stencil's does.
        if isPlainValue(type) || type == [Any].self { return value }
        if type == [TemplateObject].self { return (value as! [TemplateObject]).map { $0 as Any } }
        if let array = value as? [Any] { return array.map { $0 as Any } }
        if let dictionary = value as? [AnyHashable: Any] {
            var normalized: [String: Any] = [:]
            for (key, item) in dictionary {
                if let key = key.base as? String {
                    normalized[key] = normalize(item)
                } else if let key = key.base as? CustomStringConvertible {
                    normalized[key.description] = normalize(item)
                }
            }
            return normalized
        }
        return value
    }
}

extension Mirror {
    /// Stencil's reflection lookup: a child by label or index, then the superclass.
    fileprivate func value(for key: String) -> Any? {
        let result = descendant(key) ?? Int(key).flatMap { descendant($0) }
        if result == nil {
            return superclassMirror?.value(for: key)
        }
        return result
    }
}

/// The node of one `{% mou_var … %}`: the expression's value through the escape filter.
final class FastVariableNode: NodeType {
    let expression: FastExpression
    let token: Token?

    init(expression: FastExpression, token: Token) {
        self.expression = expression
        self.token = token
    }

    func render(_ context: Context) throws -> String {
        let value = try EscapeFilter.apply(try expression.evaluate(context))
        if let value, type(of: value) == String.self { return value as! String }
        return Self.stringify(value)
    }

    /// Stencil's `stringify`, for completeness (the escape filter always returns text).
    static func stringify(_ result: Any?) -> String {
        if let result = result as? String {
            return result
        } else if let array = result as? [Any?] {
            return array.map { $0 ?? "nil" as Any }.description
        } else if let result = result as? CustomStringConvertible {
            return result.description
        } else if let result = result as? NSObject {
            return result.description
        }
        return ""
    }
}
