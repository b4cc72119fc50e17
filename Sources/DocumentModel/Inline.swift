/// Text inside a block.
public indirect enum Inline: Equatable, Sendable {
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
    public var plainText: String { map(\.plainText).joined() }
}
