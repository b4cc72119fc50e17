import DocumentModel
import Foundation
import Linguistics

/// Writes a `Document` as an ODT package (OpenDocument 1.3): `mimetype` first and stored, a
/// manifest listing every part, named styles, real lists, per-paragraph languages, A4 with a
/// "Page X of Y" footer in the main language, and a reference document's letterhead on request.
public struct OdtWriter: Sendable {
    public var options: WriterOptions

    public init(options: WriterOptions = WriterOptions()) {
        self.options = options
    }

    public func write(_ doc: Document) throws(OfficeWriteError) -> Data {
        let language = doc.mainLanguage
        let reference: OdtReference?
        if let url = options.referenceDocument {
            reference = try OdtReference(url: url, language: language)
        } else {
            reference = nil
        }
        do {
            var body = OdtBody(capacity: max(64 << 10, doc.blocks.count * 500))
            body.out += "<office:body><office:text>"
            body.blocks(doc.blocks, language: language)
            body.out += "</office:text></office:body></office:document-content>"
            let content = OdtParts.contentStart + body.automaticStyles() + body.out
            var zip = try ZipWriter()
            try zip.add("mimetype", text: OdtParts.mimetype, stored: true)
            try zip.add("content.xml", text: content)
            try zip.add("styles.xml", text: reference?.styles ?? OdtParts.styles(language))
            try zip.add("meta.xml", text: OdtParts.meta(doc.metadata, language: language))
            for (name, _, data) in reference?.parts ?? [] { try zip.add(name, data: data) }
            try zip.add("META-INF/manifest.xml", text: OdtParts.manifest(extra: (reference?.parts ?? []).map { ($0.name, $0.type) }))
            return try zip.finish()
        } catch let error as OfficeWriteError {
            throw error
        } catch {
            throw .zip("\(error)")
        }
    }
}
