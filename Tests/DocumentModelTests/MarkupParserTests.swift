import XCTest
import Linguistics
@testable import DocumentModel

final class MarkupParserTests: XCTestCase {
    private func parse(_ text: String, language: Language? = nil) throws -> [Block] {
        try MarkupParser.parse(text, language: language).blocks
    }

    private func assertError(_ text: String, line: Int, column: Int, contains fragment: String,
                             file: StaticString = #filePath, testLine: UInt = #line) {
        XCTAssertThrowsError(try MarkupParser.parse(text, source: "t.md"), file: file, line: testLine) { error in
            guard let e = error as? MarkupError else { return XCTFail("not a MarkupError: \(error)", file: file, line: testLine) }
            XCTAssertEqual(e.line, line, "line of \(e)", file: file, line: testLine)
            XCTAssertEqual(e.column, column, "column of \(e)", file: file, line: testLine)
            XCTAssertTrue(e.description.hasPrefix("t.md:\(line):\(column): "), e.description, file: file, line: testLine)
            XCTAssertTrue(e.message.contains(fragment), e.message, file: file, line: testLine)
        }
    }

    func testHeadingsLevelsAndIDs() throws {
        let blocks = try parse("""
        # Mutabakat Zaptı {#title}
        ## Madde 1 — Amaç {#purpose}
        ### 1.1 Alt madde {#purpose.sub}
        #### Derin
        """, language: .tr)
        XCTAssertEqual(blocks, [
            Block(.title([.text("Mutabakat Zaptı")]), id: "title", language: .tr),
            Block(.heading(level: 1, [.text("Madde 1 — Amaç")]), id: "purpose", language: .tr),
            Block(.heading(level: 2, [.text("1.1 Alt madde")]), id: "purpose.sub", language: .tr),
            Block(.heading(level: 3, [.text("Derin")]), language: .tr),
        ])
    }

    func testParagraphLinesJoinAndTrailingBackslashBreaks() throws {
        let blocks = try parse("Birinci satır\n  ikinci satır\\\nüçüncü\n\nYeni paragraf")
        XCTAssertEqual(blocks, [
            Block(.paragraph([.text("Birinci satır ikinci satır"), .lineBreak, .text("üçüncü")])),
            Block(.paragraph([.text("Yeni paragraf")])),
        ])
    }

    func testStrongEmphasisAndEscapes() throws {
        let blocks = try parse(#"**KOSGEB**'in *ve* _a **b** c_ \*not\* 3\. a\\b"#)
        XCTAssertEqual(blocks, [Block(.paragraph([
            .strong([.text("KOSGEB")]), .text("'in "), .emphasis([.text("ve")]), .text(" "),
            .emphasis([.text("a "), .strong([.text("b")]), .text(" c")]),
            .text(#" *not* 3. a\b"#),
        ]))])
    }

    func testStrongHoldingEmphasisAndTripleAsterisks() throws {
        XCTAssertEqual(try parse("***x*** **a *b* c**"), [Block(.paragraph([
            .strong([.emphasis([.text("x")])]), .text(" "),
            .strong([.text("a "), .emphasis([.text("b")]), .text(" c")]),
        ]))])
    }

    func testListsNestAndContinue() throws {
        let blocks = try parse("""
        3. Bilgi paylaşımı
           devam eden satır
        4. Eğitim
           - alt madde
           - ikinci
        5) yeni liste

        - a
          b
        * c
        """)
        XCTAssertEqual(blocks, [
            Block(.orderedList(start: 3, items: [
                [Block(.paragraph([.text("Bilgi paylaşımı devam eden satır")]))],
                [Block(.paragraph([.text("Eğitim")])),
                 Block(.bulletList(items: [[Block(.paragraph([.text("alt madde")]))],
                                           [Block(.paragraph([.text("ikinci")]))]]))],
            ])),
            Block(.orderedList(start: 5, items: [[Block(.paragraph([.text("yeni liste")]))]])),
            Block(.bulletList(items: [[Block(.paragraph([.text("a b")]))]])),
            Block(.bulletList(items: [[Block(.paragraph([.text("c")]))]])),
        ])
    }

    func testLooseListItemsWithSeveralParagraphs() throws {
        let blocks = try parse("- a\n\n  second para\n\n- b\n\nafter")
        XCTAssertEqual(blocks, [
            Block(.bulletList(items: [
                [Block(.paragraph([.text("a")])), Block(.paragraph([.text("second para")]))],
                [Block(.paragraph([.text("b")]))],
            ])),
            Block(.paragraph([.text("after")])),
        ])
    }

    func testListInterruptsParagraph() throws {
        let blocks = try parse("Taraflar:\n- bir\n- iki")
        XCTAssertEqual(blocks.count, 2)
        XCTAssertEqual(blocks[0], Block(.paragraph([.text("Taraflar:")])))
        guard case .bulletList(let items) = blocks[1].content else { return XCTFail("no list: \(blocks)") }
        XCTAssertEqual(items.count, 2)
    }

    func testPipeTablesWithAndWithoutHeader() throws {
        let blocks = try parse("""
        | Alan | Süre |
        |:---|---:|
        | Eğitim | 3 yıl |
        |  | a \\| b |

        | x | y |
        """)
        func cell(_ s: String) -> [Block] { [Block(.paragraph([.text(s)]))] }
        XCTAssertEqual(blocks, [
            Block(.table(Table(rows: [[cell("Alan"), cell("Süre")], [cell("Eğitim"), cell("3 yıl")], [[], cell("a | b")]],
                               headerRows: 1))),
            Block(.table(Table(rows: [[cell("x"), cell("y")]]))),
        ])
    }

    func testSignatureBlock() throws {
        let blocks = try parse("""
        ::: signatures
        **KOSGEB adına**
        Prof. Dr. Hasan Hüseyin Ertok
        Başkan
        1 Ekim 2021, Ankara

        **RSMB adına**
        Aleksandr Isaevich
        Genel Müdür
        :::
        """, language: .tr)
        XCTAssertEqual(blocks, [Block(.signatures([
            Signer(party: [.strong([.text("KOSGEB adına")])], name: [.text("Prof. Dr. Hasan Hüseyin Ertok")],
                   title: [.text("Başkan")], details: [[.text("1 Ekim 2021, Ankara")]]),
            Signer(party: [.strong([.text("RSMB adına")])], name: [.text("Aleksandr Isaevich")], title: [.text("Genel Müdür")]),
        ]), language: .tr)])
    }

    func testPageBreakColumnsAndLanguageDivs() throws {
        let doc = try MarkupParser.parse("""
        a

        \\newpage

        ::: {lang=ru}
        б
        :::

        ::: columns tr ru
        ::: row {#areas}
        ::: cell
        ## Alanlar {#areas}
        :::
        ::: cell
        :::
        :::
        :::
        """, language: .tr)
        XCTAssertEqual(doc.blocks, [
            Block(.paragraph([.text("a")]), language: .tr),
            Block(.pageBreak, language: .tr),
            Block(.paragraph([.text("б")]), language: .ru),
            Block(.columns(Columns(languages: [.tr, .ru], rows: [
                ColumnRow(id: "areas", cells: [[Block(.heading(level: 1, [.text("Alanlar")]), id: "areas", language: .tr)], []]),
            ])), language: .tr),
        ])
        XCTAssertEqual(doc.metadata.languages, [.tr])
    }

    func testFrontMatterAndInferredMetadata() throws {
        let doc = try MarkupParser.parse("""
        ---
        title: "MoU \\"KOSGEB\\"\\nline"
        languages: [tr, ru]
        created: 2021-10-01
        ---

        # Başlık
        """)
        XCTAssertEqual(doc.metadata, Metadata(title: "MoU \"KOSGEB\"\nline", languages: [.tr, .ru], created: "2021-10-01"))
        XCTAssertEqual(doc.blocks, [Block(.title([.text("Başlık")]), language: .tr)])
        let plain = try MarkupParser.parse("# Başlık **kalın**", language: .ru)
        XCTAssertEqual(plain.metadata, Metadata(title: "Başlık kalın", languages: [.ru]))
    }

    func testValuesCannotChangeStructure() throws {
        let party = Markup.escape("# **X** {#y}")
        let blocks = try parse("## Taraf: \(party) {#parties}\n\n\(party)")
        XCTAssertEqual(blocks, [
            Block(.heading(level: 1, [.text("Taraf: # **X** {#y}")]), id: "parties"),
            Block(.paragraph([.text("# **X** {#y}")])),
        ])
    }

    func testErrorsSayWhereAndWhat() {
        assertError("ok\n\nsome **bold text", line: 3, column: 6, contains: "unclosed '**'")
        assertError("a *b", line: 1, column: 3, contains: "unclosed '*'")
        assertError("x\n\n::: signatures\nA\nB\nC\n", line: 3, column: 1, contains: "unclosed ':::'")
        assertError("a\n:::\n", line: 2, column: 1, contains: "closes no fenced block")
        assertError("##### five", line: 1, column: 1, contains: "at most four '#'")
        assertError("| a | b |\n| c |", line: 2, column: 1, contains: "this row has 1 cells")
        assertError("::: signatures\n**For A**\nName\n:::", line: 2, column: 1, contains: "three lines")
        assertError("::: boxes\n:::", line: 1, column: 1, contains: "unknown fenced block 'boxes'")
        assertError("## A {#bad id}", line: 1, column: 6, contains: "invalid id 'bad id'")
        assertError("::: columns tr ru\n::: row\n::: cell\n:::\n:::\n:::", line: 2, column: 1, contains: "1 cells for 2 languages")
        assertError("---\ntitle: x\n", line: 1, column: 1, contains: "unclosed front matter")
        assertError("  - item **x", line: 1, column: 10, contains: "unclosed '**'")
    }

    func testAttributeLookalikeIsTextWhenNotAnID() throws {
        XCTAssertEqual(try parse("## A{#x}"), [Block(.heading(level: 1, [.text("A{#x}")]))])
    }
}

final class FenceSpellingTests: XCTestCase {
    func testPandocAndShortSpellingsOfColumnsAgree() throws {
        let pandoc = try MarkupParser.parse("""
        ::: {.columns languages="tr en"}
        ::: {.row #areas}
        ::: {.cell lang=tr}
        a
        :::
        ::: {.cell lang=en}
        b
        :::
        :::
        :::
        """)
        let short = try MarkupParser.parse("::: columns tr en\n::: row {#areas}\n::: cell\na\n:::\n::: cell\nb\n:::\n:::\n:::")
        XCTAssertEqual(pandoc, short)
        XCTAssertEqual(pandoc.blocks, [Block(.columns(Columns(languages: [.tr, .en], rows: [
            ColumnRow(id: "areas", cells: [[Block(.paragraph([.text("a")]), language: .tr)],
                                           [Block(.paragraph([.text("b")]), language: .en)]]),
        ])))])
    }

    func testFenceAttributeErrors() {
        XCTAssertThrowsError(try MarkupParser.parse("::: {.columns languages=\"tr en}\n:::", source: "f.md")) {
            XCTAssertEqual(($0 as? MarkupError)?.description, "f.md:1:1: unclosed '\"' in the attributes")
        }
        XCTAssertThrowsError(try MarkupParser.parse("::: columns tr en\n::: row\n::: {.cell lang=en}\n:::\n::: cell\n:::\n:::\n:::")) {
            XCTAssertEqual(($0 as? MarkupError)?.line, 3)
            XCTAssertTrue(($0 as? MarkupError)?.message.contains("its column is tr") ?? false, "\($0)")
        }
        XCTAssertThrowsError(try MarkupParser.parse("::: {lang=xx}\na\n:::")) {
            XCTAssertTrue(($0 as? MarkupError)?.message.contains("unknown language 'xx'") ?? false, "\($0)")
        }
    }
}

final class HostileMarkupTests: XCTestCase {
    func testDeepNestingIsAnErrorNotACrash() {
        let fences = String(repeating: "::: {lang=tr}\n", count: 5000) + "x\n" + String(repeating: ":::\n", count: 5000)
        XCTAssertThrowsError(try MarkupParser.parse(fences, source: "deep.md")) {
            XCTAssertTrue(($0 as? MarkupError)?.message.contains("nest more than 32 levels") ?? false, "\($0)")
        }
        var list = ""
        for n in 0..<200 { list += String(repeating: " ", count: 2 * n) + "- item\n" }
        XCTAssertThrowsError(try MarkupParser.parse(list)) {
            XCTAssertTrue(($0 as? MarkupError)?.message.contains("nest more than 32 levels") ?? false, "\($0)")
        }
    }

    func testModestNestingParses() throws {
        var list = ""
        for n in 0..<10 { list += String(repeating: " ", count: 2 * n) + "- item \(n)\n" }
        var blocks = try MarkupParser.parse(list).blocks
        var depth = 0
        while case .bulletList(let items)? = blocks.first?.content {
            depth += 1
            blocks = Array(items[0].dropFirst())
        }
        XCTAssertEqual(depth, 10)
    }
}

final class LenientParsingTests: XCTestCase {
    func testPartnerDraftProblemsAreCollectedAndRecovered() throws {
        let draft = "\u{FEFF}# Draft\r\n\r\nPrice 5 * 3 and **bold\r\n\r\n##### Deep\r\n\r\n| a | b |\r\n| c |\r\n\r\n::: note\r\ninside\r\n:::\r\n\r\n:::\r\n"
        XCTAssertThrowsError(try MarkupParser.parse(draft, source: "draft.md"))
        let (doc, problems) = try MarkupParser.parseLeniently(draft, source: "draft.md", language: .en)
        XCTAssertEqual(doc.blocks.map(\.content), [
            .title([.text("Draft")]),
            .paragraph([.text("Price 5 * 3 and **bold")]),
            .heading(level: 3, [.text("Deep")]),
            .table(Table(rows: [[[Block(.paragraph([.text("a")]), language: .en)], [Block(.paragraph([.text("b")]), language: .en)]],
                                [[Block(.paragraph([.text("c")]), language: .en)], []]])),
            .paragraph([.text("inside")]),
        ])
        XCTAssertEqual(problems.map(\.description), [
            "draft.md:3:17: unclosed '**' — close the strong text or escape the asterisks with a backslash",
            "draft.md:5:1: a heading has at most four '#' (# title, ## article, ### and #### sub-articles) — remove some or escape the first '#' with a backslash",
            "draft.md:8:1: this row has 1 cells, the first row 2 — give every row the same number of cells",
            "draft.md:10:1: unknown fenced block 'note' — use signatures, columns or {lang=xx}",
            "draft.md:14:1: ':::' closes no fenced block — remove the line or escape the colons with a backslash",
        ])
    }

    func testLenientParsingOfValidMarkupEqualsStrict() throws {
        var generator = DocumentGenerator(seed: 99)
        for _ in 0..<50 {
            let markup = MarkdownWriter.write(generator.document())
            let (doc, problems) = try MarkupParser.parseLeniently(markup)
            XCTAssertEqual(problems, [])
            XCTAssertEqual(doc, try MarkupParser.parse(markup))
        }
    }

    func testUnclosedFenceEndsWithTheText() throws {
        let (doc, problems) = try MarkupParser.parseLeniently("::: signatures\n**For A**\nName\nTitle")
        XCTAssertEqual(problems.count, 1)
        XCTAssertEqual(doc.blocks, [Block(.signatures([Signer(party: [.strong([.text("For A")])], name: [.text("Name")], title: [.text("Title")])]))])
    }
}
