import Foundation
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

/// libxml2's HTML parser (xmllint, from libxml2-utils) must find nothing wrong with our pages.
final class HTMLValidityTests: XCTestCase {
    func testGeneratedPagesParseCleanly() throws {
        let xmllint = "/usr/bin/xmllint"
        guard FileManager.default.isExecutableFile(atPath: xmllint) else { throw XCTSkip("xmllint is not installed") }
        var generator = DocumentGenerator(seed: 4242)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("mou-html-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var paths: [String] = []
        for n in 0..<40 {
            let url = dir.appendingPathComponent("page\(n).html")
            try HTMLWriter.write(generator.document()).write(to: url, atomically: true, encoding: .utf8)
            paths.append(url.path)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: xmllint)
        process.arguments = ["--html", "--noout"] + paths
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, output)
        XCTAssertEqual(output, "")
    }
}
