/// Upper- and lower-casing that respects the language: Turkish has dotted İ/i and dotless I/ı
/// (Unicode SpecialCasing.txt, the tr/az conditional mappings), so "istanbul" upper-cases to
/// "İSTANBUL" and "ILIK" lower-cases to "ılık". Written by hand so it is the same everywhere.
public enum CaseMapping {
    public static func uppercased(_ text: String, language: Language) -> String {
        guard language == .tr else { return text.uppercased() }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "i": out.append("İ")
            case "ı": out.append("I")
            default: out += String(c).uppercased()
            }
        }
        return out
    }

    public static func lowercased(_ text: String, language: Language) -> String {
        guard language == .tr else { return text.lowercased() }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "I": out.append("ı")
            case "İ": out.append("i")
            default: out += String(c).lowercased()
            }
        }
        return out
    }

    /// Upper-cases only the first letter: "istanbul'da" → "İstanbul'da" in Turkish.
    public static func capitalizedFirst(_ text: String, language: Language) -> String {
        guard let first = text.first else { return text }
        return uppercased(String(first), language: language) + text.dropFirst()
    }
}
