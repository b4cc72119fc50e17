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

    @OptionGroup var out: DocumentOutput

    func run() throws {
        try runReportingErrors {
            try out.checkBeforeWork()
            let loaded = try AgreementLoader.load(path: agreement)
            for note in loaded.notes { printNote(note.description) }
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

            let release = try PressReleaseDrafter(store: try out.resourceStore(kind: "press-release"))
                .document(loaded.agreement, language: language, source: agreement)
            for note in release.notes { printNote(note) }
            try out.write(release.document)
        }
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
}
