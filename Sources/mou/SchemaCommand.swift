import AgreementModel
import ArgumentParser
import Foundation

/// `mou schema`: the JSON Schema of agreement files, for editors (YAML language servers, VS Code)
/// to complete keys and check values while the user types.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (draft 2020-12) of agreement files.",
        discussion: """
            Save it and point your editor at it, e.g. with a first line \
            '# yaml-language-server: $schema=agreement.schema.json' in the agreement file. \
            Exit status: 0.
            """)

    func run() throws {
        try runReportingErrors {
            FileHandle.standardOutput.write(Data(AgreementSchema.json().utf8))
        }
    }
}
