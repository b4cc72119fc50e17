import ArgumentParser
import Foundation

/// Exit codes of `mou`: 0 ok, 1 findings (validate), 2 bad input or usage.
enum ExitStatus {
    static let ok: Int32 = 0
    static let findings: Int32 = 1
    static let badInput: Int32 = 2
}

/// A failure to report as one line on stderr, then exit 2. Every command funnels its errors
/// through `run(_:)` so no Swift error text or stack reaches the user.
struct CLIFailure: Error, CustomStringConvertible {
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

/// Prints `mou: <message>` on stderr.
func printError(_ message: String) {
    let line = "mou: " + message.replacingOccurrences(of: "\n", with: " ") + "\n"
    FileHandle.standardError.write(Data(line.utf8))
}

/// Runs a command body, turning any thrown error into one stderr line and exit status 2.
func runReportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let exit as ExitCode {
        throw exit
    } catch let error as CleanExit {
        throw error
    } catch {
        printError(String(describing: error))
        throw ExitCode(ExitStatus.badInput)
    }
}

/// Prints `mou: note: …` on stderr: things to look at that do not stop the command.
func printNote(_ message: String) {
    let line = "mou: note: " + message.replacingOccurrences(of: "\n", with: " ") + "\n"
    FileHandle.standardError.write(Data(line.utf8))
}
