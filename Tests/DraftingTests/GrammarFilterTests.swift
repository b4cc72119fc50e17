import AgreementModel
import Drafting
import Linguistics
import MoUResources
import XCTest

/// The grammar filters as a template author uses them (docs/grammar-filters.md). Expected
/// forms follow the same cited rules as LinguisticsTests: TDK for Turkish, CLDR plural rules
/// and Розенталь for Russian, New Hart's Rules for English.
final class GrammarFilterTests: XCTestCase {
    func render(_ template: String, _ language: Language, _ context: [String: Any] = [:],
                readings: [String: AbbreviationReading] = [:]) throws -> (String, GrammarSession) {
        let session = try GrammarSession(language: language, store: .builtIn, readings: readings)
        return (try GrammarFilters.render(template, context: context, session: session), session)
    }

    func testTurkishCaseFiltersUseThePartyReading() throws {
        let (text, session) = try render(
            "{{ a|tr_genitive }} {{ b|tr_dative }} {{ c|tr_locative_ki }} {{ a|tr_genitive_ki }} {{ b|tr_case:\"ablative\" }} {{ n|tr_instrumental }}",
            .tr, ["a": "RSMB", "b": "KOSGEB", "c": "Rusya", "n": 92],
            readings: ["RSMB": .letters, "KOSGEB": .word])
        XCTAssertEqual(text, "RSMB'nin KOSGEB'e Rusya'daki RSMB'ninki KOSGEB'den 92'yle")
        XCTAssertEqual(session.warnings, [])
    }

    func testReadingsComeFromTheParties() throws {
        let rsmb = Party(id: "rsmb", name: [.tr: "Rusya KOBİ Kurumu"], short: [.tr: "RSMB", .en: "RSMB"],
                         reading: .letters, country: Country(code: "RU", name: [.tr: "Rusya"]),
                         signatory: Person(name: [:], title: [:]))
        let kosgeb = Party(id: "kosgeb", name: [.tr: "KOSGEB"], short: [.tr: "KOSGEB"], reading: nil,
                           country: Country(code: "TR", name: [.tr: "Türkiye"]), signatory: Person(name: [:], title: [:]))
        let readings = GrammarSession.readings(of: [rsmb, kosgeb])
        XCTAssertEqual(readings, ["RSMB": .letters])
        let (text, session) = try render("{{ a|tr_dative }}, {{ b|tr_dative }}", .tr, ["a": "RSMB", "b": "KOSGEB"], readings: readings)
        XCTAssertEqual(text, "RSMB'ye, KOSGEB'e")
        XCTAssertEqual(session.warnings.count, 1, "only KOSGEB's reading is a guess: \(session.warnings)")
    }

    func testGuessedReadingIsAWarning() throws {
        let (text, session) = try render("{{ a|tr_accusative }}", .tr, ["a": "ABD"])
        XCTAssertEqual(text, "ABD'yi")
        XCTAssertEqual(session.warnings.count, 1)
        XCTAssertTrue(session.warnings[0].contains("a-be-de"))
    }

    func testNumbersInEveryLanguage() throws {
        XCTAssertEqual(try render("{{ n|spell }}|{{ n|ordinal }}|{{ n|ordinal:\"words\" }}|{{ big|number }}|{{ d|number }}|{{ d|number:2 }}", .tr,
                                  ["n": 92, "big": 3_500_000, "d": "3,5"]).0,
                       "doksan iki|92'nci|doksan ikinci|3.500.000|3,5|3,50")
        XCTAssertEqual(try render("{{ n|spell:\"f\" }}, {{ n|spell:\"tr\" }}", .ru, ["n": 2]).0, "две, iki")
        XCTAssertEqual(try render("{{ n|ordinal:\"f\" }} {{ n|ordinal:\"words\",\"f\" }}", .ru, ["n": 5]).0, "5-я пятая")
        XCTAssertEqual(try render("{{ n|spell }}|{{ n|ordinal }}|{{ big|number }}|{{ d|number }}", .ru,
                                  ["n": 92, "big": 3_500_000, "d": 3.5]).0,
                       "девяносто два|92-й|3\u{00A0}500\u{00A0}000|3,5")
        XCTAssertEqual(try render("{{ n|spell }}|{{ n|ordinal }}|{{ n|ordinal:\"words\" }}|{{ big|number }}", .en,
                                  ["n": 92, "big": 3_500_000]).0,
                       "ninety-two|92nd|ninety-second|3,500,000")
        XCTAssertEqual(try render("{{ d|spell }}", .tr, ["d": "3,5"]).0, "üç virgül beş")
        // Stencil hands number literals over as Double.
        XCTAssertEqual(try render("{{ 92|spell }} {{ 3.456|number:2 }} {{ 1900|spell }}", .tr).0, "doksan iki 3,46 bin dokuz yüz")
    }

    func testCountsFromTheBuiltInLexicons() throws {
        XCTAssertEqual(try render("{{ n|count:\"меморандум\" }}; {{ m|count:\"миллион\" }}; {{ c|count:\"страна\",\"words\" }}; {{ n|noun_for:\"меморандум\" }}", .ru,
                                  ["n": 92, "m": "1,5", "c": 21]).0,
                       "92 меморандума; 1,5 миллиона; двадцать одна страна; меморандума")
        XCTAssertEqual(try render("{{ n|count:\"memorandum\" }}, {{ one|count:\"memorandum\",\"words\" }}", .en, ["n": 2, "one": 1]).0,
                       "2 memoranda, one memorandum")
        XCTAssertEqual(try render("{{ n|count:\"mutabakat zaptı\" }}", .tr, ["n": 92]).0, "92 mutabakat zaptı")
    }

    func testDatesAndGender() throws {
        let date = CalendarDate(year: 2021, month: 10, day: 1)
        XCTAssertEqual(try render("{{ d|date }} / {{ d|date_numeric }}", .tr, ["d": date]).0, "1 Ekim 2021 / 01.10.2021")
        XCTAssertEqual(try render("{{ d|date }}", .ru, ["d": "2021-10-01"]).0, "1 октября 2021 г.")
        XCTAssertEqual(try render("{{ d|date }}", .en, ["d": date]).0, "1 October 2021")
        XCTAssertEqual(try render("{{ d|date:\"ru\" }}", .tr, ["d": date]).0, "1 октября 2021 г.")
        XCTAssertEqual(try render("{{ g|by_gender:\"отметил\",\"отметила\" }}", .ru, ["g": "female"]).0, "отметила")
        XCTAssertEqual(try render("{{ g|by_gender:\"отметил\",\"отметила\" }}", .ru, ["g": Gender.male]).0, "отметил")
    }

    func testLocaleCorrectCase() throws {
        XCTAssertEqual(try render("{{ s|upper }} {{ t|lower }} {{ s|capitalize }}", .tr, ["s": "istanbul", "t": "ILIK"]).0,
                       "İSTANBUL ılık İstanbul")
        XCTAssertEqual(try render("{{ s|upper }}", .en, ["s": "istanbul"]).0, "ISTANBUL")
    }

    func testUnknownInputsWarnInsteadOfFailing() throws {
        let (text, session) = try render(
            "{{ x|spell }}|{{ x|date }}|{{ n|count:\"соглашениеx\" }}|{{ g|by_gender:\"отметил\",\"отметила\" }}|{{ n|tr_case:\"vocative\" }}|{{ missing|tr_dative }}",
            .ru, ["x": "abc", "n": 5, "g": "unknown"])
        XCTAssertEqual(text, "abc|abc|5 соглашениеx|отметил/отметила|5|")
        XCTAssertEqual(session.warnings.count, 6, "\(session.warnings)")
    }

    func testNounFilesParseAndReportMistakes() throws {
        for language in Language.allCases {
            let data = try GrammarData.load(language)
            XCTAssertGreaterThanOrEqual(data.nouns.entries.count, 15, "\(language)")
        }
        XCTAssertTrue(try GrammarData.load(.tr).frontHarmony.contains("saat"))
        XCTAssertThrowsError(try GrammarData.parse("год: {one: год, other: года}", language: .ru, origin: "x.yaml")) { error in
            XCTAssertEqual(String(describing: error), "x.yaml:1:6: noun 'год' needs the forms one, few and many (after 1, 2 and 5) as well as other")
        }
        XCTAssertThrowsError(try GrammarData.parse("a: {one: a, other: b, gender: x}", language: .en, origin: "y.yaml"))
    }
}
