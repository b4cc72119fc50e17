import Foundation
import XCTest

/// `mou draft` and `mou templates check` through the built binary.
final class DraftCommandTests: XCTestCase {
    private static let example = MouRunner.packageRoot.appendingPathComponent("examples/kosgeb-rsmb.yaml").path
    private static let checker = MouRunner.packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/tools/check-office-package").path

    private func checkOfficePackages(_ paths: [String]) throws {
        guard FileManager.default.isExecutableFile(atPath: Self.checker) else {
            throw XCTSkip("check-office-package is not installed at \(Self.checker)")
        }
        let result = try MouRunner.runTool("/usr/bin/env", ["python3", Self.checker, "--no-notes"] + paths)
        if result.status == 2 { throw XCTSkip("check-office-package lacks its tools: \(result.stderr)") }
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
    }

    /// The text of a zip entry, through unzip(1).
    private func entry(_ archive: String, _ name: String) throws -> String {
        try MouRunner.runTool("/usr/bin/env", ["unzip", "-p", archive, name]).stdout
    }

    func testExampleDraftsInEveryFormatAndLayout() throws {
        let folder = try MouRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var office: [String] = []
        for langs in ["tr", "tr,ru", "tr,ru,en"] {
            for layout in ["side-by-side", "sequential"] {
                for format in ["docx", "odt", "md", "html", "txt"] {
                    let output = folder.appendingPathComponent("mou-\(langs.replacingOccurrences(of: ",", with: "-"))-\(layout).\(format)").path
                    let result = try MouRunner.run(["draft", Self.example, "--lang", langs, "--layout", layout, "-o", output])
                    XCTAssertEqual(result.status, 0, "\(langs) \(layout) \(format): \(result.stderr)")
                    let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
                    XCTAssertGreaterThan(size, 2000, "\(output)")
                    if format == "docx" || format == "odt" { office.append(output) }
                }
            }
        }
        try checkOfficePackages(office)
        let docx = try entry(folder.appendingPathComponent("mou-tr-ru-side-by-side.docx").path, "word/document.xml")
        XCTAssertTrue(docx.contains("KOSGEB&apos;in irtibat noktası") || docx.contains("KOSGEB'in irtibat noktası"))
        XCTAssertTrue(docx.contains("Статья 10. Языки и экземпляры"))
    }

    func testMarkdownToStandardOutputWithoutOutputOption() throws {
        let result = try MouRunner.run(["draft", Self.example, "--lang", "en"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("## Article 2 — Areas of Cooperation {#areas}"), result.stdout)
        XCTAssertTrue(result.stdout.contains("**For SME Corporation**"))
    }

    func testValuesStayTextInEveryFormat() throws {
        let folder = try MouRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var yaml = try String(contentsOfFile: Self.example, encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "      en: SME Corporation", with: "      en: \"# **X** {#y}\"")
        yaml = yaml.replacingOccurrences(of: "en: Alexander Isaevich", with: "en: \"{{ evil }}\"")
        let agreement = folder.appendingPathComponent("nasty.yaml")
        try yaml.write(to: agreement, atomically: true, encoding: .utf8)
        var office: [String] = []
        for format in ["docx", "odt", "md", "html", "txt"] {
            let output = folder.appendingPathComponent("nasty.\(format)").path
            let result = try MouRunner.run(["draft", agreement.path, "--lang", "en", "-o", output])
            XCTAssertEqual(result.status, 0, "\(format): \(result.stderr)")
            switch format {
            case "docx":
                office.append(output)
                let xml = try entry(output, "word/document.xml")
                XCTAssertTrue(xml.contains("# **X** {#y}"), "docx keeps the name as text")
                XCTAssertTrue(xml.contains("{{ evil }}"))
            case "odt":
                office.append(output)
                let xml = try entry(output, "content.xml")
                XCTAssertTrue(xml.contains("# **X** {#y}"), "odt keeps the name as text")
                XCTAssertTrue(xml.contains("{{ evil }}"))
            case "txt":
                let text = try String(contentsOfFile: output, encoding: .utf8)
                XCTAssertTrue(text.contains("For # **X** {#y}"), text)
                XCTAssertTrue(text.contains("{{ evil }}"))
            default:
                let text = try String(contentsOfFile: output, encoding: .utf8)
                XCTAssertFalse(text.contains("{#y}\n"), "the name made no heading id in \(format)")
                XCTAssertTrue(text.contains("evil"))
            }
        }
        try checkOfficePackages(office)
    }

    func testNeverOverwritesWithoutForce() throws {
        let folder = try MouRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.docx").path
        try Data("mine".utf8).write(to: URL(fileURLWithPath: output))
        let refused = try MouRunner.run(["draft", Self.example, "-o", output])
        XCTAssertEqual(refused.status, 2)
        XCTAssertEqual(refused.stderrLines.count, 1, refused.stderr)
        XCTAssertTrue(refused.stderr.contains("--force"), refused.stderr)
        XCTAssertEqual(try String(contentsOfFile: output, encoding: .utf8), "mine")
        let forced = try MouRunner.run(["draft", Self.example, "-o", output, "--force"])
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertNotEqual(try Data(contentsOf: URL(fileURLWithPath: output)), Data("mine".utf8))
    }

    func testBadInputExits2WithOneLine() throws {
        let cases: [([String], String)] = [
            (["draft", Self.example, "--lang", "de"], "--lang: 'de'"),
            (["draft", Self.example, "--lang", "tr,tr"], "listed twice"),
            (["draft", Self.example, "-o", "x.pdf"], "cannot tell the format"),
            (["draft", "/nonexistent/agreement.yaml"], "no such file"),
            (["draft", Self.example, "--templates", "/nonexistent"], "--templates"),
            (["draft", Self.example, "--layout", "diagonal"], "diagonal"),
        ]
        for (arguments, expected) in cases {
            let result = try MouRunner.run(arguments)
            XCTAssertEqual(result.status, 2, arguments.joined(separator: " "))
            XCTAssertEqual(result.stderrLines.count, 1, result.stderr)
            XCTAssertTrue(result.stderr.contains(expected), "\(arguments): \(result.stderr)")
        }
    }

    func testOfficeTemplatesAndUnknownNames() throws {
        let folder = try MouRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mou = folder.appendingPathComponent("templates/mou")
        try FileManager.default.createDirectory(at: mou, withIntermediateDirectories: true)
        let builtIn = MouRunner.packageRoot.appendingPathComponent("templates/mou/en.md")
        var text = try String(contentsOf: builtIn, encoding: .utf8)
        text = text.replacingOccurrences(of: "Have reached the following understanding:", with: "Have agreed as follows ({{ party1.motto }}):")
        try text.write(to: mou.appendingPathComponent("en.md"), atomically: true, encoding: .utf8)
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains("party1.motto") }! + 1

        let result = try MouRunner.run(["draft", Self.example, "--lang", "en", "--templates", folder.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasPrefix("mou: \(mou.path)/en.md:\(line): unknown variable 'party1.motto'"), result.stderr)
        let check = try MouRunner.run(["templates", "check", folder.path])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.stdout.contains("en.md:\(line): unknown variable 'party1.motto'"), check.stdout)

        // A good office template is used as given.
        try String(contentsOf: builtIn, encoding: .utf8)
            .replacingOccurrences(of: "Have reached the following understanding:", with: "Have agreed as follows:")
            .write(to: mou.appendingPathComponent("en.md"), atomically: true, encoding: .utf8)
        let good = try MouRunner.run(["draft", Self.example, "--lang", "en", "--templates", folder.path])
        XCTAssertEqual(good.status, 0, good.stderr)
        XCTAssertTrue(good.stdout.contains("Have agreed as follows:"))
        XCTAssertEqual(try MouRunner.run(["templates", "check", folder.path]).status, 0)
    }

    func testReferenceDocumentIsPassedToTheWriter() throws {
        let folder = try MouRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for format in ["docx", "odt"] {
            let reference = folder.appendingPathComponent("reference.\(format)").path
            XCTAssertEqual(try MouRunner.run(["draft", Self.example, "--lang", "en", "-o", reference]).status, 0)
            let output = folder.appendingPathComponent("styled.\(format)").path
            let result = try MouRunner.run(["draft", Self.example, "--lang", "tr,ru", "--reference-doc", reference, "-o", output])
            XCTAssertEqual(result.status, 0, result.stderr)
            try checkOfficePackages([output])
        }
        let missing = try MouRunner.run(["draft", Self.example, "--reference-doc", "/nonexistent.docx", "-o", folder.appendingPathComponent("x.docx").path])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("--reference-doc"), missing.stderr)
    }

    func testBuiltInTemplatesPassTemplatesCheck() throws {
        let result = try MouRunner.run(["templates", "check"])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("0 problems"), result.stderr)
    }
}
