import ArgumentParser
import DocumentModel
import Foundation
import MoUResources
import OfficeFormats

/// The options every document-writing command shares (`draft`, `press-release`): where the
/// document goes, in which format, from which templates, with which reference styles.
struct DocumentOutput: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: "The file to write, or - for standard output.")
    var output: String?

    @Option(help: "docx, odt, md, html or txt (default: from the output's extension, else md).")
    var format: DocumentFormat?

    @Option(help: "A folder with the office's own templates/<kind>/<lang>.md and locales/<lang>/*.yaml.")
    var templates: String?

    @Option(name: .customLong("reference-doc"), help: "A DOCX or ODT whose styles, page setup, header and footer the output takes.")
    var referenceDoc: String?

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    /// The format named by --format, else by the output's extension, else Markdown.
    func resolvedFormat() throws -> DocumentFormat {
        if let format { return format }
        guard let output, output != "-" else { return .md }
        let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
        guard let format = DocumentFormat(extension: ext) else {
            throw CLIFailure("\(output): cannot tell the format from '.\(ext)' — name a .docx, .odt, .md, .html or .txt file, or pass --format")
        }
        return format
    }

    /// The office's own templates when --templates names a folder, else the built-in ones.
    func resourceStore(kind: String) throws -> ResourceStore {
        guard let templates else { return .builtIn }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: templates, isDirectory: &isFolder), isFolder.boolValue else {
            throw CLIFailure("--templates: \(templates) is not a folder — give the folder that holds templates/\(kind)/<lang>.md")
        }
        return ResourceStore(overrideRoot: URL(fileURLWithPath: templates))
    }

    /// Checks what can be checked before any work: the format and the reference document.
    /// (Not named `validate`: ArgumentParser would call that while parsing and print usage.)
    func checkBeforeWork() throws {
        _ = try resolvedFormat()
        if let referenceDoc, !FileManager.default.fileExists(atPath: referenceDoc) {
            throw CLIFailure("\(referenceDoc): no such reference document — check the path given to --reference-doc")
        }
    }

    /// Encodes the document and writes it atomically (or prints it for `-o -` / no -o).
    func write(_ document: Document) throws {
        let data = try resolvedFormat().encode(document, referenceDocument: referenceDoc.map { URL(fileURLWithPath: $0) })
        try OutputFile.writeOrPrint(data, to: output, force: force)
    }
}

/// The output formats of the document-writing commands.
enum DocumentFormat: String, ExpressibleByArgument, CaseIterable {
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
