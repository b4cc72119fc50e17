import Foundation
import Stencil

/// Collects the member names a render looked up but the context does not have. Stencil renders
/// an unknown name as empty text — in a legal document a silent hole — so every object in the
/// context reports such lookups here and the render fails naming them.
public final class LookupRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var missing: [String] = []

    public init() {}

    func record(_ path: String) {
        lock.lock(); defer { lock.unlock() }
        if !missing.contains(path) { missing.append(path) }
    }

    /// The unknown paths in the order first looked up (`party1.nmae`).
    public var unknownPaths: [String] {
        lock.lock(); defer { lock.unlock() }
        return missing
    }
}

/// An object of the template context with a fixed set of members. A member that exists but has
/// no value (a party without a contact) is nil; a member that does not exist is an error.
public final class TemplateObject: DynamicMemberLookup, CustomStringConvertible, @unchecked Sendable {
    /// Where the object sits in the context (`party1.signatory`), for messages.
    public let path: String
    let fields: [String: Any?]
    let recorder: LookupRecorder?

    public init(path: String, fields: [String: Any?], recorder: LookupRecorder?) {
        self.path = path
        self.fields = fields
        self.recorder = recorder
    }

    /// Whether the object has a member by this name (even with no value).
    public func hasMember(_ name: String) -> Bool { fields[name] != nil }

    /// The member names, sorted, for "known here: …" hints.
    public var memberNames: [String] { fields.keys.sorted() }

    /// The member's value, nil when absent or unknown (without recording).
    public func value(of name: String) -> Any? {
        guard let entry = fields[name] else { return nil }
        return entry
    }

    public subscript(dynamicMember member: String) -> Any? {
        guard let entry = fields[member] else {
            recorder?.record(path.isEmpty ? member : path + "." + member)
            return nil
        }
        return entry
    }

    /// An object printed whole is a template mistake; it prints its path so the hole is visible.
    public var description: String { "[\(path)]" }
}

/// Numbers the articles of a template in order: each `{{ numbering.next }}` is one more than the
/// last, so an office that removes an article from its template renumbers nothing by hand.
public final class ArticleCounter: DynamicMemberLookup, @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    let recorder: LookupRecorder?

    public init(recorder: LookupRecorder?) { self.recorder = recorder }

    public static let memberNames = ["next", "current"]

    public subscript(dynamicMember member: String) -> Any? {
        lock.lock(); defer { lock.unlock() }
        switch member {
        case "next":
            current += 1
            return current
        case "current":
            return current
        default:
            recorder?.record("numbering." + member)
            return nil
        }
    }
}
