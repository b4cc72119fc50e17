/// One line of markup with where it came from, so every error can point at a line and column
/// even after list items and fenced blocks have stripped their indentation.
struct SourceLine: Sendable {
    /// The line's text without the newline (and without a trailing carriage return).
    var text: Substring
    /// 1-based line number in the source.
    var number: Int
    /// 1-based column of `text.startIndex` in the original line.
    var column: Int

    /// Splits on LF in one pass over the UTF-8 bytes (CRLF and lone LF both end a line).
    static func split(_ text: String) -> [SourceLine] {
        var result: [SourceLine] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var number = 1
        var i = start
        while i != utf8.endIndex {
            if utf8[i] == UInt8(ascii: "\n") {
                result.append(SourceLine(text: Self.dropCR(Substring(utf8[start..<i])), number: number, column: 1))
                number += 1
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if start != utf8.endIndex || result.isEmpty {
            result.append(SourceLine(text: Self.dropCR(Substring(utf8[start..<utf8.endIndex])), number: number, column: 1))
        }
        return result
    }

    private static func dropCR(_ s: Substring) -> Substring {
        s.utf8.last == UInt8(ascii: "\r") ? s.dropLast() : s
    }

    /// True when the line holds only spaces and tabs.
    var isBlank: Bool { text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 } }

    /// The indentation in columns (a tab counts as four).
    var indent: Int {
        var n = 0
        for b in text.utf8 {
            if b == 0x20 { n += 1 } else if b == 0x09 { n += 4 } else { break }
        }
        return n
    }

    /// The line with up to `columns` columns of leading whitespace removed.
    func droppingIndent(_ columns: Int) -> SourceLine {
        var n = 0
        var i = text.startIndex
        var dropped = 0
        while i < text.endIndex, n < columns {
            let c = text.utf8[i]
            if c == 0x20 { n += 1 } else if c == 0x09 { n += 4 } else { break }
            i = text.utf8.index(after: i)
            dropped += 1
        }
        return SourceLine(text: text[i...], number: number, column: column + dropped)
    }

    /// The line without any leading whitespace.
    var strippedLeft: SourceLine { droppingIndent(Int.max) }

    /// The text without trailing spaces and tabs — except that a space escaped by a backslash
    /// (`\ `) keeps one space, so the escape is not turned into a line break.
    var trimmedRight: Substring { Self.trimRight(text) }

    static func trimRight(_ text: Substring) -> Substring {
        let utf8 = text.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex {
            let before = utf8.index(before: end)
            let c = utf8[before]
            if c == 0x20 || c == 0x09 { end = before } else { break }
        }
        if end == utf8.endIndex { return text }
        var backslashes = 0
        var j = end
        while j > utf8.startIndex {
            let before = utf8.index(before: j)
            if utf8[before] == UInt8(ascii: "\\") { backslashes += 1; j = before } else { break }
        }
        if backslashes % 2 == 1 { end = utf8.index(after: end) }
        return text[text.startIndex..<end]
    }

    /// The 1-based column of `index` inside `text`, counted in characters.
    func column(of index: Substring.Index) -> Int {
        column + text[text.startIndex..<index].count
    }
}
