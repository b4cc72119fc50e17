import ArgumentParser
import Drafting
import Foundation
import Linguistics
import MoUResources

/// `mou templates check [DIR]`: lints templates before a user meets their mistakes in a draft.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "Work with the document templates.",
        subcommands: [Check.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Lint templates: Stencil syntax, unknown variables and filters, markup errors, block ids that differ between languages.",
            discussion: """
                Without DIR the built-in templates are checked. DIR holds templates/mou/<lang>.md \
                (or mou/<lang>.md) and optionally locales/<lang>/labels.yaml and areas.yaml; \
                what it lacks comes from the built-in files. Exit status: 0 clean, 1 problems found, 2 bad input.
                """)

        @Argument(help: "A folder of templates (default: the built-in ones).")
        var directory: String?

        func run() throws {
            var problemCount = 0
            try runReportingErrors {
                let store: ResourceStore
                var languages = Language.allCases
                var syntaxOnly: [String] = []
                if let directory {
                    let root = URL(fileURLWithPath: directory)
                    var isFolder: ObjCBool = false
                    guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), isFolder.boolValue else {
                        throw CLIFailure("\(directory): no such folder — give the folder that holds templates/mou/<lang>.md")
                    }
                    store = ResourceStore(overrideRoot: root)
                    languages = Language.allCases.filter { language in
                        ["templates/mou/", "mou/"].contains {
                            FileManager.default.fileExists(atPath: root.appendingPathComponent($0 + language.rawValue + ".md").path)
                        }
                    }
                    if languages.isEmpty {
                        throw CLIFailure("\(directory): no MoU templates found — expected templates/mou/tr.md, ru.md or en.md inside it")
                    }
                } else {
                    store = .builtIn
                    syntaxOnly = BuiltInFiles.paths(under: "templates").filter {
                        !$0.hasPrefix("templates/mou/") && $0.hasSuffix(".md")
                    }
                }
                let linter = TemplateLinter()
                var problems = linter.checkMoU(store: store, languages: languages)
                for path in syntaxOnly { problems += linter.checkSyntax(store: store, relativePath: path) }
                for problem in problems { print(problem.description) }
                problemCount = problems.count
                let checked = languages.count + syntaxOnly.count
                FileHandle.standardError.write(Data("mou: \(checked) template\(checked == 1 ? "" : "s") checked, \(problems.count) problem\(problems.count == 1 ? "" : "s")\n".utf8))
            }
            if problemCount > 0 { throw ExitCode(ExitStatus.findings) }
        }
    }
}
