import Foundation
import AgreementModel
import Linguistics
import XCTest

/// Each class of loading error, with its exact one-line message: file, line, column, key path,
/// what is wrong and what to do.
final class LoadingErrorTests: XCTestCase {
    let base = Fixture()
    static let valid = Fixture.valid

    func load(_ text: String) throws -> LoadedAgreement { try base.load(text) }

    func error(replacing old: String, with new: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        base.error(replacing: old, with: new, file: file, line: line)
    }

    func testValidTextLoadsAndGuessesReadings() throws {
        let loaded = try load(Self.valid)
        XCTAssertEqual(loaded.agreement.parties[0].reading, .word)
        XCTAssertEqual(loaded.agreement.parties[1].reading, .letters)
        XCTAssertEqual(loaded.notes.map(\.description), [
            "parties[0].short.tr: 'KOSGEB' guessed to be read as a word (KOSGEB'in); set reading: word or letters to decide",
            "parties[1].short.tr: 'RSMB' guessed to be read letter by letter (RSMB'nin); set reading: word or letters to decide",
        ])
        XCTAssertEqual(loaded.agreement.costs.arrangement, .eachOwn, "costs may be left out")
    }

    // MARK: Structure (decoding)

    func testMissingKeyPointsAtTheParentMapping() {
        XCTAssertEqual(error(replacing: "\noriginals: 2", with: ""),
                       "mou.yaml:1:1: originals: missing — add `originals:` to the mapping that starts here")
        XCTAssertEqual(error(replacing: "      title: {tr: Genel Müdür, ru: Генеральный директор}\n", with: ""),
                       "mou.yaml:20:7: parties[1].signatory.title: missing — add `title:` to the mapping that starts here")
    }

    func testMissingKeyNamesALikelyTypo() {
        XCTAssertEqual(error(replacing: "      title: {tr: Başkan", with: "      titel: {tr: Başkan"),
                       "mou.yaml:10:7: parties[0].signatory.title: missing — the key `titel` at 11:7 looks like a typo; rename it to `title`")
    }

    func testUnknownKeyIsAnErrorWithASuggestion() {
        XCTAssertEqual(error(replacing: "\noriginals: 2", with: "\noriginals: 2\norignals: 3"),
                       "mou.yaml:30:1: orignals: unknown key — did you mean `originals`? Rename it, or remove the key")
        XCTAssertEqual(error(replacing: "      gender: male\n  - id: rsmb", with: "      gender: male\n      email: x@y.tr\n  - id: rsmb"),
                       "mou.yaml:13:7: parties[0].signatory.email: unknown key — remove it, or see `mou schema` for the keys allowed here (gender, name, title)")
    }

    func testWrongType() {
        XCTAssertEqual(error(replacing: "originals: 2", with: "originals: two"),
                       "mou.yaml:29:12: originals: expected a whole number, found 'two' — correct the value")
        XCTAssertEqual(error(replacing: "areas: [information-sharing, training]", with: "areas: training"),
                       "mou.yaml:27:8: areas: expected a list (lines starting with `- `), found 'training' — correct the value")
        XCTAssertEqual(error(replacing: "automaticRenewal: true", with: "automaticRenewal: sometimes"),
                       "mou.yaml:28:40: duration.automaticRenewal: expected true or false, found 'sometimes' — correct the value")
    }

    func testLocalizedTextNeedsAMapping() {
        XCTAssertEqual(error(replacing: "short: {tr: KOSGEB, ru: KOSGEB}", with: "short: KOSGEB"),
                       "mou.yaml:5:12: parties[0].short: expected a text per language, found 'KOSGEB' — write {tr: …, ru: …, en: …}")
    }

    func testInvalidEnumValueListsTheAllowedOnes() {
        XCTAssertEqual(error(replacing: "mode: online", with: "mode: onlin"),
                       "mou.yaml:26:9: signing.mode: 'onlin' is not allowed here — did you mean online? Use one of: in-person, online")
        XCTAssertEqual(error(replacing: "languages: [tr, ru]", with: "languages: [tr, de]"),
                       "mou.yaml:1:17: languages[1]: 'de' is not allowed here — use one of: tr, ru, en")
        XCTAssertEqual(error(replacing: "areas: [information-sharing, training]", with: "areas: [information-sharing, trainng]"),
                       "mou.yaml:27:30: areas[1]: 'trainng' is not a standard area — did you mean training? Use one of: information-sharing, technical-commercial-cooperation, training, expert-exchange, trade-trips, or a custom area {custom: an-id, text: {tr: …, ru: …, en: …}}")
    }

    func testUnknownLanguageInALocalizedMap() {
        XCTAssertEqual(error(replacing: "name: {tr: Türkiye, ru: Турция}", with: "name: {tr: Türkiye, de: Türkei}"),
                       "mou.yaml:8:27: parties[0].country.name.de: unknown language 'de' — use tr, ru, en")
    }

    func testBadDate() {
        XCTAssertEqual(error(replacing: "date: 2021-10-01", with: "date: 2021-02-29"),
                       "mou.yaml:24:9: signing.date: '2021-02-29' is not a date that exists — write it as YYYY-MM-DD, e.g. 2021-10-01")
        XCTAssertEqual(error(replacing: "date: 2021-10-01", with: "date: 1 October 2021"),
                       "mou.yaml:24:9: signing.date: '1 October 2021' is not a date that exists — write it as YYYY-MM-DD, e.g. 2021-10-01")
    }

    func testEmptyValue() {
        XCTAssertEqual(error(replacing: "code: TR", with: "code:"),
                       "mou.yaml:7:12: parties[0].country.code: empty — write the text here")
    }

    func testYAMLSyntaxError() {
        let message = error(replacing: "originals: 2", with: "originals: [2")
        XCTAssertTrue(message.hasPrefix("mou.yaml:"), message)
        XCTAssertTrue(message.contains("YAML syntax:"), message)
        XCTAssertFalse(message.contains("\n"), "one line: \(message)")
    }

    func testDuplicateKey() {
        XCTAssertEqual(error(replacing: "originals: 2", with: "originals: 2\noriginals: 3"),
                       "mou.yaml:29:1: the key originals appears twice in one mapping — keep one")
    }

    func testEmptyFileAndMissingFile() throws {
        XCTAssertThrowsError(try load("# nothing yet\n")) { error in
            XCTAssertEqual("\(error)", "mou.yaml:1:1: the file is empty — start from `mou init FILE`")
        }
        XCTAssertThrowsError(try AgreementLoader.load(path: "/nonexistent/mou.yaml")) { error in
            XCTAssertEqual("\(error)", "/nonexistent/mou.yaml:1:1: no such file — check the path, or create one with `mou init /nonexistent/mou.yaml`")
        }
    }

    func testTabIndentedJSONLoads() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let agreement = try load(Self.valid).agreement
        let json = String(decoding: try encoder.encode(agreement), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in String(repeating: "\t", count: line.prefix(while: { $0 == " " }).count / 2) + line.drop(while: { $0 == " " }) }
            .joined(separator: "\n")
        XCTAssertTrue(json.contains("\t\"languages\""), json)
        XCTAssertEqual(try load(json).agreement, agreement)
    }

    func testJSONErrorsCarryLineAndColumn() throws {
        let json = """
        {
          "languages": ["tr", "ru"],
          "parties": [],
          "signing": {"date": "2021-10-01", "place": {"tr": "Ankara", "ru": "Анкара"}, "mode": "in-persn"},
          "areas": ["training"],
          "duration": {"years": 5, "automaticRenewal": true, "terminationNoticeMonths": 3},
          "originals": 2
        }
        """
        XCTAssertThrowsError(try load(json)) { error in
            XCTAssertEqual("\(error)", "mou.yaml:4:88: signing.mode: 'in-persn' is not allowed here — did you mean in-person? Use one of: in-person, online")
        }
    }
}
