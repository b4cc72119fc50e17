import Foundation

/// A problem found while loading, checking or rendering a template: where it is (the template's
/// origin and line) and what to do about it, in one line.
public struct TemplateProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// A real path or `built-in:templates/mou/tr.md`.
    public var origin: String
    /// 1-based; 0 when the problem concerns the whole file.
    public var line: Int
    public var message: String

    public init(origin: String, line: Int, message: String) {
        self.origin = origin
        self.line = line
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(origin):\(line): \(message)" : "\(origin): \(message)"
    }
}

/// Errors of drafting that are not tied to one template line.
public enum DraftingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A template or locale file exists neither in the override folder nor built in.
    case missingResource(String)
    /// A locale file is not the YAML shape expected.
    case badLocale(origin: String, message: String)
    /// One or more template problems (lint or render).
    case template([TemplateProblem])
    /// A language version's markup did not parse.
    case markup(origin: String, message: String)

    public var description: String {
        switch self {
        case .missingResource(let path):
            "\(path): no such template or locale file — add it to the --templates folder or drop the option to use the built-in one"
        case .badLocale(let origin, let message):
            "\(origin): \(message)"
        case .template(let problems):
            problems.map(\.description).joined(separator: "; ")
        case .markup(let origin, let message):
            "\(origin): the rendered text is not valid markup: \(message)"
        }
    }
}
