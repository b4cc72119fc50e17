import DocumentModel
import Foundation

/// Reads ODF text: `text:h` headings by outline level, paragraphs, lists, tables; tracked
/// changes (deleted text lives in `text:tracked-changes`, inserted text between change marks)
/// accepted or rejected; annotations counted and skipped.
struct OdtReader {
    let zip: ZipReader
    let options: ReadOptions

    func read() throws -> ReadResult {
        if let manifest = zip.entry(named: "META-INF/manifest.xml") {
            let data = try zip.data(manifest.name)
            if data.range(of: Data("encryption-data".utf8)) != nil { throw ReadError.encrypted(file: zip.fileName) }
        }
        if zip.entries.contains(where: { $0.name.hasPrefix("Basic/") && $0.name.hasSuffix(".xml") && !$0.name.hasSuffix("script-lc.xml") && !$0.name.hasSuffix("dialog-lc.xml") }) {
            throw ReadError.macroEnabled(file: zip.fileName)
        }
        let stream = try zip.open("content.xml")
        defer { stream.close() }
        let xml = try SafeXMLReader(stream: stream, fileName: zip.fileName, limits: options.limits)
        var state = State(reject: options.trackedChanges == .reject)
        while let event = try xml.next() {
            try state.handle(event, xml)
        }
        return ReadResult(document: Document(blocks: SideBySideTables.align(state.collector.finish())), format: .odt,
                          trackedChanges: state.changeKinds.values.filter { $0 != "format-change" }.count,
                          comments: state.comments)
    }

    struct State {
        let reject: Bool
        var collector = BlockCollector()
        var text = TextAccumulator()
        /// Paragraph nesting (a note or a frame can hold paragraphs inside a paragraph).
        var paragraphKind: [(heading: Int?, title: Bool)] = []
        var listDepth = 0
        var comments = 0
        /// Tracked-changes region being read: its id and kind, and the text of deleted paragraphs.
        var region: String?
        var changeKinds: [String: String] = [:]
        var deletedText: [String: String] = [:]
        var suppressedInsertions: Set<String> = []

        init(reject: Bool) { self.reject = reject }

        mutating func handle(_ event: XMLEvent, _ xml: SafeXMLReader) throws {
            switch event {
            case .start(.odfText, let name):
                switch name {
                case .changedRegion:
                    region = xml.attribute("id") ?? ""
                case .insertion, .deletion, .formatChange:
                    if let id = region { changeKinds[id] = name.rawValue }
                case .p, .h:
                    if region != nil { break }
                    let level = name == .h ? Int(xml.attribute("outline-level", .odfText) ?? "1") ?? 1 : nil
                    let style = (xml.attribute("style-name", .odfText) ?? "").lowercased()
                    if !paragraphKind.isEmpty { flushParagraph(keepOpen: true) }
                    paragraphKind.append((level.map { min(max($0, 1), 3) }, style == "title"))
                case .s:
                    if !hidden { text.append(String(repeating: " ", count: Int(xml.attribute("c", .odfText) ?? "1") ?? 1)) }
                case .tab: if !hidden { text.append(" ") }
                case .lineBreak: if !hidden { text.append("\n") }
                case .note, .sequenceDecls, .variableDecls, .userFieldDecls, .tableOfContent, .bookmarkRef:
                    try xml.skipElement()
                case .list: listDepth += 1
                case .changeStart:
                    if let id = xml.attribute("change-id", .odfText), reject, changeKinds[id] == "insertion" {
                        suppressedInsertions.insert(id)
                    }
                case .changeEnd:
                    if let id = xml.attribute("change-id", .odfText) { suppressedInsertions.remove(id) }
                case .change:
                    if let id = xml.attribute("change-id", .odfText), reject, let deleted = deletedText[id] {
                        text.append(deleted)
                    }
                default: break
                }
            case .end(.odfText, let name):
                switch name {
                case .changedRegion: region = nil
                case .p, .h:
                    if region != nil { break }
                    flushParagraph(keepOpen: false)
                case .list: listDepth -= 1
                default: break
                }
            case .start(.odfOffice, let name):
                if name == .annotation {
                    comments += 1
                    try xml.skipElement()
                } else if name == .changeInfo || name == .forms {
                    try xml.skipElement()
                }
            case .start(.odfTable, let name):
                switch name {
                case .table:
                    if !paragraphKind.isEmpty { flushParagraph(keepOpen: true) }
                    collector.beginTable()
                case .tableRow: collector.beginRow()
                case .tableCell, .coveredTableCell: collector.beginCell()
                default: break
                }
            case .end(.odfTable, let name):
                switch name {
                case .table: collector.endTable()
                case .tableRow: collector.endRow()
                case .tableCell, .coveredTableCell:
                    collector.endCell()
                default: break
                }
            case .start(.other, let name) where name == .frame || name == .customShape:
                try xml.skipElement()
            case .start, .end:
                break
            case .text:
                if let id = region {
                    let s = xml.text
                    if changeKinds[id] == "deletion" { deletedText[id, default: ""] += deletedText[id, default: ""].isEmpty ? s : " " + s }
                } else if !paragraphKind.isEmpty && !hidden {
                    xml.appendText(to: &text)
                }
            }
        }

        var hidden: Bool { !suppressedInsertions.isEmpty }

        mutating func flushParagraph(keepOpen: Bool) {
            let kind = keepOpen ? paragraphKind.last : paragraphKind.popLast()
            let content = text.takeInlines()
            guard let kind, !content.isEmpty else { return }
            if kind.title {
                collector.add(Block(.title(content)))
            } else if let level = kind.heading {
                collector.add(Block(.heading(level: level, content)))
            } else {
                collector.add(Block(.paragraph(content)), listItem: listDepth > 0)
            }
        }
    }
}
