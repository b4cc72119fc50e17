import AgreementModel
import Foundation
import XCTest

/// The bundled example and the package's folders, found from this file's path.
enum DraftFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/mou")

    /// examples/kosgeb-rsmb.yaml, loaded as `mou draft` loads it.
    static func example() throws -> Agreement {
        try AgreementLoader.load(path: packageRoot.appendingPathComponent("examples/kosgeb-rsmb.yaml").path).agreement
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mou-drafting-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Compares with the golden file, or rewrites it when MOU_UPDATE_GOLDEN=1 (never silently:
    /// the test then fails so the run is not mistaken for a pass).
    static func assertGolden(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = goldenFolder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["MOU_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: goldenFolder, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            XCTFail("rewrote \(name) — run again without MOU_UPDATE_GOLDEN to compare", file: file, line: line)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if expected != text {
            let got = text.split(separator: "\n", omittingEmptySubsequences: false)
            let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let index = Array(zip(got, want)).firstIndex { $0.0 != $0.1 } ?? min(got.count, want.count)
            XCTFail("\(name) differs at line \(index + 1):\n  golden: \(index < want.count ? want[index] : "<end>")\n  now:    \(index < got.count ? got[index] : "<end>")\n(MOU_UPDATE_GOLDEN=1 rewrites it)", file: file, line: line)
        }
    }
}
