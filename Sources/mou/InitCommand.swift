import AgreementModel
import ArgumentParser
import Foundation

/// `mou init FILE`: a commented starter agreement that loads as it stands, written atomically
/// and never over an existing file.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter agreement file (YAML) to fill in.",
        discussion: """
            Every field is explained in a comment; the values are filler to replace. The file \
            loads without errors as written. An existing file is never replaced. \
            Exit status: 0 written, 2 the file exists or cannot be written.
            """)

    @Argument(help: "The file to write, e.g. agreement.yaml; '-' prints to standard output.")
    var file: String

    func run() throws {
        try runReportingErrors {
            try OutputFile.writeOrPrint(Data(starterText().utf8), to: file, force: false)
            if file != "-" {
                FileHandle.standardError.write(Data("mou: wrote \(file) — replace the filler, then draft it with `mou draft \(file) --lang tr,ru -o draft.docx`\n".utf8))
            }
        }
    }

    /// The starter text; options that add sections (the press release's `--announcement`)
    /// pass them to `AgreementStarter.text(extraSections:)` here.
    func starterText() -> String {
        AgreementStarter.text()
    }
}
