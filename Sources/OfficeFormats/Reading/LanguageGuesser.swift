import Foundation
import Linguistics

/// Guesses the language of a block from its letters: Cyrillic is Russian; Latin text is Turkish
/// when it has Turkish letters or function words, English when it has English function words.
/// Returns nil when unsure (numbers, names, a few words) — callers then inherit the neighbour's.
public enum LanguageGuesser {
    public enum Guess: Equatable, Sendable {
        case language(Language)
        /// Substantial text in more than one script or language (a bilingual heading).
        case mixed
        case unknown
    }

    private static let turkishWords: Set<Substring> = ["ve", "ile", "bu", "için", "olarak", "madde", "taraflar", "tarafından",
        "veya", "bir", "da", "de", "göre", "kadar", "her", "olan", "mutabakat", "zaptı", "işbu", "arasında", "tarafları"]
    private static let englishWords: Set<Substring> = ["the", "and", "of", "to", "shall", "in", "for", "with", "article",
        "parties", "this", "by", "on", "be", "or", "any", "memorandum", "will", "between", "party", "its", "as", "a", "an", "is", "are"]

    /// Function words as folded bytes, by byte length: compared without hashing Strings.
    private static let functionWords = FunctionWordTable(turkish: turkishWords, english: englishWords)

    public static func guess(_ text: String) -> Guess {
        // One pass over the UTF-8 bytes: walking `unicodeScalars.prefix(600)` twice (with its
        // index validation) was a tenth of reviewing a draft.
        text.withUTF8Bytes { guess($0) }
    }

    private static func guess(_ buf: UnsafeBufferPointer<UInt8>) -> Guess {
        var cyrillic = 0, latin = 0, trLetters = 0
        // The first ~600 letters decide; a long paragraph does not change its language halfway.
        var i = 0, scalars = 0
        let count = buf.count
        while i < count, scalars < 600 {
            let b0 = buf[i]
            // The common cases first, decided by their lead byte alone: ASCII, and Cyrillic
            // (U+0400–U+04FF is exactly the lead bytes D0–D3).
            if b0 < 0x80 {
                // Eight ASCII bytes at once when they are (most of a Latin text; a window with
                // Cyrillic in it was tried too and cost more than the pairs loop below).
                if i + 8 <= count && scalars + 8 <= 600,
                   let letters = LanguageGuesser.asciiLetters(UnsafeRawPointer(buf.baseAddress! + i).loadUnaligned(as: UInt64.self)) {
                    latin += letters
                    scalars += 8
                    i += 8
                    continue
                }
                let lower = b0 | 0x20
                if lower >= 0x61 && lower <= 0x7A { latin += 1 }
                scalars += 1
                i += 1
                continue
            }
            if b0 >= 0xD0 && b0 <= 0xD3 && i + 1 < count {
                cyrillic += 1
                scalars += 1
                i += 2
                continue
            }
            var v = UInt32(b0)
            var length = 1
            if b0 >= 0xF0 { length = 4; v = 0x10000 }
            else if b0 >= 0xE0 { length = 3; v = 0x800 }
            else if b0 >= 0xC0 { v = (UInt32(b0 & 0x1F) << 6) | UInt32(buf[i + 1] & 0x3F); length = 2 }
            switch v {
            case 0x0400...0x04FF: cyrillic += 1
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin += 1
            default: break
            }
            switch v {
            case 0x11E, 0x11F, 0x15E, 0x15F, 0x130, 0x131, 0xC7, 0xE7, 0xD6, 0xF6, 0xDC, 0xFC: trLetters += 1
            default: break
            }
            scalars += 1
            i += length
        }
        let letters = cyrillic + latin
        if letters < 2 { return .unknown }
        if cyrillic * 10 >= letters * 8 { return .language(.ru) }
        let latinGuess = latin >= 2 ? latinLanguage(buf, trLetters) : nil
        if latin * 10 >= letters * 8 {
            return latinGuess.map(Guess.language) ?? .unknown
        }
        return .mixed
    }

    /// The ASCII letters among eight bytes, or nil when one of them is not ASCII: the same
    /// test as the byte loop's (`b | 0x20` in a–z). Each byte is at most 0x7F, so neither sum
    /// below carries into the next byte: its high bit says `lower ≥ 0x61`, then `lower ≥ 0x7B`.
    @inline(__always)
    static func asciiLetters(_ w: UInt64) -> Int? {
        guard w & 0x8080_8080_8080_8080 == 0 else { return nil }
        let lower = w | 0x2020_2020_2020_2020
        let atLeastA = (lower &+ 0x1F1F_1F1F_1F1F_1F1F) & 0x8080_8080_8080_8080
        let pastZ = (lower &+ 0x0505_0505_0505_0505) & 0x8080_8080_8080_8080
        return (atLeastA & ~pastZ).nonzeroBitCount
    }

    /// The high bit of each of eight bytes that ends a word: ASCII and not a letter (bytes from
    /// 0x80 on belong to words), as the byte loop of `latinLanguage` tests them one by one.
    @inline(__always)
    static func wordEnds(_ w: UInt64) -> UInt64 {
        let ascii = ~w & 0x8080_8080_8080_8080
        // Non-ASCII bytes as spaces (they are not ends anyway), so no sum carries.
        let lower = (w & ((ascii >> 7) &* 0xFF)) | 0x2020_2020_2020_2020
        let atLeastA = (lower &+ 0x1F1F_1F1F_1F1F_1F1F) & 0x8080_8080_8080_8080
        let pastZ = (lower &+ 0x0505_0505_0505_0505) & 0x8080_8080_8080_8080
        return ascii & ~(atLeastA & ~pastZ)
    }

    private static func latinLanguage(_ buf: UnsafeBufferPointer<UInt8>, _ trLetters: Int) -> Language? {
        var trScore = min(trLetters, 6), enScore = 0
        // Function words, compared as lower-cased bytes in place (no String, no hashing, no copy).
        let end = min(buf.count, 400)
        var wordStart = 0
        let table = functionWords
        func check(_ wordEnd: Int) {
            let length = wordEnd - wordStart
            guard length > 0, length < FunctionWordTable.maxLength else { return }
            let first = buf[wordStart]
            guard table.mayStart(length, (first >= 0x41 && first <= 0x5A) ? first + 32 : first) else { return }
            for entry in table.entries(ofLength: length) {
                var k = 0
                while k < length {
                    let b = buf[wordStart + k]
                    if table.bytes[entry.offset + k] != ((b >= 0x41 && b <= 0x5A) ? b + 32 : b) { break }
                    k += 1
                }
                if k == length { if entry.turkish { trScore += 2 } else { enScore += 2 } }
            }
        }
        var j = 0
        // Eight bytes at a time: the word ends among them found at once (an ASCII byte that is
        // no letter), each checked in turn; the rest are passed over.
        while j + 8 <= end {
            var ends = LanguageGuesser.wordEnds(UnsafeRawPointer(buf.baseAddress! + j).loadUnaligned(as: UInt64.self))
            while ends != 0 {
                let k = j + ends.trailingZeroBitCount >> 3
                check(k)
                wordStart = k + 1
                ends &= ends - 1
            }
            j += 8
        }
        while j < end {
            let b = buf[j]
            if !((b >= 0x61 && b <= 0x7A) || b >= 0x80 || (b >= 0x41 && b <= 0x5A)) {
                check(j)
                wordStart = j + 1
            }
            j += 1
        }
        check(end)
        if trScore == 0 && enScore == 0 { return nil }
        return trScore > enScore ? .tr : (enScore > trScore ? .en : nil)
    }

    /// Splits a mixed block ("Madde 1 / Статья 1 / Article 1") into its language parts.
    public static func split(_ text: String) -> [(Language, String)] {
        var parts: [(Language, String)] = []
        let pieces = text.split(whereSeparator: { $0 == "\n" || $0 == "/" || $0 == "|" })
        for piece in pieces {
            // Trimmed by hand: Foundation's `trimmingCharacters` cost more than guessing.
            var trimmed = piece
            while let c = trimmed.first, c.isWhitespace && !c.isNewline { trimmed = trimmed.dropFirst() }
            while let c = trimmed.last, c.isWhitespace && !c.isNewline { trimmed = trimmed.dropLast() }
            let s = String(trimmed)
            if case .language(let l) = guess(s) { parts.append((l, s)) }
        }
        return parts
    }
}

/// The function words by byte length in memory allocated once and never written after: read
/// from every thread of a batch, a table of nested arrays was retained and released per word.
private struct FunctionWordTable: @unchecked Sendable {
    static let maxLength = 16
    struct Entry { var offset: Int; var turkish: Bool }
    let bytes: UnsafeMutablePointer<UInt8>
    private let table: UnsafeMutablePointer<Entry>
    /// For each length, where its entries start in `table`, and one past the last length.
    private let starts: UnsafeMutablePointer<Int>
    /// For each length, the first bytes its words have (256 bits): most words of a text start
    /// with none of them and are passed over without comparing.
    private let firstBytes: UnsafeMutablePointer<UInt64>

    init(turkish: Set<Substring>, english: Set<Substring>) {
        let words = (turkish.map { (Array($0.utf8), true) } + english.map { (Array($0.utf8), false) })
            .filter { $0.0.count < FunctionWordTable.maxLength }
            .sorted { $0.0.count < $1.0.count }
        bytes = .allocate(capacity: words.reduce(0) { $0 + $1.0.count })
        table = .allocate(capacity: words.count)
        starts = .allocate(capacity: FunctionWordTable.maxLength + 1)
        firstBytes = .allocate(capacity: FunctionWordTable.maxLength * 4)
        firstBytes.initialize(repeating: 0, count: FunctionWordTable.maxLength * 4)
        for (spelling, _) in words {
            let b = Int(spelling[0])
            firstBytes[spelling.count * 4 + b >> 6] |= 1 << UInt64(b & 63)
        }
        var offset = 0
        var length = 0
        starts[0] = 0
        for (index, (spelling, isTurkish)) in words.enumerated() {
            while length < spelling.count { length += 1; starts[length] = index }
            (bytes + offset).initialize(from: spelling, count: spelling.count)
            (table + index).initialize(to: Entry(offset: offset, turkish: isTurkish))
            offset += spelling.count
        }
        while length < FunctionWordTable.maxLength { length += 1; starts[length] = words.count }
    }

    func mayStart(_ length: Int, _ byte: UInt8) -> Bool {
        firstBytes[length * 4 + Int(byte >> 6)] >> UInt64(byte & 63) & 1 != 0
    }

    func entries(ofLength length: Int) -> UnsafeBufferPointer<Entry> {
        UnsafeBufferPointer(start: table + starts[length], count: starts[length + 1] - starts[length])
    }
}
