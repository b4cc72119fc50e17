import DocumentModel
import Foundation
import Linguistics
import OfficeFormats
import XCTest

/// pandoc reads the DOCX and the ODT of one document back to the same text.
final class WriterPandocTests: XCTestCase {
    /// pandoc's plain text without list markers (its ODT reader ignores `text:start-value`).
    /// pandoc runs with `-s`: its DOCX reader moves the Title paragraph into the metadata,
    /// which only a standalone document prints.
    private func comparable(_ plain: String) -> String {
        let lines = plain.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var s = line.trimmingCharacters(in: .whitespaces)
            while s.hasPrefix("|") || s.hasPrefix("+") { s = String(s.dropFirst()).trimmingCharacters(in: .whitespaces) }
            if let r = s.range(of: #"^([0-9]+|[a-z]|[ivx]+)\.(\s+|$)"#, options: .regularExpression) { s.removeSubrange(r) }
            if s.hasPrefix("- ") { s.removeFirst(2) }
            return s
        }
        return WriterExpectedText.normalized(lines.joined(separator: " "))
    }

    /// The hostile document without what pandoc 2.17's ODT reader drops (a table inside a table).
    private func pandocHostile() -> Document {
        var doc = WriterFixtures.hostile()
        doc.blocks.removeAll { block in
            if case .table(let t) = block.content { return t.rows.joined().joined().contains { if case .table = $0.content { true } else { false } } }
            return false
        }
        return doc
    }

    func testPandocReadsBothPackagesToTheSameText() throws {
        guard let pandoc = WriterTools.find("pandoc") else { throw XCTSkip("pandoc is not installed") }
        let dir = try WriterTools.temporaryDirectory("pandoc")
        defer { WriterTools.cleanUp(dir) }
        let documents: [(String, Document)] = [("tr", WriterFixtures.mou([.tr], layout: .single)),
                                               ("ru-en-sequential", WriterFixtures.mou([.ru, .en], layout: .sequential)),
                                               ("hostile", pandocHostile())]
        for (stem, doc) in documents {
            let docx = dir.appendingPathComponent("\(stem).docx"), odt = dir.appendingPathComponent("\(stem).odt")
            try DocxWriter().write(doc).write(to: docx)
            try OdtWriter().write(doc).write(to: odt)
            let (s1, fromDocx) = try WriterTools.run(pandoc, ["-s", "-t", "plain", "--wrap=none", docx.path])
            let (s2, fromOdt) = try WriterTools.run(pandoc, ["-s", "-t", "plain", "--wrap=none", odt.path])
            XCTAssertEqual(s1, 0, fromDocx)
            XCTAssertEqual(s2, 0, fromOdt)
            let a = comparable(fromDocx), b = comparable(fromOdt)
            XCTAssertEqual(a, b, "\(stem): pandoc reads the DOCX and the ODT differently")
            let expected = WriterExpectedText.groups(doc.blocks)
            XCTAssertNil(WriterExpectedText.missing(expected, in: fromDocx), "\(stem).docx via pandoc")
            XCTAssertNil(WriterExpectedText.missing(expected, in: fromOdt), "\(stem).odt via pandoc")
        }
    }

    /// Side by side: pandoc 2.17's ODT reader drops lists inside table cells, so only the
    /// paragraphs and headings of every column are compared.
    func testPandocReadsSideBySideCells() throws {
        guard let pandoc = WriterTools.find("pandoc") else { throw XCTSkip("pandoc is not installed") }
        let dir = try WriterTools.temporaryDirectory("pandoc-columns")
        defer { WriterTools.cleanUp(dir) }
        let doc = WriterFixtures.mou([.tr, .ru, .en], layout: .sideBySide)
        guard case .columns(let columns) = doc.blocks[0].content else { return XCTFail("not side by side") }
        let texts = columns.rows.flatMap { $0.cells.flatMap { $0 } }.compactMap { block -> String? in
            switch block.content {
            case .heading(_, let x), .paragraph(let x), .title(let x): x.plainText
            default: nil
            }
        }
        for (ext, data) in [("docx", try DocxWriter().write(doc)), ("odt", try OdtWriter().write(doc))] {
            let file = dir.appendingPathComponent("tr-ru-en.\(ext)")
            try data.write(to: file)
            let (status, plain) = try WriterTools.run(pandoc, ["-t", "plain", "--wrap=none", file.path])
            XCTAssertEqual(status, 0, plain)
            let haystack = WriterExpectedText.normalized(plain)
            for text in texts { XCTAssertTrue(haystack.contains(WriterExpectedText.normalized(text)), "\(ext): \(text)") }
        }
    }
}
