import Foundation
import Linguistics

/// The events of one stretch of a part, kept compactly: attribute names, attribute values and
/// text sit back to back in one byte arena and events index into it, so a parsed chunk costs a
/// few appends instead of a `String` per attribute. `SafeXMLReader` builds `String`s only for the
/// text and attributes a reader asks for.
struct EventQueue {
    /// Longest text run accepted, as libxml2's own tree builder refuses (10 MB without HUGE).
    static let maxText = 10 << 20
    /// Most attributes on one element: Word's busiest carry a few dozen; a million would cost
    /// memory in proportion while telling a reader nothing.
    static let maxAttributes = 4096

    var events: ContiguousArray<RawEvent> = []
    var attributes: ContiguousArray<RawAttribute> = []
    var bytes: ContiguousArray<UInt8> = []
    /// Queue `.other` elements too (tests compare the parsers element for element).
    var everyElement = false
    /// Where the text run being collected starts in `bytes`, if one is open.
    private var textStart: Int?

    init() {
        // A stretch is ~512 events; each buffer stays well under the 64 KiB at which glibc's
        // free consolidates its lists.
        events.reserveCapacity(600)
        attributes.reserveCapacity(256)
        bytes.reserveCapacity(8 << 10)
    }

    /// Empties the queue for the next stretch, keeping its storage. An open text run moves to
    /// the front of the arena: its first part came with the stretch just handed out.
    mutating func reset() {
        events.removeAll(keepingCapacity: true)
        attributes.removeAll(keepingCapacity: true)
        if let start = textStart {
            let tail = Array(bytes[start...])
            bytes.removeAll(keepingCapacity: true)
            bytes.append(contentsOf: tail)
            textStart = 0
        } else {
            bytes.removeAll(keepingCapacity: true)
        }
    }

    /// Appends text bytes to the open run (opening one); false when the run grows too long.
    mutating func appendText(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        if textStart == nil { textStart = bytes.count }
        if bytes.count - textStart! + text.count > EventQueue.maxText { return false }
        bytes.append(contentsOf: text)
        return true
    }

    mutating func appendTextByte(_ byte: UInt8) {
        if textStart == nil { textStart = bytes.count }
        bytes.append(byte)
    }

    /// Text becomes one event when the next tag closes it, however many pieces it came in.
    mutating func closeText() {
        guard let start = textStart else { return }
        textStart = nil
        if bytes.count > start {
            events.append(RawEvent(kind: .text, namespace: .other, name: .other, first: Int32(start), count: Int32(bytes.count - start)))
        }
    }

    /// Elements no reader acts on (`.other`) make no events: the readers ignored them, and they
    /// are nearly half of a Word body (runs, languages, bookmarks). Their text still counts.
    mutating func start(_ namespace: XMLNamespace, _ name: XMLName, attributesFrom first: Int) {
        guard name != .other || everyElement else { return }
        closeText()
        events.append(RawEvent(kind: .start, namespace: namespace, name: name,
                               first: Int32(first), count: Int32(attributes.count - first)))
    }

    mutating func end(_ namespace: XMLNamespace, _ name: XMLName) {
        guard name != .other || everyElement else { return }
        closeText()
        events.append(RawEvent(kind: .end, namespace: namespace, name: name, first: 0, count: 0))
    }

    /// Records an attribute whose local name and value are already in `bytes`.
    mutating func addAttribute(name: Range<Int>, value: Range<Int>, namespace: XMLNamespace) {
        attributes.append(RawAttribute(name: Int32(name.lowerBound), nameLength: Int32(name.count),
                                       value: Int32(value.lowerBound), length: Int32(value.count), namespace: namespace))
    }

    // The readers below are `mutating` though they only read: `SafeXMLReader` keeps its queue
    // behind a pointer, and a non-mutating call there copied the queue (a retain and a release
    // of each of its three arrays) for every attribute and text asked for.

    mutating func string(_ first: Int, _ count: Int) -> String {
        withBytes { String(decoding: UnsafeBufferPointer(rebasing: $0[first..<first + count]), as: UTF8.self) }
    }

    /// Whether an attribute's local name is `local`, compared as bytes.
    mutating func attribute(_ attribute: RawAttribute, isNamed local: String) -> Bool {
        local.withUTF8Bytes { want in
            guard want.count == Int(attribute.nameLength) else { return false }
            return withBytes { all in memcmp(all.baseAddress! + Int(attribute.name), want.baseAddress!, want.count) == 0 }
        }
    }

    /// The arena's bytes, borrowed in place.
    mutating func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try bytes.withUnsafeMutableBufferPointer { try body(UnsafeBufferPointer($0)) }
    }
}

/// One queued event: for a start, `first`/`count` index its attributes; for text, its bytes.
struct RawEvent {
    enum Kind: UInt8 { case start, end, text }
    var kind: Kind
    var namespace: XMLNamespace
    var name: XMLName
    var first: Int32
    var count: Int32
}

/// An attribute of a queued start: its local name's and its value's bytes in the arena.
struct RawAttribute {
    var name: Int32
    var nameLength: Int32
    var value: Int32
    var length: Int32
    var namespace: XMLNamespace
}

/// Where a parser gets its events from: the UTF-8 scanner, or libxml2 for other encodings.
protocol XMLEventSource {
    /// Parses the next stretch into `queue`; false once the document has ended.
    mutating func fill(_ queue: inout EventQueue) throws -> Bool
}
