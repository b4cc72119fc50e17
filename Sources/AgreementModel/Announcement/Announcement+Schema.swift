import Linguistics

/// The `announcement:` section's JSON Schema, which `mou schema` includes, so an editor can
/// complete and check the press-release facts like the rest of the agreement file.
extension Announcement: SchemaDescribing {
    public static var jsonSchema: JSONValue {
        typealias S = AgreementSchema
        let number = JSONValue.object([("description", "The number as said, before the scale word (3.5 for 3.5 million)."),
                                       ("type", "number"), ("exclusiveMinimum", .integer(0))])
        let participantID = JSONValue.object([("description", "A participant's id (kurt)."), ("type", "string"), ("minLength", 1)])
        return S.object("The press-release facts (`mou press-release`): what the release says that the MoU does not.", [
            ("published", .object([("description", "The day the release is published, YYYY-MM-DD."), ("type", "string"), ("format", "date")]), true),
            ("ceremony", S.object("How the ceremony was held; when left out, as the signing was.", [
                ("mode", S.enumeration(SigningMode.allCases.map(\.rawValue), "Online or in person."), true),
                ("place", S.ref("localizedText", "Where an in-person ceremony took place, per language."), false),
            ]), false),
            ("participants", S.array(of: S.object("Someone who took part, on one party's side.", [
                ("id", S.string("A short key quotes and cited figures name their speaker by (kurt)."), true),
                ("party", S.string("The id of the party this person belongs to."), true),
                ("person", S.ref("person", "The person; when left out, the party's signatory."), false),
                ("title", S.ref("localizedText", "The title as the release prints it (KOSGEB Başkanı), when it differs from the person's."), false),
            ]), "Who took part, in the order the release names them.", minItems: 1), true),
            ("quotes", .object([("description", "What the speakers said, each under its own sub-heading."), ("type", "array"),
                                ("items", S.object("A quote.", [
                                    ("speaker", participantID, true),
                                    ("heading", S.ref("localizedText", "The sub-heading above the quote, per language."), true),
                                    ("text", S.ref("localizedText", "The quoted words per language, without quotation marks; every requested language needs one."), true),
                                ]))]), true),
            ("headline", S.object("The headline: a speaker's short quote, or a plain headline without `speaker`.", [
                ("speaker", participantID, false),
                ("text", S.ref("localizedText", "The short quote or headline per language."), true),
            ]), true),
            ("figures", S.object("The agency's counts before this signing; the totals after it are computed.", [
                ("before", S.object("The counts before this signing.", [
                    ("memoranda", S.integer("MoUs signed so far.", minimum: 0), true),
                    ("institutions", S.integer("Institutions they were signed with.", minimum: 0), true),
                    ("countries", S.integer("Countries of those institutions.", minimum: 0), true),
                    ("internationalOrganisations", S.integer("International organisations they were signed with.", minimum: 0), true),
                ]), true),
                ("partnerKind", S.enumeration(PartnerKind.allCases.map(\.rawValue), "Which count this signing raises (institution when left out)."), false),
                ("newCountry", .object([("description", "Whether the partner's country is new to the agency's MoUs."), ("type", "boolean")]), true),
            ]), true),
            ("cited", .object([("description", "Figures a speaker cited (more than 3.5 million enterprises)."), ("type", "array"),
                               ("items", S.object("A cited figure.", [
                                   ("speaker", participantID, true),
                                   ("value", number, true),
                                   ("scale", S.enumeration(FigureScale.allCases.map(\.rawValue), "The scale word after the number."), false),
                                   ("qualifier", S.enumeration(FigureQualifier.allCases.map(\.rawValue), "more-than (when left out), about or exactly."), false),
                                   ("noun", S.ref("localizedText", "What is counted, in the form it takes after the number in each language (işletme, предприятий, enterprises)."), true),
                                   ("scope", S.ref("localizedText", "Where or among whom (Türkiye'de faaliyet gösteren, в Турции, in Türkiye)."), false),
                               ]))]), false),
        ])
    }
}
