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

    @Option(name: [.short, .customLong("output")], help: "The file to write, or - for standard output.")
    var output: String?

    @Option(help: "docx, odt, md, html or txt (default: from the output's extension, else md).")
    var format: DraftFormat?

    @Option(help: "side-by-side (columns) or sequential (each version in full, one after another).")
    var layout: DraftLayout = .sideBySide

    @Option(help: "A folder with the office's own templates/mou/<lang>.md and locales/<lang>/*.yaml.")
    var templates: String?

    @Option(name: .customLong("reference-doc"), help: "A DOCX or ODT whose styles the output takes.")
    var referenceDoc: String?

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    func run() throws {
        try runReportingErrors {
            let format = try resolvedFormat()
            let loaded = try AgreementLoader.load(path: agreement)
            for note in loaded.notes { printDraftNote(note.description) }
            let requested = try requestedLanguages(loaded)
            if let issue = loaded.agreement.check(languages: requested).first {
                throw CLIFailure(loaded.error(for: issue).description)
            }
            let store = try resourceStore()
            let draft = try MoUDrafter(store: store).draft(loaded.agreement, languages: requested, layout: layout)
            for note in draft.notes { printDraftNote(note) }
            let reference = referenceDoc.map { URL(fileURLWithPath: $0) }
            if let reference, !FileManager.default.fileExists(atPath: reference.path) {
                throw CLIFailure("\(reference.path): no such reference document — check the path given to --reference-doc")
            }
            let data = try format.encode(draft.document, referenceDocument: reference)
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

    private func resourceStore() throws -> ResourceStore {
        guard let templates else { return .builtIn }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: templates, isDirectory: &isFolder), isFolder.boolValue else {
            throw CLIFailure("--templates: \(templates) is not a folder — give the folder that holds templates/mou/<lang>.md")
        }
        return ResourceStore(overrideRoot: URL(fileURLWithPath: templates))
    }
}

/// Prints `mou: note: …` on stderr: things to look at that do not stop the draft.
private func printDraftNote(_ message: String) {
    FileHandle.standardError.write(Data(("mou: note: " + message.replacingOccurrences(of: "\n", with: " ") + "\n").utf8))
}

/// The output formats of `mou draft`.
enum DraftFormat: String, ExpressibleByArgument, CaseIterable {
    case docx, odt, md, html, txt

    init?(extension ext: String) {
        switch ext {
        case "docx": self = .docx
        case "odt": self = .odt
        case "md", "markdown": self = .md
        case "html", "htm": self = .html
        case "txt", "text": self = .txt
        default: return nil
        }
    }

    func encode(_ document: Document, referenceDocument: URL?) throws -> Data {
        let options = WriterOptions(referenceDocument: referenceDocument)
        switch self {
        case .docx: return try DocxWriter(options: options).write(document)
        case .odt: return try OdtWriter(options: options).write(document)
        case .md: return Data(MarkdownWriter.write(document).utf8)
        case .html: return Data(HTMLWriter.write(document).utf8)
        case .txt: return Data(PlainTextWriter.write(document).utf8)
        }
    }
}

extension DraftLayout: ExpressibleByArgument {}
