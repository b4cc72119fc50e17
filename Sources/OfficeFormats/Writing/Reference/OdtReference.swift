import CLibXML2
import Foundation
import Linguistics

/// What an ODT reference document contributes: its styles.xml (styles, page layout, master
/// pages with header and footer), completed with the named styles ours use that it lacks, and
/// the pictures it names.
struct OdtReference {
    static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let manifestNS = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"

    var styles = ""
    var parts: [(name: String, type: String, data: Data)] = []

    init(url: URL, language: Language) throws(OfficeWriteError) {
        let archive = try ReferenceArchive(url: url)
        let file = archive.fileName
        guard let mimetype = archive.data("mimetype").flatMap({ String(data: $0, encoding: .utf8) }),
              mimetype.hasPrefix("application/vnd.oasis.opendocument.text") else {
            throw .unusableReference(file: file, part: "mimetype", reason: "not an OpenDocument text (ODT or OTT) file")
        }
        let xml = try archive.xml("styles.xml")
        guard ReferenceXML.is(xml.root, "document-styles", Self.office) else {
            throw .unusableReference(file: file, part: "styles.xml", reason: "root element is not office:document-styles")
        }
        let officeStyles = xml.children(xml.root).first { ReferenceXML.is($0, "styles", Self.office) }
        var present = Set<String>()
        for child in officeStyles.map({ xml.children($0) }) ?? [] {
            if let name = ReferenceXML.attribute(child, "name", ns: Self.style) { present.insert(name) }
        }
        // Our named styles the reference lacks, each declaring the namespaces it uses.
        let declarations = OdtParts.namespaces
        let missing = OdtParts.namedStyles.filter { !present.contains($0.name) }.map { item -> String in
            let tag = item.xml.hasPrefix("<text:") ? "<text:list-style " : "<style:style "
            return item.xml.replacingOccurrences(of: tag, with: tag + declarations + " ", options: .anchored)
        }.joined()
        var text = xml.text
        if officeStyles == nil {
            guard let range = text.range(of: "<office:automatic-styles") ?? text.range(of: "<office:master-styles") else {
                throw .unusableReference(file: file, part: "styles.xml", reason: "has no office:styles")
            }
            text.insert(contentsOf: "<office:styles>" + missing + "</office:styles>", at: range.lowerBound)
        } else {
            guard let close = text.range(of: "</office:styles>") else {
                throw .unusableReference(file: file, part: "styles.xml", reason: "office:styles must use the office: prefix")
            }
            text.insert(contentsOf: missing, at: close.lowerBound)
        }
        // A reference without a footer on its first master page gets our page numbers.
        if let start = text.range(of: "<style:master-page "), let end = text.range(of: "</style:master-page>", range: start.upperBound..<text.endIndex),
           !text[start.upperBound..<end.lowerBound].contains("<style:footer") {
            text.insert(contentsOf: OdtParts.footer(language), at: end.lowerBound)
        }
        // Every part must carry the same ODF version as ours.
        text = text.replacingOccurrences(of: "office:version=\"1.2\"", with: "office:version=\"1.3\"")
        guard text.contains("office:version=\"1.3\"") else {
            throw .unusableReference(file: file, part: "styles.xml", reason: "is not ODF 1.2 or 1.3")
        }
        styles = text

        // Pictures the styles name (a letterhead's logo), with their media types from the manifest.
        var types: [String: String] = [:]
        if let manifest = archive.data("META-INF/manifest.xml") {
            let m = try ReferenceXML(manifest, file: file, part: "META-INF/manifest.xml")
            for entry in m.elements("file-entry", ns: Self.manifestNS) {
                if let path = ReferenceXML.attribute(entry, "full-path", ns: Self.manifestNS),
                   let type = ReferenceXML.attribute(entry, "media-type", ns: Self.manifestNS) { types[path] = type }
            }
        }
        for name in archive.names where name.hasPrefix("Pictures/") && text.contains(name) {
            parts.append((name, types[name] ?? "application/octet-stream", archive.data(name)!))
        }
    }
}
