import Foundation
@testable import OfficeFormats
import XCTest

/// Opens a written package for the structural tests, through the writers' own bounded reader.
struct WrittenPackage {
    let archive: ReferenceArchive
    let raw: Data

    init(_ data: Data, ext: String) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mou-writer-\(UUID().uuidString).\(ext)")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        archive = try ReferenceArchive(url: url)
        raw = data
    }

    var names: [String] { archive.names }

    func text(_ name: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        guard let data = archive.data(name) else { XCTFail("no part \(name)", file: file, line: line); return "" }
        return String(decoding: data, as: UTF8.self)
    }

    /// Fails unless `name` is well-formed XML.
    func assertWellFormed(_ name: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let data = archive.data(name) else { return XCTFail("no part \(name)", file: file, line: line) }
        XCTAssertNoThrow(try ReferenceXML(data, file: "written", part: name), name, file: file, line: line)
    }
}

extension String {
    func occurrences(of needle: String) -> Int { components(separatedBy: needle).count - 1 }
}
