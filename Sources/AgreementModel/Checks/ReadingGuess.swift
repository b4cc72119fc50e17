import Linguistics

/// Guesses how Turkish reads an abbreviation, for parties whose file does not say.
///
/// Turkish words neither start nor end with two consonants and rarely hold three in a row, so
/// an abbreviation that does any of these (RSMB, ABD, TRT) is read letter by letter
/// (RSMB'nin, "re-se-me-be"); one that reads like a word (KOSGEB, NATO, TÜBİTAK) is read as one.
public enum ReadingGuess {
    static let vowels: Set<Character> = ["A", "E", "I", "İ", "O", "Ö", "U", "Ü"]

    /// Whether the text looks like an abbreviation at all: two or more letters, all capitals.
    public static func isAbbreviation(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 2 && letters.count == text.count && letters.allSatisfy(\.isUppercase)
    }

    /// The likely reading; `.word` for anything that is not an abbreviation.
    public static func reading(of text: String) -> AbbreviationReading {
        guard isAbbreviation(text) else { return .word }
        let letters = Array(text)
        let isVowel = letters.map { vowels.contains($0) }
        if !isVowel.contains(true) || letters.count <= 2 { return .letters }
        if !isVowel[0] && !isVowel[1] { return .letters }
        if !isVowel[letters.count - 1] && !isVowel[letters.count - 2] { return .letters }
        var run = 0
        for vowel in isVowel {
            run = vowel ? 0 : run + 1
            if run >= 3 { return .letters }
        }
        return .word
    }

    /// The genitive as it would be written under a reading (`RSMB'nin`, `KOSGEB'in`), to show
    /// the user what the guess means. A small rule of its own: only for the note.
    static func genitive(of text: String, reading: AbbreviationReading) -> String {
        guard let last = text.last else { return text }
        let spoken: String
        switch reading {
        case .word: spoken = text
        case .letters: spoken = letterNames[last] ?? String(last)
        }
        let lastVowel = spoken.uppercased(with: Language.tr.locale).last { vowels.contains($0) } ?? "E"
        let endsInVowel = spoken.uppercased(with: Language.tr.locale).last.map { vowels.contains($0) } ?? false
        let suffixVowel: String
        switch lastVowel {
        case "A", "I": suffixVowel = "ı"
        case "O", "U": suffixVowel = "u"
        case "Ö", "Ü": suffixVowel = "ü"
        default: suffixVowel = "i"
        }
        return text + "'" + (endsInVowel ? "n" : "") + suffixVowel + "n"
    }

    /// The Turkish names of the letters, as an abbreviation read letter by letter ends.
    static let letterNames: [Character: String] = [
        "A": "a", "B": "be", "C": "ce", "Ç": "çe", "D": "de", "E": "e", "F": "fe", "G": "ge",
        "Ğ": "yumuşak ge", "H": "he", "I": "ı", "İ": "i", "J": "je", "K": "ke", "L": "le",
        "M": "me", "N": "ne", "O": "o", "Ö": "ö", "P": "pe", "Q": "ku", "R": "re", "S": "se",
        "Ş": "şe", "T": "te", "U": "u", "Ü": "ü", "V": "ve", "W": "çift ve", "X": "iks",
        "Y": "ye", "Z": "ze",
    ]
}
