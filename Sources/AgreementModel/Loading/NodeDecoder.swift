import Foundation
import Linguistics
import Yams

/// A `Decoder` over a composed YAML tree that knows where every value came from, so any
/// `Codable` type read through it gets `file:line:column: key.path:` errors for free.
struct NodeDecoder: Decoder {
    let node: Node
    let session: DecodingSession
    let codingPath: [any CodingKey]
    /// `KeyPath.format(codingPath)`, built a key at a time as decoders nest (formatting the
    /// whole path for every mapping opened was a twentieth of loading an agreement).
    let formattedPath: String
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(node: Node, session: DecodingSession, codingPath: [any CodingKey], formattedPath: String? = nil) {
        self.node = node
        self.session = session
        self.codingPath = codingPath
        self.formattedPath = formattedPath ?? KeyPath.format(codingPath)
    }

    /// A decoder for a child value at `codingPath + [key]`.
    func child(_ node: Node, key: any CodingKey, path: [any CodingKey]) -> NodeDecoder {
        NodeDecoder(node: node, session: session, codingPath: path, formattedPath: KeyPath.appending(key, to: formattedPath))
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let mapping) = try resolved(node) else {
            throw mismatch("a mapping (key: value lines)")
        }
        let record = session.didOpen(mapping, at: codingPath, formattedPath: formattedPath)
        return KeyedDecodingContainer(KeyedNodeContainer<Key>(mapping: mapping, decoder: self, record: record))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .sequence(let sequence) = try resolved(node) else {
            throw mismatch("a list (lines starting with `- `)")
        }
        return UnkeyedNodeContainer(items: Array(sequence), decoder: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleNodeContainer(decoder: self)
    }

    // MARK: Values

    /// Decodes a value at a child path: scalars directly, enums checked against their cases,
    /// everything else through its own `init(from:)` over a child decoder.
    /// `key` is the last component of `path` (nil when `path` is this decoder's own).
    func decode<T: Decodable>(_ type: T.Type, from node: Node, at path: [any CodingKey], key: (any CodingKey)?) throws -> T {
        let node = try resolved(node, at: path)
        if let value = try scalar(type, from: node, at: path) { return value }
        if T.self == Localized<String>.self, !isMapping(node) {
            throw session.error(at: node, path: path,
                                "expected a text per language, found \(Self.describe(node)) — write {tr: …, ru: …, en: …}")
        }
        // A text per language (some thirty per agreement) read straight from its mapping when
        // every key is a language and every value plain text; anything else takes the general
        // way, which words the error.
        if T.self == Localized<String>.self, case .mapping(let mapping) = node, let texts = plainTexts(mapping) {
            let formatted = key.map { KeyPath.appending($0, to: formattedPath) } ?? formattedPath
            let record = session.didOpen(mapping, at: path, formattedPath: formatted)
            _ = record.allNames()
            return texts as! T
        }
        do {
            let decoder = key.map { child(node, key: $0, path: path) }
                ?? NodeDecoder(node: node, session: session, codingPath: path, formattedPath: formattedPath)
            return try T(from: decoder)
        } catch {
            // Only now ask whether the type is an enum of allowed words: the runtime answers
            // by scanning every conformance record the first time it is asked about a type
            // (~0.2 ms each at start-up), and a value that decodes needs no such message.
            if case .scalar(let scalar) = node, let cases = T.self as? any CaseIterable.Type,
               let allowed = Self.rawStrings(of: cases), !allowed.contains(scalar.string) {
                var message = "'\(scalar.string)' is not allowed here — use one of: \(allowed.joined(separator: ", "))"
                if let guess = KeyPath.suggestion(for: scalar.string, among: allowed) {
                    message = "'\(scalar.string)' is not allowed here — did you mean \(guess)? Use one of: \(allowed.joined(separator: ", "))"
                }
                throw session.error(at: node, path: path, message)
            }
            throw error
        }
    }

    /// The texts of a mapping whose keys are all language codes and whose values are all
    /// non-empty scalars, as `Dictionary.init(from:)` would decode them; nil otherwise.
    func plainTexts(_ mapping: Node.Mapping) -> Localized<String>? {
        var texts: Localized<String> = [:]
        for (keyNode, value) in mapping {
            guard let name = keyNode.scalar?.string, let language = Language(rawValue: name),
                  case .scalar(let scalar) = value, !isNull(value) else { return nil }
            texts[language] = scalar.string
        }
        return texts
    }

    /// The raw values of a string enum's cases, or nil when it is not one.
    static func rawStrings<C: CaseIterable>(of type: C.Type) -> [String]? {
        let values = C.allCases.map { ($0 as? any RawRepresentable)?.rawValue as? String }
        guard !values.isEmpty, values.allSatisfy({ $0 != nil }) else { return nil }
        return values.compactMap { $0 }
    }

    /// Strings, numbers and booleans, read from a scalar with a message that says what was found.
    func scalar<T>(_ type: T.Type, from node: Node, at path: [any CodingKey]) throws -> T? {
        // Most values asked for are mappings and texts: answer those by comparing metatypes
        // before the dynamic `is` tests below (fourteen failed casts for every mapping).
        if type != String.self && !Self.scalarTypes.contains(ObjectIdentifier(type)) { return nil }
        switch type {
        case is String.Type:
            guard case .scalar(let scalar) = node else { throw mismatch("text", node: node, path: path) }
            if isNull(node) { throw session.error(at: node, path: path, "empty — write the text here") }
            return scalar.string as? T
        case is Bool.Type:
            guard let value = node.scalar.flatMap(Bool.construct) else {
                throw mismatch("true or false", node: node, path: path)
            }
            return value as? T
        case is Double.Type, is Float.Type:
            guard let value = node.scalar.flatMap(Double.construct) else {
                throw mismatch("a number", node: node, path: path)
            }
            return (type == Float.self ? Float(value) as Any : value as Any) as? T
        case is Int.Type, is Int8.Type, is Int16.Type, is Int32.Type, is Int64.Type,
             is UInt.Type, is UInt8.Type, is UInt16.Type, is UInt32.Type, is UInt64.Type:
            guard let value = node.scalar.flatMap(Int.construct) else {
                throw mismatch("a whole number", node: node, path: path)
            }
            let converted: Any?
            switch type {
            case is Int.Type: converted = value
            case is Int8.Type: converted = Int8(exactly: value)
            case is Int16.Type: converted = Int16(exactly: value)
            case is Int32.Type: converted = Int32(exactly: value)
            case is Int64.Type: converted = Int64(exactly: value)
            case is UInt.Type: converted = UInt(exactly: value)
            case is UInt8.Type: converted = UInt8(exactly: value)
            case is UInt16.Type: converted = UInt16(exactly: value)
            case is UInt32.Type: converted = UInt32(exactly: value)
            default: converted = UInt64(exactly: value)
            }
            guard let result = converted as? T else {
                throw session.error(at: node, path: path, "\(value) is out of range — write a smaller number")
            }
            return result
        default:
            return nil
        }
    }

    /// Every type `scalar` reads besides `String`.
    private static let scalarTypes: Set<ObjectIdentifier> = [
        ObjectIdentifier(Bool.self), ObjectIdentifier(Double.self), ObjectIdentifier(Float.self),
        ObjectIdentifier(Int.self), ObjectIdentifier(Int8.self), ObjectIdentifier(Int16.self), ObjectIdentifier(Int32.self),
        ObjectIdentifier(Int64.self), ObjectIdentifier(UInt.self), ObjectIdentifier(UInt8.self), ObjectIdentifier(UInt16.self),
        ObjectIdentifier(UInt32.self), ObjectIdentifier(UInt64.self),
    ]

    func isMapping(_ node: Node) -> Bool {
        if case .mapping = node { return true }
        return false
    }

    func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return NSNull.construct(from: scalar) != nil
    }

    /// Aliases (`*name`) are dereferenced by Yams when composing; one left over is refused.
    func resolved(_ node: Node, at path: [any CodingKey]? = nil) throws -> Node {
        if case .alias = node {
            throw session.error(at: node, path: path ?? codingPath,
                                "YAML alias — write the value out instead of referring to an anchor")
        }
        return node
    }

    func mismatch(_ expected: String) -> AgreementError {
        mismatch(expected, node: node, path: codingPath)
    }

    func mismatch(_ expected: String, node: Node, path: [any CodingKey]) -> AgreementError {
        session.error(at: node, path: path, "expected \(expected), found \(Self.describe(node)) — correct the value")
    }

    static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            if case .plain = scalar.style, NSNull.construct(from: scalar) != nil { return "nothing" }
            let text = scalar.string.count > 40 ? String(scalar.string.prefix(40)) + "…" : scalar.string
            return "'\(text)'"
        }
    }
}

/// A mapping read by key; every key asked about is recorded so the rest can be reported.
struct KeyedNodeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let mapping: Node.Mapping
    let decoder: NodeDecoder
    /// Where the keys asked are noted, for `DecodingSession.firstUnknownKey`.
    let record: DecodingSession.OpenedMapping
    var codingPath: [any CodingKey] { decoder.codingPath }

    init(mapping: Node.Mapping, decoder: NodeDecoder, record: DecodingSession.OpenedMapping) {
        self.mapping = mapping
        self.decoder = decoder
        self.record = record
    }
    var session: DecodingSession { decoder.session }

    var allKeys: [Key] {
        record.allNames().compactMap { Key(stringValue: $0) }
    }

    /// The mapping's key texts are taken out once per mapping (by the record): iterating
    /// Yams' mapping anew for every key asked was a tenth of loading an agreement.
    private func value(for key: Key) -> Node? {
        record.value(for: key.stringValue)
    }

    private func required(_ key: Key) throws -> Node {
        if let node = value(for: key) { return node }
        // Point at the mapping that lacks the key; a near-miss key in it is most likely a typo.
        let present = mapping.compactMap { $0.key.scalar?.string }
        let others = present.filter { $0 != key.stringValue }
        var message = "missing — add `\(key.stringValue):` to the mapping that starts here"
        if let typo = others.first(where: { KeyPath.suggestion(for: $0, among: [key.stringValue]) != nil }),
           let typoNode = mapping.first(where: { $0.key.scalar?.string == typo })?.key {
            message = "missing — the key `\(typo)` at \(session.location(typoNode.mark).line):\(session.location(typoNode.mark).column) looks like a typo; rename it to `\(key.stringValue)`"
        }
        throw session.error(at: .mapping(mapping), path: codingPath + [key], message)
    }

    func contains(_ key: Key) -> Bool { value(for: key) != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let node = value(for: key) else { return true }
        return decoder.isNull(node)
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try decoder.decode(type, from: required(key), at: codingPath + [key], key: key)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let node = value(for: key), !decoder.isNull(node) else { return nil }
        return try decoder.decode(type, from: node, at: codingPath + [key], key: key)
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decodeValue(type, key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decodeValue(type, key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decodeValue(type, key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decodeValue(type, key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decodeValue(type, key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decodeValue(type, key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decodeValue(type, key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decodeValue(type, key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decodeValue(type, key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decodeValue(type, key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decodeValue(type, key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decodeValue(type, key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decodeValue(type, key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decodeValue(type, key) }

    private func decodeValue<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T {
        try decoder.decode(type, from: required(key), at: codingPath + [key], key: key)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey> {
        try decoder.child(required(key), key: key, path: codingPath + [key]).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder.child(required(key), key: key, path: codingPath + [key]).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        try superDecoder(forKey: Key(stringValue: "super")!)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        decoder.child(try required(key), key: key, path: codingPath + [key])
    }
}

/// A list read item by item.
struct UnkeyedNodeContainer: UnkeyedDecodingContainer {
    let items: [Node]
    let decoder: NodeDecoder
    var currentIndex = 0

    init(items: [Node], decoder: NodeDecoder) {
        self.items = items
        self.decoder = decoder
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private mutating func next() throws -> (Node, [any CodingKey], IndexKey) {
        guard !isAtEnd else {
            throw decoder.session.error(at: decoder.node, path: codingPath,
                                        "too few items — the list needs more than \(items.count)")
        }
        defer { currentIndex += 1 }
        let key = IndexKey(currentIndex)
        return (items[currentIndex], codingPath + [key], key)
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { return false }
        if decoder.isNull(items[currentIndex]) {
            currentIndex += 1
            return true
        }
        return false
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let (node, path, key) = try next()
        return try decoder.decode(type, from: node, at: path, key: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey> {
        let (node, path, key) = try next()
        return try decoder.child(node, key: key, path: path).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let (node, path, key) = try next()
        return try decoder.child(node, key: key, path: path).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        let (node, path, key) = try next()
        return decoder.child(node, key: key, path: path)
    }
}

/// A single value: a scalar, or a whole mapping or list handed on to a nested type.
struct SingleNodeContainer: SingleValueDecodingContainer {
    let decoder: NodeDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool { decoder.isNull(decoder.node) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if let value = try decoder.scalar(type, from: decoder.node, at: codingPath) { return value }
        return try decoder.decode(type, from: decoder.node, at: codingPath, key: nil)
    }
}
