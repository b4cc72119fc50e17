import AgreementModel
import Foundation
import Linguistics

/// Builds the Stencil context of one language version of an MoU. Every value is raw text (the
/// engine escapes what a `{{ }}` prints, after the grammar filters have seen the raw name), and
/// every object reports unknown members to `recorder`.
///
/// The keys, documented for template authors:
/// `language`, `labels` (labels.yaml), `parties` (first = ours) and `party1`/`party2`, each with
/// `id name short country countryCode nextIsLast place signatory{name title gender}
/// contact{unit email phone person}`;
/// `signing{date place online}`, `areas` (each `id name text`), `duration{years automaticRenewal
/// terminationNoticeMonths}`, `originals`, `languages` (the versions named and listed in this
/// language), `languageCount`, `prevailing` (the prevailing version's name, or nil), `costs{eachOwn
/// caseByCase}`, `title` (the agreement's own title, or nil), `hasContacts`, `numbering.next`.
public enum MoUContext {
    public static func make(_ agreement: Agreement, language: Language, locale: MoULocale,
                            recorder: LookupRecorder?) -> [String: Any] {
        func object(_ path: String, _ fields: [String: Any?]) -> TemplateObject {
            TemplateObject(path: path, fields: fields, recorder: recorder)
        }
        func text(_ value: Localized<String>) -> String {
            value[language] ?? value[.en] ?? value.sorted { $0.key < $1.key }.first?.value ?? ""
        }
        func party(_ party: Party, _ path: String, nextIsLast: Bool) -> TemplateObject {
            func person(_ person: Person, _ path: String) -> TemplateObject {
                object(path, ["name": text(person.name), "title": text(person.title), "gender": person.gender?.rawValue])
            }
            let contact = party.contact.map { contact in
                object(path + ".contact", ["unit": text(contact.unit), "email": contact.email, "phone": contact.phone,
                                           "person": contact.person.map { person($0, path + ".contact.person") }])
            }
            // Where this party signs: its own city in an online signing, else the common place.
            let place = agreement.signing.places?[party.id].map(text) ?? text(agreement.signing.place)
            return object(path, [
                "id": party.id,
                "name": text(party.name),
                "short": text(party.short),
                "country": text(party.country.name),
                "countryCode": party.country.code,
                "signatory": person(party.signatory, path + ".signatory"),
                "place": place,
                "contact": contact,
                // "A, B and C": true for the party just before the last, where "and" goes.
                "nextIsLast": nextIsLast,
            ])
        }
        let count = agreement.parties.count
        let parties = agreement.parties.enumerated().map {
            party($0.element, "parties.\($0.offset)", nextIsLast: $0.offset == count - 2)
        }
        let areas: [Any] = agreement.areas.enumerated().map { index, area in
            let path = "areas.\(index)"
            switch area {
            case .standard(let standard):
                let wording = locale.areas[standard.rawValue]
                return object(path, ["id": area.id, "name": wording?.name, "text": clause(wording?.text ?? "")])
            case .custom(let id, let value):
                return object(path, ["id": id, "name": nil, "text": clause(text(value))])
            }
        }
        let names = agreement.languages.map { locale.languageName($0) ?? $0.englishName }
        var context: [String: Any] = [
            "language": language.rawValue,
            "labels": tree(locale.labels, path: "labels", recorder: recorder),
            "parties": parties,
            "signing": object("signing", [
                "date": agreement.signing.date,
                "place": text(agreement.signing.place),
                "online": agreement.signing.mode == .online,
            ]),
            "areas": areas,
            "duration": object("duration", [
                "years": agreement.duration.years,
                "automaticRenewal": agreement.duration.automaticRenewal,
                "terminationNoticeMonths": agreement.duration.terminationNoticeMonths,
            ]),
            "originals": agreement.originals,
            "languages": locale.list(names),
            "languageCount": agreement.languages.count,
            "costs": object("costs", [
                "eachOwn": agreement.costs.arrangement == .eachOwn,
                "caseByCase": agreement.costs.arrangement == .caseByCase,
            ]),
            "hasContacts": agreement.parties.contains { $0.contact != nil },
            "numbering": ArticleCounter(recorder: recorder),
        ]
        // Names with no value are left out (Stencil then sees nil); the checker still knows
        // them from `topLevelNames`, so a misspelt name is reported and an absent one is not.
        if let prevailing = agreement.prevailing { context["prevailing"] = locale.languageName(prevailing) }
        if let title = agreement.title.map(text) { context["title"] = title }
        if parties.count > 0 { context["party1"] = party(agreement.parties[0], "party1", nextIsLast: count == 2) }
        if parties.count > 1 { context["party2"] = party(agreement.parties[1], "party2", nextIsLast: count == 3) }
        return context
    }

    /// The names a template may use at the top level, whether or not they have a value.
    public static let topLevelNames: Set<String> = [
        "language", "labels", "parties", "party1", "party2", "signing", "areas", "duration",
        "originals", "languages", "languageCount", "prevailing", "costs", "title", "hasContacts",
        "numbering", "grammar",
    ]

    /// A sub-clause's text without the closing punctuation: the template adds ";" or ".".
    static func clause(_ text: String) -> String {
        var text = trimmingWhiteSpace(text)
        while let last = text.last, ".;,".contains(last) { text.removeLast() }
        return text
    }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)` on the scalars (that set is Unicode's
    /// White_Space property) without Foundation's, which cost ~60,000 instructions a call.
    static func trimmingWhiteSpace(_ text: String) -> String {
        let view = text.unicodeScalars
        guard let first = view.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = view.lastIndex(where: { !$0.properties.isWhitespace })!
        if first == view.startIndex && view.index(after: last) == view.endIndex { return text }
        return String(view[first...last])
    }

    /// Turns a YAML mapping into context objects, so a misspelt label is reported too.
    static func tree(_ value: Any, path: String, recorder: LookupRecorder?) -> Any {
        // Text (nearly every label) by its exact type: a failed `as?` cast costs ~1,000 instructions.
        if type(of: value) == String.self { return value }
        if let mapping = value as? [String: Any] {
            var fields: [String: Any?] = [:]
            for (key, child) in mapping { fields[key] = tree(child, path: path + "." + key, recorder: recorder) }
            return TemplateObject(path: path, fields: fields, recorder: recorder)
        }
        if let list = value as? [Any] {
            return list.enumerated().map { tree($0.element, path: "\(path).\($0.offset)", recorder: recorder) }
        }
        return value
    }
}
