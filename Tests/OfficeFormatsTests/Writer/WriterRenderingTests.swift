import DocumentModel
import Foundation
import Linguistics
import OfficeFormats
import XCTest

/// LibreOffice renders both packages to PDF; the PDF's text holds every block's text in order
/// (per column for side-by-side documents) and the footer's page label in the main language.
final class WriterRenderingTests: XCTestCase {
    func testLibreOfficeRendersEveryBlockInOrder() throws {
        guard let soffice = WriterTools.find("soffice") else { throw XCTSkip("soffice (libreoffice-writer-nogui) is not installed") }
        guard let pdftotext = WriterTools.find("pdftotext") else { throw XCTSkip("pdftotext (poppler-utils) is not installed") }
        let dir = try WriterTools.temporaryDirectory("pdf")
        defer { WriterTools.cleanUp(dir) }
        let documents: [(String, Document, String)] = [
            ("tr", WriterFixtures.mou([.tr], layout: .single), "Sayfa 1 / "),
            ("ru", WriterFixtures.mou([.ru], layout: .single), "Стр. 1 из "),
            ("en-ru-sequential", WriterFixtures.mou([.en, .ru], layout: .sequential), "Page 1 of "),
            ("tr-ru", WriterFixtures.mou([.tr, .ru], layout: .sideBySide), "Sayfa 1 / "),
            ("ru-en", WriterFixtures.mou([.ru, .en], layout: .sideBySide), "Стр. 1 из "),
            ("tr-ru-en", WriterFixtures.mou([.tr, .ru, .en], layout: .sideBySide), "Sayfa 1 / "),
            ("hostile", WriterFixtures.hostile(), "Sayfa 1 / "),
        ]
        var inputs: [String] = []
        for (stem, doc, _) in documents {
            let docx = dir.appendingPathComponent("\(stem)-docx.docx"), odt = dir.appendingPathComponent("\(stem)-odt.odt")
            try DocxWriter().write(doc).write(to: docx)
            try OdtWriter().write(doc).write(to: odt)
            inputs += [docx.path, odt.path]
        }
        let home = dir.appendingPathComponent("home")
        let (status, output) = try WriterTools.run(soffice, ["-env:UserInstallation=file://\(home.path)/profile", "--headless",
                                                             "--convert-to", "pdf", "--outdir", dir.path] + inputs,
                                                   environment: ["HOME": home.path], timeout: 600)
        XCTAssertEqual(status, 0, output)
        for (stem, doc, footer) in documents {
            for format in ["docx", "odt"] {
                let pdf = dir.appendingPathComponent("\(stem)-\(format).pdf")
                guard FileManager.default.fileExists(atPath: pdf.path) else { XCTFail("\(stem).\(format): no PDF; \(output)"); continue }
                let (_, text) = try WriterTools.run(pdftotext, ["-enc", "UTF-8", pdf.path, "-"])
                XCTAssertTrue(text.contains(footer), "\(stem).\(format): footer \"\(footer)\" missing")
                if let columns = WriterExpectedText.columnGroups(doc) {
                    // Read each column on its own (pdftotext interleaves the lines of side-by-side cells).
                    let n = columns.count
                    let left = 56.7, width = 481.9 / Double(n)
                    for (i, groups) in columns.enumerated() {
                        let x = Int(left + Double(i) * width) + 1
                        let (_, columnText) = try WriterTools.run(pdftotext, ["-enc", "UTF-8", "-layout", "-x", "\(x)", "-y", "0", "-W", "\(Int(width) - 2)",
                                                                              "-H", "842", pdf.path, "-"])
                        if let problem = WriterExpectedText.missing(groups, in: columnText) { XCTFail("\(stem).\(format) column \(i + 1): \(problem)") }
                    }
                } else if let problem = WriterExpectedText.missing(WriterExpectedText.groups(doc.blocks), in: text, wordOrder: stem != "hostile") {
                    XCTFail("\(stem).\(format): \(problem)")
                }
            }
        }
    }
}
