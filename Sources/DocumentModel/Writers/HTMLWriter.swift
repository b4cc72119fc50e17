import Linguistics

/// Writes a standalone UTF-8 HTML page: `<html lang>` from the document's first language,
/// `lang` on every block in another language and on every column cell, side by side as a table
/// of equal columns, signatures as a table with a line to sign on, and a small print style.
/// Every text and attribute value is escaped.
public enum HTMLWriter {
    public static func write(_ document: Document) -> String {
        let pageLanguage = document.metadata.languages.first ?? document.blocks.lazy.compactMap(\.language).first
        var out = String()
        out.reserveCapacity(4096)
        out += "<!DOCTYPE html>\n<html lang=\"\(pageLanguage?.rawValue ?? "und")\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(escape(document.metadata.title))</title>\n"
        if !document.metadata.subject.isEmpty {
            out += "<meta name=\"description\" content=\"\(escape(document.metadata.subject))\">\n"
        }
        if !document.metadata.creator.isEmpty {
            out += "<meta name=\"generator\" content=\"\(escape(document.metadata.creator))\">\n"
        }
        if let created = document.metadata.created {
            out += "<meta name=\"dcterms.created\" content=\"\(escape(created))\">\n"
        }
        out += "<style>\n\(style)</style>\n</head>\n<body>\n"
        var writer = HTMLBlockWriter(out: out)
        writer.blocks(document.blocks, context: pageLanguage, ids: true)
        writer.out += "</body>\n</html>\n"
        return writer.out
    }

    /// Print-friendly: A4 pages, serif text, page breaks honoured, tables never split a row.
    static let style = """
    body { font-family: "Times New Roman", Times, serif; font-size: 12pt; line-height: 1.4; max-width: 60em; margin: 2em auto; padding: 0 1em; }
    h1.title { text-align: center; font-size: 16pt; }
    h2 { font-size: 13pt; } h3, h4 { font-size: 12pt; }
    p { margin: 0 0 .6em; text-align: justify; }
    table { border-collapse: collapse; width: 100%; margin: 0 0 1em; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    table.grid th, table.grid td { border: 1px solid #777; padding: .2em .4em; vertical-align: top; text-align: left; }
    table.columns { table-layout: fixed; }
    table.columns > tbody > tr > td { vertical-align: top; padding: 0 .8em; }
    table.columns > tbody > tr > td + td { border-left: 1px solid #bbb; }
    table.signatures { table-layout: fixed; margin-top: 2.5em; }
    table.signatures td { vertical-align: top; text-align: center; padding: 0 1em; }
    table.signatures p { text-align: center; margin: 0 0 .2em; }
    .signing-line { border-bottom: 1px solid #000; height: 3em; margin: 0 1em .4em; }
    .page-break { break-after: page; page-break-after: always; height: 0; }
    @media print { body { margin: 0; max-width: none; padding: 0; } @page { size: A4; margin: 2cm; } }

    """

    /// Escapes text and attribute values: `& < > " '`.
    static func escape(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return s }
        var out = String()
        out.reserveCapacity(s.utf8.count + 16)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}

/// The body of the page, appended to one string.
struct HTMLBlockWriter {
    var out: String
    /// Ids already on the page: a sequential layout repeats every id once per version, so the
    /// later ones get the language as a suffix (`purpose-ru`).
    private var usedIDs: Set<String> = []

    init(out: String) { self.out = out }

    /// ` lang="ru"` when the block's language differs from its surroundings.
    private func langAttribute(_ block: Block, _ context: Language?) -> String {
        guard let lang = block.language, lang != context else { return "" }
        return " lang=\"\(lang.rawValue)\""
    }

    private mutating func idAttribute(_ block: Block, _ ids: Bool) -> String {
        guard ids, let id = block.id else { return "" }
        var unique = id
        if usedIDs.contains(unique), let lang = block.language { unique = "\(id)-\(lang.rawValue)" }
        var n = 2
        while usedIDs.contains(unique) {
            unique = "\(id)-\(n)"
            n += 1
        }
        usedIDs.insert(unique)
        return " id=\"\(HTMLWriter.escape(unique))\""
    }

    /// Writes blocks; `ids` is false inside side-by-side cells, where the row carries the id
    /// (an HTML id must be unique on the page).
    mutating func blocks(_ blocks: [Block], context: Language?, ids: Bool) {
        for block in blocks { self.block(block, context: context, ids: ids) }
    }

    mutating func block(_ block: Block, context: Language?, ids: Bool) {
        let lang = langAttribute(block, context)
        let inner = block.language ?? context
        let id = idAttribute(block, ids)
        switch block.content {
        case .title(let xs):
            out += "<h1 class=\"title\"\(id)\(lang)>"; inlines(xs); out += "</h1>\n"
        case .heading(let level, let xs):
            let tag = "h\(min(max(level, 1), 5) + 1)"
            out += "<\(tag)\(id)\(lang)>"; inlines(xs); out += "</\(tag)>\n"
        case .paragraph(let xs):
            out += "<p\(lang)>"; inlines(xs); out += "</p>\n"
        case .orderedList(let start, let items):
            out += start == 1 ? "<ol\(lang)>\n" : "<ol start=\"\(start)\"\(lang)>\n"
            listItems(items, context: inner, ids: ids)
            out += "</ol>\n"
        case .bulletList(let items):
            out += "<ul\(lang)>\n"
            listItems(items, context: inner, ids: ids)
            out += "</ul>\n"
        case .table(let table):
            out += "<table class=\"grid\"\(lang)>\n"
            for (n, row) in table.rows.enumerated() {
                let header = n < table.headerRows
                if n == 0 && header { out += "<thead>\n" }
                if n == table.headerRows { out += "<tbody>\n" }
                out += "<tr>"
                for cell in row {
                    out += header ? "<th>" : "<td>"
                    compact(cell, context: inner, ids: ids)
                    out += header ? "</th>" : "</td>"
                }
                out += "</tr>\n"
                if header && n == table.headerRows - 1 { out += "</thead>\n" }
            }
            if table.rows.count > table.headerRows { out += "</tbody>\n" }
            out += "</table>\n"
        case .signatures(let signers):
            out += "<table class=\"signatures\"\(lang)>\n<tr>"
            let width = signers.isEmpty ? 100 : 100 / signers.count
            for signer in signers {
                out += "<td style=\"width: \(width)%\">"
                out += "<p class=\"party\">"; inlines(signer.party); out += "</p>"
                out += "<div class=\"signing-line\"></div>"
                out += "<p class=\"name\">"; inlines(signer.name); out += "</p>"
                out += "<p class=\"signer-title\">"; inlines(signer.title); out += "</p>"
                for detail in signer.details {
                    out += "<p class=\"detail\">"; inlines(detail); out += "</p>"
                }
                out += "</td>"
            }
            out += "</tr>\n</table>\n"
        case .pageBreak:
            out += "<div class=\"page-break\"></div>\n"
        case .columns(let columns):
            out += "<table class=\"columns\"\(lang)>\n<colgroup>"
            let count = max(columns.languages.count, 1)
            let width = (100.0 / Double(count) * 100).rounded() / 100
            for _ in 0..<count { out += "<col style=\"width: \(width)%\">" }
            out += "</colgroup>\n<tbody>\n"
            for row in columns.rows {
                let rowID = row.id.map { idAttribute(Block(.pageBreak, id: $0), ids) } ?? ""
                out += "<tr\(rowID)>\n"
                for (n, cell) in row.cells.enumerated() {
                    let cellLanguage = n < columns.languages.count ? columns.languages[n] : nil
                    out += "<td" + (cellLanguage.map { " lang=\"\($0.rawValue)\"" } ?? "") + ">\n"
                    blocks(cell, context: cellLanguage, ids: false)
                    out += "</td>\n"
                }
                out += "</tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
    }

    private mutating func listItems(_ items: [[Block]], context: Language?, ids: Bool) {
        for item in items {
            out += "<li>"
            compact(item, context: context, ids: ids)
            out += "</li>\n"
        }
    }

    /// A lone paragraph (a tight list item, a table cell) is written without its `<p>`.
    private mutating func compact(_ blocks: [Block], context: Language?, ids: Bool) {
        if blocks.count == 1, case .paragraph(let xs) = blocks[0].content,
           blocks[0].language == nil || blocks[0].language == context {
            inlines(xs)
        } else {
            if !blocks.isEmpty { out += "\n" }
            self.blocks(blocks, context: context, ids: ids)
        }
    }

    mutating func inlines(_ xs: [Inline]) {
        for x in xs {
            switch x {
            case .text(let s): out += HTMLWriter.escape(s)
            case .strong(let c): out += "<strong>"; inlines(c); out += "</strong>"
            case .emphasis(let c): out += "<em>"; inlines(c); out += "</em>"
            case .lineBreak: out += "<br>\n"
            }
        }
    }
}
