/// Questions about a token's folded bytes that the segmenter used to ask of Strings, answered
/// on the bytes where that gives the same answer: building a String and walking its
/// Characters cost thousands of instructions per heading.
enum WordBytes {
    /// Whether the bytes hold a scalar that may not be NFC on its own or may compose with its
    /// neighbour: combining marks (U+0300–U+036F, U+0483–U+0489), Greek, and everything from
    /// U+0500 on. Without one, canonical equivalence (String `==`) is byte equality.
    @inline(__always)
    static func isComplex(_ bytes: some Sequence<UInt8>) -> Bool {
        bytes.contains { $0 == 0xCC || $0 == 0xCD || $0 == 0xCE || $0 == 0xCF || $0 == 0xD2 || $0 >= 0xD4 }
    }

    /// The word as an Int when it is all ASCII digits (at most 9).
    @inline(__always)
    static func number(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        guard word.count <= 9 else { return nil }
        var n = 0
        for b in word {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            n = n * 10 + Int(b - 0x30)
        }
        return n
    }

    /// `String(word) == String(other)`.
    static func same(_ word: ArraySlice<UInt8>, _ other: [UInt8]) -> Bool {
        if !isComplex(word) && !isComplex(other) { return word.count == other.count && word.elementsEqual(other) }
        return String(decoding: word, as: UTF8.self) == String(decoding: other, as: UTF8.self)
    }

    /// `String(word).allSatisfy(\.isNumber)`. A token holds letters, digits and combining
    /// marks, so an ASCII letter settles it; other scalars ask the String.
    static func isNumber(_ word: ArraySlice<UInt8>) -> Bool {
        // A first letter from U+00C0–U+017F or U+0400–U+047F (Latin-1 and Extended-A letters,
        // Cyrillic) is no number, so neither is the word: no String for "Статья", "Madde".
        if let first = word.first, first == 0xC3 || first == 0xC4 || first == 0xC5 || first == 0xD0 || first == 0xD1 {
            return false
        }
        for b in word {
            if b >= 0x80 { return String(decoding: word, as: UTF8.self).allSatisfy(\.isNumber) }
            if b < 0x30 || b > 0x39 { return false }
        }
        return true
    }

    /// `String(word).allSatisfy { "ivxlc".contains($0) }`: a roman numeral's letters.
    static func isRoman(_ word: ArraySlice<UInt8>) -> Bool {
        word.allSatisfy { $0 == 0x69 || $0 == 0x76 || $0 == 0x78 || $0 == 0x6C || $0 == 0x63 }
    }
}

/// A few words (article words, spelled-out numbers) a token is compared with as a String
/// would compare it, mostly byte by byte: whether each entry needs the String comparison is
/// decided once, not per token. A class: lists are made once with the rules and handed
/// around per block.
final class WordList: Sendable {
    private let words: [[UInt8]]
    private let complex: [Bool]

    init(_ words: [[UInt8]]) {
        self.words = words
        complex = words.map { WordBytes.isComplex($0) }
    }

    convenience init(_ words: [String]) { self.init(words.map { Array($0.utf8) }) }

    /// Whether `word` equals an entry (`String(word) == String(entry)`).
    func contains(_ word: ArraySlice<UInt8>) -> Bool {
        let wordIsComplex = WordBytes.isComplex(word)
        for (k, entry) in words.enumerated() {
            if wordIsComplex || complex[k] {
                if WordBytes.same(word, entry) { return true }
            } else if entry.count == word.count && entry.elementsEqual(word) {
                return true
            }
        }
        return false
    }
}
