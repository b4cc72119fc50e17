/// The language-independent entry points: one call per grammatical job, dispatching to the
/// language's rules. Templates reach these through the Stencil filters in Drafting.
public enum Grammar {
    /// How an ordinal is written.
    public enum OrdinalStyle: String, Sendable, CaseIterable {
        /// 92nd · 92'nci · 92-й
        case digits
        /// ninety-second · doksan ikinci · девяносто второй
        case words
    }

    /// A number in words: "doksan iki", "девяносто два", "ninety-two". `gender` matters only
    /// for Russian (одна, две).
    public static func spellOut(_ number: DecimalNumber, language: Language,
                                gender: GrammaticalGender = .masculine) -> String {
        switch language {
        case .tr: Turkish.spellOut(number)
        case .ru: Russian.spellOut(number, gender: gender)
        case .en: English.spellOut(number)
        }
    }

    public static func spellOut(_ value: Int, language: Language) -> String {
        spellOut(DecimalNumber(value), language: language)
    }

    /// An ordinal; negative numbers and fractions have none, so they come back as digits with a note.
    /// `gender` matters only for Russian (92-я статья, вторая статья).
    public static func ordinal(_ number: DecimalNumber, language: Language, style: OrdinalStyle = .digits,
                               gender: GrammaticalGender = .masculine) -> GrammarResult {
        guard !number.hasFraction, !number.isNegative else {
            return GrammarResult(formatNumber(number, language: language),
                                 notes: ["\(number) has no ordinal: only whole numbers from 0 up do."])
        }
        let n = number.integer
        let text: String
        switch (language, style) {
        case (.tr, .digits): text = Turkish.ordinalDigits(n)
        case (.tr, .words): text = Turkish.ordinalWords(n)
        case (.ru, .digits): text = Russian.ordinalDigits(n, gender: gender)
        case (.ru, .words): text = Russian.ordinalWords(n, gender: gender)
        case (.en, .digits): text = English.ordinalDigits(n)
        case (.en, .words): text = English.ordinalWords(n)
        }
        return GrammarResult(text)
    }

    public static func ordinal(_ value: Int, language: Language, style: OrdinalStyle = .digits) -> String {
        ordinal(DecimalNumber(value), language: language, style: style).text
    }

    /// Digits with the language's grouping and decimal mark: 3.500.000 and 3,5 (tr),
    /// 3 500 000 (non-breaking spaces) and 3,5 (ru), 3,500,000 and 3.5 (en).
    /// `fractionDigits` rounds (half away from zero) or pads to that many digits.
    public static func formatNumber(_ number: DecimalNumber, language: Language, fractionDigits: Int? = nil) -> String {
        NumberFormatting.format(number, language: language, fractionDigits: fractionDigits)
    }

    /// 1 Ekim 2021 · 1 октября 2021 г. · 1 October 2021, or the numeric form.
    public static func date(_ date: CalendarDate, language: Language, style: DateStyle = .long) -> String {
        DateNames.format(date, language: language, style: style)
    }

    /// The CLDR plural category; Turkish counts take the singular (92 mutabakat zaptı), so every
    /// Turkish number is `other` there, as in CLDR's tr rules for nouns after numerals.
    public static func pluralCategory(_ number: DecimalNumber, language: Language) -> PluralCategory {
        switch language {
        case .tr: number.integer == 1 && !number.hasFraction ? .one : .other
        case .ru: Russian.pluralCategory(number)
        case .en: English.pluralCategory(number)
        }
    }

    /// The noun form for a count: меморандума for 92, memoranda for 2; Turkish keeps the
    /// singular after a numeral (TDK: "Sayı sıfatlarından sonra çokluk eki getirilmez").
    public static func nounForm(for number: DecimalNumber, forms: NounForms, language: Language) -> String {
        if language == .tr { return forms.one ?? forms.other }
        return forms.form(for: pluralCategory(number, language: language))
    }

    /// A number and the right noun form: "92 меморандума", "1,5 миллиона", "2 memoranda",
    /// "92 mutabakat zaptı"; with `spelled`, the number in words agreeing in gender
    /// ("двадцать одна страна").
    public static func count(_ number: DecimalNumber, forms: NounForms, language: Language, spelled: Bool = false) -> String {
        let noun = nounForm(for: number, forms: forms, language: language)
        let amount = spelled
            ? spellOut(number, language: language, gender: forms.gender ?? .masculine)
            : formatNumber(number, language: language)
        return amount + " " + noun
    }

    /// The form of a noun that the lexicon does not know: the word itself for Turkish and the
    /// regular plural for English, with a note; Russian cannot be guessed, so the note says
    /// which forms to add.
    public static func unknownNounForms(_ noun: String, language: Language) -> (forms: NounForms, note: String) {
        switch language {
        case .tr:
            return (NounForms(one: noun, other: noun), "'\(noun)' is not in locales/tr/nouns.yaml; used as written.")
        case .en:
            return (NounForms(one: noun, other: English.regularPlural(noun)),
                    "'\(noun)' is not in locales/en/nouns.yaml; regular plural '\(English.regularPlural(noun))' assumed — add `\(noun): {one: \(noun), other: …}`.")
        case .ru:
            return (NounForms(other: noun),
                    "'\(noun)' is not in locales/ru/nouns.yaml; add `\(noun): {one: …, few: …, many: …, other: …}` (forms after 1, 2, 5 and 1,5).")
        }
    }

    /// Locale-correct case mapping (İ/ı in Turkish).
    public static func uppercased(_ text: String, language: Language) -> String {
        CaseMapping.uppercased(text, language: language)
    }

    public static func lowercased(_ text: String, language: Language) -> String {
        CaseMapping.lowercased(text, language: language)
    }
}
