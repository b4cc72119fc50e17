import DocumentModel
import Foundation
import Stencil

/// The filter the engine appends to every `{{ … }}`: what a value prints becomes markup text,
/// never structure. Numbers and booleans print as they are; an object printed whole is an error.
enum EscapeFilter {
    static let name = "mou_escape"

    static func apply(_ value: Any?) throws -> Any? {
        // Text first, by its exact type: a failed `as?` from `Any` costs ~1,000 instructions.
        if let value, type(of: value) == String.self { return Markup.escape(value as! String) }
        switch value {
        case nil:
            return ""
        case let text as String:
            return Markup.escape(text)
        case let number as Int:
            return String(number)
        case let flag as Bool:
            return flag ? "true" : "false"
        case let object as TemplateObject:
            throw TemplateSyntaxError("'\(object.path)' is a group of values, not text — print one of its members: \(object.memberNames.joined(separator: ", "))")
        case let list as [Any]:
            throw TemplateSyntaxError("a list of \(list.count) values cannot be printed as text — loop over it with {% for %}")
        case let other?:
            return Markup.escape(String(describing: other))
        }
    }
}
