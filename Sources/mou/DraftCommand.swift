import AgreementModel
import ArgumentParser
import DocumentModel
import Drafting
import Foundation
import Linguistics
import MoUResources
import OfficeFormats

/// `mou draft`: the toolkit's main job — an agreement file in, an MoU ready for legal review out.
struct DraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Draft the MoU of an agreement file in one, two or three languages.",
        discussion: """
            Example: mou draft examples/kosgeb-rsmb.yaml --lang tr,ru -o kosgeb-rsmb.docx
            writes a side-by-side Turkish|Russian MoU. The format comes from the output's \
            extension unless --format is given; without -o the Markdown goes to standard output.
            """)

    @Argument(help: "The agreement file (YAML or JSON).")
    var agreement: String

    @Option(name: .customLong("lang"), help: "Languages in column order, e.g. tr,ru (default: the agreement's languages).")
    var languages: String?

    @OptionGroup var out: DocumentOutput

    @Option(help: "side-by-side (columns) or sequential (each version in full, one after another).")
    var layout: DraftLayout = .sideBySide

    func run() throws {
        try runReportingErrors {
            try out.checkBeforeWork()
            let loaded = try AgreementLoader.load(path: agreement)
            for note in loaded.notes { printNote(note.description) }
            let requested = try requestedLanguages(loaded)
            if let issue = loaded.agreement.check(languages: requested).first {
                throw CLIFailure(loaded.error(for: issue).description)
            }
            let store = try out.resourceStore(kind: "mou")
            let draft = try MoUDrafter(store: store).draft(loaded.agreement, languages: requested, layout: layout)
            for note in draft.notes { printNote(note) }
            try out.write(draft.document)
        }
    }

    private func requestedLanguages(_ loaded: LoadedAgreement) throws -> [Language] {
        guard let languages else { return loaded.agreement.languages }
        var result: [Language] = []
        for code in languages.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !code.isEmpty {
            guard let language = Language(code: code) else {
                throw CLIFailure("--lang: '\(code)' is not a language MoUKit drafts — use tr, ru or en")
            }
            guard loaded.agreement.languages.contains(language) else {
                let own = loaded.agreement.languages.map(\.rawValue).joined(separator: ",")
                throw CLIFailure("--lang: the agreement has no \(language.englishName) version (its languages: \(own)) — add '\(language.rawValue)' to its languages")
            }
            if result.contains(language) {
                throw CLIFailure("--lang: '\(code)' is listed twice — list each language once")
            }
            result.append(language)
        }
        guard !result.isEmpty, result.count <= 3 else {
            throw CLIFailure("--lang: give one, two or three languages, e.g. --lang tr,ru")
        }
        return result
    }

}

extension DraftLayout: ExpressibleByArgument {}
