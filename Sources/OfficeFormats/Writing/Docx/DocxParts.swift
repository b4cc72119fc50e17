import DocumentModel
import Linguistics

/// The fixed parts of a DOCX package, and the few that take a value from the document.
/// Precomputed strings: the writer's time goes into the body, not into boilerplate.
enum DocxParts {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let relsNS = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// `[Content_Types].xml`, with `extra` overrides (reference header/footer parts) and defaults
    /// (reference media extensions).
    static func contentTypes(overrides: [(part: String, type: String)], defaults: [(ext: String, type: String)]) -> String {
        var s = declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        s += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        s += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        for d in defaults { s += "<Default Extension=\"\(XMLEscaping.escaped(d.ext))\" ContentType=\"\(XMLEscaping.escaped(d.type))\"/>" }
        let wml = "application/vnd.openxmlformats-officedocument.wordprocessingml."
        for (part, type) in [("/word/document.xml", wml + "document.main+xml"),
                             ("/word/styles.xml", wml + "styles+xml"),
                             ("/word/numbering.xml", wml + "numbering+xml"),
                             ("/word/settings.xml", wml + "settings+xml"),
                             ("/word/fontTable.xml", wml + "fontTable+xml"),
                             ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                             ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")]
            + overrides {
            s += "<Override PartName=\"\(XMLEscaping.escaped(part))\" ContentType=\"\(XMLEscaping.escaped(type))\"/>"
        }
        return s + "</Types>"
    }

    static let packageRels = declaration + "<Relationships xmlns=\"\(relsNS)\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>"

    static let relType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    /// `word/_rels/document.xml.rels`: the fixed parts plus `extra` (id, type suffix, target).
    static func documentRels(_ extra: [(id: String, type: String, target: String)]) -> String {
        var s = declaration + "<Relationships xmlns=\"\(relsNS)\">"
        for (id, type, target) in [("rIdStyles", "styles", "styles.xml"), ("rIdNumbering", "numbering", "numbering.xml"),
                                   ("rIdSettings", "settings", "settings.xml"), ("rIdFonts", "fontTable", "fontTable.xml")] + extra {
            s += "<Relationship Id=\"\(XMLEscaping.escaped(id))\" Type=\"\(relType)\(XMLEscaping.escaped(type))\" Target=\"\(XMLEscaping.escaped(target))\"/>"
        }
        return s + "</Relationships>"
    }

    static let documentStart = declaration + "<w:document xmlns:w=\"\(w)\" xmlns:r=\"\(r)\"><w:body>"
    static let documentEnd = "</w:body></w:document>"

    /// The section properties: A4, 2 cm margins, the footer (or the reference's headers and footers).
    static func sectionProperties(references: String) -> String {
        let g = PageGeometry.self
        return "<w:sectPr>" + references
            + "<w:pgSz w:w=\"\(g.widthTwips)\" w:h=\"\(g.heightTwips)\"/>"
            + "<w:pgMar w:top=\"\(g.marginTwips)\" w:right=\"\(g.marginTwips)\" w:bottom=\"\(g.marginTwips)\" w:left=\"\(g.marginTwips)\" w:header=\"\(g.footerTwips)\" w:footer=\"\(g.footerTwips)\" w:gutter=\"0\"/>"
            + "<w:cols w:space=\"708\"/></w:sectPr>"
    }

    static func footer(_ language: Language) -> String {
        let f = PageFooter(language)
        let lang = DocxBody.langElement(language)
        func run(_ text: String) -> String {
            text.isEmpty ? "" : "<w:r><w:rPr>\(lang)</w:rPr><w:t xml:space=\"preserve\">\(XMLEscaping.escaped(text))</w:t></w:r>"
        }
        func field(_ name: String) -> String {
            "<w:fldSimple w:instr=\" \(name) \"><w:r><w:rPr>\(lang)</w:rPr><w:t>1</w:t></w:r></w:fldSimple>"
        }
        return declaration + "<w:ftr xmlns:w=\"\(w)\" xmlns:r=\"\(r)\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:rPr>\(lang)</w:rPr></w:pPr>"
            + run(f.beforePage) + field("PAGE") + run(f.betweenPageAndCount) + field("NUMPAGES") + run(f.afterCount)
            + "</w:p></w:ftr>"
    }

    static let settings = declaration + "<w:settings xmlns:w=\"\(w)\"><w:defaultTabStop w:val=\"709\"/>"
        + "<w:autoHyphenation w:val=\"true\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
        + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
        + "</w:settings>"

    static let fontTable = declaration + "<w:fonts xmlns:w=\"\(w)\">"
        + "<w:font w:name=\"\(Fonts.docxSerif)\"><w:altName w:val=\"\(Fonts.docxSerifAlternative)\"/><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font>"
        + "</w:fonts>"

    static let app = declaration + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>MoUKit</Application></Properties>"

    static func core(_ metadata: Metadata, language: Language) -> String {
        var s = declaration + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        if !metadata.title.isEmpty { s += "<dc:title>\(XMLEscaping.escaped(metadata.title))</dc:title>" }
        if !metadata.subject.isEmpty { s += "<dc:subject>\(XMLEscaping.escaped(metadata.subject))</dc:subject>" }
        if !metadata.creator.isEmpty { s += "<dc:creator>\(XMLEscaping.escaped(metadata.creator))</dc:creator>" }
        s += "<dc:language>\(language.regionTag)</dc:language>"
        if let created = metadata.created.flatMap(DocumentDates.dateTime) {
            s += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(XMLEscaping.escaped(created))</dcterms:created>"
            s += "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(XMLEscaping.escaped(created))</dcterms:modified>"
        }
        return s + "</cp:coreProperties>"
    }

    /// numbering.xml: two abstract numberings (decimal, bullet) and one `w:num` per list, each
    /// restarting at its own start.
    static func numbering(_ lists: [(ordered: Bool, level: Int, start: Int)]) -> String {
        var s = numberingStart
        for (i, list) in lists.enumerated() {
            s += "<w:num w:numId=\"\(i + 1)\"><w:abstractNumId w:val=\"\(list.ordered ? 1 : 2)\"/>"
            s += "<w:lvlOverride w:ilvl=\"\(list.level)\"><w:startOverride w:val=\"\(list.start)\"/></w:lvlOverride></w:num>"
        }
        return s + "</w:numbering>"
    }

    private static let numberingStart: String = {
        var s = declaration + "<w:numbering xmlns:w=\"\(w)\">"
        let formats = ["decimal", "lowerLetter", "lowerRoman"]
        let bullets = ["•", "–", "▪"]
        for (id, ordered) in [(1, true), (2, false)] {
            s += "<w:abstractNum w:abstractNumId=\"\(id)\"><w:multiLevelType w:val=\"multilevel\"/>"
            for level in 0..<9 {
                let format = ordered ? formats[level % 3] : "bullet"
                let text = ordered ? "%\(level + 1)." : bullets[level % 3]
                s += "<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(format)\"/>"
                s += "<w:lvlText w:val=\"\(text)\"/><w:lvlJc w:val=\"left\"/>"
                s += "<w:pPr><w:ind w:left=\"\(DocxBody.indent(level))\" w:hanging=\"425\"/></w:pPr></w:lvl>"
            }
            s += "</w:abstractNum>"
        }
        return s
    }()
}
