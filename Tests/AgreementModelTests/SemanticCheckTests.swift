import AgreementModel
import Linguistics
import XCTest

/// The semantic checks, each with its own exact message, through the loader (with position)
/// and through `Agreement.check(languages:)` (as the draft command calls it for `--lang`).
final class SemanticCheckTests: XCTestCase {
    let base = Fixture()

    func error(replacing old: String, with new: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        base.error(replacing: old, with: new, file: file, line: line)
    }

    func testPrevailingMustBeAmongTheLanguages() {
        XCTAssertEqual(error(replacing: "languages: [tr, ru]", with: "languages: [tr, ru]\nprevailing: en"),
                       "mou.yaml:2:13: prevailing: 'en' is not among the languages (tr, ru) — add it to languages or choose one of them")
    }

    func testLanguagesListedTwice() {
        XCTAssertEqual(error(replacing: "languages: [tr, ru]", with: "languages: [tr, ru, tr]"),
                       "mou.yaml:1:21: languages[2]: 'tr' is listed twice — list each language once")
    }

    func testAtLeastTwoParties() throws {
        let start = try XCTUnwrap(Fixture.valid.range(of: "  - id: rsmb"))
        let end = try XCTUnwrap(Fixture.valid.range(of: "signing:"))
        var text = Fixture.valid
        text.removeSubrange(start.lowerBound..<end.lowerBound)
        XCTAssertThrowsError(try base.load(text)) { error in
            XCTAssertEqual("\(error)", "mou.yaml:3:3: parties: 1 party — an MoU needs at least two parties")
        }
    }

    func testUniquePartyIds() {
        XCTAssertEqual(error(replacing: "- id: rsmb", with: "- id: kosgeb"),
                       "mou.yaml:13:9: parties[1].id: 'kosgeb' is already the id of parties[0] — give each party its own id")
    }

    func testEveryRequestedLanguageHasItsNames() {
        XCTAssertEqual(error(replacing: "name: {tr: Rusya KOBİ Şirketi, ru: АО «Корпорация МСП»}", with: "name: {tr: Rusya KOBİ Şirketi}"),
                       "mou.yaml:14:11: parties[1].name.ru: missing — the Russian version needs the party's Russian name")
        XCTAssertEqual(error(replacing: "short: {tr: RSMB, ru: АО «Корпорация МСП»}", with: "short: {tr: RSMB, ru: ''}"),
                       "mou.yaml:15:27: parties[1].short.ru: empty — the Russian version needs the party's Russian short name")
        XCTAssertEqual(error(replacing: "title: {tr: Başkan, ru: Председатель}", with: "title: {ru: Председатель}"),
                       "mou.yaml:11:14: parties[0].signatory.title.tr: missing — the Turkish version needs the signatory's Turkish title")
        XCTAssertEqual(error(replacing: "place: {tr: Ankara, ru: Анкара}", with: "place: {tr: Ankara}"),
                       "mou.yaml:25:10: signing.place.ru: missing — the Russian version needs the Russian name of the signing place")
        XCTAssertEqual(error(replacing: "name: {tr: Rusya Federasyonu, ru: Российская Федерация}", with: "name: {ru: Российская Федерация}"),
                       "mou.yaml:18:13: parties[1].country.name.tr: missing — the Turkish version needs the Turkish name of the party's country")
        XCTAssertEqual(error(replacing: "areas: [information-sharing, training]",
                             with: "areas: [information-sharing, {custom: joint-fairs, text: {tr: Ortak fuarlar}}]"),
                       "mou.yaml:27:58: areas[1].text.ru: missing — the Russian version needs the area's Russian text")
    }

    func testGenderIsNeededForRussian() throws {
        let text = Fixture.valid.replacingOccurrences(of: "      gender: male\n  - id: rsmb", with: "  - id: rsmb")
        XCTAssertThrowsError(try base.load(text)) { error in
            XCTAssertEqual("\(error)", "mou.yaml:10:7: parties[0].signatory.gender: missing — Russian needs the signatory's gender (male or female) to agree titles and verbs (подписал/подписала)")
        }
        // Without Russian the gender may be left out.
        let turkishOnly = text.replacingOccurrences(of: "languages: [tr, ru]", with: "languages: [tr]")
        XCTAssertNil(try base.load(turkishOnly).agreement.parties[0].signatory.gender)
    }

    func testDurationOriginalsAndNotice() {
        XCTAssertEqual(error(replacing: "years: 5", with: "years: 0"),
                       "mou.yaml:28:19: duration.years: 0 — the MoU must stay in force for at least 1 year")
        XCTAssertEqual(error(replacing: "terminationNoticeMonths: 3", with: "terminationNoticeMonths: -1"),
                       "mou.yaml:28:71: duration.terminationNoticeMonths: -1 — notice cannot be negative; write 0 or more months")
        XCTAssertEqual(error(replacing: "originals: 2", with: "originals: 0"),
                       "mou.yaml:29:12: originals: 0 — at least 1 original of each version is signed")
    }

    func testDuplicateAreas() {
        XCTAssertEqual(error(replacing: "areas: [information-sharing, training]", with: "areas: [training, information-sharing, training]"),
                       "mou.yaml:27:40: areas[2]: 'training' is already listed as areas[0] — list each area once")
    }

    func testSigningPlacesNamePartyIds() {
        XCTAssertEqual(error(replacing: "mode: online", with: "mode: online\n  places: {kosgeb: {tr: Ankara, ru: Анкара}, rsm: {tr: Moskova, ru: Москва}}"),
                       "mou.yaml:27:51: signing.places.rsm: 'rsm' is not a party id — use one of: kosgeb, rsmb")
    }

    /// What the draft command does with `--lang`: check languages beyond the file's own.
    func testCheckForRequestedLanguages() throws {
        let agreement = try base.load(Fixture.valid).agreement
        XCTAssertEqual(agreement.check(languages: [Language.tr, .ru]), [])
        let issues = agreement.check(languages: [Language.en])
        XCTAssertEqual(issues.first?.description, "parties[0].name.en: missing — the English version needs the party's English name")
        XCTAssertEqual(issues.count, 11, "\(issues)")

        var invalid = agreement
        invalid.signing.date = CalendarDate(year: 2021, month: 2, day: 29)
        XCTAssertEqual(invalid.check(languages: [Language.tr]).map(\.description),
                       ["signing.date: 2021-02-29 is not a date that exists — write a real day as YYYY-MM-DD"])
    }

    func testReadingGuess() {
        XCTAssertEqual(ReadingGuess.reading(of: "KOSGEB"), .word)
        XCTAssertEqual(ReadingGuess.reading(of: "NATO"), .word)
        XCTAssertEqual(ReadingGuess.reading(of: "TÜBİTAK"), .word)
        XCTAssertEqual(ReadingGuess.reading(of: "RSMB"), .letters)
        XCTAssertEqual(ReadingGuess.reading(of: "ABD"), .letters)
        XCTAssertEqual(ReadingGuess.reading(of: "TRT"), .letters)
        XCTAssertEqual(ReadingGuess.reading(of: "AB"), .letters)
        XCTAssertEqual(ReadingGuess.reading(of: "TOBB"), .word, "a doubled final letter is said once")
        XCTAssertEqual(ReadingGuess.reading(of: "IMF"), .letters)
        XCTAssertFalse(ReadingGuess.isAbbreviation("SME Corporation"))
    }
}
