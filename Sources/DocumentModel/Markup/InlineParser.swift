/// Parses the inline markup of one block — `**strong**`, `*emphasis*` or `_emphasis_`,
/// backslash escapes, and a backslash at the end of a line as a line break — in one pass over
/// the Unicode scalars. Lines of a paragraph are joined with a single space.
///
/// Delimiters nest by a simple stack rule, not CommonMark's flanking rules: a `*` closes the
/// innermost `*` emphasis, `**` closes the innermost strong text, `_` closes the innermost `_`
/// emphasis, anything else opens. So emphasis that holds strong text is written `_a **b** c_`.
struct InlineParser {
    let source: String
    /// nil: strict. Otherwise problems are collected and unmatched delimiters stay literal text.
    var problems: ProblemList? = nil

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
    /// Lenient parsing reads markup that parses strictly exactly as strict parsing does; only
    /// when that fails does it treat spaced delimiters ("5 * 3") as text and recover.
    func parse(_ lines: [SourceLine]) throws -> [Inline] {
        guard problems != nil else { return try parse(lines, lenient: false) }
        if let strict = try? InlineParser(source: source).parse(lines, lenient: false) { return strict }
        return try parse(lines, lenient: true)
    }

    private func parse(_ lines: [SourceLine], lenient: Bool) throws -> [Inline] {
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
                case "*" where lenient && Self.isSpaced(scalars, i),
                     "_" where lenient && Self.isSpaced(scalars, i):
                    // Lenient: a run with space on both sides, as in "5 * 3", is no delimiter.
                    var j = i
                    while j < scalars.endIndex, scalars[j] == c { j = scalars.index(after: j) }
                    text.append(contentsOf: Substring(scalars[i..<j]))
                    i = j
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
                        try problem(MarkupError(source: source, line: line.number, column: line.column(of: i),
                                                message: "'*' cannot close emphasis here while '\(top?.markup ?? "")' is still open — close the inner one first, use '_' for nested emphasis, or escape the asterisk with a backslash"))
                        text.append("*")
                        i = next
                    }
                case "_":
                    let top = stack[stack.count - 1].delimiter
                    if top == .underscore {
                        close()
                    } else if contains(.underscore) {
                        try problem(MarkupError(source: source, line: line.number, column: line.column(of: i),
                                                message: "'_' cannot close emphasis here while '\(top?.markup ?? "")' is still open — close the inner one first or escape the underscore with a backslash"))
                        text.append("_")
                    } else {
                        open(.underscore, line, i)
                    }
                    i = scalars.index(after: i)
                default:
                    // Copy the run up to the next scalar that means something in one append.
                    var j = scalars.index(after: i)
                    while j < scalars.endIndex {
                        let d = scalars[j]
                        if d == "\\" || d == "*" || d == "_" { break }
                        j = scalars.index(after: j)
                    }
                    text.append(contentsOf: Substring(scalars[i..<j]))
                    i = j
                }
            }
            if n < lines.count - 1 && !endedWithBreak { text.append(" ") }
        }
        flush()
        if stack.count > 1, let frame = stack.last, let d = frame.delimiter {
            try problem(MarkupError(source: source, line: frame.line, column: frame.column, message: d.unclosedMessage))
        }
        // Lenient: an unclosed delimiter is the literal text it was.
        while stack.count > 1 {
            let frame = stack.removeLast()
            var inlines = stack[stack.count - 1].inlines
            Self.appendMerging(&inlines, .text(frame.delimiter?.markup ?? ""))
            for inline in frame.inlines { Self.appendMerging(&inlines, inline) }
            stack[stack.count - 1].inlines = inlines
        }
        return stack[0].inlines
    }

    /// Whether the run of `scalars[i]` has whitespace (or the line's edge) on both sides.
    private static func isSpaced(_ scalars: Substring.UnicodeScalarView, _ i: Substring.Index) -> Bool {
        let c = scalars[i]
        var j = i
        while j < scalars.endIndex, scalars[j] == c { j = scalars.index(after: j) }
        let before = i > scalars.startIndex ? scalars[scalars.index(before: i)] : " "
        let after = j < scalars.endIndex ? scalars[j] : " "
        return (before == " " || before == "\t") && (after == " " || after == "\t")
    }

    private func problem(_ error: MarkupError) throws {
        guard let problems else { throw error }
        problems.items.append(error)
    }

    /// Appends, joining adjacent text as the strict parser's output always is.
    private static func appendMerging(_ inlines: inout [Inline], _ inline: Inline) {
        if case .text(let b) = inline, case .text(let a)? = inlines.last {
            inlines[inlines.count - 1] = .text(a + b)
        } else {
            inlines.append(inline)
        }
    }

    /// ASCII punctuation, space and tab may be escaped; a backslash before anything else is literal.
    static func isEscapable(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E, 0x20, 0x09: true
        default: false
        }
    }
}
