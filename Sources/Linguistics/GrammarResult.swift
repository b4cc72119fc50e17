/// A grammatical form plus what the engine had to guess to produce it.
///
/// Grammar never fails a render: an unknown word or an ambiguous abbreviation still yields the
/// best form, and `notes` says what was guessed so a person can confirm it.
public struct GrammarResult: Sendable, Equatable, CustomStringConvertible {
    /// The form to print.
    public var text: String
    /// One sentence per guess or fallback; empty when the form is certain.
    public var notes: [String]

    public init(_ text: String, notes: [String] = []) {
        self.text = text
        self.notes = notes
    }

    public var description: String { text }
}

/// Grammatical gender of a noun, for Russian agreement of numerals (одна страна, два меморандума).
public enum GrammaticalGender: String, Sendable, Codable, CaseIterable {
    case masculine, feminine, neuter

    /// Accepts `m`/`f`/`n` as well as the full names.
    public init?(code: String) {
        switch code.lowercased() {
        case "m", "masc", "masculine": self = .masculine
        case "f", "fem", "feminine": self = .feminine
        case "n", "neut", "neuter": self = .neuter
        default: return nil
        }
    }
}

/// CLDR plural categories (https://cldr.unicode.org/index/cldr-spec/plural-rules).
public enum PluralCategory: String, Sendable, CaseIterable {
    case one, few, many, other
}
