/// A place in a source file, 1-based, as editors count it.
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    /// The file as the user named it (or a label such as `<stdin>`).
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `agreement.yaml:12:5`, the form editors and terminals turn into a link.
    public var description: String { "\(file):\(line):\(column)" }
}

/// An error in an agreement file: where it is, which key, what is wrong and what to do.
/// Its description is one line: `FILE:LINE:COLUMN: key.path: what — what to do`.
public struct AgreementError: Error, Sendable, Equatable, CustomStringConvertible {
    public var location: SourceLocation
    /// The key path in the file (`parties[1].name.ru`); empty for the document as a whole.
    public var path: String
    /// What is wrong and what to do, separated by ` — `.
    public var message: String

    public init(location: SourceLocation, path: String, message: String) {
        self.location = location
        self.path = path
        self.message = message
    }

    public var description: String {
        path.isEmpty ? "\(location): \(message)" : "\(location): \(path): \(message)"
    }
}
