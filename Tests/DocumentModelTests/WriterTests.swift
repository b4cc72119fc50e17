import XCTest
import Linguistics
@testable import DocumentModel

final class HTMLWriterTests: XCTestCase {
    func testPageLanguageBlockLanguagesAndEscaping() throws {
        let doc = Document(metadata: Metadata(title: "A <b> & \"c\"", languages: [.tr]), blocks: [
            Block(.paragraph([.text("<script>alert('x')</script> & more")]), language: .tr),
            Block(.paragraph([.strong([.text("Stороны")]), .lineBreak, .emphasis([.text("b")])]), language: .ru),
        ])
        let html = HTMLWriter.write(doc)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"tr\">\n<head>\n<meta charset=\"utf-8\">"))
        XCTAssertTrue(html.contains("<title>A &lt;b&gt; &amp; &quot;c&quot;</title>"))
        XCTAssertTrue(html.contains("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more</p>"))
        XCTAssertTrue(html.contains("<p lang=\"ru\"><strong>Stороны</strong><br>\n<em>b</em></p>"))
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertTrue(html.hasSuffix("</body>\n</html>\n"))
    }

    func testSignaturesAreATableWithASigningLine() {
        let doc = Document(blocks: [Block(.signatures([
            Signer(party: [.text("For KOSGEB")], name: [.text("A")], title: [.text("President")], details: [[.text("Ankara")]]),
            Signer(party: [.text("For RSMB")], name: [.text("B")], title: [.text("Director")]),
        ]))])
        let html = HTMLWriter.write(doc)
        XCTAssertTrue(html.contains("<table class=\"signatures\">"))
        XCTAssertEqual(html.components(separatedBy: "<div class=\"signing-line\"></div>").count - 1, 2)
        XCTAssertTrue(html.contains("<td style=\"width: 50%\"><p class=\"party\">For KOSGEB</p><div class=\"signing-line\"></div><p class=\"name\">A</p><p class=\"signer-title\">President</p><p class=\"detail\">Ankara</p></td>"))
    }

    func testColumnsAreEqualWidthCellsWithLangAndRowIDs() {
        let doc = Document(metadata: Metadata(languages: [.tr, .ru, .en]), blocks: [Block(.columns(Columns(
            languages: [.tr, .ru, .en],
            rows: [ColumnRow(id: "areas", cells: [
                [Block(.heading(level: 1, [.text("Alanlar")]), id: "areas", language: .tr)], [], [],
            ])])), language: .tr)])
        let html = HTMLWriter.write(doc)
        XCTAssertEqual(html.components(separatedBy: "<col style=\"width: 33.33%\">").count - 1, 3)
        XCTAssertTrue(html.contains("<tr id=\"areas\">\n<td lang=\"tr\">\n<h2>Alanlar</h2>\n</td>\n<td lang=\"ru\">\n</td>\n<td lang=\"en\">\n</td>"))
    }

    func testRepeatedIDsStayUniqueOnThePage() throws {
        let doc = Layout.sequential([
            try MarkupParser.parse("## A {#a}", language: .tr), try MarkupParser.parse("## B {#a}", language: .ru),
        ]).document
        let html = HTMLWriter.write(doc)
        XCTAssertTrue(html.contains("<h2 id=\"a\">A</h2>"))
        XCTAssertTrue(html.contains("<h2 id=\"a-ru\" lang=\"ru\">B</h2>"))
        XCTAssertTrue(html.contains("<div class=\"page-break\"></div>"))
    }

    func testTablesHaveHeadAndBody() throws {
        let html = HTMLWriter.write(try MarkupParser.parse("| a | b |\n|---|---|\n| 1 | |"))
        XCTAssertTrue(html.contains("<table class=\"grid\">\n<thead>\n<tr><th>a</th><th>b</th></tr>\n</thead>\n<tbody>\n<tr><td>1</td><td></td></tr>\n</tbody>\n</table>"))
    }
}

final class PlainTextWriterTests: XCTestCase {
    func testListsAreNumberedAndWrapped() throws {
        let doc = try MarkupParser.parse("""
        9. dokuz
        10. on, uzun bir madde ki satıra sığmaz ve sarılması gerekir çünkü genişlik küçük
            - iç
        """)
        XCTAssertEqual(PlainTextWriter.write(doc, width: 40), """
        9.  dokuz
        10. on, uzun bir madde ki satıra sığmaz
            ve sarılması gerekir çünkü genişlik
            küçük

            - iç

        """)
    }

    func testSignaturesTablesAndPageBreaks() throws {
        let doc = try MarkupParser.parse("""
        | Kalem | Üstlenen |
        |---|---|
        | Ulaşım | Gönderen |

        \\newpage

        ::: signatures
        **For KOSGEB**
        A
        President
        :::
        """)
        XCTAssertEqual(PlainTextWriter.write(doc), """
        Kalem  | Üstlenen
        -------+---------
        Ulaşım | Gönderen

        \u{0C}

        For KOSGEB

        ________________________________
        A
        President

        """)
    }

    func testSideBySideIsWrittenVersionAfterVersion() throws {
        let doc = Layout.sideBySide([try MarkupParser.parse("# Başlık", language: .tr),
                                     try MarkupParser.parse("# Заголовок", language: .ru)]).document
        XCTAssertEqual(PlainTextWriter.write(doc), "[Türkçe]\n\nBaşlık\n======\n\n\u{0C}\n\n[Русский]\n\nЗаголовок\n=========\n")
    }
}
