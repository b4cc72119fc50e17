import Linguistics

/// The facts of a signing's press release (`announcement:` in the agreement file).
/// Optional for drafting the MoU itself; `mou press-release` needs it. Everything the release
/// says that the MoU does not already say lives here, and nothing the MoU says is repeated:
/// the parties, their signatories, the signing date and the areas of cooperation come from the
/// agreement, so the release and the MoU cannot disagree.
public struct Announcement: Codable, Sendable, Equatable {
    /// The day the release is published (`2021-10-01`), printed in the date line.
    public var published: CalendarDate
    /// How the ceremony was held: online, or in person and where. When absent, as the signing
    /// was (its `mode` and `place`), so a fact the agreement already states is not typed twice.
    public var ceremony: Ceremony?
    /// Who took part, on each side, in the order the release names them.
    public var participants: [Participant]
    /// What the speakers said, each under its own sub-heading, in the order printed.
    public var quotes: [Quote]
    /// The release's headline: a speaker's short quote, or a plain headline per language.
    public var headline: Headline
    /// The agency's running totals before this signing; the totals after it are computed.
    public var figures: AgencyFigures
    /// Figures the speakers cited (more than 3.5 million enterprises), reported in the release.
    public var cited: [CitedFigure]?

    public init(published: CalendarDate, ceremony: Ceremony? = nil, participants: [Participant],
                quotes: [Quote], headline: Headline, figures: AgencyFigures, cited: [CitedFigure]? = nil) {
        self.published = published
        self.ceremony = ceremony
        self.participants = participants
        self.quotes = quotes
        self.headline = headline
        self.figures = figures
        self.cited = cited
    }
}

/// How the signing ceremony was held.
public struct Ceremony: Codable, Sendable, Equatable {
    /// `online` or `in-person` (the same words as the signing's mode).
    public var mode: SigningMode
    /// Where an in-person ceremony took place, per language (`Ankara`, `Анкара`); for an online
    /// one it may stay empty.
    public var place: Localized<String>?

    public init(mode: SigningMode, place: Localized<String>? = nil) {
        self.mode = mode
        self.place = place
    }
}

/// Someone who took part in the ceremony, on one party's side.
public struct Participant: Codable, Sendable, Equatable {
    /// A short key quotes and cited figures use to name their speaker (`kurt`).
    public var id: String
    /// The id of the party this person belongs to (`kosgeb`, `rsmb`).
    public var party: String
    /// The person; when absent, the party's signatory (so a signatory is never typed twice).
    public var person: Person?
    /// The title as the release prints it, when it differs from the person's title in the MoU
    /// (`KOSGEB Başkanı` in the release, `Başkan` under the signature).
    public var title: Localized<String>?

    public init(id: String, party: String, person: Person? = nil, title: Localized<String>? = nil) {
        self.id = id
        self.party = party
        self.person = person
        self.title = title
    }
}

/// A speaker's words, printed under a sub-heading of its own.
public struct Quote: Codable, Sendable, Equatable {
    /// The participant id of the speaker.
    public var speaker: String
    /// The sub-heading above the quote, per language (`İş Birliği Gelişecek`).
    public var heading: Localized<String>
    /// The quoted words per language, without quotation marks (each language's template adds its own:
    /// “…” in Turkish and English, «…» in Russian). Every requested language needs its text.
    public var text: Localized<String>

    public init(speaker: String, heading: Localized<String>, text: Localized<String>) {
        self.speaker = speaker
        self.heading = heading
        self.text = text
    }
}

/// The headline: `speaker` plus a short quote (“KOSGEB Başkanı Kurt: …”), or, without a speaker,
/// the text alone.
public struct Headline: Codable, Sendable, Equatable {
    /// The participant id of the speaker, or nil for a plain headline.
    public var speaker: String?
    /// The short quote (or the whole headline) per language.
    public var text: Localized<String>

    public init(speaker: String? = nil, text: Localized<String>) {
        self.speaker = speaker
        self.text = text
    }
}

/// The agency's totals before this signing, and the two facts that decide the totals after it.
public struct AgencyFigures: Codable, Sendable, Equatable {
    /// The counts as they stood before this signing (91 MoUs, 86 institutions, 68 countries,
    /// 5 international organisations).
    public var before: FigureCounts
    /// Whether the partner is an institution (default) or an international organisation:
    /// which of the two counts this signing raises.
    public var partnerKind: PartnerKind?
    /// Whether the partner's country is one the agency had no MoU with yet. Required: only
    /// the press office knows, and a wrong guess would misstate the country count.
    public var newCountry: Bool

    public init(before: FigureCounts, partnerKind: PartnerKind? = nil, newCountry: Bool) {
        self.before = before
        self.partnerKind = partnerKind
        self.newCountry = newCountry
    }
}

/// The agency's running counts of partners and agreements.
public struct FigureCounts: Codable, Sendable, Equatable, Hashable {
    public var memoranda: Int
    public var institutions: Int
    public var countries: Int
    public var internationalOrganisations: Int

    public init(memoranda: Int, institutions: Int, countries: Int, internationalOrganisations: Int) {
        self.memoranda = memoranda
        self.institutions = institutions
        self.countries = countries
        self.internationalOrganisations = internationalOrganisations
    }
}

/// What kind of partner signed: it decides which partner count rises.
public enum PartnerKind: String, Codable, Sendable, CaseIterable {
    case institution
    case internationalOrganisation = "international-organisation"
}

/// A figure a speaker cited: “more than 3.5 million enterprises in Türkiye”.
public struct CitedFigure: Codable, Sendable, Equatable {
    /// The participant id of the speaker who cited it.
    public var speaker: String
    /// The number as said, before the scale word: 3.5 for “3.5 million”. Written in YAML with a
    /// decimal point; each language prints its own decimal mark (3,5 in Turkish and Russian).
    public var value: Double
    /// The scale word after the number, if any.
    public var scale: FigureScale?
    /// How the number was qualified: “more than” (default), “about”, or exactly.
    public var qualifier: FigureQualifier?
    /// What is counted, per language, in the form it takes after the number in that language's
    /// sentence: `işletme` (Turkish keeps the singular after a numeral), `предприятий` (genitive
    /// plural, as in “число предприятий”), `enterprises`.
    public var noun: Localized<String>
    /// Where or among whom, per language (`Türkiye'de faaliyet gösteren`, `в Турции`, `in Türkiye`).
    public var scope: Localized<String>?

    public init(speaker: String, value: Double, scale: FigureScale? = nil, qualifier: FigureQualifier? = nil,
                noun: Localized<String>, scope: Localized<String>? = nil) {
        self.speaker = speaker
        self.value = value
        self.scale = scale
        self.qualifier = qualifier
        self.noun = noun
        self.scope = scope
    }
}

public enum FigureScale: String, Codable, Sendable, CaseIterable {
    case thousand, million, billion
}

public enum FigureQualifier: String, Codable, Sendable, CaseIterable {
    case moreThan = "more-than"
    case about
    case exactly
}
