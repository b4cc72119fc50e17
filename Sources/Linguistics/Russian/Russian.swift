/// Russian numerals, plural categories and agreement.
public enum Russian {
    /// CLDR plural rules for ru (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html):
    /// one: v = 0 and i % 10 = 1 and i % 100 != 11;
    /// few: v = 0 and i % 10 = 2..4 and i % 100 != 12..14;
    /// many: v = 0 and (i % 10 = 0 or i % 10 = 5..9 or i % 100 = 11..14);
    /// other: everything else, i.e. every number with a fraction (1,5 миллиона).
    public static func pluralCategory(_ number: DecimalNumber) -> PluralCategory {
        guard !number.hasFraction else { return .other }
        let i10 = number.integer % 10, i100 = number.integer % 100
        if i10 == 1 && i100 != 11 { return .one }
        if (2...4).contains(i10) && !(12...14).contains(i100) { return .few }
        return .many
    }

    public static func pluralCategory(_ value: Int) -> PluralCategory {
        pluralCategory(DecimalNumber(value))
    }

    /// The past-tense verb or title for a person's gender: (отметил, отметила).
    public static func agree(_ gender: Gender, masculine: String, feminine: String) -> String {
        gender == .female ? feminine : masculine
    }
}
