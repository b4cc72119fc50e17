import Foundation
import Linguistics

/// How Turkish reads a party's short name, when its file does not say: Linguistics' Turkish
/// rule (`Turkish.guessReading`), so the loader's note and the drafted suffixes agree.
public enum ReadingGuess {
    /// Whether the text looks like an abbreviation at all: two or more letters, all capitals,
    /// one word. Only abbreviations have a reading to guess.
    public static func isAbbreviation(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase) && !text.contains(" ")
    }

    /// The likely reading; `.word` for anything that is not an abbreviation.
    public static func reading(of text: String) -> AbbreviationReading {
        isAbbreviation(text) ? Turkish.guessReading(text) : .word
    }

    /// The genitive under a reading (`RSMB'nin`, `KOSGEB'in`), to show what a guess means.
    static func genitive(of text: String, reading: AbbreviationReading) -> String {
        Turkish.inflect(text, case: .genitive, reading: reading).text
    }
}
