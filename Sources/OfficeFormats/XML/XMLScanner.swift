import Foundation

/// A streaming XML 1.0 scanner for UTF-8 parts, the reader's hot path.
///
/// Why not libxml2 here: on a drafted 13-article DOCX libxml2 (push or text reader) spent ~100
/// instructions per byte — over half of `mou validate` — building names, attribute lists and
/// nodes the readers never look at. Office parts need only elements, attributes, text, CDATA,
/// comments and processing instructions, so this scanner does only that: one pass over the
/// inflated bytes, names compared as bytes, attribute values copied only for the elements a
/// reader acts on. It is also the smaller attack surface: there is no DTD machinery at all. A
/// DOCTYPE is refused, only the five predefined entities and character references exist,
/// nesting, tokens and text runs are bounded, and every tag must close the element it opened.
/// Parts in another encoding go to libxml2 (`LibXMLEventSource`).
///
/// Every helper is `mutating`, even those that only read: a non-mutating method called from a
/// mutating one made Swift copy the whole scanner (and retain what it holds) for the call.
struct XMLScanner: XMLEventSource {
    let input: PartInput
    let fileName: String
    let partName: String
    let maxDepth: Int
    /// Owns the buffer's memory; `buffer` is the same pointer, read without reference counting.
    let storage: ScanBuffer
    var buffer: UnsafeMutablePointer<UInt8>
    /// Under 64 KiB: freeing a chunk of 64 KiB or more makes glibc consolidate every free
    /// list, which showed in a batch of reviews as a few per cent of the time.
    var capacity = 32 << 10
    /// The next unread byte and the end of the bytes read, in `buffer`.
    var position = 0
    var end = 0
    var atEOF = false
    /// The line number of `buffer[0]`, for errors.
    var firstLine = 1
    /// A tag, comment, CDATA section or PI must fit in the buffer, which grows up to this.
    static let maxToken = 16 << 20
    /// Events per `fill`: enough to amortise the call, few enough to keep the queue small.
    static let stretch = 512

    struct OpenElement {
        var namespace: XMLNamespace
        var name: XMLName
        var qname: Int
        var qnameLength: Int
        var bindings: Int
    }
    var open: [OpenElement] = []
    /// The qualified names of the open elements, back to back, to check each end tag.
    /// (`openNamesCount` bytes of it are in use: it is only ever grown, never shrunk.)
    var openNames: ContiguousArray<UInt8> = []
    var openNamesCount = 0

    struct Binding { var prefix: Int; var length: Int; var namespace: XMLNamespace }
    /// Namespace declarations in scope, innermost last; their prefixes back to back.
    var bindings: [Binding] = []
    var prefixes: ContiguousArray<UInt8> = []
    /// The last prefix resolved and its answer, valid while `bindings` is unchanged: nearly
    /// every element of a part has the same prefix.
    var lastPrefix: UInt64 = .max
    var lastPrefixNamespace: XMLNamespace = .other
    var bindingsVersion = 0
    var lastPrefixVersion = -1

    struct PendingAttribute { var name: Range<Int>; var colon: Int?; var value: Range<Int>; var declaration: Bool }
    /// The attributes of the tag being scanned: the first `pendingCount`, the storage reused.
    var pending: [PendingAttribute] = []
    var pendingCount = 0

    let skipping: SkippedContent
    /// Inside an element whose content is skipped: how deep, 0 when not.
    var skipDepth = 0

    var started = false
    var sawRoot = false
    var rootClosed = false

    init(input: PartInput, fileName: String, partName: String, maxDepth: Int, skipping: SkippedContent = SkippedContent()) {
        self.input = input
        self.skipping = skipping
        self.fileName = fileName
        self.partName = partName
        self.maxDepth = maxDepth
        storage = ScanBuffer(capacity: capacity)
        buffer = storage.pointer
    }

    mutating func fill(_ queue: inout EventQueue) throws -> Bool {
        let target = queue.events.count + XMLScanner.stretch
        while queue.events.count < target {
            if position == end {
                if try !refill() {
                    try finish(&queue)
                    return false
                }
                if !started { started = true; skipByteOrderMark() }
                continue
            }
            let progressed = skipDepth > 0 ? try skipContent() : buffer[position] == XMLByte.lt ? try markup(&queue) : try text(&queue)
            if !progressed, try !refill() {
                throw malformed(buffer[position] == XMLByte.lt ? "the document ends inside a tag" : "the document ends inside a reference")
            }
        }
        return true
    }

    // MARK: Input

    /// Moves the unread bytes to the front and reads more; false at the end of the input.
    mutating func refill() throws -> Bool {
        if atEOF { return false }
        if position > 0 {
            firstLine += newlines(0, position)
            if end > position { memmove(buffer, buffer + position, end - position) }
            end -= position
            position = 0
        }
        if end == capacity {
            guard capacity < XMLScanner.maxToken else {
                throw malformed("a tag, comment or CDATA section longer than \(XMLScanner.maxToken >> 20) MiB")
            }
            capacity *= 2
            buffer = storage.grow(to: capacity, keeping: end)
        }
        let count = try input.read(UnsafeMutableRawPointer(buffer + end), capacity - end)
        if count == 0 { atEOF = true; return false }
        end += count
        return true
    }

    mutating func skipByteOrderMark() {
        if end >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF { position = 3 }
    }

    mutating func finish(_ queue: inout EventQueue) throws {
        queue.closeText()
        if let top = open.last {
            throw malformed("the document ends before <\(openName(top))> is closed")
        }
        if !sawRoot { throw malformed("no root element") }
    }

    // MARK: Helpers

    /// The first `byte` from `start`. The first 16 bytes are looked at here: most searches
    /// end within a tag's length (the `>` of an end tag, the next `<` in skipped properties),
    /// and a call to `memchr` for those cost more than the search (4,000 calls a document).
    mutating func find(_ byte: UInt8, from start: Int) -> Int? {
        var p = start
        let near = min(end, start + 16)
        while p < near {
            if buffer[p] == byte { return p }
            p += 1
        }
        guard p < end, let hit = memchr(buffer + p, Int32(byte), end - p) else { return nil }
        return hit.assumingMemoryBound(to: UInt8.self) - buffer
    }

    mutating func find(_ needle: StaticString, from start: Int) -> Int? {
        let n = needle.utf8CodeUnitCount
        var q = start
        while let hit = find(needle.utf8Start[0], from: q) {
            if hit + n > end { return nil }
            if memcmp(buffer + hit, needle.utf8Start, n) == 0 { return hit }
            q = hit + 1
        }
        return nil
    }

    mutating func has(_ prefix: StaticString, at p: Int) -> Bool {
        let n = prefix.utf8CodeUnitCount
        return end - p >= n && memcmp(buffer + p, prefix.utf8Start, n) == 0
    }

    mutating func newlines(_ from: Int, _ to: Int) -> Int {
        var count = 0
        var p = from
        while p < to, let hit = memchr(buffer + p, Int32(XMLByte.lf), to - p) {
            count += 1
            p = hit.assumingMemoryBound(to: UInt8.self) - buffer + 1
        }
        return count
    }

    mutating func openName(_ element: OpenElement) -> String {
        openNames.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[element.qname..<element.qname + element.qnameLength]), as: UTF8.self)
        }
    }

    mutating func malformed(_ reason: String, at p: Int? = nil) -> ReadError {
        .malformedXML(file: fileName, part: partName, line: firstLine + newlines(0, min(p ?? position, end)), reason: reason)
    }
}

/// The bytes the XML scanner looks for.
enum XMLByte {
    static let tab: UInt8 = 0x09, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D, space: UInt8 = 0x20
    static let bang: UInt8 = 0x21, quote: UInt8 = 0x22, hash: UInt8 = 0x23, amp: UInt8 = 0x26
    static let apostrophe: UInt8 = 0x27, dash: UInt8 = 0x2D, dot: UInt8 = 0x2E, slash: UInt8 = 0x2F, colon: UInt8 = 0x3A, semicolon: UInt8 = 0x3B
    static let lt: UInt8 = 0x3C, equals: UInt8 = 0x3D, gt: UInt8 = 0x3E, question: UInt8 = 0x3F

    static let closeBracket: UInt8 = 0x5D

    static func isSpace(_ b: UInt8) -> Bool { b == space || b == lf || b == tab || b == cr }

    /// A byte that may be part of a name: ASCII letters, digits, `_ - . :`, and any byte of a
    /// multi-byte character. Two bit masks answer for ASCII with one shift.
    static func isName(_ b: UInt8) -> Bool {
        if b < 64 { return (nameBytesBelow64 >> UInt64(b)) & 1 != 0 }
        if b < 128 { return (nameBytesBelow128 >> UInt64(b - 64)) & 1 != 0 }
        return true
    }
    /// `-` `.` `0`–`9` `:`.
    static let nameBytesBelow64: UInt64 = 1 << 0x2D | 1 << 0x2E | 0x7FF << 0x30
    /// `A`–`Z` `_` `a`–`z`, less 64.
    static let nameBytesBelow128: UInt64 = 0x3FF_FFFF << 1 | 1 << 31 | 0x3FF_FFFF << 33

    /// A byte that may start a name: not a digit, `-` or `.`.
    static func startsName(_ b: UInt8) -> Bool { isName(b) && !(b >= 0x30 && b <= 0x39) && b != 0x2D && b != 0x2E }
}

/// The scanner's buffer memory, freed with the last copy of the scanner.
final class ScanBuffer {
    private(set) var pointer: UnsafeMutablePointer<UInt8>
    /// The scanner's cache of recent element names (see `XMLScanner.elementName`).
    let names: UnsafeMutablePointer<NameCacheEntry>
    static let nameSlots = 64

    init(capacity: Int) {
        pointer = .allocate(capacity: capacity)
        names = .allocate(capacity: ScanBuffer.nameSlots)
        names.initialize(repeating: NameCacheEntry(key: 0, length: -1, name: .other), count: ScanBuffer.nameSlots)
    }

    func grow(to capacity: Int, keeping count: Int) -> UnsafeMutablePointer<UInt8> {
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.update(from: pointer, count: count)
        pointer.deallocate()
        pointer = grown
        return grown
    }

    deinit {
        pointer.deallocate()
        names.deallocate()
    }
}

/// A local name of up to eight bytes, read as one little-endian word, and what it names.
struct NameCacheEntry {
    var key: UInt64
    var length: Int
    var name: XMLName
}
