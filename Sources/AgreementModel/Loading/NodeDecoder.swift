import Foundation
import Linguistics
import Yams

/// A `Decoder` over a composed YAML tree that knows where every value came from, so any
/// `Codable` type read through it gets `file:line:column: key.path:` errors for free.
struct NodeDecoder: Decoder {
    let node: Node
    let session: DecodingSession
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let mapping) = try resolved(node) else {
            throw mismatch("a mapping (key: value lines)")
        }
        session.didOpen(mapping, at: codingPath)
        return KeyedDecodingContainer(KeyedNodeContainer<Key>(mapping: mapping, decoder: self))
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
    func decode<T: Decodable>(_ type: T.Type, from node: Node, at path: [any CodingKey]) throws -> T {
        let node = try resolved(node, at: path)
        if let value = try scalar(type, from: node, at: path) { return value }
        if T.self == Localized<String>.self, !isMapping(node) {
            throw session.error(at: node, path: path,
                                "expected a text per language, found \(Self.describe(node)) — write {tr: …, ru: …, en: …}")
        }
        // The scalar test first: asking the runtime whether a type is CaseIterable scans every
        // conformance record the first time, which a mapping or list never needs.
        if case .scalar(let scalar) = node, let cases = T.self as? any CaseIterable.Type,
           let allowed = Self.rawStrings(of: cases), !allowed.contains(scalar.string) {
            var message = "'\(scalar.string)' is not allowed here — use one of: \(allowed.joined(separator: ", "))"
            if let guess = KeyPath.suggestion(for: scalar.string, among: allowed) {
                message = "'\(scalar.string)' is not allowed here — did you mean \(guess)? Use one of: \(allowed.joined(separator: ", "))"
            }
            throw session.error(at: node, path: path, message)
        }
        return try T(from: NodeDecoder(node: node, session: session, codingPath: path))
    }

    /// The raw values of a string enum's cases, or nil when it is not one.
    static func rawStrings<C: CaseIterable>(of type: C.Type) -> [String]? {
        let values = C.allCases.map { ($0 as? any RawRepresentable)?.rawValue as? String }
        guard !values.isEmpty, values.allSatisfy({ $0 != nil }) else { return nil }
        return values.compactMap { $0 }
    }

    /// Strings, numbers and booleans, read from a scalar with a message that says what was found.
    func scalar<T>(_ type: T.Type, from node: Node, at path: [any CodingKey]) throws -> T? {
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
    var codingPath: [any CodingKey] { decoder.codingPath }
    var session: DecodingSession { decoder.session }

    var allKeys: [Key] {
        mapping.compactMap { entry in
            guard let name = entry.key.scalar?.string else { return nil }
            session.didRequest(name, at: codingPath)
            return Key(stringValue: name)
        }
    }

    private func value(for key: Key) -> Node? {
        session.didRequest(key.stringValue, at: codingPath)
        return mapping.first { $0.key.scalar?.string == key.stringValue }?.value
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
        try decoder.decode(type, from: required(key), at: codingPath + [key])
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let node = value(for: key), !decoder.isNull(node) else { return nil }
        return try decoder.decode(type, from: node, at: codingPath + [key])
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
        try decoder.decode(type, from: required(key), at: codingPath + [key])
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey> {
        try NodeDecoder(node: required(key), session: session, codingPath: codingPath + [key]).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try NodeDecoder(node: required(key), session: session, codingPath: codingPath + [key]).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        try superDecoder(forKey: Key(stringValue: "super")!)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        NodeDecoder(node: try required(key), session: session, codingPath: codingPath + [key])
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

    private mutating func next() throws -> (Node, [any CodingKey]) {
        guard !isAtEnd else {
            throw decoder.session.error(at: decoder.node, path: codingPath,
                                        "too few items — the list needs more than \(items.count)")
        }
        defer { currentIndex += 1 }
        return (items[currentIndex], codingPath + [IndexKey(currentIndex)])
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
        let (node, path) = try next()
        return try decoder.decode(type, from: node, at: path)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey> {
        let (node, path) = try next()
        return try NodeDecoder(node: node, session: decoder.session, codingPath: path).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let (node, path) = try next()
        return try NodeDecoder(node: node, session: decoder.session, codingPath: path).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        let (node, path) = try next()
        return NodeDecoder(node: node, session: decoder.session, codingPath: path)
    }
}

/// A single value: a scalar, or a whole mapping or list handed on to a nested type.
struct SingleNodeContainer: SingleValueDecodingContainer {
    let decoder: NodeDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool { decoder.isNull(decoder.node) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if let value = try decoder.scalar(type, from: decoder.node, at: codingPath) { return value }
        return try decoder.decode(type, from: decoder.node, at: codingPath)
    }
}
