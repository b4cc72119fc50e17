import Linguistics

/// A Memorandum of Understanding as agreed between the parties: the one source from which the
/// MoU and its press release are drafted and against which a partner's draft is reviewed.
public struct Agreement: Codable, Sendable, Equatable {
    /// The language versions of the MoU, in the order the columns or versions appear.
    public var languages: [Language]
    /// The version that prevails in case of divergence, if the parties chose one.
    public var prevailing: Language?
    /// An optional title; when absent the templates compose one from the parties.
    public var title: Localized<String>?
    /// At least two; the first is our own agency.
    public var parties: [Party]
    public var signing: Signing
    public var areas: [CooperationArea]
    public var duration: Duration
    /// How many originals are signed of each language version.
    public var originals: Int
    public var costs: Costs
    /// The optional press-release facts (`mou press-release`).
    public var announcement: Announcement?

    public init(languages: [Language], prevailing: Language? = nil, title: Localized<String>? = nil,
                parties: [Party], signing: Signing, areas: [CooperationArea], duration: Duration,
                originals: Int = 2, costs: Costs = Costs(), announcement: Announcement? = nil) {
        self.languages = languages
        self.prevailing = prevailing
        self.title = title
        self.parties = parties
        self.signing = signing
        self.areas = areas
        self.duration = duration
        self.originals = originals
        self.costs = costs
        self.announcement = announcement
    }

    /// Written by hand only so that `costs` may be left out (each party bears its own).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        languages = try container.decode([Language].self, forKey: .languages)
        prevailing = try container.decodeIfPresent(Language.self, forKey: .prevailing)
        title = try container.decodeIfPresent(Localized<String>.self, forKey: .title)
        parties = try container.decode([Party].self, forKey: .parties)
        signing = try container.decode(Signing.self, forKey: .signing)
        areas = try container.decode([CooperationArea].self, forKey: .areas)
        duration = try container.decode(Duration.self, forKey: .duration)
        originals = try container.decode(Int.self, forKey: .originals)
        costs = try container.decodeIfPresent(Costs.self, forKey: .costs) ?? Costs()
        announcement = try container.decodeIfPresent(Announcement.self, forKey: .announcement)
    }
}

/// A signing party: an institution with its names in every language.
public struct Party: Codable, Sendable, Equatable {
    /// A short key used to refer to the party elsewhere in the file (`kosgeb`).
    public var id: String
    /// The full legal name per language.
    public var name: Localized<String>
    /// The short name per language (`KOSGEB`, `RSMB`, `АО «Корпорация МСП»`).
    public var short: Localized<String>
    /// How Turkish reads the short name: as a word (KOSGEB'in) or letter by letter (RSMB'nin).
    /// When absent it is guessed from the letters; the guess is reported as a note.
    public var reading: AbbreviationReading?
    public var country: Country
    public var signatory: Person
    /// Who coordinates the implementation on this side.
    public var contact: ContactPoint?

    public init(id: String, name: Localized<String>, short: Localized<String>,
                reading: AbbreviationReading? = nil, country: Country, signatory: Person,
                contact: ContactPoint? = nil) {
        self.id = id
        self.name = name
        self.short = short
        self.reading = reading
        self.country = country
        self.signatory = signatory
        self.contact = contact
    }
}

public struct Country: Codable, Sendable, Equatable {
    /// ISO 3166-1 alpha-2 (`TR`, `RU`).
    public var code: String
    public var name: Localized<String>

    public init(code: String, name: Localized<String>) {
        self.code = code
        self.name = name
    }
}

/// A person named in the agreement or the announcement.
public struct Person: Codable, Sendable, Equatable {
    public var name: Localized<String>
    public var title: Localized<String>
    /// Decides Russian agreement (отметил/отметила, Генеральный директор/…); required when
    /// Russian is among the languages.
    public var gender: Gender?

    public init(name: Localized<String>, title: Localized<String>, gender: Gender? = nil) {
        self.name = name
        self.title = title
        self.gender = gender
    }
}

public struct ContactPoint: Codable, Sendable, Equatable {
    /// The unit responsible, per language (`Dış İlişkiler Dairesi Başkanlığı`).
    public var unit: Localized<String>
    public var email: String?
    public var phone: String?
    /// The person to write to, when the parties name one.
    public var person: Person?

    public init(unit: Localized<String>, email: String? = nil, phone: String? = nil, person: Person? = nil) {
        self.unit = unit
        self.email = email
        self.phone = phone
        self.person = person
    }
}

public struct Signing: Codable, Sendable, Equatable {
    public var date: CalendarDate
    /// The city per language; for an online signing, where each side signed from is in `places`.
    public var place: Localized<String>
    public var mode: SigningMode
    /// For an online signing, the city each side signed from, by party id
    /// (`{kosgeb: {tr: Ankara, …}, rsmb: {tr: Moskova, …}}`).
    public var places: [String: Localized<String>]?

    public init(date: CalendarDate, place: Localized<String>, mode: SigningMode = .inPerson,
                places: [String: Localized<String>]? = nil) {
        self.date = date
        self.place = place
        self.mode = mode
        self.places = places
    }
}

public enum SigningMode: String, Codable, Sendable, CaseIterable {
    case inPerson = "in-person"
    case online
}

/// An area of cooperation: one of the standard ones, whose wording each locale knows, or a
/// custom one with its own text per language.
///
/// In a file a standard area is its id (`- training`), a custom one a mapping
/// (`- {custom: joint-fairs, text: {tr: …, ru: …, en: …}}`).
public enum CooperationArea: Codable, Sendable, Equatable, Hashable {
    case standard(StandardArea)
    case custom(id: String, text: Localized<String>)

    /// The stable id used in templates, block ids and review reports.
    public var id: String {
        switch self {
        case .standard(let area): area.rawValue
        case .custom(let id, _): id
        }
    }

    private enum CodingKeys: String, CodingKey {
        case custom, text
    }

    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let name = try? single.decode(String.self) {
            guard let area = StandardArea(rawValue: name) else {
                let ids = StandardArea.allCases.map(\.rawValue)
                let hint = KeyPath.suggestion(for: name, among: ids).map { "did you mean \($0)? Use" } ?? "use"
                throw DecodingError.dataCorruptedError(in: single, debugDescription:
                    "'\(name)' is not a standard area — \(hint) one of: \(ids.joined(separator: ", ")), "
                    + "or a custom area {custom: an-id, text: {tr: …, ru: …, en: …}}")
            }
            self = .standard(area)
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self = .custom(id: try container.decode(String.self, forKey: .custom),
                       text: try container.decode(Localized<String>.self, forKey: .text))
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .standard(let area):
            var container = encoder.singleValueContainer()
            try container.encode(area.rawValue)
        case .custom(let id, let text):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .custom)
            try container.encode(text, forKey: .text)
        }
    }
}

/// The areas every locale has wording and review patterns for.
public enum StandardArea: String, Codable, Sendable, CaseIterable {
    case informationSharing = "information-sharing"
    case technicalCommercialCooperation = "technical-commercial-cooperation"
    case training
    case expertExchange = "expert-exchange"
    case tradeTrips = "trade-trips"
}

public struct Duration: Codable, Sendable, Equatable {
    /// How long the MoU stays in force after it enters into force.
    public var years: Int
    /// Whether it renews itself for the same period unless a party gives notice.
    public var automaticRenewal: Bool
    /// How many months of written notice a party gives to terminate or not renew.
    public var terminationNoticeMonths: Int

    public init(years: Int, automaticRenewal: Bool = true, terminationNoticeMonths: Int = 3) {
        self.years = years
        self.automaticRenewal = automaticRenewal
        self.terminationNoticeMonths = terminationNoticeMonths
    }
}

/// Who pays for the cooperation.
public struct Costs: Codable, Sendable, Equatable {
    public var arrangement: CostArrangement
    public init(arrangement: CostArrangement = .eachOwn) { self.arrangement = arrangement }
}

public enum CostArrangement: String, Codable, Sendable, CaseIterable {
    /// Each party bears its own costs unless agreed otherwise in writing.
    case eachOwn = "each-own"
    /// Costs are shared as agreed case by case in writing.
    case caseByCase = "case-by-case"
}
