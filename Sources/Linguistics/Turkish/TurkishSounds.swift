/// The sound facts Turkish suffixes depend on (TDK, "Ses bilgisi": büyük ve küçük ünlü uyumu,
/// ünsüz benzeşmesi, kaynaştırma ünsüzleri).
enum TurkishSounds {
    static let vowels: Set<Character> = ["a", "e", "ı", "i", "o", "ö", "u", "ü", "â", "î", "û"]
    static let frontVowels: Set<Character> = ["e", "i", "ö", "ü", "î"]
    static let roundedVowels: Set<Character> = ["o", "ö", "u", "ü", "û"]
    /// "Fıstıkçı Şahap": after these, D becomes t (3'te, 40'ta, KOSGEB'den but Rusya'dan).
    static let voicelessConsonants: Set<Character> = ["f", "s", "t", "k", "ç", "ş", "h", "p"]

    static func isVowel(_ c: Character) -> Bool { vowels.contains(c) }

    /// Cyrillic letters by the Turkish sound they stand for, so a Russian name written in
    /// Cyrillic still harmonises (Москва'ya).
    static let cyrillicSounds: [Character: Character] = [
        "а": "a", "е": "e", "ё": "o", "и": "i", "о": "o", "у": "u", "ы": "ı", "э": "e", "ю": "u", "я": "a",
        "к": "k", "п": "p", "с": "s", "т": "t", "ф": "f", "х": "h", "ц": "s", "ч": "ç", "ш": "ş", "щ": "ş",
        "б": "b", "в": "v", "г": "g", "д": "d", "ж": "j", "з": "z", "й": "y", "л": "l", "м": "m", "н": "n", "р": "r",
    ]

    /// Lower-cases with the Turkish i/ı mapping, which the sound analysis needs (KOSGEB → kosgeb,
    /// ISPARTA → ısparta).
    static func lower(_ text: String) -> String {
        CaseMapping.lowercased(text, language: .tr)
    }

    /// How a (lower-case, spoken) word ends, as far as its suffixes care.
    struct Ending: Equatable {
        /// The last vowel, normalised to a, e, ı, i, o, ö, u, ü; nil when the word has none.
        var lastVowel: Character?
        var endsInVowel: Bool
        var endsInVoiceless: Bool
    }

    /// `frontOverride` marks words such as saat, rol, protokol whose suffixes are front although
    /// their last vowel is back (saate, rolü): the last vowel is fronted.
    static func ending(of spoken: String, frontOverride: Bool = false) -> Ending {
        let letters = spoken.filter { $0.isLetter }.map { cyrillicSounds[$0] ?? $0 }
        var last: Character? = letters.last(where: isVowel)
        if let vowel = last {
            switch vowel {
            case "â": last = "a"
            case "î": last = "i"
            case "û": last = "u"
            default: break
            }
        }
        if frontOverride, let vowel = last {
            switch vowel {
            case "a": last = "e"
            case "ı": last = "i"
            case "o": last = "ö"
            case "u": last = "ü"
            default: break
            }
        }
        let final = letters.last
        return Ending(lastVowel: last,
                      endsInVowel: final.map(isVowel) ?? false,
                      endsInVoiceless: final.map { voicelessConsonants.contains($0) } ?? false)
    }

    /// Two-way harmony: e after a front vowel, a after a back one (and e when there is no vowel).
    static func a(_ ending: Ending) -> String {
        guard let v = ending.lastVowel else { return "e" }
        return frontVowels.contains(v) ? "e" : "a"
    }

    /// Four-way harmony: ı after a/ı, i after e/i, u after o/u, ü after ö/ü.
    static func i(_ ending: Ending) -> String {
        switch ending.lastVowel {
        case "a", "ı": "ı"
        case "o", "u": "u"
        case "ö", "ü": "ü"
        default: "i"
        }
    }

    /// The suffix for a case, buffer letters and assimilation included, without apostrophe.
    /// `pronominalN` is the n that follows a third-person possessive (Federasyonu'na, Kurumunda).
    static func suffix(_ grammaticalCase: TurkishCase, after ending: Ending, pronominalN: Bool = false) -> String {
        let a = a(ending), i = i(ending)
        let vowelFinal = ending.endsInVowel
        let d = ending.endsInVoiceless ? "t" : "d"
        if pronominalN {
            switch grammaticalCase {
            case .genitive: return "n" + i + "n"
            case .dative: return "n" + a
            case .accusative: return "n" + i
            case .locative: return "nd" + a
            case .ablative: return "nd" + a + "n"
            case .instrumental: return "yl" + a
            }
        }
        switch grammaticalCase {
        case .genitive: return (vowelFinal ? "n" : "") + i + "n"
        case .dative: return (vowelFinal ? "y" : "") + a
        case .accusative: return (vowelFinal ? "y" : "") + i
        case .locative: return d + a
        case .ablative: return d + a + "n"
        case .instrumental: return (vowelFinal ? "y" : "") + "l" + a
        }
    }
}
