import Linguistics

/// The named styles of a DOCX: a user restyles every article heading, every signature line, by
/// changing one style. Kept as separate definitions so a reference document's styles.xml can be
/// completed with exactly the ones it lacks.
enum DocxStyles {
    /// (styleId, the whole `<w:style>` element).
    static let definitions: [(id: String, xml: String)] = [
        ("Normal", "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
            + "<w:pPr><w:widowControl/><w:spacing w:after=\"0\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:style>"),
        ("Title", paragraph("Title", "Title", next: "BodyText",
                            pPr: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"0\" w:after=\"360\"/><w:jc w:val=\"center\"/>",
                            rPr: "<w:b/><w:bCs/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>")),
        ("Heading1", heading(1, size: 26)),
        ("Heading2", heading(2, size: 24)),
        ("Heading3", heading(3, size: 22)),
        ("BodyText", paragraph("BodyText", "Body Text", next: "BodyText",
                               pPr: "<w:spacing w:after=\"120\"/><w:jc w:val=\"both\"/>", rPr: "")),
        ("NarrowText", paragraph("NarrowText", "Narrow Column Text", basedOn: "BodyText", next: "NarrowText",
                                 pPr: "<w:jc w:val=\"left\"/>", rPr: "")),
        ("List", paragraph("List", "List", basedOn: "BodyText", next: "List", pPr: "<w:spacing w:after=\"60\"/><w:jc w:val=\"left\"/>", rPr: "")),
        ("Signature", paragraph("Signature", "Signature", next: "Signature",
                                pPr: "<w:keepNext/><w:keepLines/><w:spacing w:after=\"60\"/>", rPr: "")),
        ("SignatureLine", paragraph("SignatureLine", "Signature Line", basedOn: "Signature", next: "Signature",
                                    pPr: "<w:keepNext/><w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"auto\"/></w:pBdr>"
                                        + "<w:spacing w:before=\"600\" w:after=\"60\"/><w:ind w:right=\"284\"/>", rPr: "")),
        ("TableContents", paragraph("TableContents", "Table Contents", next: "TableContents",
                                    pPr: "<w:spacing w:before=\"40\" w:after=\"40\"/>", rPr: "")),
        ("TableHeading", paragraph("TableHeading", "Table Heading", basedOn: "TableContents", next: "TableContents",
                                   pPr: "<w:keepNext/><w:jc w:val=\"center\"/>", rPr: "<w:b/><w:bCs/>")),
        ("TableSpacer", paragraph("TableSpacer", "Table Spacer", next: "BodyText",
                                  pPr: "<w:spacing w:after=\"0\" w:line=\"120\" w:lineRule=\"exact\"/>", rPr: "")),
        ("Footer", paragraph("Footer", "footer", next: "Footer", pPr: "<w:jc w:val=\"center\"/>",
                             rPr: "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>")),
        ("Strong", character("Strong", "Strong", rPr: "<w:b/><w:bCs/>")),
        ("Emphasis", character("Emphasis", "Emphasis", rPr: "<w:i/><w:iCs/>")),
        ("StrongEmphasis", character("StrongEmphasis", "Strong Emphasis", rPr: "<w:b/><w:bCs/><w:i/><w:iCs/>")),
        ("TableNormal", "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
            + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
            + "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/>"
            + "<w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"),
    ]

    private static func heading(_ level: Int, size: Int) -> String {
        paragraph("Heading\(level)", "heading \(level)", next: "BodyText",
                  pPr: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"\(level - 1)\"/>",
                  rPr: "<w:b/><w:bCs/><w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>")
    }

    private static func paragraph(_ id: String, _ name: String, basedOn: String = "Normal", next: String, pPr: String, rPr: String) -> String {
        "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/><w:basedOn w:val=\"\(basedOn)\"/>"
            + "<w:next w:val=\"\(next)\"/><w:qFormat/>" + (pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>")
            + (rPr.isEmpty ? "" : "<w:rPr>\(rPr)</w:rPr>") + "</w:style>"
    }

    private static func character(_ id: String, _ name: String, rPr: String) -> String {
        "<w:style w:type=\"character\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/><w:qFormat/><w:rPr>\(rPr)</w:rPr></w:style>"
    }

    static func docDefaults(_ language: Language) -> String {
        "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"\(Fonts.docxSerif)\" w:hAnsi=\"\(Fonts.docxSerif)\" w:eastAsia=\"\(Fonts.docxSerif)\" w:cs=\"\(Fonts.docxSerif)\"/>"
            + "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>\(DocxBody.langElement(language))</w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>"
    }

    private static let all = definitions.map(\.xml).joined()
    private static let cache: [Language: String] = Dictionary(uniqueKeysWithValues: Language.allCases.map {
        ($0, DocxParts.declaration + "<w:styles xmlns:w=\"\(DocxParts.w)\">" + docDefaults($0) + all + "</w:styles>")
    })

    /// The built-in styles.xml with the document's main language as the default.
    static func part(_ language: Language) -> String { cache[language]! }
}
