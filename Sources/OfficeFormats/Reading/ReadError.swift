/// Why a draft could not be read, as one line naming the file (and part) and what to do.
public enum ReadError: Error, Sendable, Equatable, CustomStringConvertible {
    case cannotOpen(file: String, reason: String)
    case unsupportedFormat(file: String, detail: String)
    case legacyWord(file: String)
    case pdf(file: String)
    case encrypted(file: String)
    case macroEnabled(file: String)
    case notAZip(file: String, reason: String)
    case missingPart(file: String, part: String)
    case tooManyEntries(file: String, count: Int, limit: Int)
    case tooLarge(file: String, part: String, limit: Int)
    case suspiciousRatio(file: String, part: String, ratio: Int, limit: Int)
    case corruptPart(file: String, part: String, reason: String)
    case xmlTooDeep(file: String, part: String, limit: Int)
    case xmlDoctype(file: String, part: String)
    case malformedXML(file: String, part: String, line: Int, reason: String)
    case notText(file: String)

    public var description: String {
        switch self {
        case .cannotOpen(let f, let r): "\(f): cannot open — \(r)"
        case .unsupportedFormat(let f, let d): "\(f): \(d) — send DOCX, ODT, Markdown (.md) or plain text (.txt)"
        case .legacyWord(let f): "\(f): a legacy Word 97–2003 .doc file — open it in Word or LibreOffice and save it as .docx or .odt"
        case .pdf(let f): "\(f): a PDF, not an editable draft — ask the sender for the .docx or .odt"
        case .encrypted(let f): "\(f): password-protected (encrypted) — ask the sender for a copy without a password"
        case .macroEnabled(let f): "\(f): contains macros (.docm / VBA project) — ask the sender to save it as a plain .docx without macros"
        case .notAZip(let f, let r): "\(f): not a readable DOCX/ODT package (\(r)) — the file is damaged or truncated; ask the sender for a new copy"
        case .missingPart(let f, let p): "\(f): \(p) is missing — this is not a complete document; ask the sender for a clean copy"
        case .tooManyEntries(let f, let n, let l): "\(f): the package lists \(n) entries (limit \(l)) — this file is not a normal document; ask the sender for a clean copy"
        case .tooLarge(let f, let p, let l): "\(f): \(p): larger than \(l >> 20) MiB uncompressed — this file is not a normal document; ask the sender for a clean copy"
        case .suspiciousRatio(let f, let p, let r, let l): "\(f): \(p): compressed \(r):1 (limit \(l):1), a zip bomb — do not open it; ask the sender for a clean copy"
        case .corruptPart(let f, let p, let r): "\(f): \(p): cannot be decompressed (\(r)) — the file is damaged; ask the sender for a new copy"
        case .xmlTooDeep(let f, let p, let l): "\(f): \(p): XML nesting deeper than \(l) levels — this file is not a normal document; ask the sender for a clean copy"
        case .xmlDoctype(let f, let p): "\(f): \(p): declares a DTD (entities), which office documents never do — refused for safety; ask the sender for a clean copy"
        case .malformedXML(let f, let p, let l, let r): "\(f): \(p):\(l): malformed XML (\(r)) — the file is damaged; ask the sender for a new copy"
        case .notText(let f): "\(f): not UTF-8 text — save it as UTF-8, or send DOCX/ODT"
        }
    }
}
