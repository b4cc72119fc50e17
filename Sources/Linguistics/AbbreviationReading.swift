/// How an abbreviation is pronounced in Turkish, which decides its suffixes.
public enum AbbreviationReading: String, Codable, Sendable, CaseIterable {
    /// Read as a word: KOSGEB'in, NATO'ya.
    case word
    /// Read letter by letter: RSMB'nin (re-se-me-be), ABD'ye (a-be-de).
    case letters
}
