import Linguistics

/// One pass over a block's text that folds case (locale-correctly), splits words and sentences,
/// and keeps each sentence's place in the original text so evidence is cut only on a hit.
/// Works on Unicode scalars and bytes: Character-level String work was 90% of review time.
struct Tokenized {
    /// Folded UTF-8 bytes of all words, back to back.
    var bytes: [UInt8] = []
    /// Words, sentences and the words after commas in one array: each word's range in
    /// `bytes`, then per sentence its words and its text, then per comma the word after it
    /// (`k..<k`). Four arrays per block were a quarter of the allocations of a review, and
    /// freeing them by the hundred per document overflowed glibc's per-thread cache.
    private var spans: [Range<Int>] = []
    private var wordCount = 0
    private var sentenceCount = 0
    /// Whether the text holds a scalar a placeholder needs (`[`, `{`, `_`, `X`, `Х`, `…`):
    /// without one the placeholder check is skipped, not run over the text a second time.
    var mayHoldPlaceholder = false

    /// Each word's range in `bytes` (indices from 0).
    var words: ArraySlice<Range<Int>> { spans[0..<wordCount] }
    /// Each sentence: its words (range in `words`) and its text (UTF-8 offsets in the source).
    var sentences: Sentences { Sentences(spans: spans, first: wordCount, count: sentenceCount) }
    /// Indices of the words that follow a comma: where a relative clause (", which shall not
    /// be disclosed") may start and end.
    var afterComma: Commas { Commas(spans: spans, first: wordCount + 2 * sentenceCount) }

    init(_ source: String, _ language: Language) {
        var scratch = TokenScratch()
        self.init(source, language, scratch: &scratch)
    }

    /// Tokenizes with the caller's scratch arrays, which keep their storage from block to block.
    init(_ source: String, _ language: Language, scratch: inout TokenScratch) {
        var source = source
        let count = source.utf8.count
        scratch.words.removeAll(keepingCapacity: true)
        scratch.sentences.removeAll(keepingCapacity: true)
        scratch.afterComma.removeAll(keepingCapacity: true)
        var mark = false
        // About one word per six bytes: reserving once spares the array's regrowths.
        scratch.words.reserveCapacity(count / 6 + 4)
        scratch.sentences.reserveCapacity(count / 64 + 2)
        // Folding at most doubles a scalar's bytes (I → ı), so the output is written through a
        // pointer into the scratch buffer, twice the input long (appending byte by byte was a
        // fifth of tokenizing), then copied out at its length. (`init(unsafeUninitializedCapacity:)`
        // looked up the array's generic metadata at run time, ~600 instructions a block.)
        let needed = 2 * count + 4
        if scratch.bytes.count < needed { scratch.bytes.append(contentsOf: repeatElement(0, count: needed - scratch.bytes.count)) }
        let written = scratch.bytes.withUnsafeMutableBufferPointer { out in
            source.withUTF8 { buf in
                Tokenized.scan(buf, into: out.baseAddress!, language, &scratch.words, &scratch.sentences, &scratch.afterComma, &mark)
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(written)
        scratch.bytes.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<written])) }
        self.bytes = bytes
        pack(scratch)
        self.mayHoldPlaceholder = mark
    }

    private mutating func pack(_ scratch: TokenScratch) {
        wordCount = scratch.words.count
        sentenceCount = scratch.sentences.count
        let total = wordCount + 2 * sentenceCount + scratch.afterComma.count
        // Reserved and appended, not `init(unsafeUninitializedCapacity:)`: that one looked up
        // the array's generic metadata at run time, a few hundred instructions per block.
        var spans: [Range<Int>] = []
        spans.reserveCapacity(total)
        spans.append(contentsOf: scratch.words)
        for x in scratch.sentences { spans.append(x.words); spans.append(x.text) }
        for i in scratch.afterComma { spans.append(i..<i) }
        self.spans = spans
    }

    /// The sentences of a block: a view of its spans.
    struct Sentences: RandomAccessCollection {
        fileprivate let spans: [Range<Int>]
        fileprivate let first: Int
        let count: Int
        var startIndex: Int { 0 }
        var endIndex: Int { count }
        subscript(i: Int) -> (words: Range<Int>, text: Range<Int>) {
            precondition(i >= 0 && i < count, "sentence index out of range")
            return (spans[first + 2 * i], spans[first + 2 * i + 1])
        }
    }

    /// The words after commas: a view of a block's spans.
    struct Commas: RandomAccessCollection {
        fileprivate let spans: [Range<Int>]
        fileprivate let first: Int
        var startIndex: Int { 0 }
        var endIndex: Int { spans.count - first }
        subscript(i: Int) -> Int {
            precondition(i >= 0 && i < spans.count - first, "comma index out of range")
            return spans[first + i].lowerBound
        }
    }

    /// The tokenizer's loop: a static function with its arrays `inout`, not nested functions
    /// capturing them — captured variables cost a dynamic exclusivity check per word.
    /// Returns the number of folded bytes written.
    @inline(__always)
    private static func scan(_ buf: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>, _ language: Language,
                             _ words: inout [Range<Int>], _ sentences: inout [(words: Range<Int>, text: Range<Int>)],
                             _ afterComma: inout [Int], _ mark: inout Bool) -> Int {
        Tokenized.wordTable.withUnsafeBufferPointer { table in
            scan(buf, into: out, language, &words, &sentences, &afterComma, &mark, table)
        }
    }

    @inline(__always)
    private static func scan(_ buf: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>, _ language: Language,
                             _ words: inout [Range<Int>], _ sentences: inout [(words: Range<Int>, text: Range<Int>)],
                             _ afterComma: inout [Int], _ mark: inout Bool, _ table: UnsafeBufferPointer<UInt8>) -> Int {
        let count = buf.count
        var n = 0
        var i = 0
        var sentenceStart = 0
        var sentenceFirstWord = 0
        var wordStart = -1
        var lastNonSpaceEnd = 0
        var stop = false
        while i < count {
            // Decode one scalar (Swift strings are valid UTF-8).
            let b0 = buf[i]
            var v = UInt32(b0)
            var length = 1
            if b0 >= 0x80 {
                if b0 >= 0xF0 { v = (UInt32(b0 & 0x07) << 18) | (UInt32(buf[i + 1] & 0x3F) << 12) | (UInt32(buf[i + 2] & 0x3F) << 6) | UInt32(buf[i + 3] & 0x3F); length = 4 }
                else if b0 >= 0xE0 { v = (UInt32(b0 & 0x0F) << 12) | (UInt32(buf[i + 1] & 0x3F) << 6) | UInt32(buf[i + 2] & 0x3F); length = 3 }
                else { v = (UInt32(b0 & 0x1F) << 6) | UInt32(buf[i + 1] & 0x3F); length = 2 }
            }
            if v == 0x0A || v == 0x0D {
                endSentence(at: lastNonSpaceEnd, n, &wordStart, &words, &sentences, &sentenceFirstWord, sentenceStart)
                i += 1
                sentenceStart = i
                lastNonSpaceEnd = i
                stop = false
                continue
            }
            if stop && (v == 0x20 || v == 0x09 || v == 0xA0) {
                endSentence(at: i, n, &wordStart, &words, &sentences, &sentenceFirstWord, sentenceStart)
                stop = false
                i += length
                while i < count, buf[i] == 0x20 || buf[i] == 0x09 { i += 1 }
                sentenceStart = i
                lastNonSpaceEnd = i
                continue
            }
            if let folded = Tokenized.foldedLetter(v, language) {
                if wordStart < 0 { wordStart = n }
                if folded == v {
                    for k in 0..<length { out[n + k] = buf[i + k] }
                    n += length
                } else {
                    n += Tokenized.writeUTF8(folded, out + n)
                }
                if v == 0x58 || v == 0x425 { mark = true }
                i += length
                // The rest of the word while its letters fold to themselves (lower-case ASCII,
                // Cyrillic and Turkish letters, digits): copied in a tight loop, which is most
                // of the text. Each is a letter, so no stop and not a space.
                while true {
                    while i < count {
                        let b = buf[i]
                        let kind = table[Int(b)]
                        if kind == 1 {
                            out[n] = b; n += 1; i += 1
                            continue
                        }
                        guard kind == 2, i + 1 < count, table[Tokenized.pairSlot(b, buf[i + 1])] == 1 else { break }
                        out[n] = b; out[n + 1] = buf[i + 1]; n += 2; i += 2
                    }
                    // One space and another such word: the word ends and the next begins here,
                    // as the main loop would do it (no stop before the space, no placeholder mark).
                    guard i + 1 < count, buf[i] == 0x20 else { break }
                    let next = table[Int(buf[i + 1])]
                    guard next == 1 || (next == 2 && i + 2 < count && table[Tokenized.pairSlot(buf[i + 1], buf[i + 2])] == 1) else { break }
                    words.append(wordStart..<n)
                    wordStart = n
                    i += 1
                }
                lastNonSpaceEnd = i
                stop = false
                continue
            } else {
                if wordStart >= 0 { words.append(wordStart..<n); wordStart = -1 }
                if v == 0x2C { afterComma.append(words.count) }
                if v == 0x5B || v == 0x7B || v == 0x5F || v == 0x2026 { mark = true }
            }
            if !(v == 0x20 || v == 0x09) { lastNonSpaceEnd = i + length }
            stop = v == 0x2E || v == 0x3B || v == 0x21 || v == 0x3F || v == 0x3A
            i += length
        }
        endSentence(at: lastNonSpaceEnd, n, &wordStart, &words, &sentences, &sentenceFirstWord, sentenceStart)
        return n
    }

    /// The word loop's table. Per byte (0–255): 1 for a one-byte letter or digit that folds to
    /// itself (a–z, 0–9), 2 for the lead byte of a two-byte letter that may; then per lead and
    /// continuation byte (`pairSlot`): 1 when the pair is such a letter. One load per byte
    /// instead of a chain of comparisons.
    private static let wordTable: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256 + 2048)
        for b in 0x61...0x7A { table[b] = 1 }
        for b in 0x30...0x39 { table[b] = 1 }
        for b0 in UInt8(0xC0)...0xDF {
            for b1 in UInt8(0x80)...0xBF where isSelfFoldingPair(b0, b1) {
                table[Int(b0)] = 2
                table[pairSlot(b0, b1)] = 1
            }
        }
        return table
    }()

    /// Where the table answers for a two-byte sequence (a lead byte 0xC0–0xDF and a continuation byte).
    @inline(__always)
    private static func pairSlot(_ b0: UInt8, _ b1: UInt8) -> Int { 256 + (Int(b0 & 0x1F) << 6 | Int(b1 & 0x3F)) }

    /// A two-byte letter that folds to itself in every language: а–я (U+0430–U+044F) and
    /// ç ö ü ğ ı ş.
    @inline(__always)
    private static func isSelfFoldingPair(_ b0: UInt8, _ b1: UInt8) -> Bool {
        switch b0 {
        case 0xD0: return b1 >= 0xB0 && b1 <= 0xBF
        case 0xD1: return b1 >= 0x80 && b1 <= 0x8F
        case 0xC3: return b1 == 0xA7 || b1 == 0xB6 || b1 == 0xBC
        case 0xC4: return b1 == 0x9F || b1 == 0xB1
        case 0xC5: return b1 == 0x9F
        default: return false
        }
    }

    @inline(__always)
    private static func endSentence(at end: Int, _ n: Int, _ wordStart: inout Int, _ words: inout [Range<Int>],
                                    _ sentences: inout [(words: Range<Int>, text: Range<Int>)],
                                    _ sentenceFirstWord: inout Int, _ sentenceStart: Int) {
        if wordStart >= 0 { words.append(wordStart..<n); wordStart = -1 }
        if words.count > sentenceFirstWord { sentences.append((sentenceFirstWord..<words.count, sentenceStart..<max(end, sentenceStart))) }
        sentenceFirstWord = words.count
    }

    /// Writes `v` as UTF-8 at `out`; returns the number of bytes.
    @inline(__always)
    static func writeUTF8(_ v: UInt32, _ out: UnsafeMutablePointer<UInt8>) -> Int {
        switch v {
        case 0..<0x80: out[0] = UInt8(v); return 1
        case 0x80..<0x800:
            out[0] = UInt8(0xC0 | (v >> 6)); out[1] = UInt8(0x80 | (v & 0x3F)); return 2
        case 0x800..<0x10000:
            out[0] = UInt8(0xE0 | (v >> 12)); out[1] = UInt8(0x80 | ((v >> 6) & 0x3F)); out[2] = UInt8(0x80 | (v & 0x3F)); return 3
        default:
            out[0] = UInt8(0xF0 | (v >> 18)); out[1] = UInt8(0x80 | ((v >> 12) & 0x3F))
            out[2] = UInt8(0x80 | ((v >> 6) & 0x3F)); out[3] = UInt8(0x80 | (v & 0x3F)); return 4
        }
    }

    /// A sentence's text, cut from the source only when it is evidence.
    static func text(_ range: Range<Int>, in source: String) -> String {
        let utf8 = source.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
        return String(source[start..<end])
    }

    /// The folded scalar when `v` is part of a word (letter, digit, combining mark), else nil.
    /// The ASCII answer is inlined into the tokenizer's loop; the rest stays out of line (the
    /// whole switch did not inline and its call was a sixth of tokenizing).
    @inline(__always)
    static func foldedLetter(_ v: UInt32, _ language: Language) -> UInt32? {
        if v < 0x80 {
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) { return v }
            if v >= 0x41 && v <= 0x5A { return language == .tr && v == 0x49 ? 0x131 : v + 32 }
            return nil
        }
        if v >= 0x410 && v <= 0x44F { return v < 0x430 ? v + 0x20 : v } // А–я: most of a Russian text
        return foldedNonASCII(v, language)
    }

    @inline(never)
    static func foldedNonASCII(_ v: UInt32, _ language: Language) -> UInt32? {
        switch v {
        case 0x130: return 0x69 // İ
        case 0xC0...0xDE where v != 0xD7: return v + 32
        case 0xDF...0xFF where v != 0xF7: return v
        case 0x100...0x137, 0x14A...0x177: return v | 1
        case 0x138...0x149, 0x178...0x24F, 0x300...0x36F: return v
        case 0x401: return 0x435 // Ё → е
        case 0x451: return 0x435 // ё → е
        case 0x400...0x40F: return v + 0x50
        case 0x410...0x42F: return v + 0x20
        case 0x430...0x4FF: return v
        case 0x370...0x3FF: return v
        // Dashes, quotes, bullets, the ellipsis (U+2000–U+206F), guillemets, no-break space, §,
        // °, ·, №: neither letters nor numbers, answered without a Unicode property lookup.
        case 0x2000...0x206F, 0xA0, 0xA7, 0xAB, 0xB0, 0xB7, 0xBB, 0x2116: return nil
        default:
            if v < 0x80 { return nil }
            guard let s = Unicode.Scalar(v), s.properties.isAlphabetic || s.properties.numericType != nil else { return nil }
            return s.properties.lowercaseMapping.unicodeScalars.first?.value ?? v
        }
    }

    @inline(__always)
    static func appendUTF8(_ v: UInt32, _ out: inout [UInt8]) {
        switch v {
        case 0..<0x80: out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (v >> 12))); out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (v >> 18))); out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// The folded bytes of a pattern word, with the same folding as the text.
    static func fold(_ word: String, _ language: Language) -> [UInt8] {
        var out: [UInt8] = []
        for s in word.unicodeScalars {
            appendUTF8(foldedLetter(s.value, language) ?? s.value, &out)
        }
        return out
    }

    func word(_ i: Int) -> ArraySlice<UInt8> { bytes[words[i]] }
}

/// The arrays a tokenizer fills before they are packed into a `Tokenized`, kept by a caller
/// that tokenizes many blocks so their storage is allocated once.
struct TokenScratch {
    /// Folded bytes as the tokenizer writes them; only ever grows.
    var bytes: [UInt8] = []
    var words: [Range<Int>] = []
    var sentences: [(words: Range<Int>, text: Range<Int>)] = []
    var afterComma: [Int] = []
}
