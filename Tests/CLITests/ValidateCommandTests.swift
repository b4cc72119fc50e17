import Foundation
import XCTest

/// Runs the built `mou validate` binary: exit codes, text and JSON output, unreadable files.
final class ValidateCommandTests: XCTestCase {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = packageRoot.appendingPathComponent("Tests/ReviewTests/Corpus")

    func mou(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let result = try MouRunner.run(arguments)
        return (result.status, result.stdout, result.stderr)
    }

    func testCompleteDraftExitsZeroWithEvidence() throws {
        let r = try mou(["validate", Self.corpus.appendingPathComponent("tr-madde.txt").path])
        XCTAssertEqual(r.status, 0, r.out + r.err)
        XCTAssertTrue(r.out.contains("training"))
        XCTAssertTrue(r.out.contains("MADDE 2(b)"), r.out)
    }

    func testMissingRequiredClauseExitsOneAndJSONHasTheShape() throws {
        let r = try mou(["validate", "--format", "json", Self.corpus.appendingPathComponent("en-negatives.txt").path])
        XCTAssertEqual(r.status, 1)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let file = try XCTUnwrap((json["files"] as? [[String: Any]])?.first)
        let findings = try XCTUnwrap(file["findings"] as? [[String: Any]])
        XCTAssertTrue(findings.contains { $0["code"] as? String == "missing-clause" && $0["severity"] as? String == "error" })
    }

    func testRequireOptionAndUnreadableFileExitTwoButOthersReported() throws {
        let folder = FileManager.default.temporaryDirectory
        let pdf = folder.appendingPathComponent("renamed-\(UUID().uuidString).docx")
        try Data("%PDF-1.4".utf8).write(to: pdf)
        defer { try? FileManager.default.removeItem(at: pdf) }
        let good = Self.corpus.appendingPathComponent("en-negatives.txt").path
        let r = try mou(["validate", "--require", "information-sharing", good, pdf.path])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.out.contains("en-negatives.txt (text"), r.out)
        XCTAssertEqual(r.err.split(separator: "\n").count, 1)
        XCTAssertTrue(r.err.contains("a PDF, not an editable draft"))
        let ok = try mou(["validate", "--require", "information-sharing", good])
        XCTAssertEqual(ok.status, 0)
        let bad = try mou(["validate", "--require", "nonsense", good])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.err.contains("unknown clause"))
    }

    func testRejectChangesAndBadAgreement() throws {
        let draft = Self.corpus.appendingPathComponent("tr-ru-table.docx").path
        XCTAssertEqual(try mou(["validate", draft]).status, 0)
        let rejected = try mou(["validate", "--reject-changes", draft])
        XCTAssertEqual(rejected.status, 1, "the partner's inserted expert visits are gone")
        XCTAssertTrue(rejected.out.contains("rejected"))
        let both = try mou(["validate", "--accept-changes", "--reject-changes", draft])
        XCTAssertEqual(both.status, 2)
        let folder = FileManager.default.temporaryDirectory
        let bad = folder.appendingPathComponent("agreement-\(UUID().uuidString).yaml")
        try "languages: [tr\n".write(to: bad, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: bad) }
        let r = try mou(["validate", "--against", bad.path, draft])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.err.split(separator: "\n").count, 1, r.err)
        XCTAssertTrue(r.err.contains(bad.lastPathComponent), r.err)
    }

    /// Hostile files end with exit 2 and one clear line each, and the good file is still reported.
    func testHostileFilesExitTwoWithOneLineEach() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let w = "xmlns:w=\\\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\\\""
        let script = """
        import zipfile
        def z(name, data):
            f = zipfile.ZipFile('\(folder.path)/' + name, 'w', zipfile.ZIP_DEFLATED); f.writestr('word/document.xml', data); f.close()
        z('bomb.docx', b'<' + b' ' * (20 * 1024 * 1024))
        z('deep.docx', b'<w:document \(w)>' + b'<a>' * 100000 + b'</a>' * 100000 + b'</w:document>')
        z('laughs.docx', b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><w:document \(w)>&b;</w:document>')
        z('xxe.docx', b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document \(w)>&x;</w:document>')
        data = open('\(folder.path)/deep.docx', 'rb').read(); open('\(folder.path)/truncated.docx', 'wb').write(data[:len(data) // 2])
        open('\(folder.path)/scan.docx', 'wb').write(b'%PDF-1.5 scanned')
        """
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", script]
        try python.run()
        python.waitUntilExit()
        guard python.terminationStatus == 0 else { throw XCTSkip("python3 not available to build hostile files") }
        let names = ["bomb", "deep", "laughs", "xxe", "truncated", "scan"].map { folder.appendingPathComponent("\($0).docx").path }
        let good = Self.corpus.appendingPathComponent("tr-madde.txt").path
        let r = try mou(["validate", "--format", "json"] + names + [good])
        XCTAssertEqual(r.status, 2)
        let lines = r.err.split(separator: "\n")
        XCTAssertEqual(lines.count, names.count, r.err)
        for (line, name) in zip(lines, names) { XCTAssertTrue(line.hasPrefix("mou: \(name): "), String(line)) }
        XCTAssertFalse(r.err.contains("root:"), "no /etc/passwd content may leak")
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let files = try XCTUnwrap(json["files"] as? [[String: Any]])
        XCTAssertEqual(files.count, names.count + 1)
        XCTAssertNil(files.last?["error"] as? String)
    }

    /// Acceptance: every document `mou draft` writes validates clean (also against its own
    /// agreement), in every format; removing an area from the model makes exactly that clause missing.
    func testDraftedDocumentsValidateCleanAndARemovedAreaIsMissing() throws {
        let example = Self.packageRoot.appendingPathComponent("examples/kosgeb-rsmb.yaml")
        guard FileManager.default.fileExists(atPath: example.path) else { throw XCTSkip("no example agreement") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("drafted-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let formats = ["docx", "odt", "md", "txt"]
        func draft(_ agreement: URL, _ name: String, layout: String) throws -> [String] {
            try formats.map { ext in
                let out = folder.appendingPathComponent("\(name)-\(layout).\(ext)").path
                let r = try mou(["draft", agreement.path, "--lang", "tr,ru,en", "--layout", layout, "-o", out])
                XCTAssertEqual(r.status, 0, r.err)
                return out
            }
        }
        for layout in ["side-by-side", "sequential"] {
            let files = try draft(example, "full", layout: layout)
            let r = try mou(["validate", "--format", "json", "--against", example.path] + files)
            XCTAssertEqual(r.status, 0, r.out)
            let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
            for file in try XCTUnwrap(json["files"] as? [[String: Any]]) {
                let findings = try XCTUnwrap(file["findings"] as? [[String: Any]]).filter { $0["severity"] as? String != "info" }
                XCTAssertEqual(findings.count, 0, "\(file["path"] ?? ""): \(findings)")
                XCTAssertEqual(file["languages"] as? [String], ["tr", "ru", "en"])
            }
        }
        let text = try String(contentsOf: example, encoding: .utf8)
        for area in ["information-sharing", "training", "expert-exchange", "trade-trips"] {
            let reduced = folder.appendingPathComponent("without-\(area).yaml")
            try text.replacingOccurrences(of: "\n  - \(area)\n", with: "\n").write(to: reduced, atomically: true, encoding: .utf8)
            let files = try draft(reduced, area, layout: "side-by-side")
            let r = try mou(["validate", "--format", "json"] + files)
            XCTAssertEqual(r.status, 1)
            let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
            for file in try XCTUnwrap(json["files"] as? [[String: Any]]) {
                let errors = try XCTUnwrap(file["findings"] as? [[String: Any]]).filter { $0["severity"] as? String == "error" }
                XCTAssertEqual(errors.map { $0["where"] as? String }, ["tr", "ru", "en"], "\(file["path"] ?? "")")
                XCTAssertTrue(errors.allSatisfy { ($0["message"] as? String)?.hasPrefix(area + " ") == true }, "\(errors)")
                let clauses = try XCTUnwrap(file["clauses"] as? [String: [String: Any]])
                XCTAssertEqual(clauses.filter { $0.value["present"] as? Bool == false }.map(\.key), [area], "\(file["path"] ?? "")")
            }
        }
    }
}
