import Foundation

/// A markup syntax error: where it is (1-based line and column in `source`) and what to do.
/// Templates are edited by people who do not read Swift, so the message names the fix.
public struct MarkupError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// The file or template the text came from, such as `templates/mou/tr.md`.
    public var source: String
    public var line: Int
    public var column: Int
    /// What is wrong and how to fix it, without the location.
    public var message: String

    public init(source: String, line: Int, column: Int, message: String) {
        self.source = source
        self.line = line
        self.column = column
        self.message = message
    }

    /// `tr.md:12:5: unclosed '**' — close the strong text or escape the asterisks with a backslash`
    public var description: String { "\(source):\(line):\(column): \(message)" }
    public var errorDescription: String? { description }
}
