import Foundation
import Linguistics
import Yams

/// An agreement as loaded from a file, with what the loader decided on the user's behalf and
/// where each key sits, so later checks (such as a draft's `--lang`) can point into the file.
public struct LoadedAgreement: Sendable {
    public var agreement: Agreement
    /// Things worth a look that are not errors: abbreviation readings that were guessed.
    public var notes: [AgreementNote]
    /// The file as the user named it.
    public var source: String
    /// Where each key path's value starts (`parties[1].name.ru` → 14:9). Worked out from the
    /// composed tree on first use: only error messages need it, and walking every key of the
    /// file on every load was a tenth of loading an agreement.
    public var locations: [String: SourceLocation] {
        get { table.value }
        set { table = LocationTable(newValue) }
    }
    private var table: LocationTable

    init(agreement: Agreement, notes: [AgreementNote], source: String, root: Node) {
        self.agreement = agreement
        self.notes = notes
        self.source = source
        table = LocationTable(root: root, file: source)
    }

    /// The position of a key path, or of the nearest enclosing one present in the file.
    public func location(of path: String) -> SourceLocation {
        var path = path
        while !path.isEmpty {
            if let found = locations[path] { return found }
            if let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) {
                path = String(path[..<cut])
            } else {
                path = ""
            }
        }
        return locations[""] ?? SourceLocation(file: source, line: 1, column: 1)
    }

    /// An issue from `Agreement.check(languages:)` as an error that points into this file.
    public func error(for issue: Agreement.Issue) -> AgreementError {
        AgreementError(location: location(of: issue.path), path: issue.path, message: issue.message)
    }
}

/// A remark about a loaded file that is not an error (a guess made on the user's behalf);
/// commands print it on stderr as `note:` and carry on.
public struct AgreementNote: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}

/// Reads agreement files (YAML, or JSON, which is YAML) into `Agreement` values.
public enum AgreementLoader {
    /// Loads and checks the file at `path`; throws the first problem as an `AgreementError`.
    public static func load(path: String) throws -> LoadedAgreement {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            let reason = !exists ? "no such file — check the path, or create one with `mou init \(path)`"
                : isDirectory.boolValue ? "is a folder — name an agreement file (.yaml or .json)"
                : "cannot be read — check its permissions"
            throw AgreementError(location: SourceLocation(file: path, line: 1, column: 1), path: "", message: reason)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw AgreementError(location: SourceLocation(file: path, line: 1, column: 1), path: "",
                                 message: "not UTF-8 text — save the file as UTF-8")
        }
        return try load(text: text, source: path)
    }

    /// Loads and checks agreement text; `source` names it in errors.
    public static func load(text: String, source: String) throws -> LoadedAgreement {
        let (value, session) = try decodeWithSession(Agreement.self, text: text, source: source)
        var agreement = value
        var loaded = LoadedAgreement(agreement: agreement, notes: [], source: source, root: session.root)

        let issues = agreement.check(languages: agreement.languages)
        if let first = issues.map(loaded.error(for:)).min(by: { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }) {
            throw first
        }
        for index in agreement.parties.indices where agreement.parties[index].reading == nil {
            guard let short = agreement.parties[index].short[.tr], ReadingGuess.isAbbreviation(short) else { continue }
            let reading = ReadingGuess.reading(of: short)
            agreement.parties[index].reading = reading
            let how = reading == .letters ? "letter by letter" : "as a word"
            loaded.notes.append(AgreementNote(
                path: "parties[\(index)].short.tr",
                message: "'\(short)' guessed to be read \(how) (\(ReadingGuess.genitive(of: short, reading: reading))); set reading: word or letters to decide"))
        }
        loaded.agreement = agreement
        return loaded
    }

    /// Yams' default encoding, read once: its getter reads the whole process environment
    /// (for `YAMS_DEFAULT_ENCODING`) on every parse.
    /// (An enum without a Sendable conformance in Yams; immutable, so safe to share.)
    nonisolated(unsafe) private static let yamlEncoding = Parser.Encoding.default

    /// Decodes any `Decodable` from YAML or JSON text with the loader's errors (position, key
    /// path, unknown keys with suggestions); no semantic checks. For other files of the project.
    public static func decode<T: Decodable>(_ type: T.Type, text: String, source: String) throws -> T {
        try decodeWithSession(type, text: text, source: source).0
    }

    static func decodeWithSession<T: Decodable>(_ type: T.Type, text: String, source: String) throws -> (T, DecodingSession) {
        let root: Node
        do {
            // No implicit-tag rules: the decoder reads every scalar from its text, so resolving
            // plain scalars against Yams' seven regexes (run on every mapping key by the duplicate
            // check) only cost time — about a third of the load. Duplicate keys are still refused.
            guard let node = try Yams.compose(yaml: text, .basic, .default, yamlEncoding) else {
                throw AgreementError(location: SourceLocation(file: source, line: 1, column: 1), path: "",
                                     message: "the file is empty — start from `mou init FILE`")
            }
            root = node
        } catch let error as YamlError {
            throw syntaxError(error, source: source)
        }
        let session = DecodingSession(file: source, root: root)
        let value: T
        do {
            value = try T(from: NodeDecoder(node: root, session: session, codingPath: []))
        } catch let error as DecodingError {
            throw session.convert(error)
        }
        if let unknown = session.firstUnknownKey() { throw unknown }
        return (value, session)
    }

    /// A YAML syntax error as one line with the position libyaml found.
    static func syntaxError(_ error: YamlError, source: String) -> AgreementError {
        func at(_ mark: Mark, _ problem: String, _ context: YamlError.Context?) -> AgreementError {
            var message = "YAML syntax: \(problem)"
            if let context { message += " (\(context.text) at \(context.mark.line):\(context.mark.column))" }
            message += " — check the indentation, and quote text that contains ': ' or starts with a special character"
            return AgreementError(location: SourceLocation(file: source, line: mark.line, column: mark.column),
                                  path: "", message: message)
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            return at(mark, problem, context)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = Array(Set(duplicates)).sorted().joined(separator: ", ")
            return AgreementError(location: SourceLocation(file: source, line: context.mark.line, column: context.mark.column),
                                  path: "", message: "the key \(names) appears twice in one mapping — keep one")
        case .reader(let problem, _, _, _):
            return AgreementError(location: SourceLocation(file: source, line: 1, column: 1), path: "",
                                  message: "YAML reader: \(problem) — save the file as UTF-8 text")
        default:
            return AgreementError(location: SourceLocation(file: source, line: 1, column: 1), path: "",
                                  message: "\(error) — check that this is a YAML or JSON file")
        }
    }

    /// Every key path of the tree with the position of its value.
    static func record(_ node: Node, path: String, into locations: inout [String: SourceLocation], file: String) {
        locations[path] = SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                guard let name = key.scalar?.string else { continue }
                record(value, path: KeyPath.appending(name, to: path), into: &locations, file: file)
            }
        case .sequence(let sequence):
            for (index, item) in sequence.enumerated() {
                record(item, path: path + "[\(index)]", into: &locations, file: file)
            }
        default:
            break
        }
    }
}

/// The key-path positions of a loaded file, worked out once, on first use, from the composed
/// tree (which it keeps until then). A class so that copies of a `LoadedAgreement` share the
/// work; the lock makes that safe across threads.
private final class LocationTable: @unchecked Sendable {
    private let lock = NSLock()
    private var root: Node?
    private let file: String
    private var table: [String: SourceLocation]?

    init(root: Node, file: String) {
        self.root = root
        self.file = file
    }

    init(_ table: [String: SourceLocation]) {
        self.table = table
        file = ""
    }

    var value: [String: SourceLocation] {
        lock.lock(); defer { lock.unlock() }
        if let table { return table }
        var locations: [String: SourceLocation] = [:]
        if let root { AgreementLoader.record(root, path: "", into: &locations, file: file) }
        table = locations
        root = nil
        return locations
    }
}
