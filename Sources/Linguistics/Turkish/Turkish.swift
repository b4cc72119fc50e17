/// Turkish morphology and numerals: case suffixes with apostrophes where TDK wants them,
/// numbers in words and digits, ordinals.
public enum Turkish {
    /// Adds a case suffix to a word, name, abbreviation or number, as TDK writes it.
    ///
    /// - Common words take the suffix directly, with consonant softening in polysyllabic words
    ///   (kitap → kitaba) and the front-harmony exceptions (saat → saate).
    /// - Proper nouns, abbreviations and numbers in digits take an apostrophe (TDK Yazım
    ///   Kılavuzu, "Kesme işareti"): Rusya'ya, KOSGEB'in, RSMB'nin, 92'ye; institution names
    ///   do not (Türk Dil Kurumuna).
    /// - Abbreviations follow their reading: `reading` when given, otherwise a guess that is
    ///   reported in the notes.
    /// - Numbers in digits follow their spoken last word: 3'te (üç), 40'ta (kırk), 100'e (yüz).
    /// - `relative` adds -ki after the locative or genitive (Rusya'daki, KOSGEB'inki).
    public static func inflect(_ text: String, case grammaticalCase: TurkishCase, relative: Bool = false,
                               reading: AbbreviationReading? = nil,
                               frontHarmony extraFront: Set<String> = []) -> GrammarResult {
        let trimmed = text.trimmingWhitespace
        guard !trimmed.isEmpty else { return GrammarResult("", notes: ["Nothing to inflect: the text is empty."]) }
        var notes: [String] = []
        let words = trimmed.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let last = words.last!
        let isMultiWord = words.count > 1
        let front = TurkishLexicon.frontHarmonyExceptions.union(extraFront)

        var spoken: String
        var apostrophe = true
        var pronominalN = false
        var stem = trimmed
        var soften = false

        if let number = spokenNumber(last) {
            spoken = number
        } else if last.count == 1, let letter = last.first, letter.isLetter, letter.isUppercase {
            // A single capital is said by its name: B'ye (be), C'ye (ce).
            spoken = TurkishAbbreviations.spelled(last)
        } else if TurkishAbbreviations.isAbbreviation(last) {
            let chosen: AbbreviationReading
            if let reading {
                chosen = reading
            } else {
                chosen = TurkishAbbreviations.guessReading(last)
                notes.append(chosen == .letters
                    ? "\(last) is read letter by letter (\(TurkishAbbreviations.spelled(last))): a guess; set its reading to 'word' if it is said as a word."
                    : "\(last) is read as a word (\(TurkishSounds.lower(last))): a guess; set its reading to 'letters' if it is spelled out.")
            }
            spoken = chosen == .letters ? TurkishAbbreviations.spelled(last) : TurkishSounds.lower(last)
        } else if last.first?.isUppercase == true {
            spoken = TurkishSounds.lower(last)
            if isMultiWord {
                if TurkishLexicon.institutionHeads.contains(spoken) {
                    apostrophe = false
                    pronominalN = true
                } else if TurkishLexicon.stateHeads.contains(spoken) {
                    pronominalN = true
                } else if looksPossessive(spoken, front: front) {
                    pronominalN = true
                    notes.append("'\(trimmed)' is taken as a compound name ending in a possessive (\(last)+n-): a guess.")
                }
            }
        } else {
            // A common word: no apostrophe, and stems may soften.
            apostrophe = false
            spoken = TurkishSounds.lower(last)
            if isMultiWord, let final = spoken.last, ["ı", "i", "u", "ü"].contains(final),
               spoken.filter(TurkishSounds.isVowel).count > 1 {
                pronominalN = true
            }
            soften = true
        }

        let ending = TurkishSounds.ending(of: spoken, frontOverride: front.contains(spoken))
        if ending.lastVowel == nil {
            notes.append("'\(last)' has no Turkish vowel to harmonise with: front suffixes assumed.")
        }
        var suffix = TurkishSounds.suffix(grammaticalCase, after: ending, pronominalN: pronominalN)
        if soften, !ending.endsInVowel, suffix.first.map(TurkishSounds.isVowel) == true {
            stem = String(trimmed.dropLast(last.count)) + softened(last)
        }
        if relative {
            if grammaticalCase == .locative || grammaticalCase == .genitive {
                suffix += "ki"
            } else {
                notes.append("-ki follows only the locative or the genitive; ignored after the \(grammaticalCase.rawValue).")
            }
        }
        return GrammarResult(stem + (apostrophe ? "'" : "") + suffix, notes: notes)
    }

    /// Whether the last word of a multi-word name reads as a third-person possessive (Fildişi
    /// Sahili, Marshall Adaları, Kuveyt Şehri), whose suffixes take a pronominal n. The ending
    /// -(s)ı/-(s)i/-(s)u/-(s)ü must obey four-way vowel harmony with the stem (TDK, "Ünlü
    /// uyumları"; iyelik eki): Sahil+i, Ada+sı. A foreign name whose final vowel breaks the
    /// harmony is not a possessive — Abu Dabi'de, Kota Kinabalu'da (TDK: Abu Dabi'de) — and
    /// names listed in `TurkishLexicon.notPossessive` (Yeni Delhi'de) are not either.
    static func looksPossessive(_ spoken: String, front: Set<String>) -> Bool {
        guard let final = spoken.last, ["ı", "i", "u", "ü"].contains(final),
              !TurkishLexicon.notPossessive.contains(spoken) else { return false }
        var stem = String(spoken.dropLast())
        if stem.last == "s", let before = stem.dropLast().last, TurkishSounds.isVowel(before) { stem.removeLast() }
        guard stem.contains(where: TurkishSounds.isVowel) else { return false }
        let ending = TurkishSounds.ending(of: stem, frontOverride: front.contains(stem))
        return TurkishSounds.i(ending) == String(final)
    }

    /// The softened stem before a vowel (TDK, "Ünsüz yumuşaması"): polysyllabic words ending in
    /// p, ç, k soften to b, c, ğ (g after n); t only in the listed words; one-syllable words
    /// only when listed (renk → rengi, dört → dördü).
    static func softened(_ word: String) -> String {
        let lower = TurkishSounds.lower(word)
        let listed = TurkishLexicon.monosyllabicSoftening.contains(lower)
        guard listed || lower.filter(TurkishSounds.isVowel).count > 1, !TurkishLexicon.noSoftening.contains(lower),
              let final = word.last else { return word }
        let body = word.dropLast()
        switch final {
        case "p": return body + "b"
        case "ç": return body + "c"
        case "k": return body + (body.last == "n" ? "g" : "ğ")
        case "t" where listed || TurkishLexicon.tSoftening.contains(lower): return body + "d"
        default: return word
        }
    }

    /// The spoken form of a number written in digits (`92` → "doksan iki", `3,5` → "üç virgül
    /// beş", `%50` → "yüzde elli"), or nil when the token is not a number.
    /// A token that merely ends in digits (COVID-19, 2021-10-01) is read by its final number.
    static func spokenNumber(_ token: String) -> String? {
        var body = token
        var prefix = ""
        if body.hasPrefix("%") { body.removeFirst(); prefix = "yüzde " }
        if body.first?.isASCIIDigit == true, let number = DecimalNumber(parsing: body, language: .tr) {
            return prefix + spellOut(number)
        }
        guard body.last?.isASCIIDigit == true else { return nil }
        let digits = String(body.reversed().prefix(while: \.isASCIIDigit).reversed())
        guard let value = UInt64(digits) else { return nil }
        return spellOut(value)
    }

    /// Guesses how an abbreviation is read: see `TurkishAbbreviations.guessReading`.
    public static func guessReading(_ abbreviation: String) -> AbbreviationReading {
        TurkishAbbreviations.guessReading(abbreviation)
    }

    /// The abbreviation spelled as letter names: RSMB → "re-se-me-be".
    public static func letterNames(_ abbreviation: String) -> String {
        TurkishAbbreviations.spelled(abbreviation)
    }
}

extension String {
    var trimmingWhitespace: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
