import Foundation
import Linguistics

extension Agreement {
    /// A semantic problem in an agreement: the key path it concerns and what to do about it.
    /// The loader adds the file position; the draft command gets the same issues for `--lang`.
    public struct Issue: Sendable, Equatable, CustomStringConvertible {
        /// `parties[1].name.ru`
        public var path: String
        /// `missing — the Russian version needs the party's Russian name`
        public var message: String

        public init(path: String, message: String) {
            self.path = path
            self.message = message
        }

        public var description: String { "\(path): \(message)" }
    }

    /// Every check that does not depend on which languages are drafted, then the names each
    /// of `languages` needs. Pass the agreement's own `languages` to check the file as a whole.
    public func check(languages requested: [Language]) -> [Issue] {
        var issues = structuralIssues()
        issues += languageIssues(for: requested)
        return issues
    }

    /// The checks of the file itself: languages, parties, date, duration, originals, areas.
    func structuralIssues() -> [Issue] {
        var issues: [Issue] = []
        func add(_ path: String, _ message: String) { issues.append(Issue(path: path, message: message)) }

        if languages.isEmpty {
            add("languages", "empty — list the language versions of the MoU, e.g. [tr, ru]")
        }
        for (index, language) in languages.enumerated() where languages[..<index].contains(language) {
            add("languages[\(index)]", "'\(language.rawValue)' is listed twice — list each language once")
        }
        if let prevailing, !languages.contains(prevailing) {
            add("prevailing", "'\(prevailing.rawValue)' is not among the languages (\(languages.map(\.rawValue).joined(separator: ", "))) — add it to languages or choose one of them")
        }
        if parties.count < 2 {
            add("parties", "\(parties.count) \(parties.count == 1 ? "party" : "parties") — an MoU needs at least two parties")
        }
        for (index, party) in parties.enumerated() {
            if party.id.trimmingCharacters(in: .whitespaces).isEmpty {
                add("parties[\(index)].id", "empty — give the party a short id such as kosgeb")
            } else if let first = parties[..<index].firstIndex(where: { $0.id == party.id }) {
                add("parties[\(index)].id", "'\(party.id)' is already the id of parties[\(first)] — give each party its own id")
            }
        }
        if !signing.date.isValid {
            add("signing.date", "\(signing.date) is not a date that exists — write a real day as YYYY-MM-DD")
        }
        if let places = signing.places {
            let ids = parties.map(\.id)
            for id in places.keys.sorted() where !ids.contains(id) {
                add("signing.places.\(id)", "'\(id)' is not a party id — use one of: \(ids.joined(separator: ", "))")
            }
        }
        if areas.isEmpty {
            add("areas", "empty — list at least one area of cooperation, e.g. information-sharing")
        }
        for (index, area) in areas.enumerated() {
            if let first = areas[..<index].firstIndex(where: { $0.id == area.id }) {
                add("areas[\(index)]", "'\(area.id)' is already listed as areas[\(first)] — list each area once")
            } else if case .custom(let id, _) = area, StandardArea(rawValue: id) != nil {
                add("areas[\(index)].custom", "'\(id)' is a standard area — write it as `- \(id)` without custom text")
            }
        }
        if duration.years < 1 {
            add("duration.years", "\(duration.years) — the MoU must stay in force for at least 1 year")
        }
        if duration.terminationNoticeMonths < 0 {
            add("duration.terminationNoticeMonths", "\(duration.terminationNoticeMonths) — notice cannot be negative; write 0 or more months")
        }
        if originals < 1 {
            add("originals", "\(originals) — at least 1 original of each version is signed")
        }
        return issues
    }

    /// The names and texts each requested language version needs.
    func languageIssues(for requested: [Language]) -> [Issue] {
        var issues: [Issue] = []
        for language in requested {
            let name = language.englishName
            // Path and wording are built only for a value that is missing (a check runs on every
            // load); "has a non-white-space character" is what trimming white space and newlines
            // and testing for empty text decided, without Foundation.
            func need(_ value: Localized<String>?, _ path: @autoclosure () -> String, _ what: @autoclosure () -> String) {
                if let text = value?[language], text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) { return }
                let state = value?[language] == nil ? "missing" : "empty"
                issues.append(Issue(path: "\(path()).\(language.rawValue)",
                                    message: "\(state) — the \(name) version needs \(what())"))
            }
            if let title { need(title, "title", "the \(name) title (or remove title: to compose one)") }
            for (index, party) in parties.enumerated() {
                let base = "parties[\(index)]"
                need(party.name, "\(base).name", "the party's \(name) name")
                need(party.short, "\(base).short", "the party's \(name) short name")
                need(party.country.name, "\(base).country.name", "the \(name) name of the party's country")
                need(party.signatory.name, "\(base).signatory.name", "the signatory's \(name) name")
                need(party.signatory.title, "\(base).signatory.title", "the signatory's \(name) title")
                if let contact = party.contact {
                    need(contact.unit, "\(base).contact.unit", "the \(name) name of the contact unit")
                    if let person = contact.person {
                        need(person.name, "\(base).contact.person.name", "the contact person's \(name) name")
                        need(person.title, "\(base).contact.person.title", "the contact person's \(name) title")
                    }
                }
            }
            need(signing.place, "signing.place", "the \(name) name of the signing place")
            for id in (signing.places ?? [:]).keys.sorted() {
                need(signing.places?[id], "signing.places.\(id)", "the \(name) name of the place \(id) signed from")
            }
            for (index, area) in areas.enumerated() {
                if case .custom(_, let text) = area {
                    need(text, "areas[\(index)].text", "the area's \(name) text")
                }
            }
        }
        if requested.contains(.ru) {
            for (index, party) in parties.enumerated() where party.signatory.gender == nil {
                issues.append(Issue(path: "parties[\(index)].signatory.gender",
                                    message: "missing — Russian needs the signatory's gender (male or female) to agree titles and verbs (подписал/подписала)"))
            }
            for (index, party) in parties.enumerated() {
                if let person = party.contact?.person, person.gender == nil {
                    issues.append(Issue(path: "parties[\(index)].contact.person.gender",
                                        message: "missing — Russian needs the contact person's gender (male or female)"))
                }
            }
        }
        return issues
    }
}
