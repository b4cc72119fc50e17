import DocumentModel
import Linguistics

/// Builds content.xml's `office:text`: one pass over the blocks, collecting the automatic styles
/// (paragraph style × language, table column widths) that the body uses.
struct OdtBody {
    var out = ""
    /// Automatic paragraph styles used: (parent named style, language).
    private var paragraphStyles: [String: (parent: String, language: Language)] = [:]
    private var columnCounts: Set<Int> = []
    private var tableCount = 0
    private var usesBreak = false
    private var atParagraphStart = true
    /// How many table cells enclose the current block: headings inside cells are written as
    /// paragraphs in the heading style (same look, keep-with-next from the style), because
    /// readers such as pandoc drop `text:h` in cells.
    private var cellDepth = 0
    private var anchors = Anchors()

    init(capacity: Int) { out.reserveCapacity(capacity) }

    // MARK: Blocks

    mutating func blocks(_ blocks: [Block], language: Language) {
        // A page break at the very end would only add an empty page.
        let end = blocks.last?.content == .pageBreak ? blocks.count - 1 : blocks.count
        for block in blocks[..<end] { self.block(block, language: block.language ?? language, paragraphStyle: nil) }
    }

    mutating func block(_ block: Block, language: Language, paragraphStyle: String?) {
        switch block.content {
        case .title(let inlines):
            paragraph("Title", inlines, language, anchor: block.id)
        case .heading(let level, let inlines):
            let level = min(max(level, 1), 3)
            paragraph("Heading_20_\(level)", inlines, language, heading: cellDepth == 0 ? level : nil, anchor: block.id)
        case .paragraph(let inlines):
            paragraph(paragraphStyle ?? "Text_20_body", inlines, language, anchor: block.id)
        case .orderedList(let start, let items):
            list(ordered: true, start: start, items: items, language: language)
        case .bulletList(let items):
            list(ordered: false, start: 1, items: items, language: language)
        case .table(let table):
            let columns = table.rows.map(\.count).max() ?? 0
            guard columns > 0 else { return }
            beginTable(columns: columns)
            // Header rows are written as ordinary rows in the heading style: pandoc's ODT reader
            // drops `table:table-header-rows` and with it the header's text.
            for (r, row) in table.rows.enumerated() {
                out += "<table:table-row table:style-name=\"MoURow\">"
                for c in 0..<columns {
                    cell(c < row.count ? row[c] : [], language: language, bordered: true,
                         style: r < table.headerRows ? "Table_20_Heading" : "Table_20_Contents")
                }
                out += "</table:table-row>"
            }
            out += "</table:table>"
        case .signatures(let signers):
            guard !signers.isEmpty else { return }
            beginTable(columns: signers.count)
            out += "<table:table-row table:style-name=\"MoURowKeep\">"
            for signer in signers {
                out += "<table:table-cell table:style-name=\"MoUCell\" office:value-type=\"string\">"
                paragraph("Signature", signer.party, language, strong: true)
                paragraph("Signature_20_Line", [], language)
                paragraph("Signature", signer.name, language)
                paragraph("Signature", signer.title, language)
                for line in signer.details { paragraph("Signature", line, language) }
                out += "</table:table-cell>"
            }
            out += "</table:table-row></table:table>"
        case .pageBreak:
            usesBreak = true
            out += "<text:p text:style-name=\"MoUBreak\"/>"
        case .columns(let columns):
            let n = max(columns.languages.count, columns.rows.map(\.cells.count).max() ?? 0)
            guard n > 0, !columns.rows.isEmpty else { return }
            beginTable(columns: n)
            for row in SideBySideRow.rows(columns, count: n) {
                out += row.keepTogether ? "<table:table-row table:style-name=\"MoURowKeep\">" : "<table:table-row table:style-name=\"MoURow\">"
                for (c, blocks) in row.cells.enumerated() {
                    // Three columns are too narrow to justify without hyphenation dictionaries.
                    cell(blocks, language: c < columns.languages.count ? columns.languages[c] : language, bordered: false,
                         style: n >= 3 ? "Narrow_20_Column_20_Text" : nil)
                }
                out += "</table:table-row>"
            }
            out += "</table:table>"
        }
    }

    // MARK: Lists

    private mutating func list(ordered: Bool, start: Int, items: [[Block]], language: Language) {
        // Nested lists name their style too: otherwise they inherit the outer list's (a numbered
        // list inside a bulleted one would get bullets).
        out += "<text:list text:style-name=\"\(ordered ? "Numbering_20_123" : "List_20_1")\">"
        for (i, item) in items.enumerated() {
            out += i == 0 && ordered && start != 1 ? "<text:list-item text:start-value=\"\(max(start, 0))\">" : "<text:list-item>"
            if item.isEmpty { paragraph("List", [], language) }
            for block in item {
                let l = block.language ?? language
                switch block.content {
                case .paragraph(let inlines): paragraph("List", inlines, l)
                case .title(let inlines), .heading(_, let inlines): paragraph("List", inlines, l, strong: true)
                case .orderedList(let s, let sub): list(ordered: true, start: s, items: sub, language: l)
                case .bulletList(let sub): list(ordered: false, start: 1, items: sub, language: l)
                case .pageBreak: continue
                // Tables are not allowed in an ODF list item: their text goes in as paragraphs.
                case .table, .signatures, .columns:
                    for line in OdtBody.plainLines(block) { paragraph("List", [.text(line)], l) }
                }
            }
            out += "</text:list-item>"
        }
        out += "</text:list>"
    }

    static func plainLines(_ block: Block) -> [String] {
        switch block.content {
        case .title(let x), .heading(_, let x), .paragraph(let x): [x.plainText]
        case .orderedList(_, let items), .bulletList(let items): items.flatMap { $0.flatMap(plainLines) }
        case .table(let t): t.rows.flatMap { $0.flatMap { $0.flatMap(plainLines) } }
        case .signatures(let s): s.flatMap { [$0.party.plainText, $0.name.plainText, $0.title.plainText] + $0.details.map(\.plainText) }
        case .columns(let c): c.rows.flatMap { $0.cells.flatMap { $0.flatMap(plainLines) } }
        case .pageBreak: []
        }
    }

    // MARK: Tables

    private mutating func beginTable(columns: Int) {
        tableCount += 1
        columnCounts.insert(columns)
        out += "<table:table table:name=\"Table\(tableCount)\" table:style-name=\"MoUTable\">"
        out += "<table:table-column table:style-name=\"MoUColumn\(columns)\" table:number-columns-repeated=\"\(columns)\"/>"
    }

    private mutating func cell(_ blocks: [Block], language: Language, bordered: Bool, style: String?) {
        out += bordered ? "<table:table-cell table:style-name=\"MoUCellBorder\" office:value-type=\"string\">"
                        : "<table:table-cell table:style-name=\"MoUCell\" office:value-type=\"string\">"
        cellDepth += 1
        defer { cellDepth -= 1 }
        // A page break means nothing inside a cell; a cell needs at least one paragraph.
        let content = blocks.filter { $0.content != .pageBreak }
        for block in content { self.block(block, language: block.language ?? language, paragraphStyle: style) }
        if content.isEmpty { paragraph(style ?? "Text_20_body", [], language) }
        out += "</table:table-cell>"
    }

    // MARK: Paragraphs and spans

    mutating func paragraph(_ style: String, _ inlines: [Inline], _ language: Language, heading: Int? = nil, strong: Bool = false,
                            anchor: String? = nil) {
        let name = automaticStyle(style, language)
        if let heading {
            out += "<text:h text:style-name=\"\(name)\" text:outline-level=\"\(heading)\">"
        } else {
            out += "<text:p text:style-name=\"\(name)\">"
        }
        atParagraphStart = true
        if let anchor {
            out += "<text:bookmark text:name=\""
            out += anchors.name(for: anchor, language: language)
            out += "\"/>"
        }
        if strong { out += "<text:span text:style-name=\"Strong_20_Emphasis\">" }
        spans(inlines)
        if strong { out += "</text:span>" }
        out += heading == nil ? "</text:p>" : "</text:h>"
    }

    private mutating func automaticStyle(_ parent: String, _ language: Language) -> String {
        let name = "P_\(parent)_\(language.rawValue)"
        if paragraphStyles[name] == nil { paragraphStyles[name] = (parent, language) }
        return name
    }

    private mutating func spans(_ inlines: [Inline]) {
        for inline in inlines {
            switch inline {
            case .text(let text): self.text(text)
            case .strong(let inner):
                out += "<text:span text:style-name=\"Strong_20_Emphasis\">"
                spans(inner)
                out += "</text:span>"
            case .emphasis(let inner):
                out += "<text:span text:style-name=\"Emphasis\">"
                spans(inner)
                out += "</text:span>"
            case .lineBreak:
                out += "<text:line-break/>"
                atParagraphStart = false
            }
        }
    }

    /// Text with ODF's white-space rules: runs of spaces, leading spaces, tabs and newlines
    /// become `text:s`, `text:tab`, `text:line-break` so nothing collapses.
    private mutating func text(_ text: String) {
        guard !text.isEmpty else { return }
        var simple = !(atParagraphStart && text.utf8.first == 0x20)
        if simple {
            var previousSpace = false
            for b in text.utf8 {
                if b == 0x09 || b == 0x0A || b == 0x0D || (b == 0x20 && previousSpace) { simple = false; break }
                previousSpace = b == 0x20
            }
        }
        atParagraphStart = false
        if simple { XMLEscaping.append(text, to: &out); return }
        var piece = ""
        var spaces = 0
        var lineStart = out.hasSuffix("\">") // after the paragraph's start tag
        func flushSpaces(_ out: inout String) {
            guard spaces > 0 else { return }
            if lineStart { out += spaces == 1 ? "<text:s/>" : "<text:s text:c=\"\(spaces)\"/>" }
            else {
                out += " "
                if spaces > 1 { out += spaces == 2 ? "<text:s/>" : "<text:s text:c=\"\(spaces - 1)\"/>" }
            }
            spaces = 0
            lineStart = false
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ":
                if !piece.isEmpty { XMLEscaping.append(piece, to: &out); piece = ""; lineStart = false }
                spaces += 1
            case "\t", "\n", "\r":
                if !piece.isEmpty { XMLEscaping.append(piece, to: &out); piece = "" }
                flushSpaces(&out)
                if scalar == "\t" { out += "<text:tab/>" } else if scalar == "\n" { out += "<text:line-break/>"; lineStart = true }
                if scalar == "\t" { lineStart = false }
            default:
                flushSpaces(&out)
                piece.unicodeScalars.append(scalar)
                lineStart = false
            }
        }
        if !piece.isEmpty { XMLEscaping.append(piece, to: &out) }
        flushSpaces(&out)
    }

    // MARK: Automatic styles

    /// The `office:automatic-styles` element for the body built so far.
    func automaticStyles() -> String {
        var s = "<office:automatic-styles>"
        for name in paragraphStyles.keys.sorted() {
            let (parent, language) = paragraphStyles[name]!
            s += "<style:style style:name=\"\(name)\" style:family=\"paragraph\" style:parent-style-name=\"\(parent)\">"
            s += "<style:text-properties \(OdtParts.languageProperties(language))/></style:style>"
        }
        if usesBreak {
            s += "<style:style style:name=\"MoUBreak\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
                + "<style:paragraph-properties fo:break-before=\"page\" fo:margin-top=\"0cm\" fo:margin-bottom=\"0cm\"/><style:text-properties fo:font-size=\"2pt\"/></style:style>"
        }
        if tableCount > 0 {
            s += "<style:style style:name=\"MoUTable\" style:family=\"table\"><style:table-properties style:width=\"\(OdtParts.cm(PageGeometry.textWidthCm))\" table:align=\"margins\" style:may-break-between-rows=\"true\"/></style:style>"
            for n in columnCounts.sorted() {
                s += "<style:style style:name=\"MoUColumn\(n)\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"\(OdtParts.cm(PageGeometry.textWidthCm / Double(n)))\" style:rel-column-width=\"1000*\"/></style:style>"
            }
            s += "<style:style style:name=\"MoURow\" style:family=\"table-row\"><style:table-row-properties fo:keep-together=\"auto\"/></style:style>"
            s += "<style:style style:name=\"MoURowKeep\" style:family=\"table-row\"><style:table-row-properties fo:keep-together=\"always\"/></style:style>"
            s += "<style:style style:name=\"MoUCell\" style:family=\"table-cell\"><style:table-cell-properties fo:padding-left=\"0.15cm\" fo:padding-right=\"0.15cm\" fo:padding-top=\"0.05cm\" fo:padding-bottom=\"0.05cm\" fo:border=\"none\"/></style:style>"
            s += "<style:style style:name=\"MoUCellBorder\" style:family=\"table-cell\"><style:table-cell-properties fo:padding=\"0.1cm\" fo:border=\"0.5pt solid #000000\"/></style:style>"
        }
        return s + "</office:automatic-styles>"
    }
}

extension OdtParts {
    static func cm(_ value: Double) -> String {
        let hundredths = Int((value * 1000).rounded())
        return "\(hundredths / 1000).\(String(format: "%03d", hundredths % 1000))cm"
    }
}
