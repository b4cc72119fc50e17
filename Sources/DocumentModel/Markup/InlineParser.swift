/// Parses the inline markup of one block — `**strong**`, `*emphasis*` or `_emphasis_`,
/// backslash escapes, and a backslash at the end of a line as a line break — in one pass over
/// the Unicode scalars. Lines of a paragraph are joined with a single space.
///
/// Delimiters nest by a simple stack rule, not CommonMark's flanking rules: a `*` closes the
/// innermost `*` emphasis, `**` closes the innermost strong text, `_` closes the innermost `_`
/// emphasis, anything else opens. So emphasis that holds strong text is written `_a **b** c_`.
struct InlineParser {
    let source: String

    private enum Delimiter: Equatable {
        case strong, star, underscore

        var markup: String {
            switch self {
            case .strong: "**"
            case .star: "*"
            case .underscore: "_"
            }
        }

        var unclosedMessage: String {
            switch self {
            case .strong: "unclosed '**' — close the strong text or escape the asterisks with a backslash"
            case .star: "unclosed '*' — close the emphasis or escape the asterisk with a backslash"
            case .underscore: "unclosed '_' — close the emphasis or escape the underscore with a backslash"
            }
        }
    }

    private struct Frame {
        var delimiter: Delimiter?
        var inlines: [Inline] = []
        var line: Int
        var column: Int
    }

    /// Parses the lines (already stripped of leading indentation) as one run of inlines.
    func parse(_ lines: [SourceLine]) throws -> [Inline] {
        var stack = [Frame(delimiter: nil, line: 0, column: 0)]
        var text = String()

        func flush() {
            if !text.isEmpty {
                stack[stack.count - 1].inlines.append(.text(text))
                text = String()
            }
        }
        func open(_ d: Delimiter, _ line: SourceLine, _ at: Substring.Index) {
            flush()
            stack.append(Frame(delimiter: d, line: line.number, column: line.column(of: at)))
        }
        func close() {
            flush()
            let frame = stack.removeLast()
            let inline: Inline = frame.delimiter == .strong ? .strong(frame.inlines) : .emphasis(frame.inlines)
            stack[stack.count - 1].inlines.append(inline)
        }
        func contains(_ d: Delimiter) -> Bool { stack.contains { $0.delimiter == d } }

        for (n, line) in lines.enumerated() {
            let content = SourceLine.trimRight(line.text)
            let scalars = content.unicodeScalars
            var i = scalars.startIndex
            var endedWithBreak = false
            while i < scalars.endIndex {
                let c = scalars[i]
                switch c {
                case "\\":
                    let next = scalars.index(after: i)
                    if next == scalars.endIndex {
                        flush()
                        stack[stack.count - 1].inlines.append(.lineBreak)
                        endedWithBreak = true
                        i = next
                    } else if Self.isEscapable(scalars[next]) {
                        text.unicodeScalars.append(scalars[next])
                        i = scalars.index(after: next)
                    } else {
                        text.unicodeScalars.append(c)
                        i = next
                    }
                case "*":
                    let next = scalars.index(after: i)
                    let run2 = next < scalars.endIndex && scalars[next] == "*"
                    let top = stack[stack.count - 1].delimiter
                    if top == .star {
                        close(); i = next
                    } else if top == .strong && run2 {
                        close(); i = scalars.index(after: next)
                    } else if run2 && !contains(.strong) {
                        open(.strong, line, i); i = scalars.index(after: next)
                    } else if !contains(.star) {
                        open(.star, line, i); i = next
                    } else {
                        throw MarkupError(source: source, line: line.number, column: line.column(of: i),
                                          message: "'*' cannot close emphasis here while '\(top?.markup ?? "")' is still open — close the inner one first, use '_' for nested emphasis, or escape the asterisk with a backslash")
                    }
                case "_":
                    let top = stack[stack.count - 1].delimiter
                    if top == .underscore {
                        close()
                    } else if contains(.underscore) {
                        throw MarkupError(source: source, line: line.number, column: line.column(of: i),
                                          message: "'_' cannot close emphasis here while '\(top?.markup ?? "")' is still open — close the inner one first or escape the underscore with a backslash")
                    } else {
                        open(.underscore, line, i)
                    }
                    i = scalars.index(after: i)
                default:
                    text.unicodeScalars.append(c)
                    i = scalars.index(after: i)
                }
            }
            if n < lines.count - 1 && !endedWithBreak { text.append(" ") }
        }
        flush()
        if stack.count > 1, let frame = stack.last, let d = frame.delimiter {
            throw MarkupError(source: source, line: frame.line, column: frame.column, message: d.unclosedMessage)
        }
        return stack[0].inlines
    }

    /// ASCII punctuation, space and tab may be escaped; a backslash before anything else is literal.
    static func isEscapable(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E, 0x20, 0x09: true
        default: false
        }
    }
}
