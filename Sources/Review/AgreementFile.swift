import AgreementModel
import Foundation
import Yams

/// Loads the agreement for `--against`. A stop-gap until AgreementModel's own loader (with
/// file:line:column errors and semantic checks) is on main: decodes YAML or JSON with Yams.
public enum AgreementFile {
    public struct LoadError: Error, CustomStringConvertible {
        public let description: String
    }

    public static func load(path: String) throws -> Agreement {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw LoadError(description: "\(path): cannot read the agreement — check the path")
        }
        do {
            return try YAMLDecoder().decode(Agreement.self, from: text)
        } catch {
            throw LoadError(description: "\(path): not a valid agreement — \(error)")
        }
    }
}
