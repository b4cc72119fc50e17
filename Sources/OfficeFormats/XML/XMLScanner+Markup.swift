import Foundation

/// Tags, comments, PIs, skipped content and namespaces: the markup the scanner reads.
extension XMLScanner {
    // MARK: Markup

    /// A tag, comment, CDATA section, PI or declaration at `position`; false when it is not
    /// complete in the buffer yet.
    mutating func markup(_ queue: inout EventQueue) throws -> Bool {
        let p = position
        guard p + 1 < end else { return false }
        switch buffer[p + 1] {
        case XMLByte.slash:
            guard let gt = find(XMLByte.gt, from: p + 2) else { return false }
            try endTag(&queue, p + 2, gt)
            position = gt + 1
        case XMLByte.question:
            guard let close = find("?>", from: p + 2) else { return false }
            position = close + 2
        case XMLByte.bang:
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
    mutating func startTag(_ queue: inout EventQueue, _ start: Int) throws -> Int? {
        // Locals: the buffer does not move while a tag is scanned, and in registers the loops
        // below need not reload them from `self` after every call.
        let buffer = self.buffer, end = self.end
        if open.isEmpty && rootClosed { throw malformed("a second root element", at: start) }
        var q = start
        while q < end && XMLByte.isName(buffer[q]) { q += 1 }
        guard q < end else { return nil }
        if !(XMLByte.isSpace(buffer[q]) || buffer[q] == XMLByte.slash || buffer[q] == XMLByte.gt) {
            throw malformed(buffer[q] == XMLByte.lt ? "'<' inside a tag" : "a tag name with '\(Unicode.Scalar(buffer[q]))'", at: q)
        }
        let qname = start..<q
        guard !qname.isEmpty, XMLByte.startsName(buffer[start]) else { throw malformed("a tag without a valid name", at: start) }
        // The element's name is known before its attributes: only the attributes of elements a
        // reader reads (and namespace declarations) are recorded; the rest are only checked.
        // The colon by a loop over the name: names are a few bytes, shorter than a call to memchr.
        var qnameColon: Int?
        var c = start
        while c < q && buffer[c] != XMLByte.colon { c += 1 }
        if c < q { qnameColon = prefixColon(c, in: qname) }
        let local = qnameColon.map { ($0 + 1)..<qname.upperBound } ?? qname
        let name = elementName(local)
        let keeps = name.keepsAttributes
        pendingCount = 0
        // Half the tags of a body have no attributes: they skip the attribute loop.
        if buffer[q] == XMLByte.gt {
            try emitStart(&queue, start: start, qname: qname, prefixColon: qnameColon, name: name, empty: false, declarations: false)
            return q
        }
        guard let (gt, empty, declarations) = try scanAttributes(from: q, tag: start, keeps: keeps) else { return nil }
        try emitStart(&queue, start: start, qname: qname, prefixColon: qnameColon, name: name, empty: empty, declarations: declarations)
        return gt
    }

    /// The attributes of a start tag from `q` (after its name) to its `>`: each is checked; those
    /// of kept elements and namespace declarations are recorded in `pending`. Returns the `>`,
    /// whether the tag is empty and whether it declares namespaces; nil when it is not complete
    /// in the buffer yet. Kept out of line: inlined into `startTag` its loops crowded the
    /// registers of the common path, tags without attributes (read 0.47 ms with, 0.49 without).
    @inline(never)
    private mutating func scanAttributes(from start: Int, tag: Int, keeps: Bool) throws -> (Int, Bool, Bool)? {
        let buffer = self.buffer, end = self.end
        var q = start
        var empty = false
        var declarations = false
        var attributesSeen = 0
        while true {
            let spaced = XMLByte.isSpace(buffer[q])
            while q < end && XMLByte.isSpace(buffer[q]) { q += 1 }
            guard q < end else { return nil }
            if buffer[q] == XMLByte.gt { break }
            if buffer[q] == XMLByte.slash {
                guard q + 1 < end else { return nil }
                guard buffer[q + 1] == XMLByte.gt else { throw malformed("'/' inside a tag", at: q) }
                empty = true
                q += 1
                break
            }
            guard spaced else { throw malformed("attributes must be separated by white space", at: q) }
            guard pendingCount + attributesSeen < EventQueue.maxAttributes else {
                throw malformed("an element with more than \(EventQueue.maxAttributes) attributes", at: tag)
            }
            let nameStart = q
            while q < end && XMLByte.isName(buffer[q]) { q += 1 }
            guard q < end else { return nil }
            guard buffer[q] == XMLByte.equals || XMLByte.isSpace(buffer[q]) else {
                throw malformed("an attribute without '=\"value\"'", at: nameStart)
            }
            let attributeName = nameStart..<q
            guard XMLByte.startsName(buffer[nameStart]) else { throw malformed("an attribute without a valid name", at: nameStart) }
            while q < end && XMLByte.isSpace(buffer[q]) { q += 1 }
            guard q < end else { return nil }
            guard !attributeName.isEmpty, buffer[q] == XMLByte.equals else { throw malformed("an attribute without '=\"value\"'", at: nameStart) }
            q += 1
            while q < end && XMLByte.isSpace(buffer[q]) { q += 1 }
            guard q < end else { return nil }
            let quote = buffer[q]
            guard quote == XMLByte.quote || quote == XMLByte.apostrophe else { throw malformed("an attribute value without quotes", at: q) }
            let valueStart = q + 1
            q = valueStart
            var references = false
            while q < end && buffer[q] != quote {
                if buffer[q] == XMLByte.lt { throw malformed("'<' inside an attribute value (write &lt;)", at: q) }
                if buffer[q] == XMLByte.amp { references = true }
                q += 1
            }
            guard q < end else { return nil }
            // Every reference must be sound, also in values no reader keeps.
            if references { try decodeValue(valueStart..<q) { _ in } }
            // `xmlns` or `xmlns:prefix` (a valid prefix colon right after the five letters).
            let declaration = attributeName.count >= 5 && isXMLNS(nameStart)
                && (attributeName.count == 5 || (buffer[nameStart + 5] == XMLByte.colon && prefixColon(nameStart + 5, in: attributeName) != nil))
            if declaration || keeps {
                // The colon is looked for after the name is scanned: tracking it in the loop
                // above made that loop twice as long. (No closures here: one capturing `self`
                // in this mutating method copied the whole scanner for every attribute.)
                var colon: Int?
                if let hit = memchr(buffer + nameStart, Int32(XMLByte.colon), q - nameStart) {
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
        return (q, empty, declarations)
    }

    /// Records a scanned start tag: its namespace declarations, kept attributes and event, and
    /// the open element (or its end at once when empty).
    private mutating func emitStart(_ queue: inout EventQueue, start: Int, qname: Range<Int>, prefixColon qnameColon: Int?,
                                    name: XMLName, empty: Bool, declarations: Bool) throws {
        let buffer = self.buffer
        let bindingsBefore = bindings.count
        if declarations {
            for i in 0..<pendingCount where pending[i].declaration { try declare(pending[i]) }
        }
        if open.count + 1 > maxDepth { throw ReadError.xmlTooDeep(file: fileName, part: partName, limit: maxDepth) }
        let namespace = resolvePrefix(qnameColon.map { qname.lowerBound..<$0 } ?? qname.lowerBound..<qname.lowerBound)
        let first = queue.attributes.count
        // Attribute values are copied only for elements whose attributes a reader reads.
        if name.keepsAttributes {
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
    }

    /// Passes over the content of a skipped element: tags only counted for nesting (quotes,
    /// comments, CDATA and PIs respected, a DOCTYPE refused), text not looked at. Stops before
    /// the end tag that closes the element, which `endTag` then checks like any other. False
    /// when the next token is not complete in the buffer yet.
    mutating func skipContent() throws -> Bool {
        let start = position
        while true {
            guard let lt = find(XMLByte.lt, from: position) else { position = end; return true }
            position = lt
            guard lt + 1 < end else { return lt > start }
            switch buffer[lt + 1] {
            case XMLByte.slash:
                if skipDepth == 1 { skipDepth = 0; return true }
                guard let gt = find(XMLByte.gt, from: lt + 2) else { return lt > start }
                skipDepth -= 1
                position = gt + 1
            case XMLByte.question:
                guard let close = find("?>", from: lt + 2) else { return lt > start }
                position = close + 2
            case XMLByte.bang:
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
                if buffer[gt - 1] != XMLByte.slash {
                    skipDepth += 1
                    if open.count + skipDepth > maxDepth { throw ReadError.xmlTooDeep(file: fileName, part: partName, limit: maxDepth) }
                }
                position = gt + 1
            }
        }
    }

    /// The `>` that ends a tag, past quoted attribute values.
    mutating func tagEnd(from start: Int) throws -> Int? {
        var quote: UInt8 = 0
        var q = start
        while q < end {
            let b = buffer[q]
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == XMLByte.gt {
                return q
            } else if b == XMLByte.quote || b == XMLByte.apostrophe {
                quote = b
            } else if b == XMLByte.lt {
                throw malformed("'<' inside a tag", at: q)
            }
            q += 1
        }
        return nil
    }

    mutating func endTag(_ queue: inout EventQueue, _ start: Int, _ gt: Int) throws {
        var q = start
        while q < gt && !XMLByte.isSpace(buffer[q]) { q += 1 }
        for i in q..<gt where !XMLByte.isSpace(buffer[i]) { throw malformed("an end tag with more than a name", at: i) }
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

    mutating func isXMLNS(_ p: Int) -> Bool {
        buffer[p] == 0x78 && buffer[p + 1] == 0x6D && buffer[p + 2] == 0x6C && buffer[p + 3] == 0x6E && buffer[p + 4] == 0x73
    }

    // MARK: Namespaces

    mutating func declare(_ a: PendingAttribute) throws {
        var uri: [UInt8] = []
        try decodeValue(a.value) { uri.append($0) }
        let prefix = a.colon.map { ($0 + 1)..<a.name.upperBound } ?? a.name.upperBound..<a.name.upperBound
        let at = prefixes.count
        prefixes.append(contentsOf: UnsafeBufferPointer(start: buffer + prefix.lowerBound, count: prefix.count))
        bindings.append(Binding(prefix: at, length: prefix.count, namespace: XMLNamespace(uri: String(decoding: uri, as: UTF8.self))))
        bindingsVersion += 1
    }

    mutating func popBindings(to count: Int) {
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
    mutating func elementName(_ local: Range<Int>) -> XMLName {
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
    mutating func prefixColon(_ colon: Int, in name: Range<Int>) -> Int? {
        guard colon > name.lowerBound, colon + 1 < name.upperBound else { return nil }
        let b = buffer[colon + 1]
        return b == XMLByte.colon || b == XMLByte.dash || b == XMLByte.dot || (b >= 0x30 && b <= 0x39) ? nil : colon
    }

    /// The namespace bound to a prefix (the empty prefix: the default namespace). An unbound
    /// prefix is `.other`, as libxml2 reports it (a namespace error, not a fatal one).
    mutating func resolvePrefix(_ prefix: Range<Int>) -> XMLNamespace {
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
}
