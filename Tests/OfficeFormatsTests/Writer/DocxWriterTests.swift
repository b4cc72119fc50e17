import DocumentModel
import Foundation
import Linguistics
@testable import OfficeFormats
import XCTest

final class DocxWriterTests: XCTestCase {
    private func write(_ doc: Document) throws -> WrittenPackage {
        try WrittenPackage(DocxWriter().write(doc), ext: "docx")
    }

    func testPackageHasEveryPartWithContentTypesAndRelationships() throws {
        let p = try write(WriterFixtures.mou([.tr], layout: .single))
        for part in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
                     "word/numbering.xml", "word/settings.xml", "word/fontTable.xml", "word/footer1.xml", "docProps/core.xml", "docProps/app.xml"] {
            XCTAssertTrue(p.names.contains(part), part)
            if part.hasSuffix(".xml") || part.hasSuffix(".rels") { p.assertWellFormed(part) }
        }
        let types = p.text("[Content_Types].xml")
        for part in p.names where part.hasSuffix(".xml") && part != "[Content_Types].xml" {
            XCTAssertTrue(types.contains("PartName=\"/\(part)\""), "no content type override for \(part)")
        }
        let rels = p.text("word/_rels/document.xml.rels")
        for target in ["styles.xml", "numbering.xml", "settings.xml", "fontTable.xml", "footer1.xml"] {
            XCTAssertTrue(rels.contains("Target=\"\(target)\""), target)
        }
    }

    func testFooterSaysPageXOfYInTheFirstLanguage() throws {
        for (languages, label) in [([Language.tr, .ru], "Sayfa "), ([.ru, .en], "Стр. "), ([.en, .tr], "Page ")] {
            let footer = try write(WriterFixtures.mou(languages, layout: .sideBySide, articles: 1)).text("word/footer1.xml")
            XCTAssertTrue(footer.contains(">\(label)<"), footer)
            XCTAssertTrue(footer.contains("w:instr=\" PAGE \"") && footer.contains("w:instr=\" NUMPAGES \""), footer)
        }
        XCTAssertTrue(try write(WriterFixtures.mou([.ru], layout: .single, articles: 1)).text("word/footer1.xml").contains("> из <"))
    }

    func testEveryParagraphAndRunCarriesItsLanguage() throws {
        let body = try write(WriterFixtures.mou([.tr, .ru, .en], layout: .sideBySide, articles: 2)).text("word/document.xml")
        let paragraphs = body.occurrences(of: "<w:p>")
        let runs = body.occurrences(of: "<w:r><w:rPr>")
        let langs = body.occurrences(of: "<w:lang w:val=")
        XCTAssertGreaterThan(paragraphs, 30)
        let empty = body.occurrences(of: "<w:p><w:r><w:br w:type=\"page\"/>") + body.occurrences(of: "<w:p><w:pPr><w:pStyle w:val=\"TableSpacer\"/></w:pPr></w:p>")
        XCTAssertEqual(langs, paragraphs - empty + runs, "one w:lang per paragraph mark and per run (page breaks and table spacers hold no text)")
        for tag in ["tr-TR", "ru-RU", "en-GB"] { XCTAssertTrue(body.contains("<w:lang w:val=\"\(tag)\"/>"), tag) }
        // A Russian run carries ru-RU.
        XCTAssertNotNil(body.range(of: #"<w:lang w:val="ru-RU"/></w:rPr><w:t xml:space="preserve">Статья 1"#, options: .regularExpression))
    }

    func testSideBySideIsABorderlessTableWithEqualColumnsThatMayBreak() throws {
        let body = try write(WriterFixtures.mou([.tr, .ru, .en], layout: .sideBySide, articles: 2)).text("word/document.xml")
        let width = PageGeometry.textWidthTwips / 3
        XCTAssertGreaterThanOrEqual(body.occurrences(of: "<w:gridCol w:w=\"\(width)\"/>"), 3)
        XCTAssertTrue(body.contains("<w:insideV w:val=\"nil\"/>"))
        XCTAssertTrue(body.hasSuffix("</w:tbl><w:p><w:pPr><w:pStyle w:val=\"TableSpacer\"/></w:pPr></w:p><w:sectPr>" + body.components(separatedBy: "<w:sectPr>").last!),
                      "the body ends with a paragraph, not with the table")
        XCTAssertEqual(body.occurrences(of: "<w:cantSplit/>"), 1 + 3, "only the row of signatures (and each signature table) is kept whole")
        XCTAssertTrue(body.contains("Madde 1 — İşbirliği alanları</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val=\"NarrowText\"/>"),
                      "a heading shares its row with its first paragraph, left-aligned in three columns")
        XCTAssertTrue(body.contains("<w:pStyle w:val=\"Heading1\"/><w:keepNext w:val=\"0\"/>"), "no keep-with-next across side-by-side rows")
        let styles = try write(WriterFixtures.mou([.tr], layout: .single, articles: 1)).text("word/styles.xml")
        XCTAssertNotNil(styles.range(of: #"w:styleId="Heading1">.*?<w:keepNext/>"#, options: .regularExpression), "headings keep with their text")
    }

    func testOrderedListsUseRealNumberingAndRestartAtTheirStart() throws {
        let p = try write(WriterFixtures.mou([.en], layout: .single, articles: 4))
        let numbering = p.text("word/numbering.xml"), body = p.text("word/document.xml")
        XCTAssertTrue(numbering.contains("<w:numFmt w:val=\"decimal\"/>"))
        XCTAssertTrue(numbering.contains("<w:numFmt w:val=\"bullet\"/>"))
        XCTAssertTrue(numbering.contains("<w:startOverride w:val=\"4\"/>"), "article 4's list starts at 4")
        XCTAssertTrue(body.contains("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"))
        XCTAssertTrue(body.contains("<w:ilvl w:val=\"1\"/>"), "a list inside a list item is one level deeper")
        XCTAssertFalse(body.contains(">1. "), "no typed digits")
        // Every numId used is declared.
        for id in 1...body.occurrences(of: "<w:numId w:val=") where body.contains("<w:numId w:val=\"\(id)\"/>") {
            XCTAssertTrue(numbering.contains("<w:num w:numId=\"\(id)\">"), "numId \(id)")
        }
    }

    func testNamedStylesAreDefinedAndUsed() throws {
        let p = try write(WriterFixtures.mou([.tr], layout: .single, articles: 5))
        let styles = p.text("word/styles.xml"), body = p.text("word/document.xml")
        for id in ["Title", "Heading1", "BodyText", "List", "Signature", "SignatureLine", "Strong", "Emphasis", "Footer", "TableContents"] {
            XCTAssertTrue(styles.contains("w:styleId=\"\(id)\""), id)
        }
        for used in Set(body.matches(of: /w:pStyle w:val="([A-Za-z0-9]+)"/).map { String($0.1) }).union(body.matches(of: /w:rStyle w:val="([A-Za-z0-9]+)"/).map { String($0.1) }) {
            XCTAssertTrue(styles.contains("w:styleId=\"\(used)\""), "style \(used) is used but not defined")
        }
        XCTAssertTrue(styles.contains("w:ascii=\"Times New Roman\""))
        XCTAssertTrue(p.text("word/fontTable.xml").contains("<w:altName w:val=\"Liberation Serif\"/>"))
        XCTAssertTrue(body.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4")
    }

    func testBlockIdsBecomeUniqueBookmarks() throws {
        let body = try write(WriterFixtures.mou([.tr, .ru], layout: .sideBySide, articles: 2)).text("word/document.xml")
        XCTAssertTrue(body.contains("w:name=\"a1\"/><w:bookmarkEnd w:id=\"") && body.contains("w:name=\"a1_ru\"/>"), "one id per language")
        let names = body.matches(of: /w:bookmarkStart w:id="(\d+)" w:name="([^"]+)"/)
        XCTAssertEqual(Set(names.map { String($0.2) }).count, names.count, "names are unique")
        XCTAssertEqual(Set(names.map { String($0.1) }).count, names.count, "ids are unique")
        var anchors = Anchors()
        XCTAssertEqual(anchors.name(for: "info-sharing", language: .tr), "info_sharing")
        XCTAssertEqual(anchors.name(for: "2nd", language: .tr), "id_2nd")
        XCTAssertEqual(anchors.name(for: "info-sharing", language: .ru), "info_sharing_ru")
        XCTAssertEqual(anchors.name(for: "info-sharing", language: .ru), "info_sharing_2")
        XCTAssertLessThanOrEqual(anchors.name(for: String(repeating: "x", count: 80), language: .en).count, 40)
    }

    func testDocumentPropertiesAndReproducibleOutput() throws {
        var doc = WriterFixtures.mou([.ru, .tr], layout: .sideBySide, articles: 1)
        let core = try write(doc).text("docProps/core.xml")
        XCTAssertTrue(core.contains("<dc:title>Меморандум о взаимопонимании между KOSGEB и RSMB</dc:title>"))
        XCTAssertTrue(core.contains("<dc:subject>MoU</dc:subject>") && core.contains("<dc:creator>KOSGEB Dış İlişkiler</dc:creator>"))
        XCTAssertTrue(core.contains("<dc:language>ru-RU</dc:language>"))
        XCTAssertTrue(core.contains(">2021-10-01T10:00:00Z</dcterms:created>"))
        doc.metadata.created = nil
        XCTAssertFalse(try write(doc).text("docProps/core.xml").contains("dcterms:created"), "no timestamp unless one is set")
        XCTAssertEqual(try DocxWriter().write(doc), try DocxWriter().write(doc), "same document, same bytes")
    }

    func testHostileTextIsEscapedAndForbiddenCharactersDropped() throws {
        let p = try write(WriterFixtures.hostile())
        p.assertWellFormed("word/document.xml")
        p.assertWellFormed("docProps/core.xml")
        let body = p.text("word/document.xml")
        XCTAssertTrue(body.contains("a &lt; b &amp;&amp; c &gt; d ]]&gt; &quot;quoted&quot; 'single'"))
        XCTAssertTrue(body.contains("&lt;/w:t&gt;&lt;w:p&gt;"), "markup in text stays text")
        XCTAssertTrue(body.contains("\u{200F}RTL\u{200E}") && body.contains("🇹🇷🤝🇷🇺"), "bidi marks and emoji are kept")
        XCTAssertFalse(body.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" || $0.value == 0xFFFE || $0.value == 0xFFFF })
        XCTAssertTrue(body.contains("<w:tab/>") && body.contains("<w:br/>"), "tabs and newlines become Word's own elements")
        XCTAssertFalse(body.contains("<w:br w:type=\"page\"/>"), "a trailing page break adds no empty page")
        let sequential = try write(WriterFixtures.mou([.tr, .ru], layout: .sequential, articles: 1)).text("word/document.xml")
        XCTAssertEqual(sequential.occurrences(of: "<w:br w:type=\"page\"/>"), 1)
    }
}
