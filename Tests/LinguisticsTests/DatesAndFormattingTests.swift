import Foundation
import XCTest
import Linguistics

/// Dates and digits as each language writes them:
/// - tr: TDK Yazım Kılavuzu, "Tarihlerin yazılışı" (1 Ekim 2021; 01.10.2021; month names
///   capitalised in a full date) and "Sayıların yazılışı" (3.500.000; 3,5);
/// - ru: ГОСТ Р 7.0.97-2016 and Розенталь (1 октября 2021 г., genitive month; 01.10.2021);
///   Мильчин, «Справочник издателя и автора» (10 000 grouped from five digits, 2021 solid);
/// - en: New Hart's Rules (1 October 2021; 01/10/2021 in British numeric style; 3,500,000).
final class DatesAndFormattingTests: XCTestCase {
    static let months: [(tr: String, ru: String, en: String)] = [
        ("Ocak", "января", "January"), ("Şubat", "февраля", "February"), ("Mart", "марта", "March"),
        ("Nisan", "апреля", "April"), ("Mayıs", "мая", "May"), ("Haziran", "июня", "June"),
        ("Temmuz", "июля", "July"), ("Ağustos", "августа", "August"), ("Eylül", "сентября", "September"),
        ("Ekim", "октября", "October"), ("Kasım", "ноября", "November"), ("Aralık", "декабря", "December"),
    ]

    func testEveryMonthInEveryLanguage() {
        for (index, names) in Self.months.enumerated() {
            let date = CalendarDate(year: 2021, month: index + 1, day: 1)
            XCTAssertEqual(Grammar.date(date, language: .tr), "1 \(names.tr) 2021")
            XCTAssertEqual(Grammar.date(date, language: .ru), "1 \(names.ru) 2021 г.")
            XCTAssertEqual(Grammar.date(date, language: .en), "1 \(names.en) 2021")
        }
    }

    /// The form the issue and the reference write, with plain spaces, so a search for
    /// «1 октября 2021 г.» in a draft finds it.
    func testRussianDateUsesPlainSpaces() {
        let text = Grammar.date(CalendarDate(year: 2021, month: 10, day: 1), language: .ru)
        XCTAssertEqual(text, "1 октября 2021 г.")
    }

    func testNumericDates() {
        let date = CalendarDate(year: 2021, month: 10, day: 1)
        XCTAssertEqual(Grammar.date(date, language: .tr, style: .numeric), "01.10.2021")
        XCTAssertEqual(Grammar.date(date, language: .ru, style: .numeric), "01.10.2021")
        XCTAssertEqual(Grammar.date(date, language: .en, style: .numeric), "01/10/2021")
        XCTAssertEqual(Grammar.date(CalendarDate(year: 2026, month: 12, day: 31), language: .tr, style: .numeric), "31.12.2026")
    }

    func testDigitGroupingAndDecimalMark() {
        let n = { (s: String, l: Language) in DecimalNumber(parsing: s, language: l)! }
        XCTAssertEqual(Grammar.formatNumber(DecimalNumber(3_500_000), language: .tr), "3.500.000")
        XCTAssertEqual(Grammar.formatNumber(DecimalNumber(1000), language: .tr), "1.000")
        XCTAssertEqual(Grammar.formatNumber(DecimalNumber(999), language: .tr), "999")
        XCTAssertEqual(Grammar.formatNumber(n("3,5", .tr), language: .tr), "3,5")
        XCTAssertEqual(Grammar.formatNumber(DecimalNumber(3_500_000), language: .ru), "3\u{00A0}500\u{00A0}000")
        XCTAssertEqual(Grammar.formatNumber(DecimalNumber(2021), language: .ru), "2021")
        XCTAssertEqual(Grammar.formatNumber(DecimalNumber(10_000), language: .ru), "10\u{00A0}000")
        XCTAssertEqual(Grammar.formatNumber(n("3.5", .ru), language: .ru), "3,5")
        XCTAssertEqual(Grammar.formatNumber(DecimalNumber(3_500_000), language: .en), "3,500,000")
        XCTAssertEqual(Grammar.formatNumber(n("3,5", .en), language: .en), "3.5")
        XCTAssertEqual(Grammar.formatNumber(n("3,456", .tr), language: .tr, fractionDigits: 2), "3,46")
        XCTAssertEqual(Grammar.formatNumber(n("9,995", .tr), language: .tr, fractionDigits: 2), "10,00")
        XCTAssertEqual(Grammar.formatNumber(DecimalNumber(7), language: .en, fractionDigits: 1), "7.0")
        XCTAssertEqual(Grammar.formatNumber(DecimalNumber(-1500), language: .tr), "-1.500")
    }

    func testParsingNumbersAsPeopleWriteThem() {
        XCTAssertEqual(DecimalNumber(parsing: "3,5")?.description, "3.5")
        XCTAssertEqual(DecimalNumber(parsing: "3.5")?.description, "3.5")
        XCTAssertEqual(DecimalNumber(parsing: "3.500.000")?.description, "3500000")
        XCTAssertEqual(DecimalNumber(parsing: "3 500 000", language: .ru)?.description, "3500000")
        XCTAssertEqual(DecimalNumber(parsing: "1.000", language: .tr)?.description, "1000")
        XCTAssertEqual(DecimalNumber(parsing: "1,000", language: .en)?.description, "1000")
        XCTAssertEqual(DecimalNumber(parsing: "1,000", language: .tr)?.description, "1.000")
        XCTAssertEqual(DecimalNumber(parsing: "1.234,5")?.description, "1234.5")
        XCTAssertNil(DecimalNumber(parsing: "3.5.0,1"))
        XCTAssertNil(DecimalNumber(parsing: "abc"))
        XCTAssertNil(DecimalNumber(parsing: ""))
        XCTAssertEqual(DecimalNumber(3.5)?.description, "3.5")
        XCTAssertEqual(DecimalNumber(92.0)?.description, "92")
        XCTAssertEqual(DecimalNumber(Decimal(string: "1.25")!)?.description, "1.25")
        XCTAssertEqual(DecimalNumber.from("92")?.intValue, 92)
        XCTAssertEqual(DecimalNumber.from(92)?.intValue, 92)
        XCTAssertNil(DecimalNumber.from(nil))
    }

    /// Unicode SpecialCasing.txt, tr conditional mappings: i ↔ İ, ı ↔ I.
    func testLocaleCorrectCase() {
        XCTAssertEqual(Grammar.uppercased("istanbul ılık", language: .tr), "İSTANBUL ILIK")
        XCTAssertEqual(Grammar.lowercased("İSTANBUL ILIK", language: .tr), "istanbul ılık")
        XCTAssertEqual(Grammar.uppercased("istanbul", language: .en), "ISTANBUL")
        XCTAssertEqual(Grammar.uppercased("меморандум", language: .ru), "МЕМОРАНДУМ")
        XCTAssertEqual(CaseMapping.capitalizedFirst("işbirliği", language: .tr), "İşbirliği")
    }
}
