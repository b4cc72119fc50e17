import DocumentModel
import Foundation

/// What to do with tracked changes when reading a draft.
public enum TrackedChangesMode: String, Sendable {
    /// The text as if every change were accepted (the default: what the partner proposes).
    case accept
    /// The text as if every change were rejected (what was there before).
    case reject
}

public struct ReadOptions: Sendable {
    public var limits: ReadLimits
    public var trackedChanges: TrackedChangesMode

    public init(limits: ReadLimits = .standard, trackedChanges: TrackedChangesMode = .accept) {
        self.limits = limits
        self.trackedChanges = trackedChanges
    }
}

public enum DraftFormat: String, Sendable {
    case docx, odt, markdown, text
}

/// A draft as read: the document plus what the reader saw but did not put in it.
public struct ReadResult: Sendable {
    public var document: Document
    public var format: DraftFormat
    /// Tracked insertions and deletions found (each counted once).
    public var trackedChanges: Int
    /// Comments found (their text is not part of the document).
    public var comments: Int
    /// Remarks for the reader of the report ("2 text boxes were skipped").
    public var notes: [String]

    public init(document: Document, format: DraftFormat, trackedChanges: Int = 0, comments: Int = 0, notes: [String] = []) {
        self.document = document
        self.format = format
        self.trackedChanges = trackedChanges
        self.comments = comments
        self.notes = notes
    }
}

/// Reads a partner's draft (DOCX, ODT, Markdown, plain text) into a `Document`, recognising by
/// content rather than by name the files we must refuse (PDF, legacy .doc, encrypted, macros).
public enum DocumentReader {
    public static func read(url: URL, options: ReadOptions = ReadOptions()) throws -> ReadResult {
        let name = url.path
        guard let handle = FileHandle(forReadingAtPath: name) else {
            let reason = FileManager.default.fileExists(atPath: name) ? "permission denied" : "no such file"
            throw ReadError.cannotOpen(file: name, reason: reason)
        }
        let head = (try? handle.read(upToCount: 8)) ?? Data()
        try? handle.close()
        let ext = url.pathExtension.lowercased()
        let magic = [UInt8](head)
        if magic.starts(with: [0x25, 0x50, 0x44, 0x46]) { throw ReadError.pdf(file: name) }
        if magic.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            // An OLE container: either a Word 97–2003 file or an encrypted OOXML package.
            if try oleIsEncryptedPackage(url) { throw ReadError.encrypted(file: name) }
            throw ReadError.legacyWord(file: name)
        }
        if magic.starts(with: [0x50, 0x4B]) {
            if ext == "docm" || ext == "dotm" { throw ReadError.macroEnabled(file: name) }
            let zip = try ZipReader(path: name, displayName: name, limits: options.limits)
            if zip.entry(named: "word/document.xml") != nil {
                return try DocxReader(zip: zip, options: options).read()
            }
            if zip.entry(named: "content.xml") != nil {
                return try OdtReader(zip: zip, options: options).read()
            }
            throw ReadError.unsupportedFormat(file: name, detail: "a zip package that is neither DOCX nor ODT")
        }
        if ["doc", "rtf", "pages", "xls", "xlsx", "ppt", "pptx"].contains(ext) {
            throw ReadError.unsupportedFormat(file: name, detail: "a .\(ext) file")
        }
        if ext == "docx" || ext == "odt" || ext == "docm" {
            throw ReadError.notAZip(file: name, reason: "no zip signature")
        }
        return try PlainTextReader.read(url: url, limits: options.limits, markdown: ext == "md" || ext == "markdown")
    }

    /// An encrypted OOXML file is an OLE container holding streams named EncryptionInfo and
    /// EncryptedPackage (UTF-16LE names in the directory sectors).
    static func oleIsEncryptedPackage(_ url: URL) throws -> Bool {
        guard let handle = FileHandle(forReadingAtPath: url.path) else { return false }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: 4 << 20)) ?? Data()
        let needle = Data("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        return data.range(of: needle) != nil
    }
}
