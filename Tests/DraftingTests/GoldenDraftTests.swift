import AgreementModel
import DocumentModel
import Drafting
import Linguistics
import XCTest

/// The bundled example drafted in every language and layout; golden Markdown pins the text.
final class GoldenDraftTests: XCTestCase {
    static let cases: [([Language], DraftLayout)] = [
        ([.tr], .sideBySide), ([.ru], .sideBySide), ([.en], .sideBySide),
        ([.tr, .ru], .sideBySide), ([.tr, .ru], .sequential),
        ([.ru, .en], .sideBySide),
        ([.tr, .ru, .en], .sideBySide), ([.tr, .ru, .en], .sequential),
    ]

    static func name(_ languages: [Language], _ layout: DraftLayout) -> String {
        let langs = languages.map(\.rawValue).joined(separator: "-")
        return languages.count == 1 ? "\(langs)-single.md" : "\(langs)-\(layout.rawValue).md"
    }

    func testExampleMatchesGoldenMarkdown() throws {
        let agreement = try DraftFixtures.example()
        for (languages, layout) in Self.cases {
            let draft = try MoUDrafter().draft(agreement, languages: languages, layout: layout)
            XCTAssertEqual(draft.document.metadata.languages, languages)
            let markdown = MarkdownWriter.write(draft.document)
            try DraftFixtures.assertGolden(markdown, Self.name(languages, layout))
            // What we write reads back as the same document.
            XCTAssertEqual(try MarkupParser.parse(markdown, source: Self.name(languages, layout)), draft.document)
        }
    }

    func testSideBySideAlignsEveryArticleWithoutGaps() throws {
        let draft = try MoUDrafter().draft(try DraftFixtures.example(), languages: [.tr, .ru, .en], layout: .sideBySide)
        XCTAssertEqual(draft.notes.filter { $0.contains("left empty") }, [])
        guard case .columns(let columns) = draft.document.blocks.first?.content else {
            return XCTFail("side by side should give one columns block")
        }
        XCTAssertEqual(columns.languages, [.tr, .ru, .en])
        let ids = columns.rows.compactMap(\.id)
        XCTAssertEqual(ids, ["title", "purpose", "areas", "implementation", "costs", "confidentiality", "non-binding",
                             "amendments", "dispute-settlement", "entry-into-force", "languages", "signatures"])
        for row in columns.rows { XCTAssertTrue(row.cells.allSatisfy { !$0.isEmpty }, "row \(row.id ?? "-")") }
    }

    func testEveryVersionHasTheSameBlockIdsAndASignatureBlock() throws {
        let agreement = try DraftFixtures.example()
        var idLists: [[String]] = []
        for language in Language.allCases {
            let (document, _) = try MoUDrafter().document(agreement, language: language)
            idLists.append(document.blocks.compactMap(\.id))
            let signers = document.blocks.compactMap { block -> [Signer]? in
                if case .signatures(let signers) = block.content { return signers }
                return nil
            }
            XCTAssertEqual(signers.count, 1, "\(language)")
            XCTAssertEqual(signers.first?.count, 2, "\(language)")
            XCTAssertTrue(document.blocks.allSatisfy { $0.language == language })
        }
        XCTAssertEqual(idLists[0], idLists[1])
        XCTAssertEqual(idLists[0], idLists[2])
    }
}
