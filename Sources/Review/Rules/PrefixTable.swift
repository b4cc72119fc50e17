/// Folded stems with a value each (duration units, month names), looked up by the first stem
/// a word starts with. Built once per catalog: rebuilding the byte arrays per extraction and
/// comparing every word with every stem was most of fact extraction.
struct PrefixTable<Value: Sendable>: Sendable {
    /// In the order given (longest first where that matters), so the first match wins as before.
    let entries: [(stem: [UInt8], value: Value)]
    /// Per byte: whether some stem starts with it; most words are ruled out by their first byte.
    private let starts: [Bool]
    /// Per pair of first bytes (six low bits of each, so pairs may share a slot): whether some
    /// stem may start with it. Cyrillic words all start with 0xD0 or 0xD1, so the first byte
    /// alone rules out nothing in Russian.
    private let pairs: [Bool]

    init(_ stems: [(stem: String, value: Value)]) {
        entries = stems.map { (Array($0.stem.utf8), $0.value) }
        var starts = [Bool](repeating: false, count: 256)
        var matchesAll = false
        for e in entries {
            if let b = e.stem.first { starts[Int(b)] = true } else { matchesAll = true }
        }
        // An empty stem matches every word: then no word can be ruled out by its first byte.
        self.starts = matchesAll ? [Bool](repeating: true, count: 256) : starts
        var pairs = [Bool](repeating: matchesAll, count: 4096)
        for e in entries where !e.stem.isEmpty {
            let high = (Int(e.stem[0]) & 0x3F) << 6
            if e.stem.count == 1 {
                for low in 0..<64 { pairs[high | low] = true }   // any second byte
            } else {
                pairs[high | (Int(e.stem[1]) & 0x3F)] = true
            }
        }
        self.pairs = pairs
    }

    /// The value of the first stem the word starts with.
    @inline(__always)
    func first(_ word: UnsafeBufferPointer<UInt8>) -> Value? {
        if let b = word.first, !starts[Int(b)] { return nil }
        if word.count >= 2, !pairs[(Int(word[0]) & 0x3F) << 6 | (Int(word[1]) & 0x3F)] { return nil }
        for e in entries where PrefixTable.hasPrefix(word, e.stem) { return e.value }
        return nil
    }

    @inline(__always)
    static func hasPrefix(_ word: UnsafeBufferPointer<UInt8>, _ stem: [UInt8]) -> Bool {
        guard stem.count <= word.count else { return false }
        var i = word.startIndex
        for b in stem {
            if word[i] != b { return false }
            i += 1
        }
        return true
    }
}
