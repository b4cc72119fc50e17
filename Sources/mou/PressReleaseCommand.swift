import AgreementModel
import ArgumentParser
import Drafting
import Foundation
import Linguistics
import MoUResources

/// `mou press-release`: the release the press office publishes after a signing, from the same
/// agreement file as the MoU plus its `announcement:` section.
struct PressReleaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "press-release",
        abstract: "Write the press release of a signing in Turkish, Russian or English.",
        discussion: """
            Example: mou press-release examples/kosgeb-rsmb.yaml --lang tr -o release.tr.docx
            The agreement file needs an `announcement:` section (`mou init --announcement FILE` \
            writes a starter). The format comes from the output's extension unless --format is \
            given; HTML suits a web site; without -o the Markdown goes to standard output.
            """)

    @Argument(help: "The agreement file (YAML or JSON) with an `announcement:` section.")
    var agreement: String

    @Option(name: .customLong("lang"), help: "The release's language: tr, ru or en (default: the agreement's first).")
    var language: String?

    @Option(name: [.short, .customLong("output")], help: "The file to write, or - for standard output.")
    var output: String?

    @Option(help: "docx, odt, md, html or txt (default: from the output's extension, else md).")
    var format: DraftFormat?

    @Option(help: "A folder with the office's own templates/press-release/<lang>.md and locales/<lang>/*.yaml.")
    var templates: String?

    @Option(name: .customLong("reference-doc"), help: "A DOCX or ODT whose styles the output takes.")
    var referenceDoc: String?

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    func run() throws {
        try runReportingErrors {
            let format = try resolvedFormat()
            let loaded = try AgreementLoader.load(path: agreement)
            for note in loaded.notes { printPressNote(note.description) }
            let language = try requestedLanguage(loaded.agreement)
            if let issue = loaded.agreement.check(languages: [language]).first {
                throw CLIFailure(loaded.error(for: issue).description)
            }
            _ = try loaded.agreement.requireAnnouncement(source: agreement)
            // Every problem at once, each pointing into the file (file:line:column key.path: …).
            let issues = loaded.agreement.checkAnnouncement(languages: [language]).map { issue in
                var located = issue
                located.location = loaded.location(of: issue.keyPath).description
                return located
            }
            if !issues.isEmpty { throw CLIFailure(issues.map(\.description).joined(separator: "; ")) }

            let release = try PressReleaseDrafter(store: try resourceStore())
                .document(loaded.agreement, language: language, source: agreement)
            for note in release.notes { printPressNote(note) }
            let reference = referenceDoc.map { URL(fileURLWithPath: $0) }
            if let reference, !FileManager.default.fileExists(atPath: reference.path) {
                throw CLIFailure("\(reference.path): no such reference document — check the path given to --reference-doc")
            }
            let data = try format.encode(release.document, referenceDocument: reference)
            try OutputFile.writeOrPrint(data, to: output, force: force)
        }
    }

    private func resolvedFormat() throws -> DraftFormat {
        if let format { return format }
        guard let output, output != "-" else { return .md }
        let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
        guard let format = DraftFormat(extension: ext) else {
            throw CLIFailure("\(output): cannot tell the format from '.\(ext)' — name a .docx, .odt, .md, .html or .txt file, or pass --format")
        }
        return format
    }

    private func requestedLanguage(_ agreement: Agreement) throws -> Language {
        guard let code = language?.trimmingCharacters(in: .whitespaces) else {
            guard let first = agreement.languages.first else {
                throw CLIFailure("--lang: the agreement lists no languages — pass --lang tr, ru or en")
            }
            return first
        }
        if code.contains(",") {
            throw CLIFailure("--lang: a release is written in one language — run the command once per language, e.g. --lang tr")
        }
        guard let language = Language(code: code) else {
            throw CLIFailure("--lang: '\(code)' is not a language MoUKit writes — use tr, ru or en")
        }
        return language
    }

    private func resourceStore() throws -> ResourceStore {
        guard let templates else { return .builtIn }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: templates, isDirectory: &isFolder), isFolder.boolValue else {
            throw CLIFailure("--templates: \(templates) is not a folder — give the folder that holds templates/press-release/<lang>.md")
        }
        return ResourceStore(overrideRoot: URL(fileURLWithPath: templates))
    }
}

/// Prints `mou: note: …` on stderr: things to look at that do not stop the release.
private func printPressNote(_ message: String) {
    FileHandle.standardError.write(Data(("mou: note: " + message.replacingOccurrences(of: "\n", with: " ") + "\n").utf8))
}
