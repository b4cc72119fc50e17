import Foundation
import XCTest

/// Finding and running the external tools the acceptance tests use (checker, soffice, pandoc).
enum WriterTools {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let checker = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/tools/check-office-package")

    static func find(_ name: String) -> URL? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let url = URL(fileURLWithPath: String(dir)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// Runs `tool` with `arguments`; returns exit status and combined output.
    static func run(_ tool: URL, _ arguments: [String], environment: [String: String]? = nil, timeout: TimeInterval = 300) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        if let environment { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate(); process.waitUntilExit() }
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func temporaryDirectory(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mou-writer-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Removes a test's directory, unless MOU_WRITER_KEEP is set (to look at the files).
    static func cleanUp(_ url: URL) {
        if ProcessInfo.processInfo.environment["MOU_WRITER_KEEP"] != nil { print("kept \(url.path)") } else { try? FileManager.default.removeItem(at: url) }
    }

    /// The checker, or a skip when it or the tools it needs are absent.
    static func requireChecker() throws -> URL {
        guard FileManager.default.fileExists(atPath: checker.path) else { throw XCTSkip("check-office-package not found at \(checker.path)") }
        for tool in ["python3", "xmllint", "jing"] where find(tool) == nil { throw XCTSkip("\(tool) is not installed") }
        return checker
    }
}
