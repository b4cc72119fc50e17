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
    private let input: PartInput
    private let fileName: String
    private let partName: String
    private let maxDepth: Int
    /// Owns the buffer's memory; `buffer` is the same pointer, read without reference counting.
    private let storage: ScanBuffer
    private var buffer: UnsafeMutablePointer<UInt8>
    /// Under 64 KiB: freeing a chunk of 64 KiB or more makes glibc consolidate every free
    /// list, which showed in a batch of reviews as a few per cent of the time.
    private var capacity = 32 << 10
    /// The next unread byte and the end of the bytes read, in `buffer`.
    private var position = 0
    private var end = 0
    private var atEOF = false
    /// The line number of `buffer[0]`, for errors.
    private var firstLine = 1
    /// A tag, comment, CDATA section or PI must fit in the buffer, which grows up to this.
    private static let maxToken = 16 << 20
    /// Events per `fill`: enough to amortise the call, few enough to keep the queue small.
    private static let stretch = 512

    private struct OpenElement {
        var namespace: XMLNamespace
        var name: XMLName
        var qname: Int
        var qnameLength: Int
        var bindings: Int
    }
    private var open: [OpenElement] = []
    /// The qualified names of the open elements, back to back, to check each end tag.
    /// (`openNamesCount` bytes of it are in use: it is only ever grown, never shrunk.)
    private var openNames: ContiguousArray<UInt8> = []
    private var openNamesCount = 0

    private struct Binding { var prefix: Int; var length: Int; var namespace: XMLNamespace }
    /// Namespace declarations in scope, innermost last; their prefixes back to back.
    private var bindings: [Binding] = []
    private var prefixes: ContiguousArray<UInt8> = []
    /// The last prefix resolved and its answer, valid while `bindings` is unchanged: nearly
    /// every element of a part has the same prefix.
    private var lastPrefix: UInt64 = .max
    private var lastPrefixNamespace: XMLNamespace = .other
    private var bindingsVersion = 0
    private var lastPrefixVersion = -1

    private struct PendingAttribute { var name: Range<Int>; var colon: Int?; var value: Range<Int>; var declaration: Bool }
    /// The attributes of the tag being scanned: the first `pendingCount`, the storage reused.
    private var pending: [PendingAttribute] = []
    private var pendingCount = 0

    private let skipping: SkippedContent
    /// Inside an element whose content is skipped: how deep, 0 when not.
    private var skipDepth = 0

    private var started = false
    private var sawRoot = false
    private var rootClosed = false

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
            let progressed = skipDepth > 0 ? try skipContent() : buffer[position] == Byte.lt ? try markup(&queue) : try text(&queue)
            if !progressed, try !refill() {
                throw malformed(buffer[position] == Byte.lt ? "the document ends inside a tag" : "the document ends inside a reference")
            }
        }
        return true
    }

    // MARK: Input

    /// Moves the unread bytes to the front and reads more; false at the end of the input.
    private mutating func refill() throws -> Bool {
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

    private mutating func skipByteOrderMark() {
        if end >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF { position = 3 }
    }

    private mutating func finish(_ queue: inout EventQueue) throws {
        queue.closeText()
        if let top = open.last {
            throw malformed("the document ends before <\(openName(top))> is closed")
        }
        if !sawRoot { throw malformed("no root element") }
    }

    // MARK: Text

    /// Text up to the next tag; false when it needs more input to go on (a split reference).
    private mutating func text(_ queue: inout EventQueue) throws -> Bool {
        let start = position
        var stop = end
        if let lt = memchr(buffer + start, Int32(Byte.lt), end - start) {
            stop = lt.assumingMemoryBound(to: UInt8.self) - buffer
        }
        let inside = !open.isEmpty
        var p = start
        var run = start
        func flush(_ upTo: Int) throws {
            guard upTo > run else { return }
            if inside {
                if !queue.appendText(UnsafeBufferPointer(start: buffer + run, count: upTo - run)) {
                    throw malformed("a text run longer than \(EventQueue.maxText >> 20) MiB")
                }
            } else {
                for i in run..<upTo where !Byte.isSpace(buffer[i]) {
                    throw malformed(sawRoot ? "text after the root element" : "text before the root element", at: i)
                }
            }
        }
        while p < stop {
            // Eight bytes at a time while none of them is `&`, CR or `]` (bit-parallel test).
            while p + 8 <= stop && !XMLScanner.hasTextSpecial(UnsafeRawPointer(buffer + p).loadUnaligned(as: UInt64.self)) {
                p += 8
            }
            guard p < stop else { break }
            let b = buffer[p]
            guard b == Byte.amp || b == Byte.cr || b == Byte.closeBracket else { p += 1; continue }
            if b == Byte.closeBracket {
                // `]]>` may not appear in text; a `]` at the end of the buffer waits for more.
                if p + 2 >= stop && stop == end && !atEOF { try flush(p); position = p; return p > start }
                if p + 2 < stop && buffer[p + 1] == Byte.closeBracket && buffer[p + 2] == Byte.gt {
                    throw malformed("']]>' in text", at: p)
                }
                p += 1
                continue
            }
            try flush(p)
            if b == Byte.cr {
                // Line ends are normalised to LF, as XML requires; CR LF split by a read waits.
                if p + 1 == end && !atEOF { position = p; return p > start }
                if inside { queue.appendTextByte(Byte.lf) }
                p += 1
                if p < stop && buffer[p] == Byte.lf { p += 1 }
            } else {
                guard let (scalar, next) = try reference(at: p, limit: stop) else { position = p; return p > start }
                if !inside { throw malformed(sawRoot ? "text after the root element" : "text before the root element", at: p) }
                UTF8.encode(scalar) { queue.appendTextByte($0) }
                p = next
            }
            run = p
        }
        try flush(stop)
        position = stop
        return true
    }

    /// Whether any byte of `word` is `&`, CR or `]`: a byte equal to `n` is a zero byte of
    /// `word ^ n…n`, found with the classic has-zero-byte test.
    private static func hasTextSpecial(_ word: UInt64) -> Bool {
        func hasZero(_ v: UInt64) -> Bool { (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080 != 0 }
        return hasZero(word ^ 0x2626_2626_2626_2626) || hasZero(word ^ 0x0D0D_0D0D_0D0D_0D0D)
            || hasZero(word ^ 0x5D5D_5D5D_5D5D_5D5D)
    }

    /// The character a reference at `p` stands for and the index after its `;`; nil when the
    /// input ends inside it and more may come.
    private mutating func reference(at p: Int, limit: Int) throws -> (Unicode.Scalar, Int)? {
        var q = p + 1
        while q < limit && q - p < 40 && buffer[q] != Byte.semicolon { q += 1 }
        guard q < limit, buffer[q] == Byte.semicolon else {
            if q - p < 40 && limit == end && !atEOF { return nil }
            throw malformed("'&' that starts no reference (write &amp;)", at: p)
        }
        let name = UnsafeBufferPointer(start: buffer + p + 1, count: q - p - 1)
        if let scalar = XMLScanner.predefined(name) ?? characterReference(name) { return (scalar, q + 1) }
        let spelled = String(decoding: name, as: UTF8.self)
        if name.first == Byte.hash { throw malformed("&\(spelled); is not a character XML allows", at: p) }
        throw malformed("&\(spelled); is not one of XML's five entities (office documents use no others)", at: p)
    }

    private static func predefined(_ name: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        switch name.count {
        case 2 where name[1] == 0x74 && name[0] == 0x6C: "<"   // lt
        case 2 where name[1] == 0x74 && name[0] == 0x67: ">"   // gt
        case 3 where name[0] == 0x61 && name[1] == 0x6D && name[2] == 0x70: "&"   // amp
        case 4 where name.elementsEqual("quot".utf8): "\""
        case 4 where name.elementsEqual("apos".utf8): "'"
        default: nil
        }
    }

    /// `#123` or `#x7B`, and only for characters XML 1.0 allows.
    private mutating func characterReference(_ name: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard name.count > 1, name[0] == Byte.hash else { return nil }
        let hex = name[1] == 0x78
        let digits = UnsafeBufferPointer(rebasing: name[(hex ? 2 : 1)...])
        guard !digits.isEmpty, digits.count <= 8 else { return nil }
        var value: UInt32 = 0
        for d in digits {
            switch d {
            case 0x30...0x39: value = value * (hex ? 16 : 10) + UInt32(d - 0x30)
            case 0x61...0x66 where hex: value = value * 16 + UInt32(d - 0x61 + 10)
            case 0x41...0x46 where hex: value = value * 16 + UInt32(d - 0x41 + 10)
            default: return nil
            }
        }
        guard value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
              || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value) else { return nil }
        return Unicode.Scalar(value)
    }

    // MARK: Markup

    /// A tag, comment, CDATA section, PI or declaration at `position`; false when it is not
    /// complete in the buffer yet.
    private mutating func markup(_ queue: inout EventQueue) throws -> Bool {
        let p = position
        guard p + 1 < end else { return false }
        switch buffer[p + 1] {
        case Byte.slash:
            guard let gt = find(Byte.gt, from: p + 2) else { return false }
            try endTag(&queue, p + 2, gt)
            position = gt + 1
        case Byte.question:
            guard let close = find("?>", from: p + 2) else { return false }
            position = close + 2
        case Byte.bang:
            if has("<!--", at: p) {
                guard let close = find("-->", from: p + 4) else { return false }
                if let dashes = find("--", from: p + 4), dashes < close { throw malformed("'--' inside a comment", at: dashes) }
                position = close + 3
            } else if has("<![CDATA[", at: p) {
                guard let close = find("]]>", from: p + 9) else { return false }
                guard !open.isEmpty else { throw malformed("CDATA outside the root element") }
                try cdata(&queue, p + 9, close)
                position = close + 3
            } else if has("<!DOCTYPE", at: p) {
                throw ReadError.xmlDoctype(file: fileName, part: partName)
            } else if end - p < 9 && !atEOF {
                return false
            } else {
                throw malformed("'<!' that starts no comment or CDATA section")
            }
        default:
            guard let gt = try startTag(&queue, p + 1) else { return false }
            position = gt + 1
        }
        return true
    }

    /// A start tag at `start` (after its `<`), parsed in one pass; nil when it is not complete
    /// in the buffer yet (nothing is recorded until it is). Every delimiter of a tag is a byte
    /// at or below `>` (0x3E), so name bytes — letters — are passed over with one comparison.
    private mutating func startTag(_ queue: inout EventQueue, _ start: Int) throws -> Int? {
        // Locals: the buffer does not move while a tag is scanned, and in registers the loops
        // below need not reload them from `self` after every call.
        let buffer = self.buffer, end = self.end
        if open.isEmpty && rootClosed { throw malformed("a second root element", at: start) }
        var q = start
        while q < end && Byte.isName(buffer[q]) { q += 1 }
        guard q < end else { return nil }
        if !(Byte.isSpace(buffer[q]) || buffer[q] == Byte.slash || buffer[q] == Byte.gt) {
            throw malformed(buffer[q] == Byte.lt ? "'<' inside a tag" : "a tag name with '\(Unicode.Scalar(buffer[q]))'", at: q)
        }
        let qname = start..<q
        guard !qname.isEmpty, Byte.startsName(buffer[start]) else { throw malformed("a tag without a valid name", at: start) }
        // The element's name is known before its attributes: only the attributes of elements a
        // reader reads (and namespace declarations) are recorded; the rest are only checked.
        var qnameColon: Int?
        if let hit = memchr(buffer + start, Int32(Byte.colon), q - start) {
            qnameColon = prefixColon(hit.assumingMemoryBound(to: UInt8.self) - buffer, in: qname)
        }
        let local = qnameColon.map { ($0 + 1)..<qname.upperBound } ?? qname
        let name = elementName(local)
        let keeps = name.keepsAttributes
        var empty = false
        var declarations = false
        pendingCount = 0
        var attributesSeen = 0
        while true {
            let spaced = Byte.isSpace(buffer[q])
            while q < end && Byte.isSpace(buffer[q]) { q += 1 }
            guard q < end else { return nil }
            if buffer[q] == Byte.gt { break }
            if buffer[q] == Byte.slash {
                guard q + 1 < end else { return nil }
                guard buffer[q + 1] == Byte.gt else { throw malformed("'/' inside a tag", at: q) }
                empty = true
                q += 1
                break
            }
            guard spaced else { throw malformed("attributes must be separated by white space", at: q) }
            guard pendingCount + attributesSeen < EventQueue.maxAttributes else {
                throw malformed("an element with more than \(EventQueue.maxAttributes) attributes", at: start)
            }
            let nameStart = q
            while q < end && Byte.isName(buffer[q]) { q += 1 }
            guard q < end else { return nil }
            guard buffer[q] == Byte.equals || Byte.isSpace(buffer[q]) else {
                throw malformed("an attribute without '=\"value\"'", at: nameStart)
            }
            let attributeName = nameStart..<q
            guard Byte.startsName(buffer[nameStart]) else { throw malformed("an attribute without a valid name", at: nameStart) }
            while q < end && Byte.isSpace(buffer[q]) { q += 1 }
            guard q < end else { return nil }
            guard !attributeName.isEmpty, buffer[q] == Byte.equals else { throw malformed("an attribute without '=\"value\"'", at: nameStart) }
            q += 1
            while q < end && Byte.isSpace(buffer[q]) { q += 1 }
            guard q < end else { return nil }
            let quote = buffer[q]
            guard quote == Byte.quote || quote == Byte.apostrophe else { throw malformed("an attribute value without quotes", at: q) }
            let valueStart = q + 1
            q = valueStart
            var references = false
            while q < end && buffer[q] != quote {
                if buffer[q] == Byte.lt { throw malformed("'<' inside an attribute value (write &lt;)", at: q) }
                if buffer[q] == Byte.amp { references = true }
                q += 1
            }
            guard q < end else { return nil }
            // Every reference must be sound, also in values no reader keeps.
            if references { try decodeValue(valueStart..<q) { _ in } }
            // `xmlns` or `xmlns:prefix` (a valid prefix colon right after the five letters).
            let declaration = attributeName.count >= 5 && isXMLNS(nameStart)
                && (attributeName.count == 5 || (buffer[nameStart + 5] == Byte.colon && prefixColon(nameStart + 5, in: attributeName) != nil))
            if declaration || keeps {
                // The colon is looked for after the name is scanned: tracking it in the loop
                // above made that loop twice as long. (No closures here: one capturing `self`
                // in this mutating method copied the whole scanner for every attribute.)
                var colon: Int?
                if let hit = memchr(buffer + nameStart, Int32(Byte.colon), q - nameStart) {
                    colon = prefixColon(hit.assumingMemoryBound(to: UInt8.self) - buffer, in: attributeName)
                }
                declarations = declarations || declaration
                let attribute = PendingAttribute(name: attributeName, colon: colon, value: valueStart..<q, declaration: declaration)
                if pendingCount < pending.count { pending[pendingCount] = attribute } else { pending.append(attribute) }
                pendingCount += 1
            } else {
                attributesSeen += 1
            }
            q += 1
            guard q < end else { return nil }
        }
        let gt = q

        let bindingsBefore = bindings.count
        if declarations {
            for i in 0..<pendingCount where pending[i].declaration { try declare(pending[i]) }
        }
        if open.count + 1 > maxDepth { throw ReadError.xmlTooDeep(file: fileName, part: partName, limit: maxDepth) }
        let namespace = resolvePrefix(qnameColon.map { qname.lowerBound..<$0 } ?? qname.lowerBound..<qname.lowerBound)
        let first = queue.attributes.count
        // Attribute values are copied only for elements whose attributes a reader reads.
        if keeps {
            // Text before this tag ends here, before the attributes join the arena after it.
            queue.closeText()
            for i in 0..<pendingCount where !pending[i].declaration {
                let attribute = pending[i]
                var localName = attribute.name
                var ns = XMLNamespace.other
                if let colon = attribute.colon {
                    localName = (colon + 1)..<attribute.name.upperBound
                    ns = resolvePrefix(attribute.name.lowerBound..<colon)
                }
                let nameAt = queue.bytes.count
                queue.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer + localName.lowerBound, count: localName.count))
                let valueAt = queue.bytes.count
                if plain(attribute.value) {
                    queue.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer + attribute.value.lowerBound, count: attribute.value.count))
                } else {
                    try decodeValue(attribute.value) { queue.bytes.append($0) }
                }
                queue.addAttribute(name: nameAt..<valueAt, value: valueAt..<queue.bytes.count, namespace: ns)
            }
        }
        queue.start(namespace, name, attributesFrom: first)
        sawRoot = true
        if empty {
            queue.end(namespace, name)
            popBindings(to: bindingsBefore)
            if open.isEmpty { rootClosed = true }
        } else {
            let at = openNamesCount
            if openNames.count < at + qname.count { openNames.append(contentsOf: repeatElement(0, count: at + qname.count - openNames.count + 256)) }
            openNames.withUnsafeMutableBufferPointer { names in
                (names.baseAddress! + at).update(from: buffer + start, count: qname.count)
            }
            openNamesCount += qname.count
            open.append(OpenElement(namespace: namespace, name: name, qname: at, qnameLength: qname.count, bindings: bindingsBefore))
            if !skipping.isEmpty && skipping.contains(namespace, name) { skipDepth = 1 }
        }
        return gt
    }

    /// Passes over the content of a skipped element: tags only counted for nesting (quotes,
    /// comments, CDATA and PIs respected, a DOCTYPE refused), text not looked at. Stops before
    /// the end tag that closes the element, which `endTag` then checks like any other. False
    /// when the next token is not complete in the buffer yet.
    private mutating func skipContent() throws -> Bool {
        let start = position
        while true {
            guard let lt = find(Byte.lt, from: position) else { position = end; return true }
            position = lt
            guard lt + 1 < end else { return lt > start }
            switch buffer[lt + 1] {
            case Byte.slash:
                if skipDepth == 1 { skipDepth = 0; return true }
                guard let gt = find(Byte.gt, from: lt + 2) else { return lt > start }
                skipDepth -= 1
                position = gt + 1
            case Byte.question:
                guard let close = find("?>", from: lt + 2) else { return lt > start }
                position = close + 2
            case Byte.bang:
                if has("<!--", at: lt) {
                    guard let close = find("-->", from: lt + 4) else { return lt > start }
                    position = close + 3
                } else if has("<![CDATA[", at: lt) {
                    guard let close = find("]]>", from: lt + 9) else { return lt > start }
                    position = close + 3
                } else if has("<!DOCTYPE", at: lt) {
                    throw ReadError.xmlDoctype(file: fileName, part: partName)
                } else if end - lt < 9 && !atEOF {
                    return lt > start
                } else {
                    throw malformed("'<!' that starts no comment or CDATA section")
                }
            default:
                guard let gt = try tagEnd(from: lt + 1) else { return lt > start }
                if buffer[gt - 1] != Byte.slash {
                    skipDepth += 1
                    if open.count + skipDepth > maxDepth { throw ReadError.xmlTooDeep(file: fileName, part: partName, limit: maxDepth) }
                }
                position = gt + 1
            }
        }
    }

    /// The `>` that ends a tag, past quoted attribute values.
    private mutating func tagEnd(from start: Int) throws -> Int? {
        var quote: UInt8 = 0
        var q = start
        while q < end {
            let b = buffer[q]
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == Byte.gt {
                return q
            } else if b == Byte.quote || b == Byte.apostrophe {
                quote = b
            } else if b == Byte.lt {
                throw malformed("'<' inside a tag", at: q)
            }
            q += 1
        }
        return nil
    }

    private mutating func endTag(_ queue: inout EventQueue, _ start: Int, _ gt: Int) throws {
        var q = start
        while q < gt && !Byte.isSpace(buffer[q]) { q += 1 }
        for i in q..<gt where !Byte.isSpace(buffer[i]) { throw malformed("an end tag with more than a name", at: i) }
        let closing = UnsafeBufferPointer(start: buffer + start, count: q - start)
        guard let top = open.last else {
            throw malformed("</\(String(decoding: closing, as: UTF8.self))> closes no open element", at: start)
        }
        let same = openNames.withUnsafeBufferPointer { names in
            closing.count == top.qnameLength && memcmp(names.baseAddress! + top.qname, closing.baseAddress!, closing.count) == 0
        }
        guard same else {
            throw malformed("</\(String(decoding: closing, as: UTF8.self))> where </\(openName(top))> was expected", at: start)
        }
        open.removeLast()
        openNamesCount -= top.qnameLength
        popBindings(to: top.bindings)
        queue.end(top.namespace, top.name)
        if open.isEmpty { rootClosed = true }
    }

    private mutating func cdata(_ queue: inout EventQueue, _ start: Int, _ close: Int) throws {
        var run = start
        var p = start
        while p < close {
            if buffer[p] == Byte.cr {
                _ = queue.appendText(UnsafeBufferPointer(start: buffer + run, count: p - run))
                queue.appendTextByte(Byte.lf)
                p += (p + 1 < close && buffer[p + 1] == Byte.lf) ? 2 : 1
                run = p
            } else {
                p += 1
            }
        }
        if !queue.appendText(UnsafeBufferPointer(start: buffer + run, count: close - run)) {
            throw malformed("a text run longer than \(EventQueue.maxText >> 20) MiB")
        }
    }

    private mutating func isXMLNS(_ p: Int) -> Bool {
        buffer[p] == 0x78 && buffer[p + 1] == 0x6D && buffer[p + 2] == 0x6C && buffer[p + 3] == 0x6E && buffer[p + 4] == 0x73
    }

    /// Whether a value is its own decoding: no reference, no white space to normalise.
    private mutating func plain(_ range: Range<Int>) -> Bool {
        for i in range {
            let b = buffer[i]
            if b == Byte.amp || b == Byte.tab || b == Byte.lf || b == Byte.cr { return false }
        }
        return true
    }

    /// An attribute value with references replaced and white space normalised (XML 3.3.3).
    private mutating func decodeValue(_ range: Range<Int>, _ emit: (UInt8) -> Void) throws {
        var p = range.lowerBound
        while p < range.upperBound {
            let b = buffer[p]
            if b == Byte.amp {
                guard let (scalar, next) = try reference(at: p, limit: range.upperBound) else {
                    throw malformed("'&' that starts no reference (write &amp;)", at: p)
                }
                UTF8.encode(scalar, into: emit)
                p = next
            } else if b == Byte.cr {
                emit(Byte.space)
                p += (p + 1 < range.upperBound && buffer[p + 1] == Byte.lf) ? 2 : 1
            } else {
                emit(b == Byte.tab || b == Byte.lf ? Byte.space : b)
                p += 1
            }
        }
    }

    // MARK: Namespaces

    private mutating func declare(_ a: PendingAttribute) throws {
        var uri: [UInt8] = []
        try decodeValue(a.value) { uri.append($0) }
        let prefix = a.colon.map { ($0 + 1)..<a.name.upperBound } ?? a.name.upperBound..<a.name.upperBound
        let at = prefixes.count
        prefixes.append(contentsOf: UnsafeBufferPointer(start: buffer + prefix.lowerBound, count: prefix.count))
        bindings.append(Binding(prefix: at, length: prefix.count, namespace: XMLNamespace(uri: String(decoding: uri, as: UTF8.self))))
        bindingsVersion += 1
    }

    private mutating func popBindings(to count: Int) {
        guard bindings.count > count else { return }
        prefixes.removeLast(prefixes.count - bindings[count].prefix)
        bindings.removeLast(bindings.count - count)
        bindingsVersion += 1
    }

    /// The namespace and local name of a qualified name.
    /// The `XMLName` of a local name. A body repeats a dozen names thousands of times: names of
    /// up to eight bytes are read as one word and looked up in a small direct-mapped cache
    /// (one multiplication) before the name table (hashing, probing, comparing bytes), which
    /// was a fifth of scanning a tag.
    private mutating func elementName(_ local: Range<Int>) -> XMLName {
        let count = local.count
        guard count > 0, count <= 8, local.lowerBound + 8 <= capacity else {
            return XMLName.lookup(UnsafeBufferPointer(start: buffer + local.lowerBound, count: count))
        }
        let word = UnsafeRawPointer(buffer + local.lowerBound).loadUnaligned(as: UInt64.self)
        let key = count == 8 ? word : word & ((1 << UInt64(count * 8)) - 1)
        let slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 58)
        let entry = storage.names[slot]
        if entry.key == key && entry.length == count { return entry.name }
        let name = XMLName.lookup(UnsafeBufferPointer(start: buffer + local.lowerBound, count: count))
        storage.names[slot] = NameCacheEntry(key: key, length: count, name: name)
        return name
    }

    /// The first colon of a name, when it separates a prefix from a local name. As in libxml2,
    /// a name that starts or ends with it, or whose local part cannot start a name (`w::val`,
    /// `a:1`), is a local name without a prefix; `a:b:c` is prefix `a`, local name `b:c`.
    private mutating func prefixColon(_ colon: Int, in name: Range<Int>) -> Int? {
        guard colon > name.lowerBound, colon + 1 < name.upperBound else { return nil }
        let b = buffer[colon + 1]
        return b == Byte.colon || b == Byte.dash || b == Byte.dot || (b >= 0x30 && b <= 0x39) ? nil : colon
    }

    /// The namespace bound to a prefix (the empty prefix: the default namespace). An unbound
    /// prefix is `.other`, as libxml2 reports it (a namespace error, not a fatal one).
    private mutating func resolvePrefix(_ prefix: Range<Int>) -> XMLNamespace {
        let bytes = UnsafeBufferPointer(start: buffer + prefix.lowerBound, count: prefix.count)
        // Prefixes of up to seven bytes are remembered packed into one word, with their length.
        var key: UInt64 = .max
        if bytes.count < 8 {
            key = UInt64(bytes.count)
            for b in bytes { key = key << 8 | UInt64(b) }
        }
        if key != .max && lastPrefixVersion == bindingsVersion && lastPrefix == key { return lastPrefixNamespace }
        var answer = XMLNamespace.other
        prefixes.withUnsafeBufferPointer { all in
            for binding in bindings.reversed() where binding.length == bytes.count {
                if bytes.count == 0 || memcmp(all.baseAddress! + binding.prefix, bytes.baseAddress!, bytes.count) == 0 {
                    answer = binding.namespace
                    return
                }
            }
        }
        lastPrefix = key
        lastPrefixVersion = bindingsVersion
        lastPrefixNamespace = answer
        return answer
    }

    // MARK: Helpers

    private mutating func find(_ byte: UInt8, from start: Int) -> Int? {
        guard start < end, let hit = memchr(buffer + start, Int32(byte), end - start) else { return nil }
        return hit.assumingMemoryBound(to: UInt8.self) - buffer
    }

    private mutating func find(_ needle: StaticString, from start: Int) -> Int? {
        let n = needle.utf8CodeUnitCount
        var q = start
        while let hit = find(needle.utf8Start[0], from: q) {
            if hit + n > end { return nil }
            if memcmp(buffer + hit, needle.utf8Start, n) == 0 { return hit }
            q = hit + 1
        }
        return nil
    }

    private mutating func has(_ prefix: StaticString, at p: Int) -> Bool {
        let n = prefix.utf8CodeUnitCount
        return end - p >= n && memcmp(buffer + p, prefix.utf8Start, n) == 0
    }

    private mutating func newlines(_ from: Int, _ to: Int) -> Int {
        var count = 0
        var p = from
        while p < to, let hit = memchr(buffer + p, Int32(Byte.lf), to - p) {
            count += 1
            p = hit.assumingMemoryBound(to: UInt8.self) - buffer + 1
        }
        return count
    }

    private mutating func openName(_ element: OpenElement) -> String {
        openNames.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[element.qname..<element.qname + element.qnameLength]), as: UTF8.self)
        }
    }

    private mutating func malformed(_ reason: String, at p: Int? = nil) -> ReadError {
        .malformedXML(file: fileName, part: partName, line: firstLine + newlines(0, min(p ?? position, end)), reason: reason)
    }
}

/// The bytes the scanner looks for.
private enum Byte {
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
    private static let nameBytesBelow64: UInt64 = 1 << 0x2D | 1 << 0x2E | 0x7FF << 0x30
    /// `A`–`Z` `_` `a`–`z`, less 64.
    private static let nameBytesBelow128: UInt64 = 0x3FF_FFFF << 1 | 1 << 31 | 0x3FF_FFFF << 33

    /// A byte that may start a name: not a digit, `-` or `.`.
    static func startsName(_ b: UInt8) -> Bool { isName(b) && !(b >= 0x30 && b <= 0x39) && b != 0x2D && b != 0x2E }
}

/// The scanner's buffer memory, freed with the last copy of the scanner.
private final class ScanBuffer {
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
private struct NameCacheEntry {
    var key: UInt64
    var length: Int
    var name: XMLName
}
