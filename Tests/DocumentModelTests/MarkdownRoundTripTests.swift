import XCTest
import Linguistics
@testable import DocumentModel

/// The property the writer promises: whatever the parser can produce, the Markdown writer
/// writes so that the parser reads back the same document.
final class MarkdownRoundTripTests: XCTestCase {
    func testGeneratedDocumentsRoundTrip() throws {
        var generator = DocumentGenerator(seed: 20211001)
        var checkedBlocks = 0
        for n in 0..<400 {
            let doc = generator.document()
            let markup = MarkdownWriter.write(doc)
            let back: Document
            do {
                back = try MarkupParser.parse(markup, source: "case\(n).md")
            } catch {
                XCTFail("case \(n): \(error)\n\(markup)\n\(doc)")
                return
            }
            if back != doc {
                XCTFail("case \(n) differs\n--- markup\n\(markup)\n--- expected\n\(doc)\n--- got\n\(back)")
                return
            }
            checkedBlocks += doc.blocks.count
        }
        XCTAssertGreaterThan(checkedBlocks, 400, "the generator should produce real documents")
    }

    func testLaidOutGeneratedDocumentsRoundTrip() throws {
        var generator = DocumentGenerator(seed: 314)
        for n in 0..<100 {
            var versions: [Document] = []
            for language in [Language.tr, .ru, .en].prefix(n % 3 + 1) {
                var doc = generator.document()
                doc.metadata.languages = [language]
                doc.blocks = doc.blocks.map { Block($0.content, id: $0.id, language: language) }
                versions.append(try MarkupParser.parse(MarkdownWriter.write(doc)))
            }
            for result in [Layout.sideBySide(versions), Layout.sequential(versions)] {
                let markup = MarkdownWriter.write(result.document)
                XCTAssertEqual(try MarkupParser.parse(markup), result.document, "case \(n)\n\(markup)")
            }
        }
    }

    func testWrittenMarkupIsStable() throws {
        var generator = DocumentGenerator(seed: 7)
        for _ in 0..<100 {
            let markup = MarkdownWriter.write(generator.document())
            XCTAssertEqual(MarkdownWriter.write(try MarkupParser.parse(markup)), markup)
        }
    }

    func testPlainDocumentWritesNoFrontMatter() throws {
        let doc = try MarkupParser.parse("# Başlık\n\nMetin.", language: .tr)
        XCTAssertEqual(MarkdownWriter.write(doc), "---\nlanguages: [tr]\n---\n\n# Başlık\n\nMetin.\n")
        let untagged = try MarkupParser.parse("# Başlık\n\nMetin.")
        XCTAssertEqual(MarkdownWriter.write(untagged), "# Başlık\n\nMetin.\n")
    }
}

