import Linguistics
@testable import Review
import XCTest

/// The numbers, dates and durations compared across language versions, on the shapes the
/// collector handles separately: blocks with no digit at all (spelled-out durations only),
/// dates in words and in digits, "five (5) years", and several blocks of one article.
final class FactExtractionTests: XCTestCase {
    func rules(_ language: Language) throws -> LanguageRules {
        try XCTUnwrap(try ClauseCatalog.builtIn.get().rules[language])
    }

    func testSpelledOutDurationsWithoutAnyDigit() throws {
        XCTAssertEqual(Facts.extract("Bu Mutabakat Zaptı beş yıl süreyle yürürlükte kalır.", try rules(.tr)),
                       Facts(numbers: [], dates: [], durations: ["5 year"]))
        XCTAssertEqual(Facts.extract("Меморандум действует в течение пяти лет.", try rules(.ru)).numbers, [])
        XCTAssertEqual(Facts.extract("The Parties shall cooperate in good faith.", try rules(.en)), Facts())
    }

    func testDatesNumbersAndDurationsInOneBlock() throws {
        let en = Facts.extract("Signed on 1 October 2021 for five (5) years, with 12 experts and 3 missions.", try rules(.en))
        XCTAssertEqual(en.dates, ["2021-10-01"])
        XCTAssertEqual(en.durations, ["5 year"])
        XCTAssertEqual(en.numbers, ["12", "3", "5"], "sorted as strings; the date's numbers are not counted")
        let tr = Facts.extract("01.10.2021 tarihinde imzalanmıştır; 2 yıl geçerlidir.", try rules(.tr))
        XCTAssertEqual(tr.dates, ["2021-10-01"])
        XCTAssertEqual(tr.durations, ["2 year"])
        XCTAssertEqual(tr.numbers, ["2"])
    }

    func testSeveralBlocksMergeWithoutDuplicates() throws {
        let rules = try rules(.ru)
        let blocks = ["Подписан 1 октября 2021 г., срок 3 года.", "Срок 3 года; бюджет 10 млн.", "Без чисел."].map { Tokenized($0, .ru) }
        let facts = Facts.extract(blocks, rules)
        XCTAssertEqual(facts.dates, ["2021-10-01"])
        XCTAssertEqual(facts.durations, ["3 year"])
        XCTAssertEqual(facts.numbers, ["10", "3"])
        var collector = FactCollector()
        for b in blocks { collector.collect(b, rules) }
        XCTAssertEqual(collector.takeFacts(), facts)
        XCTAssertEqual(collector.takeFacts(), Facts(), "taking the facts starts afresh")
    }
}
