import AgreementModel
import Linguistics

/// Builds the Stencil context of one language's press release: the agreement's parties,
/// signing and areas (the very values the MoU is drafted from, so the two cannot disagree) plus
/// the announcement's facts and the totals computed from them. Values are raw text — the engine
/// escapes what a `{{ }}` prints after the grammar filters have seen it — and every object
/// reports a misspelt member to `recorder`. Built only after `Agreement.checkAnnouncement` found
/// nothing, so every text it looks up exists.
///
/// The keys, documented for template authors:
/// `language`; `press` (locales/<lang>/press.yaml: `customLeadIn`); `headline {speaker text}`
/// (`speaker` nil for a plain headline); `published` (a date: use `|date`); `signing {date online}`;
/// `ceremony {online place}`; `agency` (the first party) and `partner` (the second), each
/// `{id name short country{code name}}`; `signers` (who signed, one per party) and `sides` (each
/// `{party participants}`), whose people are `{id party name surname title titleCapitalized role
/// roleCapitalized gender last beforeLast}` — `title` as the release titles them (KOSGEB Başkanı),
/// `role` their own title (Başkan), both in their mid-sentence form, `…Capitalized` to start a
/// sentence, `last`/`beforeLast` to join a list; `quotes` (each `{speaker heading text}`); `cited`
/// (each `{speaker value scaleWord moreThan about exactly noun scope}`, nil when none); `coverage`
/// (each `{id custom sentence text}`, in the order of the agreement's areas); `figures {before after
/// newCountry partnerIsInstitution}` with counts `{memoranda institutions countries
/// internationalOrganisations}`.
public enum PressReleaseContext {
    public static func make(_ agreement: Agreement, announcement: Announcement, language: Language,
                            press: PressLocale, recorder: LookupRecorder?) -> [String: Any] {
        func object(_ path: String, _ fields: [String: Any?]) -> TemplateObject {
            TemplateObject(path: path, fields: fields, recorder: recorder)
        }
        func text(_ value: Localized<String>?) -> String { value?[language] ?? "" }

        func party(_ party: Party, _ path: String) -> TemplateObject {
            object(path, [
                "id": party.id,
                "name": text(party.name),
                "short": text(party.short),
                "country": object(path + ".country", ["code": party.country.code, "name": text(party.country.name)]),
            ])
        }
        func person(_ participant: Participant, _ path: String, index: Int = 0, count: Int = 1) -> TemplateObject {
            let who = agreement.person(of: participant)
            let name = text(who?.name)
            let role = text(who?.title)
            let title = participant.title?[language] ?? role
            return object(path, [
                "id": participant.id,
                "party": participant.party,
                "name": name,
                "surname": surname(of: name),
                "title": press.midSentence(title, language),
                "titleCapitalized": capitalizingFirst(title, language),
                "role": press.midSentence(role, language),
                "roleCapitalized": capitalizingFirst(role, language),
                "gender": who?.gender?.rawValue,
                "last": index == count - 1,
                "beforeLast": index == count - 2,
            ])
        }
        let people = Dictionary(announcement.participants.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func speaker(_ id: String?, _ path: String) -> TemplateObject? {
            guard let id, let participant = people[id] else { return nil }
            return person(participant, path)
        }

        let sides: [Any] = agreement.parties.filter { party in
            announcement.participants.contains { $0.party == party.id }
        }.enumerated().map { index, side in
            let members = announcement.participants.filter { $0.party == side.id }
            let path = "sides.\(index)"
            return object(path, [
                "party": party(side, path + ".party"),
                "participants": members.enumerated().map {
                    person($1, "\(path).participants.\($0)", index: $0, count: members.count)
                },
            ])
        }
        // Who signed: the participant standing for each party's signatory, else the signatory.
        let signerEntries: [Participant] = agreement.parties.map { party in
            announcement.participants.first { $0.party == party.id && $0.person == nil }
                ?? Participant(id: party.id, party: party.id)
        }
        let signers: [Any] = signerEntries.enumerated().map {
            person($1, "signers.\($0)", index: $0, count: signerEntries.count)
        }

        let quotes: [Any] = announcement.quotes.enumerated().map { index, quote in
            object("quotes.\(index)", [
                "speaker": speaker(quote.speaker, "quotes.\(index).speaker"),
                "heading": text(quote.heading),
                "text": text(quote.text),
            ])
        }

        let cited: [Any] = (announcement.cited ?? []).enumerated().map { index, figure in
            let qualifier = figure.qualifier ?? .moreThan
            return object("cited.\(index)", [
                "speaker": speaker(figure.speaker, "cited.\(index).speaker"),
                "value": number(figure.value),
                "scaleWord": figure.scale.flatMap { press.scale[$0] },
                "moreThan": qualifier == .moreThan,
                "about": qualifier == .about,
                "exactly": qualifier == .exactly,
                "noun": text(figure.noun),
                "scope": figure.scope?[language],
            ])
        }

        // One entry per area of the agreement, in its order: the list the MoU's areas article is built from.
        let coverage: [Any] = agreement.areas.enumerated().map { index, area in
            switch area {
            case .standard(let standard):
                return object("coverage.\(index)", ["id": area.id, "custom": false,
                                                    "sentence": press.coverage[standard], "text": nil])
            case .custom(let id, let value):
                // Without its closing punctuation: the template ends the sentence.
                return object("coverage.\(index)", ["id": id, "custom": true, "sentence": nil,
                                                    "text": MoUContext.clause(text(value))])
            }
        }

        let totals = announcement.figures.totals
        let ceremony = agreement.ceremony(of: announcement)
        func counts(_ c: FigureCounts, _ path: String) -> TemplateObject {
            object(path, ["memoranda": c.memoranda, "institutions": c.institutions, "countries": c.countries,
                          "internationalOrganisations": c.internationalOrganisations])
        }

        var context: [String: Any] = [
            "language": language.rawValue,
            "press": object("press", ["customLeadIn": press.customLeadIn]),
            "headline": object("headline", [
                "speaker": speaker(announcement.headline.speaker, "headline.speaker"),
                "text": text(announcement.headline.text),
            ]),
            "published": announcement.published,
            "signing": object("signing", ["date": agreement.signing.date, "online": agreement.signing.mode == .online]),
            "ceremony": object("ceremony", [
                "online": ceremony.mode == .online,
                "place": ceremony.place?[language],
            ]),
            "sides": sides,
            "signers": signers,
            "quotes": quotes,
            "coverage": coverage,
            "figures": object("figures", [
                "before": counts(totals.before, "figures.before"),
                "after": counts(totals.after, "figures.after"),
                "newCountry": announcement.figures.newCountry,
                "partnerIsInstitution": announcement.figures.effectivePartnerKind == .institution,
            ]),
        ]
        if !cited.isEmpty { context["cited"] = cited }
        if let first = agreement.parties.first { context["agency"] = party(first, "agency") }
        if agreement.parties.count > 1 { context["partner"] = party(agreement.parties[1], "partner") }
        return context
    }

    /// The names a template may use at the top level, whether or not they have a value.
    public static let topLevelNames: Set<String> = [
        "language", "press", "headline", "published", "signing", "ceremony", "agency", "partner",
        "sides", "signers", "quotes", "cited", "coverage", "figures", "grammar",
    ]

    /// The last word of a name (`Hasan Basri Kurt` → `Kurt`, `N. Bantsekin` → `Bantsekin`): how
    /// the release names a person once introduced.
    static func surname(of name: String) -> String {
        name.split(whereSeparator: \.isWhitespace).last.map(String.init) ?? name
    }

    /// The text with its first letter capitalised, for a sentence that starts with it.
    static func capitalizingFirst(_ text: String, _ language: Language) -> String {
        guard let first = text.first else { return text }
        return String(first).uppercased(with: language.locale) + text.dropFirst()
    }

    /// Whole numbers as `Int`, so the number filter prints no decimal mark; others as `Double`.
    static func number(_ value: Double) -> Any {
        value.rounded() == value && abs(value) < 1e15 ? Int(value) : value
    }
}
