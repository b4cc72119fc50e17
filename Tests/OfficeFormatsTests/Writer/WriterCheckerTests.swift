import DocumentModel
import Foundation
import OfficeFormats
import XCTest

/// The acceptance matrix against the independent checker (official schemas).
final class WriterCheckerTests: XCTestCase {
    func testEveryMatrixFilePassesTheChecker() throws {
        let checker = try WriterTools.requireChecker()
        let dir = try WriterTools.temporaryDirectory("check")
        defer { WriterTools.cleanUp(dir) }
        var files: [String] = []
        for (stem, doc) in WriterFixtures.matrix() {
            let docx = dir.appendingPathComponent("\(stem).docx"), odt = dir.appendingPathComponent("\(stem).odt")
            try DocxWriter().write(doc).write(to: docx)
            try OdtWriter().write(doc).write(to: odt)
            files += [docx.path, odt.path]
        }
        let (status, output) = try WriterTools.run(checker, ["--no-notes"] + files)
        XCTAssertEqual(status, 0, output)
        XCTAssertEqual(output.components(separatedBy: "\nOK ").count + (output.hasPrefix("OK ") ? 1 : 0) - 1, files.count, output)
    }
}
