import Foundation
import XCTest
import Linguistics
@testable import DocumentModel

/// MoU-like markup in each language through the parser, every writer and both bilingual
/// layouts, compared with golden files in Golden/. To re-record after a deliberate change, run
/// `MOU_UPDATE_GOLDEN=1 swift test --filter DocumentModelTests.GoldenTests` and review the diff.
final class GoldenTests: XCTestCase {
    private static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    private static let recording = ProcessInfo.processInfo.environment["MOU_UPDATE_GOLDEN"] == "1"

    private func input(_ language: Language) throws -> Document {
        let url = Self.golden.appendingPathComponent("mou.\(language.rawValue).md")
        return try MarkupParser.parse(String(contentsOf: url, encoding: .utf8), source: url.lastPathComponent, language: language)
    }

    private func assertGolden(_ actual: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = Self.golden.appendingPathComponent(name)
        if Self.recording {
            try actual.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let n = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
            XCTFail("\(name) differs at line \(n + 1):\n  expected: \(n < e.count ? String(e[n]) : "<end>")\n  actual:   \(n < a.count ? String(a[n]) : "<end>")",
                    file: file, line: line)
        }
    }

    func testEachLanguageParsesToTheSameStructure() throws {
        let docs = try Language.allCases.map(input)
        let ids = docs.map { $0.blocks.compactMap(\.id) }
        XCTAssertEqual(ids[0], ["title", "purpose", "areas", "areas.training", "costs", "duration"])
        XCTAssertEqual(ids[1], ["title", "purpose", "areas", "areas.training", "duration"], "the Russian draft lacks Article 3")
        XCTAssertEqual(ids[2], ids[0])
        for doc in docs {
            guard case .signatures(let signers)? = doc.blocks.last?.content else { return XCTFail("no signatures") }
            XCTAssertEqual(signers.count, 2)
            XCTAssertEqual(signers[0].details.count, 1)
            XCTAssertTrue(doc.blocks.contains { $0.content == .pageBreak })
            XCTAssertTrue(doc.blocks.allSatisfy { $0.language == doc.metadata.languages.first })
        }
        XCTAssertEqual(docs[0].metadata.title, "KOSGEB ile RSMB Arasında Mutabakat Zaptı")
    }

    func testSingleLanguageWriters() throws {
        for language in Language.allCases {
            let doc = Layout.single(try input(language))
            let markdown = MarkdownWriter.write(doc)
            XCTAssertEqual(try MarkupParser.parse(markdown), doc, "round trip of \(language)")
            try assertGolden(markdown, "out.\(language.rawValue).md")
            try assertGolden(HTMLWriter.write(doc), "out.\(language.rawValue).html")
            try assertGolden(PlainTextWriter.write(doc), "out.\(language.rawValue).txt")
        }
    }

    func testSideBySideWriters() throws {
        let result = Layout.sideBySide([try input(.tr), try input(.ru)])
        XCTAssertEqual(result.warnings, ["Russian version has no block 'costs' — its cell is left empty"])
        XCTAssertEqual(try MarkupParser.parse(MarkdownWriter.write(result.document)), result.document)
        try assertGolden(MarkdownWriter.write(result.document), "side-by-side.tr-ru.md")
        try assertGolden(HTMLWriter.write(result.document), "side-by-side.tr-ru.html")
        try assertGolden(PlainTextWriter.write(result.document), "side-by-side.tr-ru.txt")
    }

    func testSequentialWriters() throws {
        let result = Layout.sequential([try input(.en), try input(.ru)])
        XCTAssertEqual(result.warnings, ["Russian version has no block 'costs'"])
        XCTAssertEqual(try MarkupParser.parse(MarkdownWriter.write(result.document)), result.document)
        try assertGolden(MarkdownWriter.write(result.document), "sequential.en-ru.md")
        try assertGolden(HTMLWriter.write(result.document), "sequential.en-ru.html")
    }
}
