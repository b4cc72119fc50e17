import AgreementModel
import Linguistics

/// The values a press-release template sees, for one language: the agreement's parties, signing
/// and areas (the same ones the MoU is drafted from) plus the announcement's facts and the
/// computed totals. Built only after `Agreement.checkAnnouncement(languages:)` found nothing, so
/// every text looked up here exists.
///
/// Keys (documented for template authors): `language`, `press` (locales/<lang>/press.yaml),
/// `headline {speaker?, text}`, `published`, `signing {date, online}`, `ceremony {online, place}`,
/// `agency`/`partner` `{name, short, country {name}}`, `signers` and `sides[].participants`
/// (each `{id, name, surname, title, titleCapitalized, role, roleCapitalized, gender, last, beforeLast}`:
/// `title` as the release titles them, `role` their own title without the organisation), `sides[].party`, `quotes[]
/// {speaker, heading, text}`, `cited[] {speaker, value, scaleWord, moreThan, about, exactly, noun,
/// scope}`, `coverage[] {id, custom, sentence, text}`, `figures {before, after, newCountry,
/// partnerIsInstitution}` with counts `{memoranda, institutions, countries, internationalOrganisations}`.
public struct PressReleaseContext {
    public let agreement: Agreement
    public let announcement: Announcement
    public let language: Language
    /// The parsed locales/<lang>/press.yaml.
    public let press: PressLocale
    /// Wraps every text that comes from the agreement file so it prints as text, never as markup.
    public let text: (String) -> Any

    public init(agreement: Agreement, announcement: Announcement, language: Language, press: PressLocale,
                text: @escaping (String) -> Any) {
        self.agreement = agreement
        self.announcement = announcement
        self.language = language
        self.press = press
        self.text = text
    }

    /// The dictionary handed to Stencil.
    public func values() -> [String: Any] {
        let totals = announcement.figures.totals
        let people = Dictionary(announcement.participants.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func speaker(_ id: String?) -> Any? {
            guard let id, let participant = people[id] else { return nil }
            return personValues(participant, index: 0, count: 1)
        }

        let sides: [[String: Any]] = agreement.parties.compactMap { party in
            let members = announcement.participants.filter { $0.party == party.id }
            guard !members.isEmpty else { return nil }
            return ["party": partyValues(party),
                    "participants": members.enumerated().map { personValues($1, index: $0, count: members.count) }]
        }
        // Who signed: the participants standing for their party's signatory, else the signatories.
        let signerEntries: [Participant] = agreement.parties.map { party in
            announcement.participants.first(where: { $0.party == party.id && $0.person == nil })
                ?? Participant(id: party.id + "-signatory", party: party.id)
        }
        let signers = signerEntries.enumerated().map { personValues($1, index: $0, count: signerEntries.count) }

        var headline: [String: Any] = ["text": text(announcement.headline.text[language] ?? "")]
        if let s = speaker(announcement.headline.speaker) { headline["speaker"] = s }

        let quotes: [[String: Any]] = announcement.quotes.map { quote in
            var entry: [String: Any] = ["heading": text(quote.heading[language] ?? ""),
                                        "text": text(quote.text[language] ?? "")]
            if let s = speaker(quote.speaker) { entry["speaker"] = s }
            return entry
        }

        let cited: [[String: Any]] = (announcement.cited ?? []).map { figure in
            let qualifier = figure.qualifier ?? .moreThan
            var entry: [String: Any] = [
                "value": PressReleaseContext.number(figure.value),
                "moreThan": qualifier == .moreThan, "about": qualifier == .about, "exactly": qualifier == .exactly,
                "noun": text(figure.noun[language] ?? ""),
            ]
            if let s = speaker(figure.speaker) { entry["speaker"] = s }
            if let scale = figure.scale, let word = press.scale[scale] { entry["scaleWord"] = word }
            if let scope = figure.scope?[language] { entry["scope"] = text(scope) }
            return entry
        }

        let coverage: [[String: Any]] = agreement.areas.map { area in
            switch area {
            case .standard(let standard):
                return ["id": area.id, "custom": false, "sentence": press.coverage[standard] ?? ""]
            case .custom(let id, let localized):
                return ["id": id, "custom": true, "text": text(localized[language] ?? "")]
            }
        }

        var ceremony: [String: Any] = ["online": announcement.ceremony.mode == .online]
        if let place = announcement.ceremony.place?[language] { ceremony["place"] = text(place) }

        var values: [String: Any] = [
            "language": language.rawValue,
            "press": press.values,
            "headline": headline,
            "published": announcement.published,
            "signing": ["date": agreement.signing.date, "online": agreement.signing.mode == .online] as [String: Any],
            "ceremony": ceremony,
            "sides": sides,
            "signers": signers,
            "quotes": quotes,
            "coverage": coverage,
            "figures": [
                "before": PressReleaseContext.counts(totals.before),
                "after": PressReleaseContext.counts(totals.after),
                "newCountry": announcement.figures.newCountry,
                "partnerIsInstitution": announcement.figures.effectivePartnerKind == .institution,
            ] as [String: Any],
        ]
        if !cited.isEmpty { values["cited"] = cited }
        if let agency = agreement.parties.first { values["agency"] = partyValues(agency) }
        if agreement.parties.count > 1 { values["partner"] = partyValues(agreement.parties[1]) }
        return values
    }

    private func partyValues(_ party: Party) -> [String: Any] {
        ["id": party.id,
         "name": text(party.name[language] ?? ""),
         "short": text(party.short[language] ?? ""),
         "country": ["code": party.country.code, "name": text(party.country.name[language] ?? "")] as [String: Any]]
    }

    private func personValues(_ participant: Participant, index: Int, count: Int) -> [String: Any] {
        let person = agreement.person(of: participant)
        let name = person?.name[language] ?? ""
        let role = person?.title[language] ?? ""
        let title = participant.title?[language] ?? role
        return ["id": participant.id,
                "party": participant.party,
                "name": text(name),
                "surname": text(PressReleaseContext.surname(of: name)),
                "title": text(press.midSentence(title, language)),
                "titleCapitalized": text(PressReleaseContext.capitalizingFirst(title, language)),
                "role": text(press.midSentence(role, language)),
                "roleCapitalized": text(PressReleaseContext.capitalizingFirst(role, language)),
                "gender": person?.gender?.rawValue ?? "male",
                "last": index == count - 1,
                "beforeLast": index == count - 2]
    }

    /// The last word of a name (`Hasan Basri Kurt` → `Kurt`, `N. Bantsekin` → `Bantsekin`): how
    /// the release names a person after introducing them.
    static func surname(of name: String) -> String {
        name.split(whereSeparator: \.isWhitespace).last.map(String.init) ?? name
    }

    /// The title with its first letter capitalised, for a sentence that starts with it (Russian
    /// writes titles in lower case mid-sentence: «… сообщил генеральный директор»).
    static func capitalizingFirst(_ text: String, _ language: Language) -> String {
        guard let first = text.first else { return text }
        return String(first).uppercased(with: language.locale) + text.dropFirst()
    }

    /// Whole numbers as `Int` so filters print no decimal mark; others as `Double`.
    static func number(_ value: Double) -> Any {
        value.rounded() == value && abs(value) < 1e15 ? Int(value) : value
    }

    static func counts(_ c: FigureCounts) -> [String: Any] {
        ["memoranda": c.memoranda, "institutions": c.institutions, "countries": c.countries,
         "internationalOrganisations": c.internationalOrganisations]
    }
}
