import Linguistics
import Yams

/// The state of one decode of one file: the source name, the composed tree, and which keys
/// each mapping was asked for, so keys nobody asked for (typos) are reported, not dropped.
final class DecodingSession {
    let file: String
    let root: Node
    /// One mapping opened as a keyed container (or several containers at the same path): the
    /// keys asked of it, so the rest can be reported.
    ///
    /// Keys asked are appended (no hashing per key) and the entries found are marked by index,
    /// so `firstUnknownKey` looks only at entries nobody found.
    final class OpenedMapping {
        let path: [any CodingKey]
        let mapping: Node.Mapping
        /// Each entry's key as text (nil when the key is not a scalar), in file order.
        let names: [String?]
        /// The keys asked, in order, with repeats.
        private(set) var requested: [String] = []
        private var found: [Bool]

        init(path: [any CodingKey], mapping: Node.Mapping) {
            self.path = path
            self.mapping = mapping
            names = mapping.map { $0.key.scalar?.string }
            found = Array(repeating: false, count: names.count)
        }

        /// The value of the first entry named `key`, noting that the key was asked.
        func value(for key: String) -> Node? {
            requested.append(key)
            guard let index = names.firstIndex(of: key) else { return nil }
            found[index] = true
            return mapping[mapping.startIndex + index].value
        }

        /// Every key of the mapping, all noted as asked (`allKeys`).
        func allNames() -> [String] {
            let present = names.compactMap { $0 }
            requested.append(contentsOf: present)
            for index in names.indices where names[index] != nil { found[index] = true }
            return present
        }

        /// Entries whose key text was never asked: (key text, key node).
        var unasked: [(name: String, key: Node)] {
            names.indices.compactMap { index in
                guard !found[index], let name = names[index], !requested.contains(name) else { return nil }
                return (name, mapping[mapping.startIndex + index].key)
            }
        }
    }

    /// The mappings opened as keyed containers, in the order first opened, and by formatted path.
    private var opened: [OpenedMapping] = []
    private var openedByPath: [String: OpenedMapping] = [:]

    init(file: String, root: Node) {
        self.file = file
        self.root = root
    }

    func location(_ mark: Mark?) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    func error(at node: Node?, path: [any CodingKey], _ message: String) -> AgreementError {
        AgreementError(location: location(node?.mark), path: KeyPath.format(path), message: message)
    }

    /// Records an opened mapping at `formattedPath` (`KeyPath.format(path)`, which the decoder
    /// carries along); the record is where its container notes each key asked (hashing a long
    /// path for every key asked was a twentieth of loading an agreement).
    func didOpen(_ mapping: Node.Mapping, at path: [any CodingKey], formattedPath: String) -> OpenedMapping {
        if let known = openedByPath[formattedPath] { return known }
        let record = OpenedMapping(path: path, mapping: mapping)
        openedByPath[formattedPath] = record
        opened.append(record)
        return record
    }

    /// The first key, in file order, that no decoder asked for.
    func firstUnknownKey() -> AgreementError? {
        var first: (line: Int, column: Int, name: String, record: OpenedMapping, key: Node)?
        for record in opened {
            for (name, keyNode) in record.unasked {
                let position = (keyNode.mark?.line ?? 0, keyNode.mark?.column ?? 0)
                if let found = first, (found.line, found.column) <= position { continue }
                first = (position.0, position.1, name, record, keyNode)
            }
        }
        guard let (_, _, name, record, keyNode) = first else { return nil }
        let known = Set(record.requested).sorted()
        var message = "unknown key"
        if let guess = KeyPath.suggestion(for: name, among: known) {
            message += " — did you mean `\(guess)`? Rename it, or remove the key"
        } else {
            message += " — remove it, or see `mou schema` for the keys allowed here (\(known.joined(separator: ", ")))"
        }
        return error(at: keyNode, path: record.path + [NameKey(name)], message)
    }

    /// The node at a coding path, or the nearest ancestor that exists, with its path.
    func nearestNode(at path: [any CodingKey]) -> (node: Node, path: [any CodingKey]) {
        var node = root
        var reached: [any CodingKey] = []
        for key in path {
            guard let child = Self.child(of: node, key: key) else { break }
            node = child
            reached.append(key)
        }
        return (node, reached)
    }

    static func child(of node: Node, key: any CodingKey) -> Node? {
        switch node {
        case .mapping(let mapping):
            return mapping.first { $0.key.scalar?.string == key.stringValue }?.value
        case .sequence(let sequence):
            guard let index = key.intValue, sequence.indices.contains(index) else { return nil }
            return sequence[index]
        default:
            return nil
        }
    }

    /// Turns an error thrown by a type's own `init(from:)` into one that names the place.
    func convert(_ error: DecodingError) -> AgreementError {
        switch error {
        case .dataCorrupted(let context):
            if context.debugDescription.hasPrefix("Could not convert key"), let bad = context.codingPath.last {
                // A dictionary key its key type refuses: a `Localized` map with an unknown language.
                let parentPath = Array(context.codingPath.dropLast())
                let (parent, _) = nearestNode(at: parentPath)
                let keyNode = parent.mapping?.first { $0.key.scalar?.string == bad.stringValue }?.key
                let message = context.debugDescription.hasSuffix("Language")
                    ? "unknown language '\(bad.stringValue)' — use \(Language.codeList)"
                    : "'\(bad.stringValue)' is not allowed as a key here — correct or remove it"
                return self.error(at: keyNode ?? parent, path: context.codingPath, message)
            }
            let (node, _) = nearestNode(at: context.codingPath)
            return self.error(at: node, path: context.codingPath, context.debugDescription)
        case .typeMismatch(let type, let context):
            let (node, _) = nearestNode(at: context.codingPath)
            if type == Language.self, case .mapping(let mapping) = node {
                // A `Localized` map with a key that is no language code.
                for (keyNode, _) in mapping {
                    guard let name = keyNode.scalar?.string, Language(rawValue: name) == nil else { continue }
                    return self.error(at: keyNode, path: context.codingPath + [NameKey(name)],
                                      "unknown language '\(name)' — use \(Language.allCases.map(\.rawValue).joined(separator: ", "))")
                }
            }
            return self.error(at: node, path: context.codingPath,
                              "expected \(type), found \(NodeDecoder.describe(node)) — \(context.debugDescription)")
        case .valueNotFound(_, let context), .keyNotFound(_, let context):
            let (node, _) = nearestNode(at: context.codingPath)
            return self.error(at: node, path: context.codingPath, "missing — \(context.debugDescription)")
        @unknown default:
            return self.error(at: root, path: [], String(describing: error))
        }
    }
}

extension Language {
    /// `tr, ru, en`, for messages.
    static var codeList: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
