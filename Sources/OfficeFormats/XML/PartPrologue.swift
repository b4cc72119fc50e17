import Foundation

/// What the first bytes of a part say about how to parse it.
enum PartPrologue {
    /// Whether the part is UTF-8 (or ASCII): no byte-order mark of UTF-16/32, and an XML
    /// declaration, if any, naming UTF-8 or no encoding.
    static func isUTF8(_ bytes: [UInt8]) -> Bool {
        if bytes.count >= 2 && (bytes[0] == 0 || bytes[1] == 0 || (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE)) {
            return false
        }
        var head = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        guard head.starts(with: Array("<?xml".utf8)), let close = find("?>", in: head) else { return true }
        head = Array(head[..<close])
        guard let key = find("encoding", in: head) else { return true }
        let rest = head[(key + 8)...].drop { $0 == 0x20 || $0 == 0x3D || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard let quote = rest.first, quote == 0x22 || quote == 0x27 else { return true }
        let name = String(decoding: rest.dropFirst().prefix { $0 != quote }, as: UTF8.self).lowercased()
        return ["utf-8", "utf8", "us-ascii", "ascii"].contains(name)
    }

    /// Whether the prologue declares a document type (how entity attacks begin). Looked for by
    /// its `!`, which only comments, CDATA and declarations have (every tag has a `<`).
    static func declaresDoctype(_ bytes: [UInt8]) -> Bool {
        guard let bang = find("!DOCTYPE", in: bytes) else { return false }
        return bang > 0 && bytes[bang - 1] == UInt8(ascii: "<")
            || find("<!DOCTYPE", in: Array(bytes[(bang + 1)...])) != nil
    }

    /// Where `needle` starts in `bytes` (the prologue is at most a few KiB).
    private static func find(_ needle: StaticString, in bytes: [UInt8]) -> Int? {
        let count = needle.utf8CodeUnitCount
        guard bytes.count >= count else { return nil }
        return bytes.withUnsafeBufferPointer { haystack -> Int? in
            let base = haystack.baseAddress!
            var from = 0
            while from <= haystack.count - count,
                  let hit = memchr(base + from, Int32(needle.utf8Start[0]), haystack.count - count + 1 - from) {
                let i = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
                if memcmp(base + i, needle.utf8Start, count) == 0 { return i }
                from = i + 1
            }
            return nil
        }
    }
}
