/// The forms of a noun after a number, by CLDR plural category, as `locales/<lang>/nouns.yaml`
/// gives them: ru `{one: меморандум, few: меморандума, many: меморандумов, other: меморандума}`,
/// en `{one: memorandum, other: memoranda}`. Missing categories fall back to `other`.
public struct NounForms: Sendable, Equatable {
    public var one: String?
    public var few: String?
    public var many: String?
    public var other: String
    /// For agreement of один/одна, два/две when the count is spelled out.
    public var gender: GrammaticalGender?

    public init(one: String? = nil, few: String? = nil, many: String? = nil, other: String,
                gender: GrammaticalGender? = nil) {
        self.one = one
        self.few = few
        self.many = many
        self.other = other
        self.gender = gender
    }

    public func form(for category: PluralCategory) -> String {
        switch category {
        case .one: one ?? other
        case .few: few ?? other
        case .many: many ?? other
        case .other: other
        }
    }

    /// Every form, for looking a noun up by any of them.
    public var allForms: [String] { [one, few, many, other].compactMap { $0 } }
}

/// The nouns one language knows, keyed by the language's own dictionary form (меморандум,
/// memorandum).
public struct NounLexicon: Sendable, Equatable {
    public var language: Language
    public var entries: [String: NounForms]

    public init(language: Language, entries: [String: NounForms] = [:]) {
        self.language = language
        self.entries = entries
    }

    /// The noun by key, or by any of its forms, ignoring case.
    public func forms(for noun: String) -> NounForms? {
        if let exact = entries[noun] { return exact }
        let wanted = CaseMapping.lowercased(noun, language: language)
        for (key, forms) in entries where CaseMapping.lowercased(key, language: language) == wanted
            || forms.allForms.contains(where: { CaseMapping.lowercased($0, language: language) == wanted }) {
            return forms
        }
        return nil
    }
}
