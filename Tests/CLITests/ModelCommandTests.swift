import Foundation
import XCTest

/// `mou init` and `mou schema` through the binary.
final class ModelCommandTests: XCTestCase {
    func testInitWritesAStarterAndNeverOverwrites() throws {
        let folder = try MouRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("agreement.yaml")

        let first = try MouRunner.run(["init", file.path])
        XCTAssertEqual(first.status, 0, first.stderr)
        let written = try Data(contentsOf: file)
        XCTAssertTrue(String(decoding: written, as: UTF8.self).hasPrefix("# A Memorandum of Understanding for `mou`."))

        let second = try MouRunner.run(["init", file.path])
        XCTAssertEqual(second.status, 2)
        XCTAssertEqual(second.stderr, "mou: \(file.path): already exists — choose another name or pass --force to replace it\n")
        XCTAssertEqual(try Data(contentsOf: file), written, "the existing file is left byte-identical")
        // Nothing but the file itself is left in the folder (no temporary files).
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["agreement.yaml"])
    }

    func testInitToStandardOutput() throws {
        let result = try MouRunner.run(["init", "-"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("parties:"))
        XCTAssertEqual(result.stderr, "")
    }

    func testSchemaPrintsJSON() throws {
        let result = try MouRunner.run(["schema"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let schema = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(schema["$schema"] as? String, "https://json-schema.org/draft/2020-12/schema")
        XCTAssertEqual(schema["required"] as? [String], ["languages", "parties", "signing", "areas", "duration", "originals"])
        XCTAssertEqual(result.stderr, "")
    }
}
