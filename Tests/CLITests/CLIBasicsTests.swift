import Foundation
import XCTest

/// The CLI's contract, through the built `mou` binary: help everywhere, exit 2 with one line on
/// stderr for bad usage, and a copied binary that works from any folder.
final class CLIBasicsTests: XCTestCase {
    func testHelpWorksForEveryCommand() throws {
        let top = try MouRunner.run(["--help"])
        XCTAssertEqual(top.status, 0, top.stderr)
        XCTAssertTrue(top.stdout.contains("USAGE: mou"), top.stdout)
        let subcommands = MouRunner.subcommands(inHelp: top.stdout)
        XCTAssertTrue(subcommands.contains("init") && subcommands.contains("schema"), "\(subcommands)")
        // Every command and nested subcommand (`mou grammar suffix`) answers --help.
        var pending = subcommands.map { [$0] }
        var checked = 0
        while let command = pending.popLast() {
            let name = command.joined(separator: " ")
            let help = try MouRunner.run(command + ["--help"])
            XCTAssertEqual(help.status, 0, "mou \(name) --help: \(help.stderr)")
            XCTAssertTrue(help.stdout.contains("USAGE: mou \(name)"), "mou \(name) --help: \(help.stdout)")
            XCTAssertEqual(help.stderr, "", "mou \(name) --help")
            let viaHelp = try MouRunner.run(["help"] + command)
            XCTAssertEqual(viaHelp.status, 0, "mou help \(name)")
            pending += MouRunner.subcommands(inHelp: help.stdout).map { command + [$0] }
            checked += 1
        }
        XCTAssertGreaterThanOrEqual(checked, 2)
    }

    func testUnknownOptionExits2WithOneLine() throws {
        for arguments in [["--bogus"], ["schema", "--bogus"], ["init", "x.yaml", "--bogus"], ["no-such-command"]] {
            let result = try MouRunner.run(arguments)
            XCTAssertEqual(result.status, 2, "mou \(arguments.joined(separator: " "))")
            XCTAssertEqual(result.stderrLines.count, 1, "one line: \(result.stderr)")
            XCTAssertTrue(result.stderr.hasPrefix("mou: "), result.stderr)
            XCTAssertEqual(result.stdout, "")
        }
        let result = try MouRunner.run(["schema", "--bogus"])
        XCTAssertEqual(result.stderr, "mou: Unknown option '--bogus' — see 'mou schema --help'\n")
    }

    func testMissingArgumentExits2() throws {
        let result = try MouRunner.run(["init"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "mou: Missing expected argument '<file>' — see 'mou init --help'\n")
    }

    /// Commands that read a file refuse a missing one with exit 2 and one line (whatever other
    /// options they also lack); `init` and `schema` read none.
    func testMissingInputFileExits2() throws {
        let subcommands = MouRunner.subcommands(inHelp: try MouRunner.run(["--help"]).stdout)
        for name in subcommands where !["init", "schema", "help"].contains(name) {
            let result = try MouRunner.run([name, "/nonexistent/missing.yaml"])
            XCTAssertEqual(result.status, 2, "mou \(name) with a missing file: \(result.stderr)")
            XCTAssertEqual(result.stderrLines.count, 1, "mou \(name): one line: \(result.stderr)")
        }
        let folder = try MouRunner.run(["init", "/nonexistent/folder/agreement.yaml"])
        XCTAssertEqual(folder.status, 2)
        XCTAssertEqual(folder.stderr, "mou: /nonexistent/folder/agreement.yaml: the folder /nonexistent/folder does not exist — create it first\n")
    }

    /// Built-in templates and locales are embedded: a binary copied elsewhere and run from `/`
    /// still works — `init` and `schema`, `grammar plural`, which reads locales/ru/nouns.yaml, and
    /// `draft` and `templates check`, which read the embedded templates.
    func testCopiedBinaryRunsFromAnotherFolder() throws {
        let folder = try MouRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("mou")
        try FileManager.default.copyItem(at: MouRunner.binary, to: copy)
        let output = folder.appendingPathComponent("agreement.yaml").path

        let initResult = try MouRunner.run(["init", output], binary: copy, in: URL(fileURLWithPath: "/"))
        XCTAssertEqual(initResult.status, 0, initResult.stderr)
        XCTAssertTrue(try String(contentsOfFile: output, encoding: .utf8).contains("languages: [tr, ru, en]"))

        let schema = try MouRunner.run(["schema"], binary: copy, in: URL(fileURLWithPath: "/"))
        XCTAssertEqual(schema.status, 0, schema.stderr)
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(schema.stdout.utf8)))

        // A command that reads the built-in locales (locales/ru/nouns.yaml), from `/`.
        let subcommands = MouRunner.subcommands(inHelp: try MouRunner.run(["--help"], binary: copy).stdout)
        XCTAssertTrue(subcommands.contains("grammar"), "mou grammar reads the embedded locales: \(subcommands)")
        let plural = try MouRunner.run(["grammar", "plural", "--lang", "ru", "92", "меморандум"], binary: copy, in: URL(fileURLWithPath: "/"))
        XCTAssertEqual(plural.status, 0, plural.stderr)
        XCTAssertEqual(plural.stdout, "92 меморандума\n")

        // The main job, with the embedded MoU templates and locales, from `/`: a copy of the
        // example agreement outside the source tree drafts in Turkish and Russian.
        let agreement = folder.appendingPathComponent("kosgeb-rsmb.yaml")
        try FileManager.default.copyItem(at: MouRunner.packageRoot.appendingPathComponent("examples/kosgeb-rsmb.yaml"), to: agreement)
        let draft = try MouRunner.run(["draft", agreement.path, "--lang", "tr,ru", "--format", "md"], binary: copy, in: URL(fileURLWithPath: "/"))
        XCTAssertEqual(draft.status, 0, draft.stderr)
        XCTAssertTrue(draft.stdout.contains("Madde 1"), "Turkish template: \(draft.stdout.prefix(200))")
        XCTAssertTrue(draft.stdout.contains("Статья 1"), "Russian template")
        let templates = try MouRunner.run(["templates", "check"], binary: copy, in: URL(fileURLWithPath: "/"))
        XCTAssertEqual(templates.status, 0, templates.stderr)
    }
}
