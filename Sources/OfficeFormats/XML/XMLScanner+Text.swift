import Foundation

/// Text, references, CDATA and attribute values: what the scanner reads between and inside tags.
extension XMLScanner {
    // MARK: Text

    /// Text up to the next tag; false when it needs more input to go on (a split reference).
    mutating func text(_ queue: inout EventQueue) throws -> Bool {
        let start = position
        var stop = end
        if let lt = memchr(buffer + start, Int32(XMLByte.lt), end - start) {
            stop = lt.assumingMemoryBound(to: UInt8.self) - buffer
        }
        let inside = !open.isEmpty
        var p = start
        var run = start
        func flush(_ upTo: Int) throws {
            guard upTo > run else { return }
            if inside {
                try appendText(&queue, run..<upTo)
            } else {
                for i in run..<upTo where !XMLByte.isSpace(buffer[i]) {
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
            guard b == XMLByte.amp || b == XMLByte.cr || b == XMLByte.closeBracket else { p += 1; continue }
            if b == XMLByte.closeBracket {
                // `]]>` may not appear in text; a `]` at the end of the buffer waits for more.
                if p + 2 >= stop && stop == end && !atEOF { try flush(p); position = p; return p > start }
                if p + 2 < stop && buffer[p + 1] == XMLByte.closeBracket && buffer[p + 2] == XMLByte.gt {
                    throw malformed("']]>' in text", at: p)
                }
                p += 1
                continue
            }
            try flush(p)
            if b == XMLByte.cr {
                // Line ends are normalised to LF, as XML requires; CR LF split by a read waits.
                if p + 1 == end && !atEOF { position = p; return p > start }
                if inside { queue.appendTextByte(XMLByte.lf) }
                p += 1
                if p < stop && buffer[p] == XMLByte.lf { p += 1 }
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
    static func hasTextSpecial(_ word: UInt64) -> Bool {
        func hasZero(_ v: UInt64) -> Bool { (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080 != 0 }
        return hasZero(word ^ 0x2626_2626_2626_2626) || hasZero(word ^ 0x0D0D_0D0D_0D0D_0D0D)
            || hasZero(word ^ 0x5D5D_5D5D_5D5D_5D5D)
    }

    /// The character a reference at `p` stands for and the index after its `;`; nil when the
    /// input ends inside it and more may come.
    mutating func reference(at p: Int, limit: Int) throws -> (Unicode.Scalar, Int)? {
        var q = p + 1
        while q < limit && q - p < 40 && buffer[q] != XMLByte.semicolon { q += 1 }
        guard q < limit, buffer[q] == XMLByte.semicolon else {
            if q - p < 40 && limit == end && !atEOF { return nil }
            throw malformed("'&' that starts no reference (write &amp;)", at: p)
        }
        let name = UnsafeBufferPointer(start: buffer + p + 1, count: q - p - 1)
        if let scalar = XMLScanner.predefined(name) ?? characterReference(name) { return (scalar, q + 1) }
        let spelled = String(decoding: name, as: UTF8.self)
        if name.first == XMLByte.hash { throw malformed("&\(spelled); is not a character XML allows", at: p) }
        throw malformed("&\(spelled); is not one of XML's five entities (office documents use no others)", at: p)
    }

    static func predefined(_ name: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
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
    mutating func characterReference(_ name: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard name.count > 1, name[0] == XMLByte.hash else { return nil }
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

    mutating func cdata(_ queue: inout EventQueue, _ start: Int, _ close: Int) throws {
        var run = start
        var p = start
        while p < close {
            if buffer[p] == XMLByte.cr {
                try appendText(&queue, run..<p)
                queue.appendTextByte(XMLByte.lf)
                p += (p + 1 < close && buffer[p + 1] == XMLByte.lf) ? 2 : 1
                run = p
            } else {
                p += 1
            }
        }
        try appendText(&queue, run..<close)
    }

    /// Adds buffer bytes to the open text run, refusing a run longer than the queue allows
    /// (every piece is checked: a piece refused and passed over would leave a hole in the text).
    private mutating func appendText(_ queue: inout EventQueue, _ range: Range<Int>) throws {
        if !queue.appendText(UnsafeBufferPointer(start: buffer + range.lowerBound, count: range.count)) {
            throw malformed("a text run longer than \(EventQueue.maxText >> 20) MiB", at: range.lowerBound)
        }
    }

    /// Whether a value is its own decoding: no reference, no white space to normalise.
    mutating func plain(_ range: Range<Int>) -> Bool {
        for i in range {
            let b = buffer[i]
            if b == XMLByte.amp || b == XMLByte.tab || b == XMLByte.lf || b == XMLByte.cr { return false }
        }
        return true
    }

    /// An attribute value with references replaced and white space normalised (XML 3.3.3).
    mutating func decodeValue(_ range: Range<Int>, _ emit: (UInt8) -> Void) throws {
        var p = range.lowerBound
        while p < range.upperBound {
            let b = buffer[p]
            if b == XMLByte.amp {
                guard let (scalar, next) = try reference(at: p, limit: range.upperBound) else {
                    throw malformed("'&' that starts no reference (write &amp;)", at: p)
                }
                UTF8.encode(scalar, into: emit)
                p = next
            } else if b == XMLByte.cr {
                emit(XMLByte.space)
                p += (p + 1 < range.upperBound && buffer[p + 1] == XMLByte.lf) ? 2 : 1
            } else {
                emit(b == XMLByte.tab || b == XMLByte.lf ? XMLByte.space : b)
                p += 1
            }
        }
    }
}
