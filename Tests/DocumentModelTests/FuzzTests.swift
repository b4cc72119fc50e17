import XCTest
@testable import DocumentModel

/// Random markup-like garbage: nothing crashes, lenient parsing never throws, and whatever
/// lenient parsing makes of it the Markdown writer writes as markup that parses strictly.
final class FuzzTests: XCTestCase {
    func testGarbageNeverCrashesAndWritesBackAsValidMarkup() throws {
        var rng = SeededGenerator(seed: 77)
        let pieces = ["# ", "## ", "##### ", "- ", "* ", "1. ", "2) ", "  ", "    ", "| ", " | ", "|---|", ":::",
                      "::: signatures", "::: {.columns languages=\"tr ru\"}", "::: row", "::: cell", "::: {lang=ru}",
                      "::: {lang=", "\\newpage", "\\", "**", "*", "_", "{#id}", "{#", "text", "ş", "---", "\t", "\r",
                      "\u{FEFF}", "`", "> "]
        var strictFailures = 0
        for _ in 0..<3000 {
            var s = ""
            for _ in 0..<Int.random(in: 1...30, using: &rng) {
                s += pieces.randomElement(using: &rng)!
                if Bool.random(using: &rng) { s += "\n" }
            }
            if (try? MarkupParser.parse(s)) == nil { strictFailures += 1 }
            let (doc, _) = try MarkupParser.parseLeniently(s)
            XCTAssertFalse(HTMLWriter.write(doc).isEmpty)
            XCTAssertFalse(PlainTextWriter.write(doc).contains("\u{0}"))
            XCTAssertNoThrow(try MarkupParser.parse(MarkdownWriter.write(doc)), s.debugDescription)
        }
        XCTAssertGreaterThan(strictFailures, 1000, "the fuzzer should produce plenty of invalid markup")
    }

    func testFenceOpenedOnAListItemLineClosesInsideIt() throws {
        let doc = try MarkupParser.parse("::: {lang=ru}\n- - ::: signatures\n    :::\n  -\n:::")
        XCTAssertEqual(doc.blocks, [Block(.bulletList(items: [[Block(.bulletList(items: [
            [Block(.signatures([]), language: .ru)], [],
        ]), language: .ru)]]), language: .ru)])
    }
}
