import AgreementModel
import Drafting
import Linguistics
import MoUResources
import XCTest

/// The announcement's computed totals and the checks that stop a release with a hole in it.
final class PressReleaseModelTests: XCTestCase {
    func testTotalsAfterSigningAnInstitutionInAKnownCountry() {
        let totals = PressReleaseFixtures.announcement.figures.totals
        XCTAssertEqual(totals.before, FigureCounts(memoranda: 91, institutions: 86, countries: 68, internationalOrganisations: 5))
        XCTAssertEqual(totals.after, FigureCounts(memoranda: 92, institutions: 87, countries: 68, internationalOrganisations: 5))
    }

    func testTotalsAfterSigningAnInternationalOrganisationInANewCountry() {
        let figures = AgencyFigures(before: FigureCounts(memoranda: 9, institutions: 7, countries: 6, internationalOrganisations: 2),
                                    partnerKind: .internationalOrganisation, newCountry: true)
        XCTAssertEqual(figures.totals.after, FigureCounts(memoranda: 10, institutions: 7, countries: 7, internationalOrganisations: 3))
    }

    func testPartnerKindDefaultsToInstitution() {
        let figures = AgencyFigures(before: FigureCounts(memoranda: 1, institutions: 1, countries: 1, internationalOrganisations: 0),
                                    newCountry: false)
        XCTAssertEqual(figures.effectivePartnerKind, .institution)
        XCTAssertEqual(figures.totals.after.institutions, 2)
    }

    func testTheFixtureHasNoIssuesInAnyLanguage() {
        XCTAssertEqual(PressReleaseFixtures.agreement.checkAnnouncement(languages: Language.allCases), [])
    }

    func testAQuoteMissingInRussianIsNamedNotDropped() {
        var agreement = PressReleaseFixtures.agreement
        agreement.announcement!.quotes[1].text[.ru] = nil
        let issues = agreement.checkAnnouncement(languages: [.ru])
        XCTAssertEqual(issues.map(\.description),
                       ["announcement.quotes[1].text.ru: missing — the Russian release needs this quote in Russian"])
        // The Turkish release does not need the Russian text.
        XCTAssertEqual(agreement.checkAnnouncement(languages: [.tr]), [])
    }

    func testIssueCarriesItsLocationWhenKnown() {
        let issue = AnnouncementIssue(keyPath: "announcement.quotes[1].text.ru", message: "missing — x",
                                      location: "examples/kosgeb-rsmb.yaml:88:9")
        XCTAssertEqual(issue.description, "examples/kosgeb-rsmb.yaml:88:9: announcement.quotes[1].text.ru: missing — x")
    }

    func testUnknownSpeakerAndPartyAreNamed() {
        var agreement = PressReleaseFixtures.agreement
        agreement.announcement!.quotes[0].speaker = "kurtt"
        agreement.announcement!.participants[1].party = "kosgep"
        let messages = agreement.checkAnnouncement(languages: [.en]).map(\.description)
        XCTAssertEqual(messages, [
            "announcement.participants[1].party: 'kosgep' is not a party — use one of kosgeb, rsmb",
            "announcement.quotes[0].speaker: 'kurtt' is not a participant — use one of kurt, sahin, isaevich",
        ])
    }

    func testBlankHeadlineAndHeadingAreMissing() {
        var agreement = PressReleaseFixtures.agreement
        agreement.announcement!.headline.text[.en] = "  "
        agreement.announcement!.quotes[0].heading[.en] = nil
        XCTAssertEqual(agreement.checkAnnouncement(languages: [.en]).map(\.keyPath),
                       ["announcement.headline.text.en", "announcement.quotes[0].heading.en"])
    }

    func testInPersonCeremonyNeedsItsPlace() {
        var agreement = PressReleaseFixtures.agreement
        agreement.announcement!.ceremony = Ceremony(mode: .inPerson, place: [.tr: "Ankara"])
        XCTAssertEqual(agreement.checkAnnouncement(languages: [.tr, .ru]).map(\.description),
                       ["announcement.ceremony.place.ru: missing — the Russian release needs the place of an in-person ceremony in Russian"])
    }

    func testAReleaseBeforeTheSigningIsReported() {
        var agreement = PressReleaseFixtures.agreement
        agreement.announcement!.published = CalendarDate(year: 2021, month: 9, day: 30)
        XCTAssertEqual(agreement.checkAnnouncement(languages: [.en]).map(\.description),
                       ["announcement.published: 2021-09-30 is before the signing (2021-10-01) — a release follows the signing; check both dates"])
    }

    func testWithoutACeremonyTheSigningsModeAndPlaceCount() {
        var agreement = PressReleaseFixtures.agreement
        agreement.announcement!.ceremony = nil
        agreement.signing.mode = .inPerson
        XCTAssertEqual(agreement.ceremony(of: agreement.announcement!), Ceremony(mode: .inPerson, place: agreement.signing.place))
    }

    func testInconsistentCountsAreReported() {
        var agreement = PressReleaseFixtures.agreement
        agreement.announcement!.figures.before = FigureCounts(memoranda: 80, institutions: 86, countries: -1, internationalOrganisations: 5)
        XCTAssertEqual(agreement.checkAnnouncement(languages: [.en]).map(\.keyPath),
                       ["announcement.figures.before.countries", "announcement.figures.before.memoranda"])
    }

    func testMissingAnnouncementSaysWhatToAdd() throws {
        var agreement = PressReleaseFixtures.agreement
        agreement.announcement = nil
        XCTAssertThrowsError(try agreement.requireAnnouncement(source: "mou.yaml")) { error in
            XCTAssertEqual(String(describing: error),
                           "mou.yaml: announcement: missing — a press release needs an `announcement:` section "
                           + "(published, ceremony, participants, quotes, headline, figures); "
                           + "`mou init --announcement FILE` writes a starter to copy from")
        }
    }

    func testAParticipantWithoutPersonIsTheSignatory() {
        let agreement = PressReleaseFixtures.agreement
        let kurt = agreement.announcement!.participants[0]
        XCTAssertEqual(agreement.person(of: kurt)?.name[.tr], "Hasan Basri Kurt")
    }

    func testBuiltInPressLocalesLoadForEveryLanguage() throws {
        for language in Language.allCases {
            let locale = try PressLocale.load(language, from: .builtIn)
            XCTAssertEqual(Set(locale.coverage.keys), Set(StandardArea.allCases), "\(language)")
            XCTAssertEqual(Set(locale.scale.keys), Set(FigureScale.allCases), "\(language)")
        }
        XCTAssertEqual(try PressLocale.load(.tr, from: .builtIn).scale[.million], "milyon")
    }

    func testALocaleMissingAnAreaSentenceNamesIt() {
        XCTAssertThrowsError(try PressLocale(yaml: "coverage: {training: x}\ncustomLeadIn: y\n", origin: "my/press.yaml", language: .ru)) { error in
            XCTAssertEqual(String(describing: error),
                           "my/press.yaml: coverage.information-sharing: missing — add the Russian sentence for this area")
        }
    }
}
