import Foundation
import Stencil

/// The engine's `{% for x in path %}` for templates without `{% break %}`/`{% continue %}`:
/// Stencil's `ForNode` for that plain form (same values, the same `forloop` scope and loop
/// variable pushed per item, `{% empty %}`), with the iterable resolved by `FastExpression` and
/// the body rendered without the loop-flag lookups after every node. Other forms (labels,
/// several loop variables, `where`) stay Stencil's; the template rewrite decides.
final class FastForNode: NodeType {
    static let tagName = "mou_for"

    let variable: String
    let iterable: FastExpression
    let nodes: [NodeType]
    let emptyNodes: [NodeType]
    /// As Stencil's: the token that ends the loop (`endfor` or `empty`).
    let token: Token?

    init(variable: String, iterable: FastExpression, nodes: [NodeType], emptyNodes: [NodeType], token: Token) {
        self.variable = variable
        self.iterable = iterable
        self.nodes = nodes
        self.emptyNodes = emptyNodes
        self.token = token
    }

    /// Whether a `for` tag's words are the plain form this node renders.
    static func isPlain(_ components: [String], filters: [String: FilterFunction]) -> Bool {
        components.count == 4 && components[0] == "for" && components[2] == "in"
            && !components[1].isEmpty && components[1].allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
            && FastExpression(components[3], filters: filters) != nil
    }

    static func parse(_ parser: TokenParser, token: Token, filters: [String: FilterFunction]) throws -> NodeType {
        var components = token.components
        components[0] = "for"
        guard isPlain(components, filters: filters), let iterable = FastExpression(components[3], filters: filters) else {
            throw TemplateSyntaxError("'for' statements should use the syntax: `for <x> in <y> [where <condition>]`.")
        }
        _ = try parser.compileResolvable(components[3], containedIn: token)
        let forNodes = try parser.parse(until(["endfor", "empty"]))
        guard let end = parser.nextToken() else {
            throw TemplateSyntaxError("`endfor` was not found.")
        }
        var emptyNodes: [NodeType] = []
        if end.contents == "empty" {
            emptyNodes = try parser.parse(until(["endfor"]))
            _ = parser.nextToken()
        }
        return FastForNode(variable: components[1], iterable: iterable, nodes: forNodes, emptyNodes: emptyNodes, token: end)
    }

    func render(_ context: Context) throws -> String {
        let values = Self.values(try iterable.evaluate(context))
        guard !values.isEmpty else {
            return try context.push { try renderNodesWithoutLoopControl(emptyNodes, context) }
        }
        let count = values.count
        // Labelled outer loops stay visible by their label, as in Stencil.
        var parentLoopContexts: [String: Any] = [:]
        if let outer = context["forloop"] as? [String: Any] {
            parentLoopContexts = outer.filter { _, value in
                let type = type(of: value)
                if type == Bool.self || type == Int.self || type == String.self { return false }
                return (value as? [String: Any])?["label"] != nil
            }
        }
        var result = ""
        for (index, item) in values.enumerated() {
            var forContext: [String: Any] = [
                "first": index == 0,
                "last": index == (count - 1),
                "counter": index + 1,
                "counter0": index,
                "length": count,
            ]
            if !parentLoopContexts.isEmpty { forContext.merge(parentLoopContexts) { lhs, _ in lhs } }
            result += try context.push(dictionary: ["forloop": forContext]) {
                try context.push(dictionary: try scope(for: item)) {
                    try renderNodesWithoutLoopControl(nodes, context)
                }
            }
        }
        return result
    }

    /// Stencil's loop-variable scope: a tuple gives its first member, anything else itself.
    private func scope(for item: Any) throws -> [String: Any] {
        let type = type(of: item)
        if type == TemplateObject.self || type == String.self || type == Int.self || type == Bool.self {
            return [variable: item]
        }
        let mirror = Mirror(reflecting: item)
        if case .tuple? = mirror.displayStyle {
            guard let first = mirror.children.first else {
                throw TemplateSyntaxError("Tuple '\(item)' has less values than loop variables")
            }
            return variable == "_" ? [:] : [variable: first.value]
        }
        return [variable: item]
    }

    /// Stencil's `ForNode.resolve`: the items of a list, the sorted pairs of a mapping, a range,
    /// the children of a struct, tuple or class; nothing otherwise.
    static func values(_ resolved: Any?) -> [Any] {
        guard let resolved else { return [] }
        if type(of: resolved) == [Any].self { return resolved as! [Any] }
        if type(of: resolved) == [TemplateObject].self { return (resolved as! [TemplateObject]).map { $0 as Any } }
        if let dictionary = resolved as? [String: Any], !dictionary.isEmpty {
            return dictionary.sorted { $0.key < $1.key }
        } else if let array = resolved as? [Any] {
            return array
        } else if let range = resolved as? CountableClosedRange<Int> {
            return Array(range)
        } else if let range = resolved as? CountableRange<Int> {
            return Array(range)
        }
        let mirror = Mirror(reflecting: resolved)
        switch mirror.displayStyle {
        case .struct, .tuple:
            return Array(mirror.children)
        case .class:
            var children = Array(mirror.children)
            var current: Mirror? = mirror
            while let superclass = current?.superclassMirror {
                children.append(contentsOf: superclass.children)
                current = superclass
            }
            return Array(children)
        default:
            return []
        }
    }
}
