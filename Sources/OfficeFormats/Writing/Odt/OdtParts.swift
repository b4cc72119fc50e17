import DocumentModel
import Linguistics

/// The fixed parts of an ODT package (OpenDocument 1.3) and those that take a document value.
enum OdtParts {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    static let mimetype = "application/vnd.oasis.opendocument.text"
    static let namespaces = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
        + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
        + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
        + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
        + " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""

    static let fontFaces = "<office:font-face-decls><style:font-face style:name=\"\(Fonts.odtSerif)\" svg:font-family=\"&apos;\(Fonts.odtSerif)&apos;\" style:font-family-generic=\"roman\" style:font-pitch=\"variable\"/>"
        + "<style:font-face style:name=\"DejaVu Sans\" svg:font-family=\"&apos;DejaVu Sans&apos;\" style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/></office:font-face-decls>"

    static func manifest(extra: [(path: String, type: String)]) -> String {
        var s = declaration + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
        s += "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\"\(mimetype)\"/>"
        for (path, type) in [("content.xml", "text/xml"), ("styles.xml", "text/xml"), ("meta.xml", "text/xml")] + extra {
            s += "<manifest:file-entry manifest:full-path=\"\(XMLEscaping.escaped(path))\" manifest:media-type=\"\(XMLEscaping.escaped(type))\"/>"
        }
        return s + "</manifest:manifest>"
    }

    static func meta(_ metadata: Metadata, language: Language) -> String {
        var s = declaration + "<office:document-meta \(namespaces) office:version=\"1.3\"><office:meta><meta:generator>MoUKit</meta:generator>"
        if !metadata.title.isEmpty { s += "<dc:title>\(XMLEscaping.escaped(metadata.title))</dc:title>" }
        if !metadata.subject.isEmpty { s += "<dc:subject>\(XMLEscaping.escaped(metadata.subject))</dc:subject>" }
        s += "<dc:language>\(language.regionTag)</dc:language>"
        if !metadata.creator.isEmpty {
            s += "<meta:initial-creator>\(XMLEscaping.escaped(metadata.creator))</meta:initial-creator>"
            s += "<dc:creator>\(XMLEscaping.escaped(metadata.creator))</dc:creator>"
        }
        if let created = metadata.created.flatMap(DocumentDates.dateTime) {
            s += "<meta:creation-date>\(XMLEscaping.escaped(created))</meta:creation-date><dc:date>\(XMLEscaping.escaped(created))</dc:date>"
        }
        return s + "</office:meta></office:document-meta>"
    }

    static func languageProperties(_ language: Language) -> String {
        let parts = language.regionTag.split(separator: "-")
        return "fo:language=\"\(parts[0])\" fo:country=\"\(parts[1])\""
    }

    static let contentStart = declaration + "<office:document-content \(namespaces) office:version=\"1.3\">" + fontFaces

    // MARK: styles.xml

    /// Named styles (a user restyles in one place), by name, as whole elements.
    static let namedStyles: [(name: String, xml: String)] = [
        ("Standard", "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>"),
        ("Text_20_body", paragraph("Text_20_body", "Text body", parent: "Standard", next: "Text_20_body",
                                   "<style:paragraph-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0.21cm\" fo:text-align=\"justify\"/>")),
        ("Title", paragraph("Title", "Title", parent: "Standard", next: "Text_20_body",
                            "<style:paragraph-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0.64cm\" fo:text-align=\"center\" fo:keep-with-next=\"always\"/>"
                            + "<style:text-properties fo:font-size=\"16pt\" fo:font-weight=\"bold\" style:font-weight-complex=\"bold\"/>", cls: "chapter")),
        ("Heading_20_1", heading(1, size: 13)),
        ("Heading_20_2", heading(2, size: 12)),
        ("Heading_20_3", heading(3, size: 11)),
        ("Narrow_20_Column_20_Text", paragraph("Narrow_20_Column_20_Text", "Narrow Column Text", parent: "Text_20_body", next: "Narrow_20_Column_20_Text",
                                               "<style:paragraph-properties fo:text-align=\"start\"/>")),
        ("List", paragraph("List", "List", parent: "Text_20_body", next: "List",
                           "<style:paragraph-properties fo:margin-bottom=\"0.1cm\" fo:text-align=\"start\"/>", cls: "list")),
        ("Signature", paragraph("Signature", "Signature", parent: "Standard", next: "Signature",
                                "<style:paragraph-properties fo:margin-bottom=\"0.1cm\" fo:keep-with-next=\"always\"/>")),
        ("Signature_20_Line", paragraph("Signature_20_Line", "Signature Line", parent: "Signature", next: "Signature",
                                        "<style:paragraph-properties fo:margin-top=\"1.05cm\" fo:margin-bottom=\"0.1cm\" fo:margin-right=\"0.5cm\" fo:keep-with-next=\"always\" fo:border-bottom=\"0.5pt solid #000000\" fo:padding=\"0cm\"/>")),
        ("Table_20_Contents", paragraph("Table_20_Contents", "Table Contents", parent: "Standard", next: "Table_20_Contents",
                                        "<style:paragraph-properties fo:margin-top=\"0.07cm\" fo:margin-bottom=\"0.07cm\"/>", cls: "extra")),
        ("Table_20_Heading", paragraph("Table_20_Heading", "Table Heading", parent: "Table_20_Contents", next: "Table_20_Contents",
                                       "<style:paragraph-properties fo:text-align=\"center\"/><style:text-properties fo:font-weight=\"bold\" style:font-weight-complex=\"bold\"/>", cls: "extra")),
        ("Footer", paragraph("Footer", "Footer", parent: "Standard", next: "Footer",
                             "<style:paragraph-properties fo:text-align=\"center\"/><style:text-properties fo:font-size=\"9pt\"/>", cls: "extra")),
        ("Strong_20_Emphasis", "<style:style style:name=\"Strong_20_Emphasis\" style:display-name=\"Strong Emphasis\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\" style:font-weight-complex=\"bold\"/></style:style>"),
        ("Emphasis", "<style:style style:name=\"Emphasis\" style:family=\"text\"><style:text-properties fo:font-style=\"italic\" style:font-style-complex=\"italic\"/></style:style>"),
        ("Numbering_20_123", listStyle("Numbering_20_123", "Numbering 123", ordered: true)),
        ("List_20_1", listStyle("List_20_1", "List 1", ordered: false)),
    ]

    private static func heading(_ level: Int, size: Int) -> String {
        paragraph("Heading_20_\(level)", "Heading \(level)", parent: "Standard", next: "Text_20_body",
                  "<style:paragraph-properties fo:margin-top=\"0.42cm\" fo:margin-bottom=\"0.21cm\" fo:keep-with-next=\"always\"/>"
                  + "<style:text-properties fo:font-size=\"\(size)pt\" fo:font-weight=\"bold\" style:font-weight-complex=\"bold\"/>",
                  outline: level)
    }

    private static func paragraph(_ name: String, _ display: String, parent: String, next: String, _ properties: String,
                                  cls: String = "text", outline: Int? = nil) -> String {
        "<style:style style:name=\"\(name)\" style:display-name=\"\(display)\" style:family=\"paragraph\" style:parent-style-name=\"\(parent)\""
            + " style:next-style-name=\"\(next)\"" + (outline.map { " style:default-outline-level=\"\($0)\"" } ?? "")
            + " style:class=\"\(cls)\">" + properties + "</style:style>"
    }

    private static func listStyle(_ name: String, _ display: String, ordered: Bool) -> String {
        var s = "<text:list-style style:name=\"\(name)\" style:display-name=\"\(display)\">"
        let formats = ["1", "a", "i"], bullets = ["•", "–", "▪"]
        for level in 1...10 {
            let indent = String(format: "%.2fcm", 0.75 * Double(level) + 0.25)
            let properties = "<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\">"
                + "<style:list-level-label-alignment text:label-followed-by=\"listtab\" text:list-tab-stop-position=\"\(indent)\" fo:text-indent=\"-0.75cm\" fo:margin-left=\"\(indent)\"/>"
                + "</style:list-level-properties>"
            if ordered {
                s += "<text:list-level-style-number text:level=\"\(level)\" style:num-suffix=\".\" style:num-format=\"\(formats[(level - 1) % 3])\">\(properties)</text:list-level-style-number>"
            } else {
                s += "<text:list-level-style-bullet text:level=\"\(level)\" text:bullet-char=\"\(bullets[(level - 1) % 3])\">\(properties)</text:list-level-style-bullet>"
            }
        }
        return s + "</text:list-style>"
    }

    static func defaultStyle(_ language: Language) -> String {
        "<style:default-style style:family=\"paragraph\"><style:paragraph-properties style:writing-mode=\"page\"/>"
            + "<style:text-properties style:font-name=\"\(Fonts.odtSerif)\" fo:font-size=\"11pt\" \(languageProperties(language)) fo:hyphenate=\"true\""
            + " fo:hyphenation-remain-char-count=\"2\" fo:hyphenation-push-char-count=\"2\"/></style:default-style>"
    }

    static let pageLayout = "<style:page-layout style:name=\"MoUPage\"><style:page-layout-properties fo:page-width=\"21.001cm\" fo:page-height=\"29.7cm\""
        + " style:print-orientation=\"portrait\" fo:margin-top=\"2cm\" fo:margin-bottom=\"1.2cm\" fo:margin-left=\"2cm\" fo:margin-right=\"2cm\"/>"
        + "<style:footer-style><style:header-footer-properties fo:min-height=\"0.6cm\" fo:margin-top=\"0.4cm\"/></style:footer-style></style:page-layout>"

    static func footer(_ language: Language) -> String {
        let f = PageFooter(language)
        return "<style:footer><text:p text:style-name=\"Footer\">\(XMLEscaping.escaped(f.beforePage))<text:page-number text:select-page=\"current\">1</text:page-number>"
            + "\(XMLEscaping.escaped(f.betweenPageAndCount).replacingOccurrences(of: " ", with: "<text:s/>"))<text:page-count>1</text:page-count>\(XMLEscaping.escaped(f.afterCount))</text:p></style:footer>"
    }

    private static let allNamed = namedStyles.map(\.xml).joined()
    private static let cache: [Language: String] = Dictionary(uniqueKeysWithValues: Language.allCases.map { l in
        (l, declaration + "<office:document-styles \(namespaces) office:version=\"1.3\">" + fontFaces
            + "<office:styles>" + defaultStyle(l) + allNamed + "</office:styles>"
            + "<office:automatic-styles>" + pageLayout + "</office:automatic-styles>"
            + "<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"MoUPage\">" + footer(l)
            + "</style:master-page></office:master-styles></office:document-styles>")
    })

    static func styles(_ language: Language) -> String { cache[language]! }
}
