import Foundation
import Linguistics

/// Guesses how Turkish reads an abbreviation, for parties whose file does not say.
///
/// The same rule as Linguistics' Turkish grammar (`Turkish.guessReading`, written in parallel;
/// delegate to it once both are on main): a word when it has vowels and no consonant cluster
/// Turkish cannot pronounce (KOSGEB, NATO, TÜBİTAK, TOBB), letter by letter otherwise (RSMB,
/// ABD, TRT, AB), which decides the suffixes (KOSGEB'in, RSMB'nin).
public enum ReadingGuess {
    static let vowels: Set<Character> = ["A", "E", "I", "İ", "O", "Ö", "U", "Ü"]
    static let lowerVowels: Set<Character> = ["a", "e", "ı", "i", "o", "ö", "u", "ü"]

    /// Final consonant pairs a Turkish word may end in (Türk, renk, kurt, üst…); an
    /// abbreviation ending in any other pair (ABD, OECD, IMF) is not said as a word.
    static let finalClusters: Set<String> = [
        "rt", "rk", "nt", "nk", "lt", "lk", "st", "şt", "ft", "rs", "rp", "rç", "lç", "nç", "ns",
        "rm", "rn", "rl", "lm", "ls", "rf", "rd", "nd", "ng", "rz", "rş", "ks", "ps",
    ]

    /// Whether the text looks like an abbreviation at all: two or more letters, all capitals,
    /// one word.
    public static func isAbbreviation(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase) && !text.contains(" ")
    }

    /// The likely reading; `.word` for anything that is not an abbreviation.
    public static func reading(of text: String) -> AbbreviationReading {
        guard isAbbreviation(text) else { return .word }
        var letters = Array(text.lowercased(with: Language.tr.locale).filter(\.isLetter))
        guard letters.count > 2, letters.contains(where: lowerVowels.contains) else { return .letters }
        // A doubled final letter is said once (TOBB → "tob").
        while letters.count > 1, letters[letters.count - 1] == letters[letters.count - 2] { letters.removeLast() }
        var cluster: [Character] = []
        for letter in letters.reversed() {
            if lowerVowels.contains(letter) { break }
            cluster.insert(letter, at: 0)
        }
        if cluster.count >= 3 { return .letters }
        if cluster.count == 2 && !finalClusters.contains(String(cluster)) { return .letters }
        var run = 0
        for letter in letters {
            run = lowerVowels.contains(letter) ? 0 : run + 1
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
