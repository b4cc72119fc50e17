import DocumentModel
import Foundation

/// Reads WordprocessingML: headings from paragraph styles (resolved through `basedOn`) or
/// outline levels, lists from numbering properties, tables cell by cell, tracked changes
/// accepted or rejected, comments counted. Text boxes and drawings are skipped.
struct DocxReader {
    let zip: ZipReader
    let options: ReadOptions

    init(zip: ZipReader, options: ReadOptions) {
        self.zip = zip
        self.options = options
    }

    func read() throws -> ReadResult {
        if zip.entry(named: "word/vbaProject.bin") != nil { throw ReadError.macroEnabled(file: zip.fileName) }
        if zip.entries.contains(where: \.encrypted) { throw ReadError.encrypted(file: zip.fileName) }
        let styles = try zip.entry(named: "word/styles.xml") != nil ? readStyles() : [:]
        let stream = try zip.open("word/document.xml")
        defer { stream.close() }
        let xml = try SafeXMLReader(stream: stream, fileName: zip.fileName, limits: options.limits, skipping: DocxReader.skipped)
        var state = BodyState(styles: styles, reject: options.trackedChanges == .reject)
        while let event = try xml.next() {
            try state.handle(event, xml)
        }
        let blocks = state.collector.finish()
        var notes: [String] = []
        if state.skippedBoxes > 0 { notes.append("\(state.skippedBoxes) text box(es) or drawing(s) skipped") }
        return ReadResult(document: Document(blocks: SideBySideTables.align(blocks)), format: .docx,
                          trackedChanges: state.changes, comments: state.comments, notes: notes)
    }

    /// The body elements whose content the reader never looks at: properties, field codes,
    /// change records, note references, and drawings (counted as skipped boxes). `handle`
    /// skips exactly these; the parser passes over their content without parsing it.
    static let skipped = SkippedContent(
        ([.rPr, .sectPr, .tblPr, .tblGrid, .trPr, .tcPr, .sdtPr, .instrText, .delInstrText, .pPrChange, .rPrChange,
          .footnoteReference, .endnoteReference, .fldData] + boxes).map { (XMLNamespace.wordML, $0) }
        + [(.markupCompat, .AlternateContent)])
    private static let boxes: [XMLName] = [.drawing, .pict, .object]

    /// Paragraph style id → heading kind.
    enum HeadingKind: Equatable { case title, level(Int) }

    private func readStyles() throws -> [String: HeadingKind] {
        let stream = try zip.open("word/styles.xml")
        defer { stream.close() }
        // Character and table formatting is most of a styles part, and in a part Word wrote,
        // the latent styles (hundreds of `lsdException` elements, most of its bytes); only
        // names, bases and outline levels matter here.
        let xml = try SafeXMLReader(stream: stream, fileName: zip.fileName, limits: options.limits,
                                    skipping: SkippedContent([.rPr, .tblPr, .trPr, .tcPr, .latentStyles, .docDefaults].map { (.wordML, $0) }))
        struct Raw { var name = ""; var basedOn: String?; var outline: Int? }
        var raw: [String: Raw] = [:]
        // The style being read, stored when it ends: editing it inside the dictionary
        // (`raw[id]?.name = …`) heap-allocated a frame for each edit.
        var current: (id: String, raw: Raw)?
        var inPPr = false
        while let event = try xml.next() {
            switch event {
            case .start(.wordML, .style):
                current = xml.attribute("type", .wordML) == "paragraph" ? xml.attribute("styleId", .wordML).map { ($0, Raw()) } : nil
            case .start(.wordML, .name) where current != nil:
                current!.raw.name = xml.attribute("val", .wordML) ?? ""
            case .start(.wordML, .basedOn) where current != nil:
                current!.raw.basedOn = xml.attribute("val", .wordML)
            case .start(.wordML, .pPr): inPPr = true
            case .end(.wordML, .pPr): inPPr = false
            case .start(.wordML, .outlineLvl) where current != nil && inPPr:
                current!.raw.outline = xml.attribute("val", .wordML).flatMap(Int.init)
            case .start(.wordML, .rPr) where current != nil: try xml.skipElement()
            case .end(.wordML, .style):
                if let style = current { raw[style.id] = style.raw }
                current = nil
            default: break
            }
        }
        // Each style's answer once, its name lowered once: chains of `basedOn` asked the same
        // base styles again and again, lowering their names each time.
        var memo: [String: HeadingKind?] = [:]
        func kind(_ id: String, _ depth: Int) -> HeadingKind? {
            if let known = memo[id] { return known }
            guard depth < 20, let r = raw[id] else { return nil }
            let answer = DocxReader.headingKind(id: id, name: r.name.lowercased(), outline: r.outline)
                ?? r.basedOn.flatMap { kind($0, depth + 1) }
            // A "none" found by running out of depth (a cycle) is not this style's answer.
            if answer != nil || r.basedOn == nil { memo[id] = answer }
            return answer
        }
        var out: [String: HeadingKind] = [:]
        for id in raw.keys { if let k = kind(id, 0) { out[id] = k } }
        return out
    }

    private static let titleNames: Set<String> = ["title", "başlık", "название", "заголовок"]
    private static let headingPrefixes = ["heading ", "başlık ", "заголовок "]

    /// A style's own heading kind from its id, lowered name and outline level, nil when it has
    /// none of its own (its base may still have one).
    private static func headingKind(id: String, name: String, outline: Int?) -> HeadingKind? {
        if titleNames.contains(name) || id.lowercased() == "title" { return .title }
        if let o = outline, o < 9 { return .level(min(o + 1, 3)) }
        for prefix in headingPrefixes where name.hasPrefix(prefix) {
            if let n = Int(name.dropFirst(prefix.count)) { return .level(min(max(n, 1), 3)) }
        }
        let lowered = id.lowercased()
        if let n = lowered.hasPrefix("heading") ? Int(lowered.dropFirst(7)) : nil { return .level(min(max(n, 1), 3)) }
        return nil
    }

    /// The streaming state over word/document.xml.
    struct BodyState {
        let styles: [String: HeadingKind]
        let reject: Bool
        var collector = BlockCollector()
        var text = TextAccumulator()
        var inParagraph = false
        var style: String?
        var outline: Int?
        var listItem = false
        var inserted = 0
        var deleted = 0
        var changes = 0
        var comments = 0
        var skippedBoxes = 0

        init(styles: [String: HeadingKind], reject: Bool) {
            self.styles = styles
            self.reject = reject
        }

        var hidden: Bool { reject ? inserted > 0 : deleted > 0 }

        mutating func handle(_ event: XMLEvent, _ xml: SafeXMLReader) throws {
            switch event {
            case .start(.wordML, let name):
                switch name {
                case .p:
                    if inParagraph { endParagraph() }
                    inParagraph = true
                    style = nil; outline = nil; listItem = false
                case .pStyle: style = xml.attribute("val", .wordML)
                case .outlineLvl: outline = xml.attribute("val", .wordML).flatMap(Int.init)
                case .numPr: listItem = true
                case .t: break
                case .delText: break
                case .tab, .ptab: if !hidden { text.append(" ") }
                case .br, .cr: if !hidden && xml.attribute("type", .wordML) != "page" { text.append("\n") }
                case .noBreakHyphen: if !hidden { text.append("-") }
                case .ins, .moveTo:
                    changes += 1
                    inserted += 1
                case .del, .moveFrom:
                    changes += 1
                    deleted += 1
                case .commentReference: comments += 1
                case .tbl:
                    if inParagraph { endParagraph() }
                    collector.beginTable()
                case .tr: collector.beginRow()
                case .tc: collector.beginCell()
                default:
                    if DocxReader.skipped.contains(.wordML, name) {
                        if DocxReader.boxes.contains(name) { skippedBoxes += 1 }
                        try xml.skipElement()
                    }
                }
            case .start(.markupCompat, .AlternateContent):
                skippedBoxes += 1
                try xml.skipElement()
            case .start:
                break
            case .end(.wordML, let name):
                switch name {
                case .p: endParagraph()
                case .ins, .moveTo: inserted -= 1
                case .del, .moveFrom: deleted -= 1
                case .tc:
                    if inParagraph { endParagraph() }
                    collector.endCell()
                case .tr: collector.endRow()
                case .tbl: collector.endTable()
                default: break
                }
            case .end:
                break
            case .text:
                if inParagraph && !hidden { xml.appendText(to: &text) }
            }
        }

        mutating func endParagraph() {
            inParagraph = false
            let content = text.takeInlines()
            guard !content.isEmpty else { return }
            let kind = style.flatMap { styles[$0] } ?? outline.flatMap { $0 < 9 ? .level(min($0 + 1, 3)) : nil }
            switch kind {
            case .title?: collector.add(Block(.title(content)))
            case .level(let n)?: collector.add(Block(.heading(level: n, content)))
            case nil: collector.add(Block(.paragraph(content)), listItem: listItem)
            }
        }
    }
}
