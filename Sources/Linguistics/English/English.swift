/// English numerals and plurals, British usage as the agency's English is en-GB (Oxford
/// Guide to Style / New Hart's Rules, "Numbers": hyphenated compounds from 21 to 99,
/// "and" after hundred: one hundred and two).
public enum English {
    static let ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                       "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                       "eighteen", "nineteen"]
    static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    static let scales = ["", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion"]

    static func below100(_ n: Int) -> String {
        if n < 20 { return ones[n] }
        return tens[n / 10] + (n % 10 > 0 ? "-" + ones[n % 10] : "")
    }

    static func below1000(_ n: Int) -> String {
        let h = n / 100, rest = n % 100
        var parts: [String] = []
        if h > 0 { parts.append(ones[h] + " hundred") }
        if rest > 0 { parts.append(below100(rest)) }
        return parts.joined(separator: " and ")
    }

    /// 92 → "ninety-two", 1900 → "one thousand nine hundred", 1002 → "one thousand and two".
    public static func spellOut(_ value: UInt64) -> String {
        if value == 0 { return "zero" }
        var groups: [Int] = []
        var rest = value
        while rest > 0 { groups.append(Int(rest % 1000)); rest /= 1000 }
        var parts: [String] = []
        for (scale, group) in groups.enumerated().reversed() where group > 0 {
            var text = below1000(group)
            if scale > 0 { text += " " + scales[scale] }
            // British "and" before a final group below 100 (one thousand and two).
            if scale == 0, group < 100, groups.count > 1 { text = "and " + text }
            parts.append(text)
        }
        return parts.joined(separator: " ")
    }

    /// 3.5 → "three point five", 2.05 → "two point zero five" (digits read one by one).
    public static func spellOut(_ number: DecimalNumber) -> String {
        var text = spellOut(number.integer)
        if number.hasFraction {
            text += " point " + number.fraction.map { ones[$0.wholeNumberValue ?? 0] }.joined(separator: " ")
        }
        return (number.isNegative ? "minus " : "") + text
    }

    /// 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 92nd, 111th.
    public static func ordinalDigits(_ value: UInt64) -> String {
        let suffix: String
        switch (value % 10, value % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(value)\(suffix)"
    }

    static let irregularOrdinals = ["one": "first", "two": "second", "three": "third", "five": "fifth",
                                    "eight": "eighth", "nine": "ninth", "twelve": "twelfth"]

    /// 92 → "ninety-second", 100 → "one hundredth", 20 → "twentieth".
    public static func ordinalWords(_ value: UInt64) -> String {
        let cardinal = spellOut(value)
        let separatorIndex = cardinal.lastIndex(where: { $0 == " " || $0 == "-" })
        let head = separatorIndex.map { String(cardinal[...$0]) } ?? ""
        let last = separatorIndex.map { String(cardinal[cardinal.index(after: $0)...]) } ?? cardinal
        let ordinal: String
        if let irregular = irregularOrdinals[last] {
            ordinal = irregular
        } else if last.hasSuffix("y") {
            ordinal = last.dropLast() + "ieth"
        } else {
            ordinal = last + "th"
        }
        return head + ordinal
    }

    /// CLDR en: one = i = 1 and v = 0; everything else is other (1.5 million, 0 memoranda).
    public static func pluralCategory(_ number: DecimalNumber) -> PluralCategory {
        number.integer == 1 && !number.hasFraction ? .one : .other
    }

    /// The regular plural when a noun is not in the lexicon: -es after s, x, z, ch, sh; -ies
    /// after a consonant + y; -s otherwise.
    public static func regularPlural(_ noun: String) -> String {
        let lower = noun.lowercased()
        if ["s", "x", "z", "ch", "sh"].contains(where: { lower.hasSuffix($0) }) { return noun + "es" }
        if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) {
            return noun.dropLast() + "ies"
        }
        return noun + "s"
    }
}
