import Linguistics
import Yams

/// The state of one decode of one file: the source name, the composed tree, and which keys
/// each mapping was asked for, so keys nobody asked for (typos) are reported, not dropped.
final class DecodingSession {
    let file: String
    let root: Node
    /// Keys requested of each mapping opened as a keyed container, by the mapping's path.
    private(set) var requested: [String: Set<String>] = [:]
    /// The mappings opened as keyed containers, in the order they were opened.
    private(set) var opened: [(path: [any CodingKey], mapping: Node.Mapping)] = []
    private var openedPaths: Set<String> = []

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

    /// Records an opened mapping; returns its formatted path for `didRequest(_:atFormatted:)`.
    @discardableResult
    func didOpen(_ mapping: Node.Mapping, at path: [any CodingKey]) -> String {
        let key = KeyPath.format(path)
        if openedPaths.insert(key).inserted { opened.append((path, mapping)) }
        return key
    }

    func didRequest(_ key: String, at path: [any CodingKey]) {
        requested[KeyPath.format(path), default: []].insert(key)
    }

    /// As `didRequest(_:at:)` with the path formatted once by the container (formatting it on
    /// every lookup was a quarter of loading an agreement).
    func didRequest(_ key: String, atFormatted path: String) {
        requested[path, default: []].insert(key)
    }

    /// The first key, in file order, that no decoder asked for.
    func firstUnknownKey() -> AgreementError? {
        var found: [(Mark?, AgreementError)] = []
        for (path, mapping) in opened {
            let known = requested[KeyPath.format(path)] ?? []
            for (keyNode, _) in mapping {
                guard let name = keyNode.scalar?.string, !known.contains(name) else { continue }
                var message = "unknown key"
                if let guess = KeyPath.suggestion(for: name, among: known.sorted()) {
                    message += " — did you mean `\(guess)`? Rename it, or remove the key"
                } else {
                    message += " — remove it, or see `mou schema` for the keys allowed here (\(known.sorted().joined(separator: ", ")))"
                }
                found.append((keyNode.mark, error(at: keyNode, path: path + [NameKey(name)], message)))
            }
        }
        return found.min { a, b in
            ((a.0?.line ?? 0), (a.0?.column ?? 0)) < ((b.0?.line ?? 0), (b.0?.column ?? 0))
        }?.1
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
