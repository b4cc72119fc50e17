import AgreementModel
import Foundation

/// Loads the agreement for `--against` through AgreementModel's loader, so a broken file gets
/// the same file:line:column messages as `mou draft`.
public enum AgreementFile {
    public static func load(path: String) throws -> Agreement {
        try AgreementLoader.load(path: path).agreement
    }
}
