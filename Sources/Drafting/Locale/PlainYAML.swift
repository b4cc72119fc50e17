import Foundation
import Yams

/// `Yams.load(yaml:)` for files of plain text values (the locales): the same tree of
/// `[String: Any]`, `[Any]` and `String`, built without Yams' implicit-tag regexes, whose
/// compilation and matching were a tenth of a `mou draft` run. A file with anything that might
/// not be text — a number, a boolean, null, a merge key, an explicit tag — goes through
/// `Yams.load` itself, so the result is always what `Yams.load` gives.
enum PlainYAML {
    static func load(yaml text: String) throws -> Any? {
        guard let root = try Yams.compose(yaml: text, .basic, .default, encoding) else { return nil }
        if let tree = plain(root) { return tree }
        return try Yams.load(yaml: text)
    }

    /// Yams' default encoding, read once: its getter reads the whole process environment (for
    /// `YAMS_DEFAULT_ENCODING`) on every parse. An immutable enum Yams does not mark Sendable.
    nonisolated(unsafe) static let encoding = Parser.Encoding.default

    /// The node as text values, or nil when some value might resolve to another type.
    private static func plain(_ node: Node) -> Any? {
        switch node {
        case .scalar(let scalar):
            return isText(scalar) ? scalar.string : nil
        case .mapping(let mapping):
            guard mapping.tag.rawValue == Tag.Name.implicit.rawValue else { return nil }
            var result: [String: Any] = [:]
            result.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                guard case .scalar(let name) = key, isText(name, key: true), let converted = plain(value) else { return nil }
                result[name.string] = converted
            }
            return result
        case .sequence(let sequence):
            guard sequence.tag.rawValue == Tag.Name.implicit.rawValue else { return nil }
            var result: [Any] = []
            result.reserveCapacity(sequence.count)
            for item in sequence {
                guard let converted = plain(item) else { return nil }
                result.append(converted)
            }
            return result
        case .alias:
            return nil
        }
    }

    /// Whether Yams' default resolver would make this scalar a string: quoted, or plain and not
    /// matching any of its rules (bool, int, float, merge, null, timestamp, value).
    /// Keys are judged by their text alone: composing resolved their tags already (to `str`,
    /// under the basic resolver), so a quoted key cannot be told from a plain one.
    private static func isText(_ scalar: Node.Scalar, key: Bool = false) -> Bool {
        switch scalar.tag.rawValue {
        case Tag.Name.str.rawValue: if !key { return true }
        case Tag.Name.implicit.rawValue: break
        default: return false
        }
        let text = scalar.string
        guard let first = text.unicodeScalars.first else { return false }
        // Numbers, timestamps, .inf/.nan, ~, <<, = all start with one of these.
        if "-+.0123456789~<=".unicodeScalars.contains(first) { return false }
        return !notText.contains(text)
    }

    private static let notText: Set<String> = [
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL",
    ]
}
