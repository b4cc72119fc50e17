/// Spelled-out numbers (folded) → value, looked up by a token's folded bytes. Hashing a
/// non-ASCII String normalises it first (~1,800 instructions for a Russian word), so words are
/// compared as bytes; that is exact whenever both sides hold only scalars that are NFC on their
/// own (Latin, basic Cyrillic), and the String dictionary answers for anything else.
struct NumberWords: Sendable {
    let byString: [String: Int]
    private let byLength: [[(bytes: [UInt8], value: Int)]]
    private let hasComplexKey: Bool

    init(_ words: [String: Int]) {
        byString = words
        var table: [[(bytes: [UInt8], value: Int)]] = Array(repeating: [], count: 32)
        var complex = false
        for (key, value) in words {
            let bytes = Array(key.utf8)
            if NumberWords.isComplex(bytes[...]) || bytes.count >= table.count { complex = true; continue }
            table[bytes.count].append((bytes, value))
        }
        byLength = table
        hasComplexKey = complex
    }

    subscript(_ word: String) -> Int? { byString[word] }

    func value(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        if word.count < byLength.count {
            for entry in byLength[word.count] where entry.bytes.elementsEqual(word) { return entry.value }
        }
        guard hasComplexKey || NumberWords.isComplex(word) else { return nil }
        return byString[String(decoding: word, as: UTF8.self)]
    }

    private static func isComplex(_ bytes: some Sequence<UInt8>) -> Bool { WordBytes.isComplex(bytes) }
}
