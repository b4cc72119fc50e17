import Linguistics

/// One thing wrong with an announcement for the languages requested: where (a key path such as
/// `announcement.quotes[1].text.ru`, plus file:line:column when the loader knows it) and what to do.
public struct AnnouncementIssue: Error, Sendable, Equatable, CustomStringConvertible {
    /// The key path from the top of the agreement file.
    public var keyPath: String
    /// What is wrong and what to do, after the key path.
    public var message: String
    /// `file:line:column` (or just the file) when known; printed in front of the key path.
    public var location: String?

    public init(keyPath: String, message: String, location: String? = nil) {
        self.keyPath = keyPath
        self.message = message
        self.location = location
    }

    /// `examples/kosgeb-rsmb.yaml:88:9: announcement.quotes[1].text.ru: missing — the Russian release needs this quote in Russian`
    public var description: String {
        (location.map { $0 + ": " } ?? "") + keyPath + ": " + message
    }
}

/// The agreement file has no `announcement:` section, which a press release needs.
public struct MissingAnnouncement: Error, Sendable, Equatable, CustomStringConvertible {
    /// The agreement file, as the user named it.
    public var source: String

    public init(source: String) { self.source = source }

    /// What to do, without the file name.
    public static let advice = "missing — a press release needs an `announcement:` section "
        + "(published, ceremony, participants, quotes, headline, figures); "
        + "`mou init --announcement FILE` writes a starter to copy from"

    public var description: String { "\(source): announcement: " + MissingAnnouncement.advice }
}

extension Agreement {
    /// The announcement, or `MissingAnnouncement` naming the file and what to add.
    public func requireAnnouncement(source: String) throws -> Announcement {
        guard let announcement else { throw MissingAnnouncement(source: source) }
        return announcement
    }

    /// Everything the releases in `languages` need that the announcement lacks or gets wrong,
    /// in file order. Empty when the releases can be written. Never silently drops a quote: a
    /// quote without text in a requested language is an issue naming it.
    public func checkAnnouncement(languages: [Language]) -> [AnnouncementIssue] {
        guard let announcement else {
            return [AnnouncementIssue(keyPath: "announcement", message: MissingAnnouncement.advice)]
        }
        var issues: [AnnouncementIssue] = []
        func issue(_ path: String, _ message: String) {
            issues.append(AnnouncementIssue(keyPath: "announcement." + path, message: message))
        }
        func requireText(_ map: Localized<String>?, _ path: String, _ what: (Language) -> String) {
            for language in languages where (map?[language] ?? "").announcementIsBlank {
                issue("\(path).\(language.rawValue)",
                      "missing — the \(language.englishName) release needs \(what(language))")
            }
        }

        if let ceremony = announcement.ceremony, ceremony.mode == .inPerson {
            requireText(ceremony.place, "ceremony.place") {
                "the place of an in-person ceremony in \($0.englishName)"
            }
        }
        if announcement.published < signing.date {
            issue("published", "\(announcement.published) is before the signing (\(signing.date)) — a release follows the signing; check both dates")
        }

        let partyIDs = parties.map(\.id)
        var seen: Set<String> = []
        if announcement.participants.isEmpty {
            issue("participants", "empty — name at least who signed on each side (`- {id: kurt, party: \(partyIDs.first ?? "kosgeb")}`)")
        }
        for (index, participant) in announcement.participants.enumerated() {
            let path = "participants[\(index)]"
            if !seen.insert(participant.id).inserted {
                issue("\(path).id", "'\(participant.id)' is used twice — give each participant its own id")
            }
            if !partyIDs.contains(participant.party) {
                issue("\(path).party", "'\(participant.party)' is not a party — use one of \(partyIDs.joined(separator: ", "))")
            }
            if let title = participant.title {
                requireText(title, "\(path).title") { "this participant's title in \($0.englishName)" }
            }
            if let person = participant.person {
                requireText(person.name, "\(path).person.name") { "this participant's name in \($0.englishName)" }
                requireText(person.title, "\(path).person.title") { "this participant's title in \($0.englishName)" }
                if languages.contains(.ru), person.gender == nil {
                    issue("\(path).person.gender", "missing — Russian agreement needs it: write male or female")
                }
            }
        }
        let participantIDs = announcement.participants.map(\.id)
        func checkSpeaker(_ id: String, _ path: String) {
            if !participantIDs.contains(id) {
                issue(path, "'\(id)' is not a participant — use one of \(participantIDs.joined(separator: ", "))")
            }
        }

        if let speaker = announcement.headline.speaker { checkSpeaker(speaker, "headline.speaker") }
        requireText(announcement.headline.text, "headline.text") { "the headline in \($0.englishName)" }

        for (index, quote) in announcement.quotes.enumerated() {
            let path = "quotes[\(index)]"
            checkSpeaker(quote.speaker, "\(path).speaker")
            requireText(quote.heading, "\(path).heading") { "this quote's sub-heading in \($0.englishName)" }
            requireText(quote.text, "\(path).text") { "this quote in \($0.englishName)" }
        }

        let before = announcement.figures.before
        for (name, value) in [("memoranda", before.memoranda), ("institutions", before.institutions),
                              ("countries", before.countries),
                              ("internationalOrganisations", before.internationalOrganisations)] where value < 0 {
            issue("figures.before.\(name)", "\(value) is negative — write the count before this signing (0 or more)")
        }
        if before.institutions + before.internationalOrganisations > before.memoranda {
            issue("figures.before.memoranda",
                  "\(before.memoranda) is fewer than the \(before.institutions) institutions and \(before.internationalOrganisations) international organisations it was signed with — check the counts")
        }
        if !announcement.figures.newCountry, before.countries == 0 {
            issue("figures.newCountry", "false, but no country was counted before — set newCountry: true or fix figures.before.countries")
        }

        for (index, figure) in (announcement.cited ?? []).enumerated() {
            let path = "cited[\(index)]"
            checkSpeaker(figure.speaker, "\(path).speaker")
            if !(figure.value > 0) || !figure.value.isFinite {
                issue("\(path).value", "\(figure.value) is not a positive number — write the figure as said, e.g. 3.5")
            }
            requireText(figure.noun, "\(path).noun") { "what the figure counts in \($0.englishName)" }
            if figure.scope != nil {
                requireText(figure.scope, "\(path).scope") { "the figure's scope in \($0.englishName)" }
            }
        }
        return issues
    }

    /// How the ceremony was held: as the announcement says, else as the signing was.
    public func ceremony(of announcement: Announcement) -> Ceremony {
        announcement.ceremony ?? Ceremony(mode: signing.mode, place: signing.place)
    }

    /// The person a participant stands for: their own entry, or their party's signatory.
    public func person(of participant: Participant) -> Person? {
        participant.person ?? parties.first(where: { $0.id == participant.party })?.signatory
    }
}

extension String {
    /// Empty or only whitespace: as good as missing for a release.
    fileprivate var announcementIsBlank: Bool { allSatisfy(\.isWhitespace) }
}
