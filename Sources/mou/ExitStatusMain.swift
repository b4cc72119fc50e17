import ArgumentParser
import Foundation

/// `mou`'s entry point, replacing ArgumentParser's default so that usage errors exit 2 (not
/// 64) with one line on stderr, as every `mou` error does; help still prints in full, exit 0.
extension MoU {
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            if exitCode(for: error) == .success {
                // --help, -h, help SUBCOMMAND: the full text on stdout.
                FileHandle.standardOutput.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.ok)
            }
            let message = message(for: error).trimmingCharacters(in: .whitespacesAndNewlines)
            printError(message + " — see '\(helpCommand())'")
            Foundation.exit(ExitStatus.badInput)
        }
    }

    /// `mou SUBCOMMAND --help` when the arguments name a subcommand, else `mou --help`.
    private static func helpCommand() -> String {
        let names = configuration.subcommands.compactMap { $0.configuration.commandName }
        if let name = CommandLine.arguments.dropFirst().first(where: names.contains) {
            return "mou \(name) --help"
        }
        return "mou --help"
    }
}
