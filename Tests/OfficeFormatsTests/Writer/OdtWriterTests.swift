import DocumentModel
import Foundation
import Linguistics
@testable import OfficeFormats
import XCTest

final class OdtWriterTests: XCTestCase {
    private func write(_ doc: Document) throws -> WrittenPackage {
        try WrittenPackage(OdtWriter().write(doc), ext: "odt")
    }

    func testMimetypeIsFirstStoredAndWithoutExtraField() throws {
        let p = try write(WriterFixtures.mou([.tr], layout: .single, articles: 1))
        let raw = [UInt8](p.raw)
        XCTAssertEqual(Array(raw[0..<4]), [0x50, 0x4B, 0x03, 0x04], "local file header")
        XCTAssertEqual(UInt16(raw[8]) | UInt16(raw[9]) << 8, 0, "stored")
        let nameLength = Int(raw[26]) | Int(raw[27]) << 8, extraLength = Int(raw[28]) | Int(raw[29]) << 8
        XCTAssertEqual(String(decoding: raw[30..<(30 + nameLength)], as: UTF8.self), "mimetype")
        XCTAssertEqual(extraLength, 0)
        XCTAssertEqual(String(decoding: raw[(30 + nameLength)..<(30 + nameLength + 39)], as: UTF8.self), "application/vnd.oasis.opendocument.text")
        XCTAssertEqual(p.names.first, "mimetype")
    }

    func testManifestListsEveryPart() throws {
        let p = try write(WriterFixtures.mou([.tr, .en], layout: .sideBySide, articles: 1))
        let manifest = p.text("META-INF/manifest.xml")
        p.assertWellFormed("META-INF/manifest.xml")
        XCTAssertTrue(manifest.contains("manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\"application/vnd.oasis.opendocument.text\""))
        for part in p.names where part != "mimetype" && !part.hasPrefix("META-INF/") {
            XCTAssertTrue(manifest.contains("manifest:full-path=\"\(part)\""), part)
            p.assertWellFormed(part)
        }
        for part in ["content.xml", "styles.xml", "meta.xml"] { XCTAssertTrue(p.names.contains(part), part) }
    }

    func testLanguagesFooterAndMetadata() throws {
        let p = try write(WriterFixtures.mou([.ru, .tr, .en], layout: .sideBySide, articles: 1))
        let content = p.text("content.xml"), styles = p.text("styles.xml"), meta = p.text("meta.xml")
        for (name, props) in [("P_Heading_20_1_ru", "fo:language=\"ru\" fo:country=\"RU\""), ("P_Heading_20_1_tr", "fo:language=\"tr\" fo:country=\"TR\""),
                              ("P_Narrow_20_Column_20_Text_en", "fo:language=\"en\" fo:country=\"GB\"")] {
            XCTAssertTrue(content.contains("style:name=\"\(name)\" style:family=\"paragraph\" style:parent-style-name=\""), name)
            XCTAssertTrue(content.contains("<style:text-properties \(props)/>"), props)
        }
        XCTAssertTrue(content.contains("<text:p text:style-name=\"P_Heading_20_1_ru\"><text:bookmark text:name=\"a1\"/>Статья 1"), "a Russian cell's paragraph is Russian")
        XCTAssertTrue(styles.contains("Стр. <text:page-number text:select-page=\"current\">1</text:page-number><text:s/>из<text:s/><text:page-count>"))
        XCTAssertTrue(styles.contains("fo:page-width=\"21.001cm\" fo:page-height=\"29.7cm\""), "A4")
        XCTAssertTrue(styles.contains("style:font-name=\"Liberation Serif\" fo:font-size=\"11pt\" fo:language=\"ru\" fo:country=\"RU\""))
        XCTAssertTrue(meta.contains("<dc:title>Меморандум о взаимопонимании между KOSGEB и RSMB</dc:title>"))
        XCTAssertTrue(meta.contains("<dc:language>ru-RU</dc:language>") && meta.contains("<meta:creation-date>2021-10-01T10:00:00Z</meta:creation-date>"))
        XCTAssertTrue(meta.contains("<dc:creator>KOSGEB Dış İlişkiler</dc:creator>"))
    }

    func testListsAreRealListsRestartingAtTheirStart() throws {
        let content = try write(WriterFixtures.mou([.en], layout: .single, articles: 4)).text("content.xml")
        XCTAssertTrue(content.contains("<text:list text:style-name=\"Numbering_20_123\"><text:list-item>"), "article 1's list starts at 1")
        XCTAssertTrue(content.contains("<text:list text:style-name=\"Numbering_20_123\"><text:list-item text:start-value=\"4\">"))
        XCTAssertTrue(content.contains("<text:list text:style-name=\"List_20_1\">"))
        XCTAssertTrue(content.contains("<text:list-item><text:list text:style-name=\"Numbering_20_123\">") == false)
        XCTAssertFalse(content.contains(">1. "), "no typed digits")
    }

    func testSideBySideTableAndHeadings() throws {
        let content = try write(WriterFixtures.mou([.tr, .ru], layout: .sideBySide, articles: 2)).text("content.xml")
        XCTAssertTrue(content.contains("<table:table-column table:style-name=\"MoUColumn2\" table:number-columns-repeated=\"2\"/>"))
        XCTAssertTrue(content.contains("style:name=\"MoUColumn2\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"8.500cm\""))
        XCTAssertTrue(content.contains("style:may-break-between-rows=\"true\""))
        XCTAssertTrue(content.contains("<style:table-row-properties fo:keep-together=\"auto\"/>"), "rows may split across pages")
        XCTAssertTrue(content.contains("fo:border=\"none\""), "borderless")
        XCTAssertTrue(content.contains("Madde 1 — İşbirliği alanları</text:p><text:p text:style-name=\"P_Text_20_body_tr\">"), "a heading shares its row with its first paragraph")
        XCTAssertEqual(content.occurrences(of: "<table:table-row table:style-name=\"MoURowKeep\">"), 1 + 2, "the row of signatures is kept whole")
        let single = try write(WriterFixtures.mou([.tr], layout: .single, articles: 1)).text("content.xml")
        XCTAssertTrue(single.contains("<text:h text:style-name=\"P_Heading_20_1_tr\" text:outline-level=\"1\"><text:bookmark text:name=\"a1\"/>Madde 1"))
        XCTAssertTrue(OdtParts.styles(.tr).contains("style:name=\"Heading_20_1\" style:display-name=\"Heading 1\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:next-style-name=\"Text_20_body\" style:default-outline-level=\"1\" style:class=\"text\"><style:paragraph-properties fo:margin-top=\"0.42cm\" fo:margin-bottom=\"0.21cm\" fo:keep-with-next=\"always\"/>"))
    }

    func testWhiteSpaceAndHostileText() throws {
        let p = try write(WriterFixtures.hostile())
        p.assertWellFormed("content.xml")
        p.assertWellFormed("meta.xml")
        let content = p.text("content.xml")
        XCTAssertTrue(content.contains("a &lt; b &amp;&amp; c &gt; d ]]&gt; &quot;quoted&quot; 'single'"))
        XCTAssertTrue(content.contains("tab<text:tab/>here<text:line-break/>new line <text:s/>two <text:s/>spaces"), "white space survives")
        XCTAssertTrue(content.contains("\u{200F}RTL\u{200E}") && content.contains("🇹🇷🤝🇷🇺"))
        XCTAssertFalse(content.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0.value == 0xFFFE || $0.value == 0xFFFF })
        XCTAssertFalse(content.contains("MoUBreak"), "a trailing page break adds no empty page")
        let sequential = try write(WriterFixtures.mou([.tr, .ru], layout: .sequential, articles: 1)).text("content.xml")
        XCTAssertEqual(sequential.occurrences(of: "<text:p text:style-name=\"MoUBreak\"/>"), 1)
        XCTAssertTrue(sequential.contains("fo:break-before=\"page\""))
        let doc = Document(metadata: Metadata(languages: [.en]), blocks: [Block(.paragraph([.text("  lead"), .strong([.text("  x")])]))])
        XCTAssertTrue(try write(doc).text("content.xml").contains("<text:s text:c=\"2\"/>lead<text:span text:style-name=\"Strong_20_Emphasis\"><text:s text:c=\"2\"/>x</text:span>"))
    }

    func testBlockIdsBecomeBookmarks() throws {
        let content = try write(WriterFixtures.mou([.tr, .ru], layout: .sideBySide, articles: 1)).text("content.xml")
        XCTAssertTrue(content.contains("<text:bookmark text:name=\"a1\"/>Madde 1"))
        XCTAssertTrue(content.contains("<text:bookmark text:name=\"a1_ru\"/>Статья 1"))
    }

    func testReproducibleOutput() throws {
        let doc = WriterFixtures.mou([.tr, .ru], layout: .sideBySide, articles: 3)
        XCTAssertEqual(try OdtWriter().write(doc), try OdtWriter().write(doc))
    }
}
