import DocumentModel
import Foundation
import OfficeFormats
import XCTest

/// Hostile and broken inputs end with a one-line ReadError, after bounded work: the limits are
/// checked from the central directory and again while inflating, DOCTYPEs are refused before
/// libxml2 sees them, nesting is capped.
final class ReaderHostileInputTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    /// Builds a zip with python3's zipfile (an independent writer); parts are (name, python expr for bytes).
    func zip(_ name: String, _ parts: [(String, String)]) throws -> URL {
        let url = folder.appendingPathComponent(name)
        var script = "import zipfile\nz = zipfile.ZipFile(\(pyString(url.path)), 'w', zipfile.ZIP_DEFLATED)\n"
        for (part, expr) in parts { script += "z.writestr(\(pyString(part)), \(expr))\n" }
        script += "z.close()\n"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw XCTSkip("python3 zipfile unavailable") }
        return url
    }

    func pyString(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "\\'") + "'" }

    let W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    func docx(_ name: String, document: String) throws -> URL {
        try zip(name, [("word/document.xml", pyString(document) + ".encode()")])
    }

    func assertReadError(_ url: URL, _ check: (ReadError) -> Bool, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try DocumentReader.read(url: url), file: file, line: line) { error in
            guard let e = error as? ReadError else { return XCTFail("not a ReadError: \(error)", file: file, line: line) }
            XCTAssertTrue(check(e), "unexpected: \(e)", file: file, line: line)
            XCTAssertFalse(e.description.contains("\n"), file: file, line: line)
            XCTAssertTrue(e.description.hasPrefix(url.path), file: file, line: line)
        }
    }

    func testZipBombIsRefusedByRatio() throws {
        let url = try zip("bomb.docx", [("word/document.xml", "b'<' + b' ' * (40 * 1024 * 1024)")])
        assertReadError(url) {
            if case .suspiciousRatio = $0 { return true }
            if case .tooLarge = $0 { return true }
            return false
        }
    }

    func testPartLargerThanTheLimitIsRefused() throws {
        let url = try zip("big.docx", [("word/document.xml",
            "b'<w:document \(W)><w:body>' + b'<w:p><w:r><w:t>Some text of a paragraph</w:t></w:r></w:p>' * 20000 + b'</w:body></w:document>'")])
        var limits = ReadLimits()
        limits.maxPartSize = 100_000
        XCTAssertThrowsError(try DocumentReader.read(url: url, options: ReadOptions(limits: limits))) { error in
            XCTAssertEqual(error as? ReadError, .tooLarge(file: url.path, part: "word/document.xml", limit: 100_000))
        }
    }

    /// Headers can lie: sizes patched to 1000 bytes in both the local header and the central
    /// directory; the limits still hold because they are counted while inflating.
    func testLyingSizesAreCaughtWhileInflating() throws {
        let url = try zip("liar.docx", [("word/document.xml", "b'<w:document \(W)><w:body><w:p><w:r><w:t>' + b' ' * (30 * 1024 * 1024) + b'</w:t></w:r></w:p></w:body></w:document>'")])
        var bytes = try Data(contentsOf: url)
        func patch(_ offset: Int) { for (k, b) in [UInt8(0xE8), 0x03, 0, 0].enumerated() { bytes[offset + k] = b } }
        patch(22)
        let central = try XCTUnwrap(bytes.range(of: Data([0x50, 0x4B, 0x01, 0x02]))).lowerBound
        patch(central + 24)
        try bytes.write(to: url)
        assertReadError(url) {
            if case .suspiciousRatio = $0 { return true }
            if case .corruptPart = $0 { return true }
            return false
        }
    }

    func testBillionLaughsIsRefused() throws {
        var doc = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        doc += (1...9).map { "<!ENTITY lol\($0) \"" + String(repeating: "&lol\($0 - 1 == 0 ? "" : String($0 - 1));", count: 10) + "\">" }.joined()
        doc += "]><w:document \(W)><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
        assertReadError(try docx("laughs.docx", document: doc)) { if case .xmlDoctype = $0 { true } else { false } }
    }

    func testExternalEntityIsRefused() throws {
        let doc = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><w:document \(W)><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"
        assertReadError(try docx("xxe.docx", document: doc)) { if case .xmlDoctype = $0 { true } else { false } }
    }

    func testDeepNestingIsRefused() throws {
        let url = try zip("deep.docx", [("word/document.xml",
            "b'<w:document \(W)><w:body>' + b'<a>' * 100000 + b'</a>' * 100000 + b'</w:body></w:document>'")])
        assertReadError(url) { if case .xmlTooDeep = $0 { true } else { false } }
    }

    func testTruncatedZipIsRefused() throws {
        let good = try docx("good.docx", document: "<w:document \(W)><w:body><w:p><w:r><w:t>Hello there, this is the text of the agreement</w:t></w:r></w:p></w:body></w:document>")
        let data = try Data(contentsOf: good)
        let cut = folder.appendingPathComponent("cut.docx")
        try data.prefix(data.count / 2).write(to: cut)
        assertReadError(cut) { if case .notAZip = $0 { true } else { false } }
    }

    func testRenamedPDFLegacyDocAndMacros() throws {
        let pdf = folder.appendingPathComponent("draft.docx")
        try Data("%PDF-1.7\n1 0 obj".utf8).write(to: pdf)
        assertReadError(pdf) { $0 == .pdf(file: pdf.path) }
        let doc = folder.appendingPathComponent("old.doc")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 512)).write(to: doc)
        assertReadError(doc) { $0 == .legacyWord(file: doc.path) }
        let encrypted = folder.appendingPathComponent("locked.docx")
        let name = "EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 100) + name).write(to: encrypted)
        assertReadError(encrypted) { $0 == .encrypted(file: encrypted.path) }
        let macro = try zip("macro.docx", [("word/document.xml", "b'<w:document \(W)/>'"), ("word/vbaProject.bin", "b'\\x00'")])
        assertReadError(macro) { $0 == .macroEnabled(file: macro.path) }
    }

    func testDocxReaderHeadingsListsTablesAndChanges() throws {
        let styles = "<w:styles \(W)><w:style w:type=\"paragraph\" w:styleId=\"H\"><w:name w:val=\"heading 1\"/></w:style><w:style w:type=\"paragraph\" w:styleId=\"Mine\"><w:name w:val=\"My article\"/><w:basedOn w:val=\"H\"/></w:style></w:styles>"
        let body = "<w:document \(W)><w:body><w:p><w:pPr><w:pStyle w:val=\"Mine\"/></w:pPr><w:r><w:t>Article 1</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t xml:space=\"preserve\">one </w:t></w:r><w:ins><w:r><w:t>new</w:t></w:r></w:ins><w:del><w:r><w:delText>old</w:delText></w:r></w:del></w:p>"
            + "<w:p><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>two</w:t></w:r><w:r><w:commentReference w:id=\"1\"/></w:r></w:p>"
            + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>"
        let url = try zip("ok.docx", [("word/document.xml", pyString(body) + ".encode()"), ("word/styles.xml", pyString(styles) + ".encode()")])
        let accepted = try DocumentReader.read(url: url)
        XCTAssertEqual(accepted.trackedChanges, 2)
        XCTAssertEqual(accepted.comments, 1)
        XCTAssertEqual(accepted.document.blocks, [
            Block(.heading(level: 1, [.text("Article 1")])),
            Block(.orderedList(start: 1, items: [[Block(.paragraph([.text("one new")]))], [Block(.paragraph([.text("two")]))]])),
            Block(.table(Table(rows: [[[Block(.paragraph([.text("a")]))], [Block(.paragraph([.text("b")]))]]]))),
        ])
        let rejected = try DocumentReader.read(url: url, options: ReadOptions(trackedChanges: .reject))
        guard case .orderedList(_, let items) = rejected.document.blocks[1].content else { return XCTFail() }
        XCTAssertEqual(items[0], [Block(.paragraph([.text("one old")]))])
    }

    /// A styles part as Word writes it: document defaults and hundreds of latent styles before
    /// the styles. They are passed over (a style hidden among them would not be), and the
    /// heading styles after them still resolve.
    func testWordStylesPartWithLatentStyles() throws {
        let latent = (0..<376).map { "<w:lsdException w:name=\"heading \($0)\" w:uiPriority=\"9\" w:qFormat=\"1\"/>" }.joined()
        let styles = "<w:styles \(W)><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val=\"tr-TR\"/></w:rPr></w:rPrDefault></w:docDefaults>"
            + "<w:latentStyles w:count=\"376\">\(latent)</w:latentStyles>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Baslik1\"><w:name w:val=\"başlık 1\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Madde\"><w:name w:val=\"Madde\"/><w:basedOn w:val=\"Baslik1\"/></w:style></w:styles>"
        let body = "<w:document \(W)><w:body><w:p><w:pPr><w:pStyle w:val=\"Madde\"/></w:pPr><w:r><w:t>Madde 1</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>Taraflar bilgi paylaşır.</w:t></w:r></w:p></w:body></w:document>"
        let url = try zip("word-styles.docx", [("word/document.xml", pyString(body) + ".encode()"), ("word/styles.xml", pyString(styles) + ".encode()")])
        XCTAssertEqual(try DocumentReader.read(url: url).document.blocks, [
            Block(.heading(level: 1, [.text("Madde 1")])),
            Block(.paragraph([.text("Taraflar bilgi paylaşır.")])),
        ])
    }

    func testTwoLanguageTableBecomesAlignedColumns() throws {
        func cell(_ t: String) -> String { "<w:tc><w:p><w:r><w:t>\(t)</w:t></w:r></w:p></w:tc>" }
        let rows = [("Madde 1", "Статья 1"), ("Taraflar bilgi ve deneyim paylaşımında bulunur.", "Стороны обмениваются информацией и опытом."),
                    ("KOSGEB adına", "За КОСГЕБ")]
        let body = "<w:document \(W)><w:body><w:tbl>" + rows.map { "<w:tr>" + cell($0.0) + cell($0.1) + "</w:tr>" }.joined() + "</w:tbl></w:body></w:document>"
        let url = try docx("side.docx", document: body)
        let document = try DocumentReader.read(url: url).document
        guard case .columns(let columns) = document.blocks.first?.content else { return XCTFail("\(document.blocks)") }
        XCTAssertEqual(columns.languages, [.tr, .ru])
        XCTAssertEqual(columns.rows.count, 3)
        XCTAssertEqual(columns.rows[1].cells[1], [Block(.paragraph([.text("Стороны обмениваются информацией и опытом.")]))])
    }
}
