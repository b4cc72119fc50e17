/// Text inside a block. Not `indirect`: nesting goes through arrays, which already box it,
/// and an indirect case cost a heap allocation per run of every document read.
public enum Inline: Equatable, Sendable {
    case text(String)
    case strong([Inline])
    case emphasis([Inline])
    case lineBreak
}

extension Inline {
    /// The plain text, with line breaks as "\n".
    public var plainText: String {
        switch self {
        case .text(let s): s
        case .strong(let xs), .emphasis(let xs): xs.plainText
        case .lineBreak: "\n"
        }
    }
}

extension Array where Element == Inline {
    /// The plain text of a run of inlines.
    public var plainText: String {
        // Most paragraphs read from a file are one run of text: no array of pieces to join.
        if count == 1, case .text(let s) = self[0] { return s }
        return map(\.plainText).joined()
    }
}
