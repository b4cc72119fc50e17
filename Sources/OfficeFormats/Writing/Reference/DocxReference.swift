import CLibXML2
import Foundation
import Linguistics

/// What a DOCX reference document contributes: its styles (completed with ours it lacks), its
/// page size and margins, and its headers and footers with the parts they need (a letterhead).
struct DocxReference {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let relsNS = "http://schemas.openxmlformats.org/package/2006/relationships"

    var styles = ""
    var sectionProperties = ""
    /// Relationships for word/_rels/document.xml.rels beyond the built-in ones.
    var relationships: [(id: String, type: String, target: String)] = []
    /// Copied parts, by zip name.
    var parts: [(String, Data)] = []
    var overrides: [(part: String, type: String)] = []
    var defaults: [(ext: String, type: String)] = []
    /// The width between the reference's margins (twips): tables fill it.
    var textWidth = PageGeometry.textWidthTwips

    init(url: URL, language: Language) throws(OfficeWriteError) {
        let archive = try ReferenceArchive(url: url)
        let file = archive.fileName
        guard archive.data("word/document.xml") != nil else {
            throw .unusableReference(file: file, part: nil, reason: "has no word/document.xml (is it a DOCX file?)")
        }
        // Styles: the reference's, plus the named styles our documents use that it lacks.
        let stylesXML = try archive.xml("word/styles.xml")
        guard ReferenceXML.is(stylesXML.root, "styles", Self.w) else {
            throw .unusableReference(file: file, part: "word/styles.xml", reason: "root element is not w:styles")
        }
        let present = Set(stylesXML.elements("style", ns: Self.w).compactMap { ReferenceXML.attribute($0, "styleId", ns: Self.w) })
        let missing = DocxStyles.definitions.filter { !present.contains($0.id) }
            .map { $0.xml.replacingOccurrences(of: "<w:style ", with: "<w:style xmlns:w=\"\(Self.w)\" ") }.joined()
        guard let close = stylesXML.text.range(of: "</", options: .backwards) else {
            throw .unusableReference(file: file, part: "word/styles.xml", reason: "not well-formed XML")
        }
        styles = stylesXML.text.replacingCharacters(in: close.lowerBound..<close.lowerBound, with: missing)

        // Section properties: page size and margins, header and footer references.
        let documentXML = try archive.xml("word/document.xml")
        let body = documentXML.children(documentXML.root).first { ReferenceXML.is($0, "body", Self.w) }
        let sectPr = body.flatMap { documentXML.children($0).last { ReferenceXML.is($0, "sectPr", Self.w) } }
        var rels: [String: (type: String, target: String)] = [:]
        if let relsData = archive.data("word/_rels/document.xml.rels") {
            let relsXML = try ReferenceXML(relsData, file: file, part: "word/_rels/document.xml.rels")
            for rel in relsXML.elements("Relationship", ns: Self.relsNS) {
                guard ReferenceXML.attribute(rel, "TargetMode", ns: nil) != "External",
                      let id = ReferenceXML.attribute(rel, "Id", ns: nil),
                      let type = ReferenceXML.attribute(rel, "Type", ns: nil),
                      let target = ReferenceXML.attribute(rel, "Target", ns: nil) else { continue }
                rels[id] = (type, target)
            }
        }
        var references = ""
        var pageSize = "", margins = "", titlePage = ""
        var hasDefaultFooter = false
        var pageWidth: Int?, horizontalMargins: Int?
        var copied = Set<String>()
        for child in sectPr.map({ documentXML.children($0) }) ?? [] {
            let name = ReferenceXML.localName(child)
            switch name {
            case "headerReference", "footerReference":
                guard let id = ReferenceXML.attribute(child, "id", ns: Self.r), let rel = rels[id] else { continue }
                let kind = ReferenceXML.attribute(child, "type", ns: Self.w) ?? "default"
                let part = Self.resolve(rel.target, from: "word/")
                guard let data = archive.data(part) else {
                    throw .unusableReference(file: file, part: part, reason: "is referenced but missing")
                }
                _ = try ReferenceXML(data, file: file, part: part)
                let newId = "rIdRef\(relationships.count + 1)"
                let isHeader = name == "headerReference"
                if !isHeader && kind == "default" { hasDefaultFooter = true }
                relationships.append((newId, isHeader ? "header" : "footer", String(part.dropFirst("word/".count))))
                references += "<w:\(name) w:type=\"\(XMLEscaping.escaped(kind))\" r:id=\"\(newId)\"/>"
                if copied.insert(part).inserted {
                    parts.append((part, data))
                    overrides.append(("/" + part, "application/vnd.openxmlformats-officedocument.wordprocessingml.\(isHeader ? "header" : "footer")+xml"))
                    try copyRelatedParts(of: part, archive: archive, copied: &copied)
                }
            case "pgSz":
                pageSize = Self.copyAttributes(child, ["w", "h", "orient", "code"], element: "pgSz")
                pageWidth = ReferenceXML.attribute(child, "w", ns: Self.w).flatMap { Int($0) }
            case "pgMar":
                margins = Self.copyAttributes(child, ["top", "right", "bottom", "left", "header", "footer", "gutter"], element: "pgMar")
                horizontalMargins = ["left", "right", "gutter"].compactMap { ReferenceXML.attribute(child, $0, ns: Self.w).flatMap { Int($0) } }.reduce(0, +)
            case "titlePg":
                titlePage = "<w:titlePg/>"
            default:
                continue
            }
        }
        if !hasDefaultFooter {
            // The reference has no footer of its own: add the page numbers, under a name no
            // reference part can have taken.
            references += "<w:footerReference w:type=\"default\" r:id=\"rIdFooterMoU\"/>"
            relationships.append(("rIdFooterMoU", "footer", "footerMoU.xml"))
            overrides.append(("/word/footerMoU.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"))
            parts.append(("word/footerMoU.xml", Data(DocxParts.footer(language).utf8)))
        }
        if pageSize.isEmpty || margins.isEmpty {
            let fallback = DocxParts.sectionProperties(references: "")
            if pageSize.isEmpty, let r = fallback.range(of: "<w:pgSz[^>]*/>", options: .regularExpression) { pageSize = String(fallback[r]) }
            if margins.isEmpty, let r = fallback.range(of: "<w:pgMar[^>]*/>", options: .regularExpression) { margins = String(fallback[r]) }
        }
        if let pageWidth, let horizontalMargins, pageWidth - horizontalMargins > 1440 { textWidth = pageWidth - horizontalMargins }
        sectionProperties = "<w:sectPr>" + references + pageSize + margins + "<w:cols w:space=\"708\"/>" + titlePage + "</w:sectPr>"

        // Media types for copied non-XML parts, from the reference's own content types.
        if let typesData = archive.data("[Content_Types].xml") {
            let types = try ReferenceXML(typesData, file: file, part: "[Content_Types].xml")
            let copiedExtensions = Set(parts.map { ($0.0 as NSString).pathExtension.lowercased() })
            for d in types.elements("Default", ns: "http://schemas.openxmlformats.org/package/2006/content-types") {
                guard let ext = ReferenceXML.attribute(d, "Extension", ns: nil)?.lowercased(),
                      let type = ReferenceXML.attribute(d, "ContentType", ns: nil),
                      ext != "xml", ext != "rels", copiedExtensions.contains(ext) else { continue }
                defaults.append((ext, type))
            }
        }
    }

    /// Copies a header's or footer's relationships part and the parts it names (images).
    private mutating func copyRelatedParts(of part: String, archive: ReferenceArchive, copied: inout Set<String>) throws(OfficeWriteError) {
        let directory = (part as NSString).deletingLastPathComponent
        let relsName = directory + "/_rels/" + (part as NSString).lastPathComponent + ".rels"
        guard let relsData = archive.data(relsName) else { return }
        let relsXML = try ReferenceXML(relsData, file: archive.fileName, part: relsName)
        parts.append((relsName, relsData))
        copied.insert(relsName)
        for rel in relsXML.elements("Relationship", ns: Self.relsNS) {
            guard ReferenceXML.attribute(rel, "TargetMode", ns: nil) != "External",
                  let target = ReferenceXML.attribute(rel, "Target", ns: nil) else { continue }
            let name = Self.resolve(target, from: directory + "/")
            guard let data = archive.data(name) else {
                throw .unusableReference(file: archive.fileName, part: relsName, reason: "names \(target), which is missing")
            }
            if copied.insert(name).inserted { parts.append((name, data)) }
        }
    }

    /// Resolves a relationship target against the source part's folder.
    static func resolve(_ target: String, from base: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var components = base.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = components.popLast() } else if piece != "." { components.append(String(piece)) }
        }
        return components.joined(separator: "/")
    }

    private static func copyAttributes(_ node: xmlNodePtr, _ names: [String], element: String) -> String {
        var s = "<w:\(element)"
        for name in names {
            if let value = ReferenceXML.attribute(node, name, ns: w) { s += " w:\(name)=\"\(XMLEscaping.escaped(value))\"" }
        }
        return s + "/>"
    }
}
