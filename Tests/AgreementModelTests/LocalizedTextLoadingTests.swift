import Foundation
import AgreementModel
import Linguistics
import XCTest

/// A text per language is read straight from its mapping when it is plain (every key a
/// language, every value text); anything else must give the same errors as before.
final class LocalizedTextLoadingTests: XCTestCase {
    let base = Fixture()

    func testPlainTextsLoadPerLanguage() throws {
        let loaded = try base.load(Fixture.valid)
        XCTAssertEqual(loaded.agreement.parties[0].country.name, [.tr: "Türkiye", .ru: "Турция"])
        XCTAssertEqual(loaded.agreement.parties[0].country.name[.en], nil)
    }

    func testTextsThatAreNotPlainKeepTheirErrors() {
        XCTAssertEqual(base.error(replacing: "name: {tr: Türkiye, ru: Турция}", with: "name: {tr: Türkiye, ru: }"),
                       "mou.yaml:8:31: parties[0].country.name.ru: empty — write the text here")
        XCTAssertEqual(base.error(replacing: "name: {tr: Türkiye, ru: Турция}", with: "name: {tr: Türkiye, ru: [a, b]}"),
                       "mou.yaml:8:31: parties[0].country.name.ru: expected text, found a list — correct the value")
        XCTAssertEqual(base.error(replacing: "name: {tr: Türkiye, ru: Турция}", with: "name: {tr: Türkiye, Ru: Турция}"),
                       "mou.yaml:8:27: parties[0].country.name.Ru: unknown language 'Ru' — use tr, ru, en")
    }
}
