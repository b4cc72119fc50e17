/// Writes inlines as markup that `InlineParser` reads back to the same inlines: text is escaped
/// where it could start markup (always for `\ * _ ` { } # |`, at the start of a line also for
/// `- + > :` and a number followed by `.` or `)`), and whitespace a line would lose at its
/// start or end is escaped as `\ `.
struct MarkdownInlineWriter {
    /// In headings, table cells and signer lines a line break cannot be written; it becomes a space.
    let singleLine: Bool
    private(set) var out = String()
    /// True while nothing but opening delimiters stands on the current line.
    private var atLineStart = true

    private enum Delimiter { case strong, star, underscore }

    init(singleLine: Bool) { self.singleLine = singleLine }

    /// The markup for `inlines`; lines are separated by "\n" (after the trailing backslash).
    static func write(_ inlines: [Inline], singleLine: Bool = false) -> String {
        var writer = MarkdownInlineWriter(singleLine: singleLine)
        writer.write(inlines, ancestors: [], topLevel: true)
        if writer.out.hasSuffix("\n") { writer.out.removeLast() }
        return writer.out
    }

    private mutating func write(_ inlines: [Inline], ancestors: [Delimiter], topLevel: Bool) {
        for (k, inline) in inlines.enumerated() {
            switch inline {
            case .text(let s):
                let last = topLevel && (k == inlines.count - 1 || (singleLine && inlines[k + 1] == .lineBreak))
                writeText(s, escapeTrailing: last)
            case .strong(let content):
                out += "**"
                write(content, ancestors: ancestors + [.strong], topLevel: false)
                out += "**"
            case .emphasis(let content):
                // A `*` emphasis ends at the next `*`, so it cannot hold strong text, another `*`
                // emphasis or nothing at all, nor end in a line break (a line starting "*" is a
                // list item); then `_` is used.
                let starOK = Self.canUseStar(content, ancestorsHaveStar: ancestors.contains(.star))
                let d: Delimiter = starOK || ancestors.contains(.underscore) ? .star : .underscore
                let mark = d == .star ? "*" : "_"
                out += mark
                write(content, ancestors: ancestors + [d], topLevel: false)
                // A closing delimiter keeps `atLineStart`: after "*" at a line's start a space
                // must still be escaped, or "* b" would read as a list item.
                out += mark
            case .lineBreak:
                if singleLine {
                    out += " "
                    atLineStart = false
                } else {
                    out += "\\\n"
                    atLineStart = true
                }
            }
        }
    }

    static func canUseStar(_ content: [Inline], ancestorsHaveStar: Bool) -> Bool {
        !ancestorsHaveStar && !content.isEmpty && content.last != .lineBreak
            && !content.contains { if case .strong = $0 { true } else { false } }
    }

    private mutating func writeText(_ text: String, escapeTrailing: Bool) {
        // Text from outside the parser may hold line ends; in markup they would end the block,
        // so they become spaces (escaped like any space at a line's edge).
        let s = text.utf8.contains { $0 == 0x0A || $0 == 0x0D }
            ? String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
            : text
        let scalars = s.unicodeScalars
        guard !scalars.isEmpty else { return }
        let firstText = scalars.firstIndex { $0 != " " && $0 != "\t" } ?? scalars.endIndex
        let lastText = scalars.lastIndex { $0 != " " && $0 != "\t" }
        let digitsEnd = scalars.firstIndex { !("0"..."9").contains($0) } ?? scalars.endIndex
        var runStart = scalars.startIndex
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let c = scalars[i]
            let next = scalars.index(after: i)
            let escape: Bool
            switch c {
            case " ", "\t":
                escape = (atLineStart && i < firstText) || (escapeTrailing && (lastText.map { i > $0 } ?? true))
            case "\\", "*", "_", "`", "{", "}", "#", "|":
                escape = true
            case "-", "+", ">", ":":
                escape = atLineStart && i == scalars.startIndex
            case ".", ")":
                escape = atLineStart && i != scalars.startIndex && i == digitsEnd
                    && (next == scalars.endIndex || scalars[next] == " " || scalars[next] == "\t")
            default:
                escape = false
            }
            if escape {
                out.append(contentsOf: Substring(scalars[runStart..<i]))
                out.unicodeScalars.append("\\")
                runStart = i
            }
            i = next
        }
        out.append(contentsOf: Substring(scalars[runStart..<scalars.endIndex]))
        atLineStart = false
    }
}
