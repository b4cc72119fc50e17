import Foundation
import XCTest

/// `mou press-release` and `mou init --announcement` through the built binary.
final class PressReleaseCommandTests: XCTestCase {
    private static let example = MouRunner.packageRoot.appendingPathComponent("examples/kosgeb-rsmb.yaml").path
    private static let checker = MouRunner.packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/tools/check-office-package").path

    func testTheExampleGivesAllThreeReleasesInEveryFormatAndTheOfficeFilesPassTheChecker() throws {
        let folder = try MouRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var office: [String] = []
        for language in ["tr", "ru", "en"] {
            for format in ["docx", "odt", "md", "html", "txt"] {
                let output = folder.appendingPathComponent("release.\(language).\(format)").path
                let result = try MouRunner.run(["press-release", Self.example, "--lang", language, "-o", output])
                XCTAssertEqual(result.status, 0, "\(language) \(format): \(result.stderr)")
                XCTAssertEqual(result.stderr, "", "\(language) \(format)")
                let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
                XCTAssertGreaterThan(size, 1500, output)
                if format == "docx" || format == "odt" { office.append(output) }
            }
        }
        let html = try String(contentsOfFile: folder.appendingPathComponent("release.tr.html").path, encoding: .utf8)
        XCTAssertTrue(html.contains("<html lang=\"tr\""), String(html.prefix(200)))
        XCTAssertTrue(html.contains("Mutabakat Zaptı Sayısı 92&#39;ye Çıktı") || html.contains("Mutabakat Zaptı Sayısı 92'ye Çıktı"))
        let text = try String(contentsOfFile: folder.appendingPathComponent("release.ru.txt").path, encoding: .utf8)
        XCTAssertTrue(text.contains("Число меморандумов достигло 92"), text)

        guard FileManager.default.isExecutableFile(atPath: Self.checker) else {
            throw XCTSkip("check-office-package is not installed at \(Self.checker)")
        }
        let checked = try MouRunner.runTool("/usr/bin/env", ["python3", Self.checker, "--no-notes"] + office)
        if checked.status == 2 { throw XCTSkip("check-office-package lacks its tools: \(checked.stderr)") }
        XCTAssertEqual(checked.status, 0, checked.stdout + checked.stderr)
    }

    func testMarkdownGoesToStandardOutputWithoutOutputOption() throws {
        let result = try MouRunner.run(["press-release", Self.example, "--lang", "en"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("## MoU count rises to 92 {#total}"), result.stdout)
    }

    func testAQuoteMissingInTheRequestedLanguageIsAnErrorWithItsPosition() throws {
        let folder = try MouRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let yaml = try String(contentsOfFile: Self.example, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("        ru: Мы хотим работать вместе с KOSGEB") }.joined(separator: "\n")
        let file = folder.appendingPathComponent("agreement.yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        let result = try MouRunner.run(["press-release", file.path, "--lang", "ru", "-o", folder.appendingPathComponent("r.docx").path])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderrLines.count, 1, result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix("mou: \(file.path):"), result.stderr)
        XCTAssertTrue(result.stderr.hasSuffix(": announcement.quotes[1].text.ru: missing — the Russian release needs this quote in Russian\n"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("r.docx").path))
        // The Turkish release does not need the Russian quote.
        XCTAssertEqual(try MouRunner.run(["press-release", file.path, "--lang", "tr"]).status, 0)
    }

    func testAMissingAnnouncementSaysWhatToAddAndInitWritesAStarterThatWorks() throws {
        let folder = try MouRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = folder.appendingPathComponent("plain.yaml").path
        XCTAssertEqual(try MouRunner.run(["init", plain]).status, 0)
        let missing = try MouRunner.run(["press-release", plain, "--lang", "tr"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertEqual(missing.stderr, "mou: \(plain): announcement: missing — a press release needs an `announcement:` section "
                       + "(published, ceremony, participants, quotes, headline, figures); "
                       + "`mou init --announcement FILE` writes a starter to copy from\n")

        let starter = folder.appendingPathComponent("starter.yaml").path
        XCTAssertEqual(try MouRunner.run(["init", "--announcement", starter]).status, 0)
        for language in ["tr", "ru", "en"] {
            let result = try MouRunner.run(["press-release", starter, "--lang", language])
            XCTAssertEqual(result.status, 0, "\(language): \(result.stderr)")
            XCTAssertTrue(result.stdout.contains("{#total}"), result.stdout)
        }
        // The starter still drafts as an MoU.
        XCTAssertEqual(try MouRunner.run(["draft", starter, "--lang", "tr"]).status, 0)
    }

    func testOneLanguageAtATimeAndNeverOverwriting() throws {
        let folder = try MouRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let two = try MouRunner.run(["press-release", Self.example, "--lang", "tr,ru"])
        XCTAssertEqual(two.status, 2)
        XCTAssertEqual(two.stderr, "mou: --lang: a release is written in one language — run the command once per language, e.g. --lang tr\n")
        let output = folder.appendingPathComponent("r.md").path
        XCTAssertEqual(try MouRunner.run(["press-release", Self.example, "--lang", "tr", "-o", output]).status, 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: output))
        let again = try MouRunner.run(["press-release", Self.example, "--lang", "en", "-o", output])
        XCTAssertEqual(again.status, 2)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: output)), before)
        XCTAssertEqual(try MouRunner.run(["press-release", Self.example, "--lang", "en", "-o", output, "--force"]).status, 0)
    }
}
