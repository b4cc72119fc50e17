/// How Turkish reads an abbreviation, which decides its suffixes (TDK Yazım Kılavuzu,
/// "Kısaltmalar": ekler kısaltmanın okunuşuna göre getirilir — ABD'ye, TBMM'nin, NATO'ya).
enum TurkishAbbreviations {
    /// The Turkish names of the letters (TDK alphabet: a, be, ce, çe, de, e, fe, ge, yumuşak ge,
    /// he, ı, i, je, ke, le, me, ne, o, ö, pe, re, se, şe, te, u, ü, ve, ye, ze) plus the foreign
    /// letters as commonly read (q kü, w çift ve, x iks).
    static let letterNames: [Character: String] = [
        "a": "a", "b": "be", "c": "ce", "ç": "çe", "d": "de", "e": "e", "f": "fe", "g": "ge",
        "ğ": "yumuşak ge", "h": "he", "ı": "ı", "i": "i", "j": "je", "k": "ke", "l": "le", "m": "me",
        "n": "ne", "o": "o", "ö": "ö", "p": "pe", "r": "re", "s": "se", "ş": "şe", "t": "te",
        "u": "u", "ü": "ü", "v": "ve", "y": "ye", "z": "ze", "q": "kü", "w": "çift ve", "x": "iks",
    ]

    /// The abbreviation spelled letter by letter: RSMB → "re-se-me-be".
    static func spelled(_ abbreviation: String) -> String {
        TurkishSounds.lower(abbreviation).filter(\.isLetter).map { letterNames[$0] ?? String($0) }.joined(separator: "-")
    }

    /// Final consonant pairs a Turkish word may end in (Türk, renk, kurt, üst, sarf…); an
    /// abbreviation ending in any other pair (ABD, OECD, IMF) is not pronounceable as a word.
    static let finalClusters: Set<String> = [
        "rt", "rk", "nt", "nk", "lt", "lk", "st", "şt", "ft", "rs", "rp", "rç", "lç", "nç", "ns",
        "rm", "rn", "rl", "lm", "ls", "rf", "rd", "nd", "ng", "rz", "rş", "ks", "ps",
    ]

    /// Guesses a reading from the letters: a word when it has vowels and no cluster Turkish
    /// cannot pronounce (KOSGEB, NATO, TÜBİTAK, ODTÜ, TOBB, UNCTAD), letter by letter otherwise (RSMB,
    /// TBMM, ABD, AB, IMF). Two-letter abbreviations are read by letters (AB, BM).
    static func guessReading(_ abbreviation: String) -> AbbreviationReading {
        var letters = Array(TurkishSounds.lower(abbreviation).filter(\.isLetter))
        guard letters.count > 2, letters.contains(where: TurkishSounds.isVowel) else { return .letters }
        // A doubled final letter is said once (TOBB → "tob").
        while letters.count > 1, letters[letters.count - 1] == letters[letters.count - 2] { letters.removeLast() }
        var cluster: [Character] = []
        for c in letters.reversed() {
            if TurkishSounds.isVowel(c) { break }
            cluster.insert(c, at: 0)
        }
        if cluster.count >= 3 { return .letters }
        if cluster.count == 2 && !finalClusters.contains(String(cluster)) { return .letters }
        // Three consonants before the first vowel cannot start a word.
        if letters.prefix(while: { !TurkishSounds.isVowel($0) }).count >= 3 { return .letters }
        return .word
    }

    /// Whether `text` looks like an abbreviation: two or more letters, all upper-case.
    static func isAbbreviation(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy { $0.isUppercase } && !text.contains(" ")
    }
}
