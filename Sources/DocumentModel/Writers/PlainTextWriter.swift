import Linguistics

/// Writes readable plain text: the title underlined with `=`, articles with `-`, paragraphs
/// wrapped at `width` characters, lists numbered with hanging indents, tables as padded
/// columns, signatures one after another with a line to sign on, a page break as a form feed
/// (U+000C) on a line of its own.
///
/// Side by side is written version after version — each column in full, under the language's
/// own name — since padded columns of legal prose would be narrower than a sentence.
public enum PlainTextWriter {
    public static func write(_ document: Document, width: Int = 78) -> String {
        var writer = PlainTextBlockWriter(width: max(width, 20))
        writer.blocks(document.blocks, indent: "")
        var out = String()
        out.reserveCapacity(writer.lines.reduce(0) { $0 + $1.utf8.count + 1 })
        for line in writer.lines {
            out += line
            out += "\n"
        }
        return out
    }

    /// The language's name in itself, for the heading of its version.
    static func nativeName(_ language: Language) -> String {
        switch language {
        case .tr: "Türkçe"
        case .ru: "Русский"
        case .en: "English"
        }
    }
}

struct PlainTextBlockWriter {
    let width: Int
    var lines: [String] = []

    private mutating func separate() {
        if let last = lines.last, !last.isEmpty { lines.append("") }
    }

    mutating func blocks(_ blocks: [Block], indent: String) {
        for block in blocks { self.block(block, indent: indent) }
    }

    mutating func block(_ block: Block, indent: String) {
        switch block.content {
        case .title(let xs):
            separate()
            let text = xs.plainText.replacingNewlines
            lines.append(indent + text)
            lines.append(indent + String(repeating: "=", count: max(text.count, 3)))
        case .heading(let level, let xs):
            separate()
            let text = xs.plainText.replacingNewlines
            lines.append(indent + text)
            if level == 1 { lines.append(indent + String(repeating: "-", count: max(text.count, 3))) }
        case .paragraph(let xs):
            separate()
            lines += wrap(xs.plainText, first: indent, rest: indent)
        case .orderedList(let start, let items):
            separate()
            let markers = items.indices.map { "\(start + $0). " }
            let markerWidth = markers.map(\.count).max() ?? 3
            for (n, item) in items.enumerated() {
                listItem(item, marker: markers[n].padding(markerWidth), indent: indent)
            }
        case .bulletList(let items):
            separate()
            for item in items { listItem(item, marker: "- ", indent: indent) }
        case .table(let table):
            separate()
            self.table(table, indent: indent)
        case .signatures(let signers):
            for signer in signers {
                separate()
                lines.append(indent + signer.party.plainText.replacingNewlines)
                lines.append("")
                lines.append(indent + String(repeating: "_", count: 32))
                for field in [signer.name, signer.title] + signer.details {
                    lines.append(indent + field.plainText.replacingNewlines)
                }
            }
        case .pageBreak:
            separate()
            lines.append("\u{0C}")
        case .columns(let columns):
            for (n, language) in columns.languages.enumerated() {
                if n > 0 { separate(); lines.append("\u{0C}") }
                separate()
                let name = "[\(PlainTextWriter.nativeName(language))]"
                lines.append(indent + name)
                for row in columns.rows where n < row.cells.count {
                    blocks(row.cells[n], indent: indent)
                }
            }
        }
    }

    /// The item's first block after the marker, everything else under the item's text.
    private mutating func listItem(_ item: [Block], marker: String, indent: String) {
        var sub = PlainTextBlockWriter(width: max(width - indent.count - marker.count, 20))
        sub.blocks(item, indent: "")
        let hanging = String(repeating: " ", count: marker.count)
        if sub.lines.isEmpty { lines.append(indent + marker.trimmingTrailingSpaces); return }
        for (n, line) in sub.lines.enumerated() {
            if line.isEmpty { lines.append(""); continue }
            lines.append(indent + (n == 0 ? marker : hanging) + line)
        }
    }

    private mutating func table(_ table: Table, indent: String) {
        let texts = table.rows.map { row in
            row.map { cell in cell.flatMap { $0.content.inlineContent }.plainText.replacingNewlines }
        }
        let columns = texts.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in texts {
            for (n, cell) in row.enumerated() { widths[n] = max(widths[n], cell.count) }
        }
        for (r, row) in texts.enumerated() {
            let cells = (0..<columns).map { n in (n < row.count ? row[n] : "").padding(widths[n]) }
            lines.append((indent + cells.joined(separator: " | ")).trimmingTrailingSpaces)
            if r == table.headerRows - 1 {
                lines.append(indent + widths.map { String(repeating: "-", count: max($0, 1)) }.joined(separator: "-+-"))
            }
        }
    }

    /// Greedy word wrap; explicit line breaks ("\n") are kept.
    private func wrap(_ text: String, first: String, rest: String) -> [String] {
        var result: [String] = []
        for (n, paragraphLine) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            var line = n == 0 ? first : rest
            var lineLength = line.count
            var empty = true
            for wordBytes in paragraphLine.split(separator: UInt8(ascii: " ")) {
                let word = Substring(wordBytes)
                let w = word.count
                if !empty && lineLength + 1 + w > width {
                    result.append(line)
                    line = rest
                    lineLength = rest.count
                    empty = true
                }
                if !empty { line += " "; lineLength += 1 }
                line += word
                lineLength += w
                empty = false
            }
            result.append(line)
        }
        return result
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        let n = count
        return n >= width ? self : self + String(repeating: " ", count: width - n)
    }

    fileprivate var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }

    fileprivate var replacingNewlines: String {
        utf8.contains(UInt8(ascii: "\n")) ? split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ") : self
    }
}
