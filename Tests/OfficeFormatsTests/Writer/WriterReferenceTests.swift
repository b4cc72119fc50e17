import DocumentModel
import Foundation
import Linguistics
@testable import OfficeFormats
import XCTest

/// `--reference-doc`: styles, page setup, header and footer come from the user's file.
final class WriterReferenceTests: XCTestCase {
    static let letterhead = "KOSGEB — Dış İlişkiler Dairesi"
    static let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")!

    private var directory: URL!

    override func setUpWithError() throws {
        directory = try WriterTools.temporaryDirectory("reference")
    }

    override func tearDownWithError() throws {
        WriterTools.cleanUp(directory)
    }

    /// Rebuilds a package with some parts replaced or added.
    private func repack(_ data: Data, ext: String, name: String, replacing: [String: String], adding: [(String, Data)] = []) throws -> URL {
        let package = try WrittenPackage(data, ext: ext)
        var zip = try ZipWriter()
        for part in package.names {
            if let text = replacing[part] { try zip.add(part, text: text, stored: part == "mimetype") }
            else { try zip.add(part, data: package.archive.data(part)!, stored: part == "mimetype") }
        }
        for (part, bytes) in adding { try zip.add(part, data: bytes) }
        let url = directory.appendingPathComponent(name)
        try zip.finish().write(to: url)
        return url
    }

    /// A DOCX letterhead: a header with text and a logo relationship, a bigger Title, a style
    /// of its own, no Signature style (the writer must add it), US Letter paper, no footer.
    private func docxLetterhead() throws -> URL {
        let base = try WrittenPackage(DocxWriter().write(Document(metadata: Metadata(languages: [.tr]))), ext: "docx")
        var document = base.text("word/document.xml")
        document = document.replacingOccurrences(of: "<w:footerReference w:type=\"default\" r:id=\"rIdFooter1\"/>", with: "")
            .replacingOccurrences(of: "<w:sectPr>", with: "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader1\"/>")
            .replacingOccurrences(of: "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>", with: "<w:pgSz w:w=\"12240\" w:h=\"15840\"/>")
        let rels = base.text("word/_rels/document.xml.rels").replacingOccurrences(of: "</Relationships>",
            with: "<Relationship Id=\"rIdHeader1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/></Relationships>")
        let types = base.text("[Content_Types].xml").replacingOccurrences(of: "</Types>",
            with: "<Default Extension=\"png\" ContentType=\"image/png\"/><Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/></Types>")
        var styles = base.text("word/styles.xml")
        let signature = try XCTUnwrap(styles.range(of: #"<w:style w:type="paragraph" w:styleId="Signature">.*?</w:style>"#, options: .regularExpression))
        styles.removeSubrange(signature)
        styles = styles.replacingOccurrences(of: "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>", with: "<w:sz w:val=\"40\"/><w:szCs w:val=\"40\"/>")
            .replacingOccurrences(of: "</w:styles>", with: "<w:style w:type=\"paragraph\" w:styleId=\"Letterhead\"><w:name w:val=\"Letterhead\"/></w:style></w:styles>")
        let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:hdr xmlns:w=\"\(DocxParts.w)\" xmlns:r=\"\(DocxParts.r)\"><w:p><w:pPr><w:pStyle w:val=\"Letterhead\"/></w:pPr><w:r><w:t>\(Self.letterhead)</w:t></w:r></w:p></w:hdr>"
        let headerRels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"\(DocxParts.relsNS)\"><Relationship Id=\"rIdLogo\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/logo.png\"/></Relationships>"
        return try repack(base.raw, ext: "docx", name: "letterhead.docx",
                          replacing: ["word/document.xml": document, "word/_rels/document.xml.rels": rels, "[Content_Types].xml": types, "word/styles.xml": styles],
                          adding: [("word/header1.xml", Data(header.utf8)), ("word/_rels/header1.xml.rels", Data(headerRels.utf8)), ("word/media/logo.png", Self.png)])
    }

    /// An ODT letterhead: a header paragraph and a background logo in the header, a bigger
    /// Title, no Signature style, no footer.
    private func odtLetterhead() throws -> URL {
        let base = try WrittenPackage(OdtWriter().write(Document(metadata: Metadata(languages: [.tr]))), ext: "odt")
        var styles = base.text("styles.xml")
        let signature = try XCTUnwrap(styles.range(of: #"<style:style style:name="Signature" .*?</style:style>"#, options: .regularExpression))
        styles.removeSubrange(signature)
        let footer = try XCTUnwrap(styles.range(of: #"<style:footer>.*</style:footer>"#, options: .regularExpression))
        styles.removeSubrange(footer)
        styles = styles.replacingOccurrences(of: "fo:font-size=\"16pt\"", with: "fo:font-size=\"20pt\"")
            .replacingOccurrences(of: "<style:footer-style>", with: "<style:header-style><style:header-footer-properties fo:min-height=\"1cm\"><style:background-image xlink:href=\"Pictures/logo.png\" xlink:type=\"simple\" xlink:actuate=\"onLoad\"/></style:header-footer-properties></style:header-style><style:footer-style>")
            .replacingOccurrences(of: "</style:master-page>", with: "<style:header><text:p text:style-name=\"Standard\">\(Self.letterhead)</text:p></style:header></style:master-page>")
        let manifest = base.text("META-INF/manifest.xml").replacingOccurrences(of: "</manifest:manifest>",
            with: "<manifest:file-entry manifest:full-path=\"Pictures/logo.png\" manifest:media-type=\"image/png\"/></manifest:manifest>")
        return try repack(base.raw, ext: "odt", name: "letterhead.odt", replacing: ["styles.xml": styles, "META-INF/manifest.xml": manifest],
                          adding: [("Pictures/logo.png", Self.png)])
    }

    func testDocxLetterheadGivesStylesPageHeaderAndKeepsOurFooter() throws {
        let reference = try docxLetterhead()
        let doc = WriterFixtures.mou([.tr, .ru], layout: .sideBySide, articles: 2)
        let p = try WrittenPackage(DocxWriter(options: WriterOptions(referenceDocument: reference)).write(doc), ext: "docx")
        let styles = p.text("word/styles.xml"), body = p.text("word/document.xml")
        XCTAssertTrue(styles.contains("w:styleId=\"Letterhead\""), "the reference's own styles")
        XCTAssertTrue(styles.contains("<w:sz w:val=\"40\"/>") && !styles.contains("<w:sz w:val=\"32\"/>"), "the reference's Title wins")
        XCTAssertTrue(styles.contains("w:styleId=\"Signature\""), "missing named styles are added")
        XCTAssertTrue(body.contains("<w:headerReference w:type=\"default\" r:id=\"rIdRef1\"/>"))
        XCTAssertTrue(body.contains("<w:pgSz w:w=\"12240\" w:h=\"15840\"/>"), "the reference's paper")
        XCTAssertTrue(body.contains("<w:gridCol w:w=\"\((12240 - 2 * 1134) / 2)\"/>"), "tables fill the reference's text width")
        XCTAssertTrue(p.text("word/header1.xml").contains(Self.letterhead))
        XCTAssertEqual(p.archive.data("word/media/logo.png"), Self.png)
        XCTAssertNotNil(p.archive.data("word/_rels/header1.xml.rels"))
        XCTAssertTrue(p.text("[Content_Types].xml").contains("<Default Extension=\"png\" ContentType=\"image/png\"/>"))
        XCTAssertTrue(p.text("word/footerMoU.xml").contains("Sayfa "), "no footer in the reference: the page numbers are ours")
    }

    func testOdtLetterheadGivesStylesHeaderAndPictures() throws {
        let reference = try odtLetterhead()
        let doc = WriterFixtures.mou([.tr, .ru], layout: .sideBySide, articles: 2)
        let p = try WrittenPackage(OdtWriter(options: WriterOptions(referenceDocument: reference)).write(doc), ext: "odt")
        let styles = p.text("styles.xml")
        XCTAssertTrue(styles.contains(Self.letterhead) && styles.contains("fo:font-size=\"20pt\""))
        XCTAssertTrue(styles.contains("</style:header><style:footer><text:p text:style-name=\"Footer\">Sayfa "), "no footer in the reference: the page numbers are ours")
        XCTAssertTrue(styles.contains("style:name=\"Signature\""), "missing named styles are added")
        XCTAssertEqual(p.archive.data("Pictures/logo.png"), Self.png)
        XCTAssertTrue(p.text("META-INF/manifest.xml").contains("manifest:full-path=\"Pictures/logo.png\" manifest:media-type=\"image/png\""))
    }

    /// Both letterheads and LibreOffice's own files as references pass the checker; LibreOffice
    /// renders the letterhead on the page.
    func testReferenceOutputsPassTheCheckerAndRenderTheLetterhead() throws {
        let checker = try WriterTools.requireChecker()
        let testdata = checker.deletingLastPathComponent().appendingPathComponent("testdata")
        let doc = WriterFixtures.mou([.ru, .en], layout: .sideBySide, articles: 3)
        var files: [URL] = []
        for (reference, ext) in [(try docxLetterhead(), "docx"), (try odtLetterhead(), "odt"),
                                 (testdata.appendingPathComponent("libreoffice.docx"), "docx"), (testdata.appendingPathComponent("libreoffice.odt"), "odt")] {
            let options = WriterOptions(referenceDocument: reference)
            let data = ext == "docx" ? try DocxWriter(options: options).write(doc) : try OdtWriter(options: options).write(doc)
            let out = directory.appendingPathComponent("with-\(reference.deletingPathExtension().lastPathComponent)-\(ext).\(ext)")
            try data.write(to: out)
            files.append(out)
        }
        let (status, output) = try WriterTools.run(checker, ["--no-notes"] + files.map(\.path))
        XCTAssertEqual(status, 0, output)

        guard let soffice = WriterTools.find("soffice"), let pdftotext = WriterTools.find("pdftotext") else { return }
        let home = directory.appendingPathComponent("home")
        let letterheads = Array(files.prefix(2))
        let (converted, log) = try WriterTools.run(soffice, ["-env:UserInstallation=file://\(home.path)/profile", "--headless", "--convert-to", "pdf",
                                                             "--outdir", directory.path] + letterheads.map(\.path),
                                                   environment: ["HOME": home.path], timeout: 600)
        XCTAssertEqual(converted, 0, log)
        for file in letterheads {
            let pdf = file.deletingPathExtension().appendingPathExtension("pdf")
            let (_, text) = try WriterTools.run(pdftotext, ["-enc", "UTF-8", "-l", "1", pdf.path, "-"])
            XCTAssertTrue(text.contains("Dış İlişkiler Dairesi"), "\(file.lastPathComponent): letterhead not on page 1")
            XCTAssertTrue(text.contains("Стр. 1 из"), "\(file.lastPathComponent): footer not on page 1")
        }
    }

    func testUnusableReferencesAreOneLineErrors() throws {
        func error(_ body: () throws -> Data) -> String {
            do { _ = try body(); return "no error" } catch { return "\(error)" }
        }
        let doc = WriterFixtures.mou([.en], layout: .single, articles: 1)
        let missing = directory.appendingPathComponent("missing.docx")
        XCTAssertTrue(error { try DocxWriter(options: .init(referenceDocument: missing)).write(doc) }.hasPrefix("missing.docx: cannot be read"))

        let notZip = directory.appendingPathComponent("letter.docx")
        try Data("not a zip".utf8).write(to: notZip)
        XCTAssertEqual(error { try DocxWriter(options: .init(referenceDocument: notZip)).write(doc) },
                       "letter.docx: is not a zip package (not a DOCX or ODT file) — save the reference again from Word or LibreOffice")

        let odt = directory.appendingPathComponent("styles.odt")
        try OdtWriter().write(doc).write(to: odt)
        XCTAssertEqual(error { try DocxWriter(options: .init(referenceDocument: odt)).write(doc) },
                       "styles.odt: has no word/document.xml (is it a DOCX file?) — save the reference again from Word or LibreOffice")
        let docx = directory.appendingPathComponent("styles.docx")
        try DocxWriter().write(doc).write(to: docx)
        XCTAssertEqual(error { try OdtWriter(options: .init(referenceDocument: docx)).write(doc) },
                       "styles.docx: mimetype: not an OpenDocument text (ODT or OTT) file — save the reference again from Word or LibreOffice")

        let broken = try repack(try DocxWriter().write(doc), ext: "docx", name: "broken.docx",
                                replacing: ["word/styles.xml": "<?xml version=\"1.0\"?>\n<w:styles xmlns:w=\"\(DocxParts.w)\">\n<w:style>\n</w:styles>"])
        let message = error { try DocxWriter(options: .init(referenceDocument: broken)).write(doc) }
        XCTAssertEqual(message, "broken.docx: word/styles.xml: not well-formed XML at line 4 — save the reference again from Word or LibreOffice")
        XCTAssertFalse(message.contains("\n"))
    }
}

extension WriterReferenceTests {
    func testAReferenceThatUnpacksToMuchIsRefused() throws {
        var zip = try ZipWriter()
        try zip.add("word/document.xml", data: Data(count: 2 << 20))  // 2 MB of zeros deflate to a few KB
        let bomb = FileManager.default.temporaryDirectory.appendingPathComponent("bomb-\(UUID().uuidString).docx")
        try zip.finish().write(to: bomb)
        defer { try? FileManager.default.removeItem(at: bomb) }
        XCTAssertThrowsError(try DocxWriter(options: .init(referenceDocument: bomb)).write(Document())) { error in
            XCTAssertTrue("\(error)".contains("word/document.xml: is too large when unpacked"), "\(error)")
        }
    }
}
