import XCTest
import Linguistics

/// Russian noun forms after numbers. The category rules are transcribed here from CLDR
/// (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html, ru):
/// one: v = 0 and i % 10 = 1 and i % 100 != 11; few: v = 0 and i % 10 = 2..4 and
/// i % 100 != 12..14; many: v = 0 and (i % 10 = 0 or 5..9 or i % 100 = 11..14); other: the rest.
/// The samples are those of CLDR's chart and Розенталь («92 меморандума», «111 организаций»,
/// «1,5 миллиона»).
final class RussianPluralTests: XCTestCase {
    static let memorandum = NounForms(one: "меморандум", few: "меморандума", many: "меморандумов",
                                      other: "меморандума", gender: .masculine)
    static let country = NounForms(one: "страна", few: "страны", many: "стран", other: "страны", gender: .feminine)
    static let organisation = NounForms(one: "организация", few: "организации", many: "организаций",
                                        other: "организации", gender: .feminine)
    static let million = NounForms(one: "миллион", few: "миллиона", many: "миллионов", other: "миллиона",
                                   gender: .masculine)

    /// CLDR's rule for integers, written independently of the code under test.
    static func cldr(_ i: Int) -> PluralCategory {
        if i % 10 == 1 && i % 100 != 11 { return .one }
        if [2, 3, 4].contains(i % 10) && ![12, 13, 14].contains(i % 100) { return .few }
        return .many
    }

    func testEveryNumberFrom0To1000() {
        for i in 0...1000 {
            XCTAssertEqual(Russian.pluralCategory(i), Self.cldr(i), "\(i)")
            let expectedNoun: String
            switch Self.cldr(i) {
            case .one: expectedNoun = "меморандум"
            case .few: expectedNoun = "меморандума"
            default: expectedNoun = "меморандумов"
            }
            let number = DecimalNumber(i)
            XCTAssertEqual(Grammar.count(number, forms: Self.memorandum, language: .ru), "\(i) \(expectedNoun)")
        }
    }

    func testSamplesTo10to9() {
        let samples: [(Int, PluralCategory)] = [
            (1001, .one), (1011, .many), (1021, .one), (1_000_000, .many), (1_000_001, .one),
            (2_000_002, .few), (12_000_012, .many), (99_999_993, .few), (100_000_000, .many),
            (999_999_991, .one), (999_999_911, .many), (1_000_000_000, .many),
        ]
        for (n, category) in samples { XCTAssertEqual(Russian.pluralCategory(n), category, "\(n)") }
    }

    func testWorkedExamples() {
        let n = { (s: String) in DecimalNumber(parsing: s, language: .ru)! }
        XCTAssertEqual(Grammar.count(n("1"), forms: Self.memorandum, language: .ru), "1 меморандум")
        XCTAssertEqual(Grammar.count(n("2"), forms: Self.memorandum, language: .ru), "2 меморандума")
        XCTAssertEqual(Grammar.count(n("5"), forms: Self.memorandum, language: .ru), "5 меморандумов")
        XCTAssertEqual(Grammar.count(n("92"), forms: Self.memorandum, language: .ru), "92 меморандума")
        XCTAssertEqual(Grammar.count(n("21"), forms: Self.country, language: .ru), "21 страна")
        XCTAssertEqual(Grammar.count(n("111"), forms: Self.organisation, language: .ru), "111 организаций")
        XCTAssertEqual(Grammar.count(n("1,5"), forms: Self.million, language: .ru), "1,5 миллиона")
        XCTAssertEqual(Russian.pluralCategory(n("1,0")), .other, "v > 0 is other even when the fraction is 0")
        XCTAssertEqual(Grammar.count(n("21"), forms: Self.country, language: .ru, spelled: true), "двадцать одна страна")
        XCTAssertEqual(Grammar.count(n("2"), forms: Self.country, language: .ru, spelled: true), "две страны")
        XCTAssertEqual(Grammar.count(n("10000"), forms: Self.memorandum, language: .ru), "10\u{00A0}000 меморандумов")
    }

    func testEnglishAndTurkishCounts() {
        let memorandum = NounForms(one: "memorandum", other: "memoranda")
        XCTAssertEqual(Grammar.count(DecimalNumber(1), forms: memorandum, language: .en), "1 memorandum")
        XCTAssertEqual(Grammar.count(DecimalNumber(0), forms: memorandum, language: .en), "0 memoranda")
        XCTAssertEqual(Grammar.count(DecimalNumber(2), forms: memorandum, language: .en, spelled: true), "two memoranda")
        XCTAssertEqual(Grammar.count(DecimalNumber(parsing: "1.5", language: .en)!, forms: NounForms(one: "million", other: "million"), language: .en), "1.5 million")
        // TDK: no plural suffix after a numeral (92 mutabakat zaptı).
        let zapt = NounForms(one: "mutabakat zaptı", other: "mutabakat zaptı")
        XCTAssertEqual(Grammar.count(DecimalNumber(92), forms: zapt, language: .tr), "92 mutabakat zaptı")
        XCTAssertEqual(English.regularPlural("country"), "countries")
        XCTAssertEqual(English.regularPlural("day"), "days")
        XCTAssertEqual(English.regularPlural("box"), "boxes")
    }

    func testGenderAgreement() {
        XCTAssertEqual(Russian.agree(.male, masculine: "отметил", feminine: "отметила"), "отметил")
        XCTAssertEqual(Russian.agree(.female, masculine: "отметил", feminine: "отметила"), "отметила")
    }

    func testLexiconFindsNounsByAnyForm() {
        let lexicon = NounLexicon(language: .ru, entries: ["меморандум": Self.memorandum])
        XCTAssertEqual(lexicon.forms(for: "меморандум"), Self.memorandum)
        XCTAssertEqual(lexicon.forms(for: "Меморандумов"), Self.memorandum)
        XCTAssertNil(lexicon.forms(for: "соглашение"))
    }
}
