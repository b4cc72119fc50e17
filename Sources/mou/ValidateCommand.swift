import AgreementModel
import ArgumentParser
import Foundation
import OfficeFormats
import Review

/// `mou validate`: are the required clauses in every language version of a partner's draft,
/// where, and do the versions (and the agreement) agree?
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Review partner drafts (DOCX, ODT, Markdown, text): required clauses per language version, consistency, leftovers.",
        discussion: "Exit status: 0 no error findings, 1 error findings, 2 a file could not be read (the others are still reported).")

    @Argument(help: "Draft files to review (.docx, .odt, .md, .txt).")
    var files: [String]

    @Option(help: "Comma-separated clause ids that must be in every language version.")
    var require: String = ClauseID.defaultRequired.joined(separator: ",")

    @Option(help: "The agreement (YAML/JSON) the draft must match: parties, dates, duration, areas.")
    var against: String?

    @Option(help: "Report format: text or json.")
    var format: String = "text"

    @Flag(help: "Review the text as if all tracked changes were accepted (the default).")
    var acceptChanges = false

    @Flag(help: "Review the text as if all tracked changes were rejected.")
    var rejectChanges = false

    func run() throws {
        var status: Int32 = 0
        try runReportingErrors {
            guard format == "text" || format == "json" else {
                throw CLIFailure("--format \(format): unknown — use text or json")
            }
            if acceptChanges && rejectChanges {
                throw CLIFailure("--accept-changes and --reject-changes exclude each other — pass one")
            }
            let required = require.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            for id in required where !ClauseID.all.contains(id) {
                throw CLIFailure("--require \(id): unknown clause — use one of \(ClauseID.all.joined(separator: ", "))")
            }
            let catalog = try ClauseCatalog.builtIn.get()
            let agreement = try against.map(loadAgreement)
            let reviewer = Reviewer(catalog: catalog, required: required, agreement: agreement)
            let options = ReadOptions(trackedChanges: rejectChanges ? .reject : .accept)
            let reports = reviewer.review(paths: files, options: options)
            let report = Report(files: reports)
            let output = format == "json" ? report.json() + Data("\n".utf8) : Data(report.text().utf8)
            FileHandle.standardOutput.write(output)
            for file in reports where file.error != nil { printError(file.error!) }
            if reports.contains(where: { $0.error != nil }) { status = ExitStatus.badInput }
            else if reports.contains(where: \.hasErrors) { status = ExitStatus.findings }
        }
        if status != 0 { throw ExitCode(status) }
    }

    private func loadAgreement(_ path: String) throws -> Agreement {
        do { return try AgreementFile.load(path: path) } catch { throw CLIFailure(String(describing: error)) }
    }
}
