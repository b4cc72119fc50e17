import DocumentModel
import Foundation
import Linguistics

/// Writes a `Document` as a DOCX package (WordprocessingML, ECMA-376 transitional) that passes
/// the official schemas: named styles, real list numbering, per-run languages, A4 with a
/// "Page X of Y" footer in the main language, and a reference document's letterhead on request.
public struct DocxWriter: Sendable {
    public var options: WriterOptions

    public init(options: WriterOptions = WriterOptions()) {
        self.options = options
    }

    public func write(_ doc: Document) throws(OfficeWriteError) -> Data {
        let reference: DocxReference?
        if let url = options.referenceDocument {
            reference = try DocxReference(url: url, language: doc.mainLanguage)
        } else {
            reference = nil
        }
        do {
            return try build(doc, reference: reference)
        } catch let error as OfficeWriteError {
            throw error
        } catch {
            throw .zip("\(error)")
        }
    }

    private func build(_ doc: Document, reference: DocxReference?) throws -> Data {
        let language = doc.mainLanguage
        var body = DocxBody(capacity: max(64 << 10, doc.blocks.count * 600))
        body.out += DocxParts.documentStart
        body.blocks(doc.blocks, language: language, width: reference?.textWidth ?? PageGeometry.textWidthTwips)
        body.finishBody()
        var zip = try ZipWriter()
        try zip.add("[Content_Types].xml", text: DocxParts.contentTypes(
            overrides: (reference?.overrides ?? [("/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml")]),
            defaults: reference?.defaults ?? []))
        try zip.add("_rels/.rels", text: DocxParts.packageRels)
        if let reference {
            body.out += reference.sectionProperties
            body.out += DocxParts.documentEnd
            try zip.add("word/document.xml", text: body.out)
            try zip.add("word/_rels/document.xml.rels", text: DocxParts.documentRels(reference.relationships))
            try zip.add("word/styles.xml", text: reference.styles)
            for (name, data) in reference.parts { try zip.add(name, data: data) }
        } else {
            body.out += DocxParts.sectionProperties(references: "<w:footerReference w:type=\"default\" r:id=\"rIdFooter1\"/>")
            body.out += DocxParts.documentEnd
            try zip.add("word/document.xml", text: body.out)
            try zip.add("word/_rels/document.xml.rels", text: DocxParts.documentRels([("rIdFooter1", "footer", "footer1.xml")]))
            try zip.add("word/styles.xml", text: DocxStyles.part(language))
            try zip.add("word/footer1.xml", text: DocxParts.footer(language))
        }
        try zip.add("word/numbering.xml", text: DocxParts.numbering(body.lists))
        try zip.add("word/settings.xml", text: DocxParts.settings)
        try zip.add("word/fontTable.xml", text: DocxParts.fontTable)
        try zip.add("docProps/core.xml", text: DocxParts.core(doc.metadata, language: language))
        try zip.add("docProps/app.xml", text: DocxParts.app)
        return try zip.finish()
    }
}
