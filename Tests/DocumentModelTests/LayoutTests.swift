import XCTest
import Linguistics
@testable import DocumentModel

final class LayoutTests: XCTestCase {
    private let tr = """
    # Mutabakat Zaptı {#title}

    KOSGEB ile RSMB arasında.

    ## Madde 1 — Amaç {#purpose}

    Amaç metni.

    ## Madde 2 — Alanlar {#areas}

    ### Eğitim {#areas.training}

    Eğitim metni.

    ## Madde 3 — Masraflar {#costs}

    Masraflar metni.
    """
    private let ru = """
    # Меморандум {#title}

    Между КОСГЕБ и РСМБ.

    ## Статья 1 — Цель {#purpose}

    Текст цели.

    ## Статья 2 — Области {#areas}

    ### Обучение {#areas.training}

    Текст обучения.

    ## Статья 4 — Споры {#disputes}
    """

    private func docs() throws -> [Document] {
        [try MarkupParser.parse(tr, language: .tr), try MarkupParser.parse(ru, language: .ru)]
    }

    func testSideBySideAlignsSectionsByIDAndWarnsAboutGaps() throws {
        let result = Layout.sideBySide(try docs())
        XCTAssertEqual(result.document.metadata.languages, [.tr, .ru])
        XCTAssertEqual(result.document.metadata.title, "Mutabakat Zaptı / Меморандум")
        guard case .columns(let columns)? = result.document.blocks.first?.content, result.document.blocks.count == 1 else {
            return XCTFail("expected one columns block: \(result.document.blocks)")
        }
        XCTAssertEqual(columns.languages, [.tr, .ru])
        XCTAssertEqual(columns.rows.map(\.id), ["title", nil, "purpose", "areas", "areas.training", "costs", "disputes"])
        // The title row holds both titles.
        XCTAssertEqual(columns.rows[0].cells.map { $0.map(\.content) },
                       [[.title([.text("Mutabakat Zaptı")])], [.title([.text("Меморандум")])]])
        // The preamble row, matched by position.
        XCTAssertEqual(columns.rows[1].cells.map { $0.count }, [1, 1])
        // A sub-heading with an id is its own row; its section holds the text under it.
        XCTAssertEqual(columns.rows[4].cells[1],
                       [Block(.heading(level: 2, [.text("Обучение")]), id: "areas.training", language: .ru),
                        Block(.paragraph([.text("Текст обучения.")]), language: .ru)])
        XCTAssertEqual(columns.rows[5].cells[1], [], "Russian has no costs article")
        XCTAssertEqual(columns.rows[6].cells[0], [], "Turkish has no disputes article")
        XCTAssertEqual(result.warnings, [
            "Russian version has no block 'costs' — its cell is left empty",
            "Turkish version has no block 'disputes' — its cell is left empty",
        ])
        // Every cell block carries its column's language.
        for row in columns.rows {
            for (n, cell) in row.cells.enumerated() {
                XCTAssertTrue(cell.allSatisfy { $0.language == columns.languages[n] })
            }
        }
    }

    func testSideBySideRoundTripsThroughMarkdown() throws {
        let doc = Layout.sideBySide(try docs()).document
        XCTAssertEqual(try MarkupParser.parse(MarkdownWriter.write(doc)), doc)
    }

    func testHeadingWithoutIDEndsTheSectionAbove() {
        let blocks: [Block] = [
            Block(.heading(level: 1, [.text("A")]), id: "a"),
            Block(.paragraph([.text("a text")])),
            Block(.heading(level: 2, [.text("no id, deeper")])),
            Block(.heading(level: 1, [.text("no id, same level")])),
            Block(.paragraph([.text("tail")])),
        ]
        let sections = Section.split(blocks)
        XCTAssertEqual(sections.map(\.key), [.id("a", occurrence: 0), .anonymous(0)])
        XCTAssertEqual(sections.map(\.blocks.count), [3, 2])
    }

    func testSequentialPutsVersionsOneAfterAnotherWithPageBreaks() throws {
        let input = try docs()
        let result = Layout.sequential(input)
        let blocks = result.document.blocks
        XCTAssertEqual(blocks.count, input[0].blocks.count + 1 + input[1].blocks.count)
        XCTAssertEqual(blocks[input[0].blocks.count].content, .pageBreak)
        XCTAssertEqual(Array(blocks.prefix(input[0].blocks.count)), input[0].blocks)
        XCTAssertEqual(blocks.last?.language, .ru)
        XCTAssertEqual(result.document.metadata.languages, [.tr, .ru])
        XCTAssertEqual(result.warnings, ["Russian version has no block 'costs'", "Turkish version has no block 'disputes'"])
        XCTAssertEqual(try MarkupParser.parse(MarkdownWriter.write(result.document)), result.document)
    }

    func testSingleFillsLanguageAndMetadata() throws {
        var doc = try MarkupParser.parse("# T\n\n- a\n\n| x |")
        doc.metadata.languages = [.en]
        let single = Layout.single(doc)
        XCTAssertEqual(single.metadata.languages, [.en])
        XCTAssertEqual(single.blocks.count, 3)
        guard case .bulletList(let items) = single.blocks[1].content else { return XCTFail("list expected") }
        XCTAssertEqual(items[0][0].language, .en)
        XCTAssertTrue(single.blocks.allSatisfy { $0.language == .en })
    }

    func testDuplicateIDsAndUnknownLanguagesAreReported() {
        let a = Document(blocks: [Block(.heading(level: 1, []), id: "x"), Block(.heading(level: 1, []), id: "x")])
        let result = Layout.sideBySide([a, Document(metadata: Metadata(languages: [.ru]), blocks: [])])
        XCTAssertTrue(result.warnings.contains("version 1 names no language — it is laid out as English; parse it with a language"))
        XCTAssertTrue(result.warnings.contains("English version uses the id 'x' more than once — give each section its own id"))
        XCTAssertTrue(result.warnings.contains("Russian version has no block 'x' — its cell is left empty"))
    }

    func testMergedKeysKeepLaterOnlySectionsNearTheirNeighbours() {
        let merged = Layout.mergedKeys([
            [.id("a", occurrence: 0), .id("c", occurrence: 0)],
            [.id("a", occurrence: 0), .id("b", occurrence: 0), .id("c", occurrence: 0), .id("d", occurrence: 0)],
        ])
        XCTAssertEqual(merged, ["a", "b", "c", "d"].map { Section.Key.id($0, occurrence: 0) })
    }
}
