import Linguistics

/// A type that can describe its own file shape as JSON Schema, so `mou schema` covers it;
/// `Announcement` conforms where it is defined.
public protocol SchemaDescribing {
    static var jsonSchema: JSONValue { get }
}

/// The JSON Schema (draft 2020-12) of an agreement file, for editors to complete and check it.
/// Enumerations come from the Swift types, so a new case shows up here by itself; a test loads
/// the bundled example and checks that every key it uses is in the schema.
public enum AgreementSchema {
    /// The schema as pretty-printed JSON text, ending in a newline.
    public static func json() -> String { document.serialized() + "\n" }

    public static var document: JSONValue {
        .object([
            ("$schema", "https://json-schema.org/draft/2020-12/schema"),
            ("$id", "https://moukit.example/schemas/agreement.schema.json"),
            ("title", "MoUKit agreement"),
            ("description", "A Memorandum of Understanding and its signing, as `mou` drafts, announces and reviews it. Keys are camelCase; texts per language are {tr: …, ru: …, en: …}."),
            ("type", "object"),
            ("properties", .object([
                ("languages", array(of: ref("language"), "The language versions of the MoU, in the order they appear.", minItems: 1)),
                ("prevailing", ref("language", "The version that prevails in case of divergence; one of `languages`. Leave out if none prevails.")),
                ("title", ref("localizedText", "An optional title; when absent the templates compose one from the parties.")),
                ("parties", array(of: ref("party"), "The parties; at least two, our own agency first.", minItems: 2)),
                ("signing", ref("signing")),
                ("areas", array(of: ref("area"), "The areas of cooperation, in the order the MoU lists them.", minItems: 1)),
                ("duration", ref("duration")),
                ("originals", integer("How many originals of each language version are signed.", minimum: 1)),
                ("costs", ref("costs")),
                ("announcement", announcement),
            ])),
            ("required", ["languages", "parties", "signing", "areas", "duration", "originals"]),
            ("additionalProperties", false),
            ("$defs", definitions),
        ])
    }

    static var definitions: JSONValue {
        .object([
            ("language", enumeration(Language.allCases.map(\.rawValue), "A language code.")),
            ("localizedText", .object([
                ("description", "A text per language: {tr: …, ru: …, en: …}."),
                ("type", "object"),
                ("properties", .object(Language.allCases.map { ($0.rawValue, string("The \($0.englishName) text.")) })),
                ("additionalProperties", false),
                ("minProperties", 1),
            ])),
            ("party", object("A signing party: an institution with its names in every language.", [
                ("id", string("A short key that refers to the party elsewhere in the file (kosgeb)."), true),
                ("name", ref("localizedText", "The full legal name per language."), true),
                ("short", ref("localizedText", "The short name per language (KOSGEB, RSMB, АО «Корпорация МСП»)."), true),
                ("reading", enumeration(AbbreviationReading.allCases.map(\.rawValue), "How Turkish reads the short name: as a word (KOSGEB'in) or letter by letter (RSMB'nin). Guessed when left out."), false),
                ("country", ref("country"), true),
                ("signatory", ref("person", "Who signs for the party."), true),
                ("contact", ref("contact"), false),
            ])),
            ("country", object("The party's country.", [
                ("code", .object([("description", "ISO 3166-1 alpha-2 code (TR, RU)."), ("type", "string"), ("pattern", "^[A-Z]{2}$")]), true),
                ("name", ref("localizedText", "The country's name per language."), true),
            ])),
            ("person", object("A person named in the agreement.", [
                ("name", ref("localizedText", "The person's name per language."), true),
                ("title", ref("localizedText", "The person's title per language (Başkan, Генеральный директор)."), true),
                ("gender", enumeration(Gender.allCases.map(\.rawValue), "Decides Russian agreement (подписал/подписала); required when Russian is among the languages."), false),
            ])),
            ("contact", object("Who coordinates the implementation on this side.", [
                ("unit", ref("localizedText", "The unit responsible, per language."), true),
                ("email", string("An e-mail address."), false),
                ("phone", string("A telephone number."), false),
                ("person", ref("person", "The person to write to."), false),
            ])),
            ("signing", object("When, where and how the MoU is signed.", [
                ("date", .object([("description", "The signing day, YYYY-MM-DD."), ("type", "string"), ("format", "date")]), true),
                ("place", ref("localizedText", "The city per language (for an online signing, e.g. Ankara and Moscow)."), true),
                ("mode", enumeration(SigningMode.allCases.map(\.rawValue), "In person or online."), true),
                ("places", .object([
                    ("description", "For an online signing, the city each side signed from, by party id."),
                    ("type", "object"),
                    ("additionalProperties", ref("localizedText")),
                ]), false),
            ])),
            ("area", .object([
                ("description", "A standard area by its id, or a custom area with its own text."),
                ("oneOf", [
                    enumeration(StandardArea.allCases.map(\.rawValue), "A standard area, whose wording every locale knows."),
                    object("A custom area.", [
                        ("custom", .object([("description", "The area's id (joint-fairs)."), ("type", "string"), ("pattern", "^[a-z0-9]+(-[a-z0-9]+)*$")]), true),
                        ("text", ref("localizedText", "The area's text per language."), true),
                    ]),
                ]),
            ])),
            ("duration", object("How long the MoU stays in force.", [
                ("years", integer("Years in force after entry into force.", minimum: 1), true),
                ("automaticRenewal", .object([("description", "Whether it renews itself for the same period unless a party gives notice."), ("type", "boolean")]), true),
                ("terminationNoticeMonths", integer("Months of written notice to terminate or not renew.", minimum: 0), true),
            ])),
            ("costs", object("Who pays for the cooperation; each party bears its own costs when left out.", [
                ("arrangement", enumeration(CostArrangement.allCases.map(\.rawValue), "each-own: each party bears its own costs; case-by-case: agreed in writing case by case."), true),
            ])),
        ])
    }

    /// The announcement's own schema when it describes itself, else an open object.
    static var announcement: JSONValue {
        if let describing = Announcement.self as Any.Type as? any SchemaDescribing.Type {
            return describing.jsonSchema
        }
        return .object([("description", "The press-release facts (`mou press-release`)."), ("type", "object")])
    }

    // MARK: Builders

    static func ref(_ name: String, _ description: String? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = [("$ref", .string("#/$defs/\(name)"))]
        if let description { members.append(("description", .string(description))) }
        return .object(members)
    }

    static func string(_ description: String) -> JSONValue {
        .object([("description", .string(description)), ("type", "string"), ("minLength", 1)])
    }

    static func integer(_ description: String, minimum: Int) -> JSONValue {
        .object([("description", .string(description)), ("type", "integer"), ("minimum", .integer(minimum))])
    }

    static func enumeration(_ values: [String], _ description: String) -> JSONValue {
        .object([("description", .string(description)), ("type", "string"), ("enum", .array(values.map(JSONValue.string)))])
    }

    static func array(of items: JSONValue, _ description: String, minItems: Int) -> JSONValue {
        .object([("description", .string(description)), ("type", "array"), ("items", items), ("minItems", .integer(minItems))])
    }

    static func object(_ description: String, _ properties: [(String, JSONValue, Bool)]) -> JSONValue {
        .object([
            ("description", .string(description)),
            ("type", "object"),
            ("properties", .object(properties.map { ($0.0, $0.1) })),
            ("required", .array(properties.filter(\.2).map { .string($0.0) })),
            ("additionalProperties", false),
        ])
    }
}
