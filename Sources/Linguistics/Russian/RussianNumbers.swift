/// Russian cardinal and ordinal numerals (Розенталь, «Справочник по правописанию и
/// литературной правке», § «Имена числительные»; Академическая грамматика 1980, §§ 1160–1175):
/// один/одна/одно and два/две agree with the noun's gender; тысяча is feminine
/// (одна тысяча, две тысячи, пять тысяч); миллион and миллиард are masculine; decimals are read
/// as fractions of a feminine «целая» (1,5 → одна целая пять десятых).
extension Russian {
    static let onesMasculine = ["", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
    static let teens = ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
                        "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"]
    static let tens = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
                       "восемьдесят", "девяносто"]
    static let hundreds = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот",
                           "восемьсот", "девятьсот"]
    /// (one, few, many) forms of each scale word and its gender.
    static let scales: [(forms: (String, String, String), gender: GrammaticalGender)] = [
        (("", "", ""), .masculine),
        (("тысяча", "тысячи", "тысяч"), .feminine),
        (("миллион", "миллиона", "миллионов"), .masculine),
        (("миллиард", "миллиарда", "миллиардов"), .masculine),
        (("триллион", "триллиона", "триллионов"), .masculine),
        (("квадриллион", "квадриллиона", "квадриллионов"), .masculine),
        (("квинтиллион", "квинтиллиона", "квинтиллионов"), .masculine),
    ]

    static func below1000(_ n: Int, gender: GrammaticalGender) -> [String] {
        var words: [String] = []
        let h = n / 100, t = (n / 10) % 10, o = n % 10
        if h > 0 { words.append(hundreds[h]) }
        if t == 1 {
            words.append(teens[o])
            return words
        }
        if t > 1 { words.append(tens[t]) }
        if o > 0 {
            switch (o, gender) {
            case (1, .feminine): words.append("одна")
            case (1, .neuter): words.append("одно")
            case (2, .feminine): words.append("две")
            default: words.append(onesMasculine[o])
            }
        }
        return words
    }

    /// A whole number in words, agreeing with a noun of `gender` (masculine by default, the
    /// form used when counting: девяносто два).
    public static func spellOut(_ value: UInt64, gender: GrammaticalGender = .masculine) -> String {
        if value == 0 { return "ноль" }
        var groups: [Int] = []
        var rest = value
        while rest > 0 { groups.append(Int(rest % 1000)); rest /= 1000 }
        var words: [String] = []
        for (scale, group) in groups.enumerated().reversed() where group > 0 {
            let groupGender = scale == 0 ? gender : scales[scale].gender
            words += below1000(group, gender: groupGender)
            if scale > 0 {
                let forms = scales[scale].forms
                switch pluralCategory(group) {
                case .one: words.append(forms.0)
                case .few: words.append(forms.1)
                default: words.append(forms.2)
                }
            }
        }
        return words.joined(separator: " ")
    }

    static let fractionDenominators: [(one: String, other: String)] = [
        ("десятая", "десятых"), ("сотая", "сотых"), ("тысячная", "тысячных"),
        ("десятитысячная", "десятитысячных"), ("стотысячная", "стотысячных"), ("миллионная", "миллионных"),
    ]

    /// A number in words; a decimal is read as a fraction: 1,5 → "одна целая пять десятых",
    /// 2,25 → "две целых двадцать пять сотых", 0,1 → "ноль целых одна десятая".
    /// More than six fraction digits are read digit by digit after «запятая».
    public static func spellOut(_ number: DecimalNumber, gender: GrammaticalGender = .masculine) -> String {
        let sign = number.isNegative ? "минус " : ""
        guard number.hasFraction else { return sign + spellOut(number.integer, gender: gender) }
        let whole = spellOut(number.integer, gender: .feminine)
        let wholeNoun = pluralCategory(DecimalNumber(integer: number.integer)) == .one ? "целая" : "целых"
        guard number.fraction.count <= fractionDenominators.count, let numerator = UInt64(number.fraction) else {
            let digits = number.fraction.map { spellOut(UInt64($0.wholeNumberValue ?? 0)) }.joined(separator: " ")
            return sign + spellOut(number.integer, gender: gender) + " запятая " + digits
        }
        let denominator = fractionDenominators[number.fraction.count - 1]
        let denominatorForm = pluralCategory(DecimalNumber(integer: numerator)) == .one ? denominator.one : denominator.other
        return sign + "\(whole) \(wholeNoun) \(spellOut(numerator, gender: .feminine)) \(denominatorForm)"
    }

    static let ordinalOnes = ["", "первый", "второй", "третий", "четвёртый", "пятый", "шестой", "седьмой",
                              "восьмой", "девятый"]
    static let ordinalTeens = ["десятый", "одиннадцатый", "двенадцатый", "тринадцатый", "четырнадцатый",
                               "пятнадцатый", "шестнадцатый", "семнадцатый", "восемнадцатый", "девятнадцатый"]
    static let ordinalTens = ["", "", "двадцатый", "тридцатый", "сороковой", "пятидесятый", "шестидесятый",
                              "семидесятый", "восьмидесятый", "девяностый"]
    static let ordinalHundreds = ["", "сотый", "двухсотый", "трёхсотый", "четырёхсотый", "пятисотый",
                                  "шестисотый", "семисотый", "восьмисотый", "девятисотый"]
    /// Genitive stems fused into compound ordinals (двухтысячный, пятимиллионный).
    static let genitiveOnes = ["", "одно", "двух", "трёх", "четырёх", "пяти", "шести", "семи", "восьми", "девяти"]
    static let genitiveTeens = ["десяти", "одиннадцати", "двенадцати", "тринадцати", "четырнадцати",
                                "пятнадцати", "шестнадцати", "семнадцати", "восемнадцати", "девятнадцати"]
    static let genitiveTens = ["", "", "двадцати", "тридцати", "сорока", "пятидесяти", "шестидесяти",
                               "семидесяти", "восьмидесяти", "девяноста"]
    static let genitiveHundreds = ["", "сто", "двухсот", "трёхсот", "четырёхсот", "пятисот", "шестисот",
                                   "семисот", "восьмисот", "девятисот"]
    static let ordinalScales = ["", "тысячный", "миллионный", "миллиардный", "триллионный"]

    /// Only the last word of a compound ordinal is ordinal (девяносто второй, две тысячи
    /// двадцать первый); a round thousand or million fuses its multiplier in the genitive
    /// (двухтысячный, стотысячный). Masculine nominative singular.
    public static func ordinalWords(_ value: UInt64) -> String {
        if value == 0 { return "нулевой" }
        var groups: [Int] = []
        var rest = value
        while rest > 0 { groups.append(Int(rest % 1000)); rest /= 1000 }
        let lowestScale = groups.firstIndex(where: { $0 > 0 })!
        // Everything above the last non-zero group stays cardinal.
        var higher: UInt64 = 0
        for scale in (lowestScale + 1)..<max(lowestScale + 1, groups.count) {
            var power: UInt64 = 1
            for _ in 0..<scale { power *= 1000 }
            higher += UInt64(groups[scale]) * power
        }
        let prefix = higher > 0 ? spellOut(higher) + " " : ""
        let group = groups[lowestScale]
        if lowestScale == 0 {
            let h = group / 100, t = (group / 10) % 10, o = group % 10
            var words: [String] = []
            if t == 0 && o == 0 { return prefix + ordinalHundreds[h] }
            if h > 0 { words.append(hundreds[h]) }
            if t == 1 { words.append(ordinalTeens[o]) } else {
                if o == 0 { words.append(ordinalTens[t]) } else {
                    if t > 1 { words.append(tens[t]) }
                    words.append(ordinalOnes[o])
                }
            }
            return prefix + words.joined(separator: " ")
        }
        let multiplier = group == 1 ? "" : genitiveStem(group)
        return prefix + multiplier + ordinalScales[lowestScale]
    }

    static func genitiveStem(_ n: Int) -> String {
        let h = n / 100, t = (n / 10) % 10, o = n % 10
        var stem = genitiveHundreds[h]
        if t == 1 { stem += genitiveTeens[o] } else {
            stem += genitiveTens[t]
            if o > 0 { stem += genitiveOnes[o] }
        }
        return stem
    }

    /// 92 → "92-й", "92-я", "92-е" (the abbreviated ordinal keeps one letter of its ending,
    /// Розенталь § «Порядковые числительные»: 5-й класс, 5-я статья, 5-е издание).
    public static func ordinalDigits(_ value: UInt64, gender: GrammaticalGender = .masculine) -> String {
        switch gender {
        case .masculine: "\(value)-й"
        case .feminine: "\(value)-я"
        case .neuter: "\(value)-е"
        }
    }

    /// The ordinal in words agreeing with a feminine or neuter noun: вторая статья, третье издание.
    public static func ordinalWords(_ value: UInt64, gender: GrammaticalGender) -> String {
        let masculine = ordinalWords(value)
        guard gender != .masculine else { return masculine }
        let stem = masculine.dropLast(2)
        if masculine.hasSuffix("ий") { return stem + (gender == .feminine ? "ья" : "ье") }  // третий
        return stem + (gender == .feminine ? "ая" : "ое")
    }
}
