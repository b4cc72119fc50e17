import Linguistics

/// Writes a `Document` in the markup of `Markup`, so that `MarkupParser.parse` reads back the
/// same document: front matter only when the metadata says more than the blocks imply,
/// `::: {lang=xx}` around blocks in another language than the document's first, and
/// `::: columns` for the side-by-side layout.
public enum MarkdownWriter {
    public static func write(_ document: Document) -> String {
        var lines: [String] = []
        let metadata = document.metadata
        let inferred = Metadata.inferred(from: document.blocks, language: nil)
        if metadata != inferred {
            lines.append("---")
            if metadata.title != inferred.title { lines.append("title: " + FrontMatter.quote(metadata.title)) }
            if metadata.subject != inferred.subject { lines.append("subject: " + FrontMatter.quote(metadata.subject)) }
            if metadata.creator != inferred.creator { lines.append("creator: " + FrontMatter.quote(metadata.creator)) }
            if metadata.languages != inferred.languages {
                lines.append("languages: [" + metadata.languages.map(\.rawValue).joined(separator: ", ") + "]")
            }
            if let created = metadata.created { lines.append("created: " + FrontMatter.quote(created)) }
            lines.append("---")
            lines.append("")
        }
        lines += blocks(document.blocks, language: metadata.languages.first)
        var out = String()
        out.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 1 })
        // The parser skips one byte-order mark at the start; text that begins with one keeps it.
        if lines.first?.unicodeScalars.first == "\u{FEFF}" { out += "\u{FEFF}" }
        for line in lines {
            out += line
            out += "\n"
        }
        return out
    }

    /// The lines of a block sequence whose blocks are in `language` unless a div says otherwise.
    /// `inItem`: inside a list item a list follows its paragraph without a blank line, which
    /// keeps items compact; elsewhere a blank line precedes it, as pandoc wants.
    static func blocks(_ blocks: [Block], language: Language?, inItem: Bool = false) -> [String] {
        var lines: [String] = []
        var previous: ListMarkerStyle?
        var i = 0
        while i < blocks.count {
            let tight: Bool
            switch (i > 0 ? blocks[i - 1].content : nil, blocks[i].content) {
            case (.paragraph?, .orderedList), (.paragraph?, .bulletList):
                tight = inItem && blocks[i - 1].language == blocks[i].language
            default: tight = false
            }
            if !lines.isEmpty && !tight { lines.append("") }
            let lang = blocks[i].language
            if lang != language {
                var j = i
                while j < blocks.count, blocks[j].language == lang { j += 1 }
                lines.append("::: {lang=\(lang?.rawValue ?? "und")}")
                lines += self.blocks(Array(blocks[i..<j]), language: lang)
                lines.append(":::")
                previous = nil
                i = j
                continue
            }
            lines += block(blocks[i], previous: &previous)
            i += 1
        }
        return lines
    }

    /// Adjacent lists of one kind must differ in their marker, or they would read back as one.
    enum ListMarkerStyle: Equatable { case dash, star, period, parenthesis }

    static func block(_ block: Block, previous: inout ListMarkerStyle?) -> [String] {
        let idSuffix = block.id.map { " {#\($0)}" } ?? ""
        let lang = block.language
        var style: ListMarkerStyle?
        defer { previous = style }
        switch block.content {
        case .title(let inlines):
            return [heading("#", inlines, idSuffix)]
        case .heading(let level, let inlines):
            let hashes = String(repeating: "#", count: min(max(level, 1), 3) + 1)
            return [heading(hashes, inlines, idSuffix)]
        case .paragraph(let inlines):
            return MarkdownInlineWriter.write(inlines).utf8
                .split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(Substring($0)) }
        case .orderedList(let start, let items):
            style = previous == .period ? .parenthesis : .period
            let delimiter = style == .period ? "." : ")"
            var lines: [String] = []
            for (n, item) in items.enumerated() {
                lines += listItem(item, marker: "\(start + n)\(delimiter)", language: lang)
            }
            return lines
        case .bulletList(let items):
            style = previous == .dash ? .star : .dash
            let marker = style == .dash ? "-" : "*"
            var lines: [String] = []
            for item in items {
                lines += listItem(item, marker: marker, language: lang)
            }
            return lines
        case .table(let table):
            return self.table(table)
        case .signatures(let signers):
            var lines = ["::: signatures"]
            for (n, signer) in signers.enumerated() {
                if n > 0 { lines.append("") }
                for field in [signer.party, signer.name, signer.title] + signer.details {
                    let line = MarkdownInlineWriter.write(field, singleLine: true)
                    lines.append(line.isEmpty ? "\\" : line)
                }
            }
            lines.append(":::")
            return lines
        case .pageBreak:
            return ["\\newpage"]
        case .columns(let columns):
            var lines = ["::: {.columns languages=\"" + columns.languages.map(\.rawValue).joined(separator: " ") + "\"}"]
            for row in columns.rows {
                lines.append(row.id.map { "::: {.row #\($0)}" } ?? "::: row")
                for (n, cell) in row.cells.enumerated() {
                    let language = n < columns.languages.count ? columns.languages[n] : nil
                    lines.append(language.map { "::: {.cell lang=\($0.rawValue)}" } ?? "::: cell")
                    lines += blocks(cell, language: language)
                    lines.append(":::")
                }
                lines.append(":::")
            }
            lines.append(":::")
            return lines
        }
    }

    static func heading(_ hashes: String, _ inlines: [Inline], _ idSuffix: String) -> String {
        let text = MarkdownInlineWriter.write(inlines, singleLine: true)
        return hashes + (text.isEmpty ? "" : " " + text) + idSuffix
    }

    /// The item's blocks with the marker before the first line and the rest indented to match.
    static func listItem(_ item: [Block], marker: String, language: Language?) -> [String] {
        let body = blocks(item, language: language, inItem: true)
        guard let first = body.first else { return [marker] }
        let indent = String(repeating: " ", count: marker.count + 1)
        var lines = [first.isEmpty ? marker : marker + " " + first]
        for line in body.dropFirst() {
            lines.append(line.isEmpty ? "" : indent + line)
        }
        return lines
    }

    static func table(_ table: Table) -> [String] {
        var lines: [String] = []
        for (n, row) in table.rows.enumerated() {
            let cells = row.map { cell -> String in
                let inlines = cell.enumerated().flatMap { k, block -> [Inline] in
                    (k > 0 ? [.text(" ")] : []) + block.content.inlineContent
                }
                return MarkdownInlineWriter.write(inlines, singleLine: true)
            }
            lines.append("| " + cells.joined(separator: " | ") + " |")
            if n == 0 && table.headerRows > 0 {
                lines.append("|" + String(repeating: "---|", count: max(row.count, 1)))
            }
        }
        return lines
    }
}

extension BlockContent {
    /// The inlines a block shows in a one-line context (a table cell): its own text, or the text
    /// of its parts joined by spaces.
    var inlineContent: [Inline] {
        switch self {
        case .title(let xs), .heading(_, let xs), .paragraph(let xs): return xs
        case .orderedList(_, let items), .bulletList(let items):
            return items.flatMap { $0.flatMap { $0.content.inlineContent + [.text(" ")] } }
        case .table(let t):
            return t.rows.flatMap { $0.flatMap { $0.flatMap { $0.content.inlineContent + [.text(" ")] } } }
        case .signatures(let signers):
            var xs: [Inline] = []
            for signer in signers {
                for field in [signer.party, signer.name, signer.title] + signer.details {
                    xs += field
                    xs.append(.text(" "))
                }
            }
            return xs
        case .pageBreak: return []
        case .columns(let c):
            return c.rows.flatMap { $0.cells.flatMap { $0.flatMap { $0.content.inlineContent + [.text(" ")] } } }
        }
    }
}
