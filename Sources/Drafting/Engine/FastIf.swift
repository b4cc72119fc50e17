import Foundation
import Stencil

/// The engine's `{% if %}`: Stencil's `IfNode` (same parsing, same branches, the same scope
/// pushed around a branch), with each condition of the plain forms — `x`, `not x`, `x OP y`
/// for `== != > >= < <=` over plain values — evaluated without Stencil's casts: its truth test
/// tries up to twenty `as?` casts on a value (an object reaches the number casts), which was a
/// sixth of drafting. Any other condition keeps Stencil's compiled expression. Registered
/// under `if`, so it takes the place of Stencil's tag (extensions are asked before the built-ins).
final class FastIfNode: NodeType {
    enum Condition {
        case fast(FastCondition)
        case stencil(any Stencil.Expression)
    }

    let branches: [(condition: Condition?, nodes: [NodeType])]
    let token: Token?
    /// False in a template without `{% break %}`/`{% continue %}`: then no node can set the
    /// flags Stencil looks up after every node (two context lookups each), so a branch renders
    /// its nodes without them (see `renderNodesWithoutLoopControl`).
    let loopControl: Bool

    /// `mou_if`: the tag `if` becomes in a template without loop control.
    static let tagWithoutLoopControl = "mou_if"

    init(branches: [(condition: Condition?, nodes: [NodeType])], token: Token, loopControl: Bool) {
        self.branches = branches
        self.token = token
        self.loopControl = loopControl
    }

    /// As Stencil's `IfNode.parse`, step for step (so errors and their tokens are the same).
    static func parse(_ parser: TokenParser, token: Token, filters: [String: FilterFunction],
                      loopControl: Bool) throws -> NodeType {
        func condition(of token: Token) throws -> Condition {
            var components = token.components
            components.removeFirst()
            let expression = try parser.compileExpression(components: components, token: token)
            if let fast = FastCondition(components, filters: filters) { return .fast(fast) }
            return .stencil(expression)
        }
        let first = try condition(of: token)
        var branches: [(condition: Condition?, nodes: [NodeType])] = [
            (first, try parser.parse(until(["endif", "elif", "else"]))),
        ]
        var nextToken = parser.nextToken()
        while let current = nextToken, current.contents.hasPrefix("elif") {
            let condition = try condition(of: current)
            let nodes = try parser.parse(until(["endif", "elif", "else"]))
            nextToken = parser.nextToken()
            branches.append((condition, nodes))
        }
        if let current = nextToken, current.contents == "else" {
            branches.append((nil, try parser.parse(until(["endif"]))))
            nextToken = parser.nextToken()
        }
        guard let current = nextToken, current.contents == "endif" else {
            throw TemplateSyntaxError("`endif` was not found.")
        }
        return FastIfNode(branches: branches, token: token, loopControl: loopControl)
    }

    func render(_ context: Context) throws -> String {
        for branch in branches {
            if let condition = branch.condition {
                let truthy: Bool
                switch condition {
                case .fast(let fast): truthy = try fast.evaluate(context)
                case .stencil(let expression): truthy = try expression.evaluate(context: context)
                }
                if !truthy { continue }
            }
            if loopControl {
                return try context.push { try renderNodes(branch.nodes, context) }
            }
            return try context.push { try renderNodesWithoutLoopControl(branch.nodes, context) }
        }
        return ""
    }
}

/// Stencil's `renderNodes` without the break/continue lookups after each node, for templates
/// that have neither tag; errors get the node's token as Stencil gives them.
func renderNodesWithoutLoopControl(_ nodes: [NodeType], _ context: Context) throws -> String {
    var result = ""
    for node in nodes {
        do {
            result += try node.render(context)
        } catch let error as TemplateSyntaxError {
            throw TemplateSyntaxError(reason: error.reason, token: error.token ?? node.token, stackTrace: error.stackTrace)
        } catch {
            throw TemplateSyntaxError(reason: "\(error)", token: node.token)
        }
    }
    return result
}

/// A condition of a plain form, evaluated as Stencil's expressions evaluate it.
struct FastCondition {
    enum Comparison: String {
        case equal = "==", notEqual = "!=", more = ">", moreOrEqual = ">=", less = "<", lessOrEqual = "<="
    }

    enum Form {
        case truth(FastExpression)
        case not(FastExpression)
        case compare(FastExpression, Comparison, FastExpression)
    }

    let form: Form

    private static let operators: Set<String> = ["not", "and", "or", "in", "==", "!=", ">", ">=", "<", "<="]

    init?(_ components: [String], filters: [String: FilterFunction]) {
        func operand(_ text: String) -> FastExpression? {
            guard !Self.operators.contains(text) else { return nil }
            return FastExpression(text, filters: filters)
        }
        switch components.count {
        case 1:
            guard let value = operand(components[0]) else { return nil }
            form = .truth(value)
        case 2:
            guard components[0] == "not", let value = operand(components[1]) else { return nil }
            form = .not(value)
        case 3:
            guard let comparison = Comparison(rawValue: components[1]),
                  let lhs = operand(components[0]), let rhs = operand(components[2]) else { return nil }
            form = .compare(lhs, comparison, rhs)
        default:
            return nil
        }
    }

    func evaluate(_ context: Context) throws -> Bool {
        switch form {
        case .truth(let value):
            return Self.truthy(try value.evaluate(context))
        case .not(let value):
            return !Self.truthy(try value.evaluate(context))
        case .compare(let lhs, let comparison, let rhs):
            let left = try lhs.evaluate(context)
            let right = try rhs.evaluate(context)
            switch comparison {
            case .equal: return Self.equal(left, right)
            case .notEqual: return !Self.equal(left, right)
            default:
                guard let left, let right, let a = Self.number(left), let b = Self.number(right) else { return false }
                switch comparison {
                case .more: return a > b
                case .moreOrEqual: return a >= b
                case .less: return a < b
                default: return a <= b
                }
            }
        }
    }

    /// Stencil's `VariableExpression.evaluate`: non-empty lists, mappings and text, true,
    /// positive numbers and any other value are true.
    static func truthy(_ result: Any?) -> Bool {
        guard let result else { return false }
        let type = type(of: result)
        if type == String.self { return !(result as! String).isEmpty }
        if type == Bool.self { return result as! Bool }
        if type == Int.self { return (result as! Int) > 0 }
        if type == TemplateObject.self || type == ArticleCounter.self { return true }
        if type == [Any].self { return !(result as! [Any]).isEmpty }
        if type == [String: Any].self { return !(result as! [String: Any]).isEmpty }
        if let list = result as? [Any] {
            return !list.isEmpty
        } else if let mapping = result as? [String: Any] {
            return !mapping.isEmpty
        } else if let flag = result as? Bool {
            return flag
        } else if let text = result as? String {
            return !text.isEmpty
        } else if let number = number(result) {
            return number > 0
        }
        return true
    }

    /// Stencil's `EqualityExpression`: numbers, then texts, then booleans; two nils are equal.
    static func equal(_ lhs: Any?, _ rhs: Any?) -> Bool {
        guard let lhs, let rhs else { return lhs == nil && rhs == nil }
        if let a = number(lhs), let b = number(rhs) { return a == b }
        if let a = lhs as? String, let b = rhs as? String { return a == b }
        if let a = lhs as? Bool, let b = rhs as? Bool { return a == b }
        return false
    }

    /// Stencil's `toNumber` (a `Float`), with the common types recognised by their exact type.
    static func number(_ value: Any) -> Float? {
        let type = type(of: value)
        if type == Int.self { return Float(value as! Int) }
        if type == String.self || type == Bool.self || type == TemplateObject.self { return nil }
        if let value = value as? Float { return value }
        if let value = value as? Double { return Float(value) }
        if let value = value as? UInt { return Float(value) }
        if let value = value as? Int { return Float(value) }
        if let value = value as? Int8 { return Float(value) }
        if let value = value as? Int16 { return Float(value) }
        if let value = value as? Int32 { return Float(value) }
        if let value = value as? Int64 { return Float(value) }
        if let value = value as? UInt8 { return Float(value) }
        if let value = value as? UInt16 { return Float(value) }
        if let value = value as? UInt32 { return Float(value) }
        if let value = value as? UInt64 { return Float(value) }
        return nil
    }
}
