import AgreementModel
import Foundation
import Linguistics
import MoUResources

/// The sample every press-release template is checked against: `SampleAgreement.full` with an
/// announcement that has every optional value (an in-person ceremony, participants with and
/// without their own entry, a speaker's headline, quotes, a cited figure with scale, qualifier
/// and scope), so a template may use any name the release context has.
public enum PressReleaseSample {
    public static var full: Agreement {
        var agreement = SampleAgreement.full
        let parties = agreement.parties.map(\.id)
        let text: Localized<String> = [.tr: "Metin", .ru: "Текст", .en: "Text"]
        agreement.announcement = Announcement(
            published: agreement.signing.date,
            ceremony: Ceremony(mode: .inPerson, place: [.tr: "Ankara", .ru: "Анкара", .en: "Ankara"]),
            participants: [
                Participant(id: "head", party: parties[0], title: [.tr: "KOSGEB Başkanı", .ru: "председатель KOSGEB", .en: "KOSGEB President"]),
                Participant(id: "partner", party: parties[1]),
                Participant(id: "deputy", party: parties[0], person: Person(
                    name: [.tr: "Ayşe Yılmaz", .ru: "Айше Йылмаз", .en: "Ayşe Yılmaz"],
                    title: [.tr: "Başkan Yardımcısı", .ru: "заместитель председателя", .en: "Vice President"], gender: .female)),
            ],
            quotes: [Quote(speaker: "head", heading: text, text: text), Quote(speaker: "partner", heading: text, text: text)],
            headline: Headline(speaker: "head", text: text),
            figures: AgencyFigures(before: FigureCounts(memoranda: 91, institutions: 86, countries: 68, internationalOrganisations: 5),
                                   partnerKind: .institution, newCountry: true),
            cited: [CitedFigure(speaker: "head", value: 3.5, scale: .million, qualifier: .moreThan,
                                noun: [.tr: "işletme", .ru: "предприятий", .en: "enterprises"],
                                scope: [.tr: "Türkiye'de", .ru: "в Турции", .en: "in Türkiye"])])
        return agreement
    }
}

extension TemplateLinter {
    /// Checks the press-release templates of `languages` in the store as `checkMoU` checks the
    /// MoU's: unclosed tags, unknown names and filters (against `PressReleaseSample.full`),
    /// markup errors in what they render to, and block ids that differ between the languages.
    public func checkPressRelease(store: ResourceStore, languages: [Language] = Language.allCases) -> [TemplateProblem] {
        let sample = PressReleaseSample.full
        let drafter = PressReleaseDrafter(store: store, engine: engine)
        return check(store: store, languages: languages, kind: "press-release template",
                     path: PressReleaseDrafter.templatePath,
                     context: { try drafter.context(sample, announcement: sample.announcement!, language: $0, recorder: nil).0 },
                     nameProblems: drafter.checkNames,
                     render: { try drafter.render(sample, language: $0) })
    }
}
