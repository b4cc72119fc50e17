import ArgumentParser

/// The `mou` command: draft, announce and review international cooperation agreements.
@main
struct MoU: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mou",
        abstract: "Draft, announce and review Memoranda of Understanding in Turkish, Russian and English.",
        subcommands: [
            DraftCommand.self,
            PressReleaseCommand.self,
            ValidateCommand.self,
            InitCommand.self,
            SchemaCommand.self,
            GrammarCommand.self,
            TemplatesCommand.self,
        ])
}
