import Foundation

/// How the DOCX and ODT writers shape their output.
public struct WriterOptions: Sendable, Equatable {
    /// A `.docx` (for `DocxWriter`) or `.odt` (for `OdtWriter`) whose styles, page setup, header
    /// and footer (a letterhead) replace the built-in ones, as pandoc's `--reference-doc` does.
    public var referenceDocument: URL?

    public init(referenceDocument: URL? = nil) {
        self.referenceDocument = referenceDocument
    }
}

/// Why a document could not be written; `description` is one line that says what to do.
public enum OfficeWriteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The reference document cannot be read or used: its file name, the part, and what is wrong.
    case unusableReference(file: String, part: String?, reason: String)
    /// The zip library failed (out of memory, mostly).
    case zip(String)

    public var description: String {
        switch self {
        case let .unusableReference(file, part, reason):
            let place = part.map { "\(file): \($0)" } ?? file
            return "\(place): \(reason) — save the reference again from Word or LibreOffice"
        case let .zip(message):
            return "cannot build the package: \(message)"
        }
    }
}
