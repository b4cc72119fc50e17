import DocumentModel
import Linguistics

/// Builds `word/document.xml`'s body: one pass over the blocks, appending WordprocessingML to a
/// string, collecting the list instances (`w:num`) that numbering.xml must declare.
struct DocxBody {
    var out = ""
    /// One entry per list instance, numId = index + 1: which abstract numbering, which level
    /// restarts at which start value.
    private(set) var lists: [(ordered: Bool, level: Int, start: Int)] = []
    /// Whether the last thing written at the current nesting was a table: Word merges adjacent
    /// tables and a cell must end with a paragraph.
    private var lastWasTable = false
    private var anchors = Anchors()
    /// Inside a side-by-side table "keep with next" is switched off: it would tie rows together
    /// (see `SideBySideRow`).
    private var sideBySideDepth = 0
    private static let keepingStyles: Set<String> = ["Title", "Heading1", "Heading2", "Heading3", "Signature", "SignatureLine", "TableHeading"]

    init(capacity: Int) { out.reserveCapacity(capacity) }

    // MARK: Blocks

    mutating func blocks(_ blocks: [Block], language: Language, width: Int, listDepth: Int = 0) {
        // A page break at the very end would only add an empty page.
        let end = blocks.last?.content == .pageBreak ? blocks.count - 1 : blocks.count
        for block in blocks[..<end] { self.block(block, language: block.language ?? language, width: width, listDepth: listDepth) }
    }

    /// Word always ends a body (and a cell) with a paragraph, and repairs files that do not:
    /// a document that ends with a table (every side-by-side one) gets a small spacer.
    mutating func finishBody() {
        if lastWasTable { out += "<w:p><w:pPr><w:pStyle w:val=\"TableSpacer\"/></w:pPr></w:p>" }
        lastWasTable = false
    }

    mutating func block(_ block: Block, language: Language, width: Int, listDepth: Int = 0) {
        switch block.content {
        case .title(let inlines):
            paragraph(style: "Title", inlines, language, anchor: block.id)
        case .heading(let level, let inlines):
            paragraph(style: "Heading\(min(max(level, 1), 3))", inlines, language, anchor: block.id)
        case .paragraph(let inlines):
            paragraph(style: listDepth > 0 ? "List" : "BodyText", inlines, language,
                      indent: listDepth > 0 ? DocxBody.indent(listDepth - 1) : nil, anchor: block.id)
        case .orderedList(let start, let items):
            list(ordered: true, start: start, items: items, language: language, width: width, depth: listDepth)
        case .bulletList(let items):
            list(ordered: false, start: 1, items: items, language: language, width: width, depth: listDepth)
        case .table(let table):
            let columns = table.rows.map(\.count).max() ?? 0
            guard columns > 0 else { return }
            beginTable(columns: columns, width: width, borders: true)
            for (r, row) in table.rows.enumerated() {
                beginRow(header: r < table.headerRows)
                for c in 0..<columns {
                    cell(c < row.count ? row[c] : [], language: language, width: width / columns,
                         style: r < table.headerRows ? "TableHeading" : "TableContents")
                }
                out += "</w:tr>"
            }
            endTable()
        case .signatures(let signers):
            guard !signers.isEmpty else { return }
            beginTable(columns: signers.count, width: width, borders: false)
            beginRow(header: false, cantSplit: true)
            let cellWidth = width / signers.count
            for signer in signers {
                beginCell(width: cellWidth)
                paragraph(style: "Signature", signer.party, language, strong: true)
                paragraph(style: "SignatureLine", [], language)
                paragraph(style: "Signature", signer.name, language)
                paragraph(style: "Signature", signer.title, language)
                for line in signer.details { paragraph(style: "Signature", line, language) }
                out += "</w:tc>"
            }
            out += "</w:tr>"
            endTable()
        case .pageBreak:
            out += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
            lastWasTable = false
        case .columns(let columns):
            let n = max(columns.languages.count, columns.rows.map(\.cells.count).max() ?? 0)
            guard n > 0, !columns.rows.isEmpty else { return }
            beginTable(columns: n, width: width, borders: false)
            let cellWidth = width / n
            sideBySideDepth += 1
            for row in SideBySideRow.rows(columns, count: n) {
                beginRow(header: false, cantSplit: row.keepTogether)
                for (c, blocks) in row.cells.enumerated() {
                    let cellLanguage = c < columns.languages.count ? columns.languages[c] : language
                    // Three columns are too narrow to justify without hyphenation dictionaries.
                    cell(blocks, language: cellLanguage, width: cellWidth, style: n >= 3 ? "NarrowText" : nil)
                }
                out += "</w:tr>"
            }
            sideBySideDepth -= 1
            endTable()
        }
    }

    // MARK: Lists

    private mutating func list(ordered: Bool, start: Int, items: [[Block]], language: Language, width: Int, depth: Int) {
        lists.append((ordered, min(depth, 8), start))
        let numId = lists.count
        let level = min(depth, 8)
        for item in items {
            var numbered = false
            for block in item {
                let blockLanguage = block.language ?? language
                if !numbered {
                    numbered = true
                    if case .paragraph(let inlines) = block.content {
                        paragraph(style: "List", inlines, blockLanguage, numbering: (numId, level))
                        continue
                    }
                    paragraph(style: "List", [], blockLanguage, numbering: (numId, level))
                }
                self.block(block, language: blockLanguage, width: width, listDepth: depth + 1)
            }
            if !numbered { paragraph(style: "List", [], language, numbering: (numId, level)) }
        }
    }

    /// The left indent of list level `level` (twips), the same in numbering.xml.
    static func indent(_ level: Int) -> Int { 567 * (level + 1) }

    // MARK: Tables

    private mutating func beginTable(columns: Int, width: Int, borders: Bool) {
        if lastWasTable { out += "<w:p><w:pPr><w:pStyle w:val=\"TableSpacer\"/></w:pPr></w:p>" }
        out += "<w:tbl><w:tblPr><w:tblW w:w=\"\(width)\" w:type=\"dxa\"/><w:tblBorders>"
        let edge = borders ? "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
                           : "w:val=\"nil\"/>"
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] { out += "<w:\(side) " + edge }
        out += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>"
        out += "<w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>"
        let colWidth = width / columns
        for _ in 0..<columns { out += "<w:gridCol w:w=\"\(colWidth)\"/>" }
        out += "</w:tblGrid>"
    }

    private mutating func endTable() {
        out += "</w:tbl>"
        lastWasTable = true
    }

    private mutating func beginRow(header: Bool, cantSplit: Bool = false) {
        out += "<w:tr>"
        if header || cantSplit {
            out += "<w:trPr>"
            if cantSplit { out += "<w:cantSplit/>" }
            if header { out += "<w:tblHeader/>" }
            out += "</w:trPr>"
        }
    }

    private mutating func beginCell(width: Int) {
        out += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>"
        lastWasTable = false
    }

    private mutating func cell(_ blocks: [Block], language: Language, width: Int, style: String?) {
        beginCell(width: width)
        let before = out.utf8.count
        let inner = width - 170
        for block in blocks {
            let blockLanguage = block.language ?? language
            if let style, case .paragraph(let inlines) = block.content {
                paragraph(style: style, inlines, blockLanguage, anchor: block.id)
            } else {
                self.block(block, language: blockLanguage, width: inner)
            }
        }
        // A cell must end with a paragraph.
        if lastWasTable || out.utf8.count == before { paragraph(style: style ?? "BodyText", [], language) }
        out += "</w:tc>"
        lastWasTable = false
    }

    // MARK: Paragraphs and runs

    mutating func paragraph(style: String, _ inlines: [Inline], _ language: Language,
                            numbering: (id: Int, level: Int)? = nil, indent: Int? = nil, strong: Bool = false, anchor: String? = nil) {
        let lang = DocxBody.langElement(language)
        out += "<w:p><w:pPr><w:pStyle w:val=\""
        out += style
        out += "\"/>"
        if sideBySideDepth > 0 && DocxBody.keepingStyles.contains(style) { out += "<w:keepNext w:val=\"0\"/>" }
        if let numbering {
            out += "<w:numPr><w:ilvl w:val=\"\(numbering.level)\"/><w:numId w:val=\"\(numbering.id)\"/></w:numPr>"
        }
        if let indent { out += "<w:ind w:left=\"\(indent)\"/>" }
        out += "<w:rPr>"
        out += lang
        out += "</w:rPr></w:pPr>"
        if let anchor {
            let name = anchors.name(for: anchor, language: language)
            let id = String(anchors.count)
            out += "<w:bookmarkStart w:id=\""
            out += id
            out += "\" w:name=\""
            out += name
            out += "\"/><w:bookmarkEnd w:id=\""
            out += id
            out += "\"/>"
        }
        runs(inlines, lang: lang, strong: strong, emphasis: false)
        out += "</w:p>"
        lastWasTable = false
    }

    private mutating func runs(_ inlines: [Inline], lang: String, strong: Bool, emphasis: Bool) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                guard !text.isEmpty else { continue }
                out += "<w:r><w:rPr>"
                if strong && emphasis { out += "<w:rStyle w:val=\"StrongEmphasis\"/>" }
                else if strong { out += "<w:rStyle w:val=\"Strong\"/>" }
                else if emphasis { out += "<w:rStyle w:val=\"Emphasis\"/>" }
                out += lang
                out += "</w:rPr>"
                runText(text)
                out += "</w:r>"
            case .strong(let inner):
                runs(inner, lang: lang, strong: true, emphasis: emphasis)
            case .emphasis(let inner):
                runs(inner, lang: lang, strong: strong, emphasis: true)
            case .lineBreak:
                out += "<w:r><w:br/></w:r>"
            }
        }
    }

    /// Run content: text, with tabs and line breaks as Word's own elements.
    private mutating func runText(_ text: String) {
        if !text.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            out += "<w:t xml:space=\"preserve\">"
            XMLEscaping.append(text, to: &out)
            out += "</w:t>"
            return
        }
        var piece = ""
        func flush(_ out: inout String) {
            if piece.isEmpty { return }
            out += "<w:t xml:space=\"preserve\">"
            XMLEscaping.append(piece, to: &out)
            out += "</w:t>"
            piece = ""
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\t": flush(&out); out += "<w:tab/>"
            case "\n": flush(&out); out += "<w:br/>"
            case "\r": continue
            default: piece.unicodeScalars.append(scalar)
            }
        }
        flush(&out)
    }

    static func langElement(_ language: Language) -> String {
        switch language {
        case .tr: "<w:lang w:val=\"tr-TR\"/>"
        case .ru: "<w:lang w:val=\"ru-RU\"/>"
        case .en: "<w:lang w:val=\"en-GB\"/>"
        }
    }
}
