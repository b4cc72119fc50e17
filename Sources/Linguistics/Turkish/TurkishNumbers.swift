/// Turkish numerals (TDK Yazım Kılavuzu, "Sayıların yazılışı"): words are written apart
/// (doksan iki, bin dokuz yüz), "bir" is not said before yüz and bin (yüz, bin; but bir milyon),
/// a decimal is read with "virgül" (3,5 → üç virgül beş), ordinals take -(I)ncI (92'nci,
/// doksan ikinci).
extension Turkish {
    static let ones = ["", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"]
    static let tens = ["", "on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan"]
    static let scales = ["", "bin", "milyon", "milyar", "trilyon", "katrilyon", "kentilyon"]

    /// A whole number in words: 92 → "doksan iki", 1900 → "bin dokuz yüz", 0 → "sıfır".
    public static func spellOut(_ value: UInt64) -> String {
        if value == 0 { return "sıfır" }
        var words: [String] = []
        var groups: [Int] = []
        var rest = value
        while rest > 0 { groups.append(Int(rest % 1000)); rest /= 1000 }
        for (scale, group) in groups.enumerated().reversed() where group > 0 {
            // "bin", not "bir bin"; but "bir milyon".
            if !(scale == 1 && group == 1) { words += hundreds(group) }
            if scale > 0 { words.append(scales[scale]) }
        }
        return words.joined(separator: " ")
    }

    static func hundreds(_ n: Int) -> [String] {
        var words: [String] = []
        let h = n / 100, t = (n / 10) % 10, o = n % 10
        if h > 0 { if h > 1 { words.append(ones[h]) }; words.append("yüz") }
        if t > 0 { words.append(tens[t]) }
        if o > 0 { words.append(ones[o]) }
        return words
    }

    /// A number in words, fraction read digit group by "virgül": 3,5 → "üç virgül beş",
    /// 2,05 → "iki virgül sıfır beş" (leading zeros of the fraction are said).
    public static func spellOut(_ number: DecimalNumber) -> String {
        var text = spellOut(number.integer)
        if number.hasFraction {
            let zeros = number.fraction.prefix(while: { $0 == "0" })
            let rest = number.fraction.dropFirst(zeros.count)
            var parts = Array(repeating: "sıfır", count: zeros.count)
            if let value = UInt64(rest), !rest.isEmpty { parts.append(spellOut(value)) }
            text += " virgül " + parts.joined(separator: " ")
        }
        return (number.isNegative ? "eksi " : "") + text
    }

    /// The ordinal suffix after a word: -ncI after a vowel, -IncI after a consonant.
    static func ordinalSuffix(after spoken: String) -> String {
        let ending = TurkishSounds.ending(of: spoken)
        let i = TurkishSounds.i(ending)
        return ending.endsInVowel ? "nc" + i : i + "nc" + i
    }

    /// 92 → "92'nci", 3 → "3'üncü", 40 → "40'ıncı" (TDK: "Sayılarla yazılan sıra sayı sıfatları
    /// ... kesme işaretiyle: 1'inci, 3'üncü").
    public static func ordinalDigits(_ value: UInt64) -> String {
        "\(value)'" + ordinalSuffix(after: spellOut(value))
    }

    /// 92 → "doksan ikinci", 4 → "dördüncü" (dört softens), 1000 → "bininci".
    public static func ordinalWords(_ value: UInt64) -> String {
        var words = spellOut(value).split(separator: " ").map(String.init)
        var last = words.removeLast()
        let suffix = ordinalSuffix(after: last)
        if last == "dört" { last = "dörd" }
        words.append(last + suffix)
        return words.joined(separator: " ")
    }
}
