import Foundation
import XCTest
import Linguistics

/// Numbers in words, expected values written from the grammars:
/// - tr: TDK Yazım Kılavuzu, "Sayıların yazılışı" (words apart: doksan iki, bin dokuz yüz;
///   no "bir" before yüz/bin; bir milyon, bir milyar), decimals read with "virgül".
/// - ru: Розенталь, «Справочник по правописанию и литературной правке», «Имена числительные»
///   (тысяча feminine: одна тысяча, две тысячи; decimals: одна целая пять десятых).
/// - en: New Hart's Rules / Oxford Guide to Style (British "and": one hundred and one;
///   hyphens from twenty-one to ninety-nine).
/// Then every integer 0…3000 and samples to 10⁹ are checked against ICU's rule-based spell-out
/// (CLDR RBNF data), an implementation independent of ours.
final class SpelledNumberTests: XCTestCase {
    static let turkish: [(UInt64, String)] = [
        (0, "sıfır"), (1, "bir"), (2, "iki"), (3, "üç"), (4, "dört"), (5, "beş"), (6, "altı"), (7, "yedi"),
        (8, "sekiz"), (9, "dokuz"), (10, "on"), (11, "on bir"), (19, "on dokuz"), (20, "yirmi"), (30, "otuz"),
        (40, "kırk"), (50, "elli"), (60, "altmış"), (70, "yetmiş"), (80, "seksen"), (90, "doksan"),
        (92, "doksan iki"), (100, "yüz"), (101, "yüz bir"), (110, "yüz on"), (200, "iki yüz"),
        (999, "dokuz yüz doksan dokuz"), (1000, "bin"), (1001, "bin bir"), (1900, "bin dokuz yüz"),
        (1923, "bin dokuz yüz yirmi üç"), (2021, "iki bin yirmi bir"), (10_000, "on bin"), (11_000, "on bir bin"),
        (100_000, "yüz bin"), (101_000, "yüz bir bin"),
        (999_999, "dokuz yüz doksan dokuz bin dokuz yüz doksan dokuz"), (1_000_000, "bir milyon"),
        (1_001_001, "bir milyon bin bir"), (3_500_000, "üç milyon beş yüz bin"), (21_000_000, "yirmi bir milyon"),
        (999_999_999, "dokuz yüz doksan dokuz milyon dokuz yüz doksan dokuz bin dokuz yüz doksan dokuz"),
        (1_000_000_000, "bir milyar"),
    ]

    static let russian: [(UInt64, String)] = [
        (0, "ноль"), (1, "один"), (2, "два"), (3, "три"), (4, "четыре"), (5, "пять"), (10, "десять"),
        (11, "одиннадцать"), (12, "двенадцать"), (14, "четырнадцать"), (19, "девятнадцать"), (20, "двадцать"),
        (21, "двадцать один"), (40, "сорок"), (50, "пятьдесят"), (90, "девяносто"), (92, "девяносто два"),
        (100, "сто"), (200, "двести"), (300, "триста"), (400, "четыреста"), (500, "пятьсот"),
        (999, "девятьсот девяносто девять"), (1000, "одна тысяча"), (1001, "одна тысяча один"),
        (2000, "две тысячи"), (2021, "две тысячи двадцать один"), (5000, "пять тысяч"),
        (11_000, "одиннадцать тысяч"), (21_000, "двадцать одна тысяча"), (22_000, "двадцать две тысячи"),
        (111_000, "сто одиннадцать тысяч"), (1_000_000, "один миллион"), (2_000_000, "два миллиона"),
        (5_000_000, "пять миллионов"), (3_500_000, "три миллиона пятьсот тысяч"),
        (999_999_999, "девятьсот девяносто девять миллионов девятьсот девяносто девять тысяч девятьсот девяносто девять"),
        (1_000_000_000, "один миллиард"),
    ]

    static let english: [(UInt64, String)] = [
        (0, "zero"), (1, "one"), (12, "twelve"), (13, "thirteen"), (20, "twenty"), (21, "twenty-one"),
        (40, "forty"), (92, "ninety-two"), (100, "one hundred"), (101, "one hundred and one"),
        (115, "one hundred and fifteen"), (999, "nine hundred and ninety-nine"), (1000, "one thousand"),
        (1002, "one thousand and two"), (1900, "one thousand nine hundred"),
        (2021, "two thousand and twenty-one"), (10_000, "ten thousand"), (100_000, "one hundred thousand"),
        (1_000_000, "one million"), (3_500_000, "three million five hundred thousand"),
        (999_999_999, "nine hundred and ninety-nine million nine hundred and ninety-nine thousand nine hundred and ninety-nine"),
        (1_000_000_000, "one billion"),
    ]

    func testTablesInAllThreeLanguages() {
        for (n, words) in Self.turkish { XCTAssertEqual(Turkish.spellOut(n), words, "tr \(n)") }
        for (n, words) in Self.russian { XCTAssertEqual(Russian.spellOut(n), words, "ru \(n)") }
        for (n, words) in Self.english { XCTAssertEqual(English.spellOut(n), words, "en \(n)") }
        XCTAssertEqual(Grammar.spellOut(92, language: .tr), "doksan iki")
        XCTAssertEqual(Grammar.spellOut(92, language: .ru), "девяносто два")
        XCTAssertEqual(Grammar.spellOut(92, language: .en), "ninety-two")
    }

    func testRussianGenderAgreement() {
        XCTAssertEqual(Russian.spellOut(21, gender: .feminine), "двадцать одна")
        XCTAssertEqual(Russian.spellOut(2, gender: .feminine), "две")
        XCTAssertEqual(Russian.spellOut(1, gender: .neuter), "одно")
        XCTAssertEqual(Russian.spellOut(2, gender: .neuter), "два")
    }

    func testDecimals() {
        let n = { (s: String) in DecimalNumber(parsing: s)! }
        XCTAssertEqual(Turkish.spellOut(n("3,5")), "üç virgül beş")
        XCTAssertEqual(Turkish.spellOut(n("0,25")), "sıfır virgül yirmi beş")
        XCTAssertEqual(Turkish.spellOut(n("2,05")), "iki virgül sıfır beş")
        XCTAssertEqual(Russian.spellOut(n("1,5")), "одна целая пять десятых")
        XCTAssertEqual(Russian.spellOut(n("3,5")), "три целых пять десятых")
        XCTAssertEqual(Russian.spellOut(n("2,25")), "две целых двадцать пять сотых")
        XCTAssertEqual(Russian.spellOut(n("0,1")), "ноль целых одна десятая")
        XCTAssertEqual(Russian.spellOut(n("21,001")), "двадцать одна целая одна тысячная")
        XCTAssertEqual(English.spellOut(n("3.5")), "three point five")
        XCTAssertEqual(English.spellOut(n("2,05")), "two point zero five")
        XCTAssertEqual(Grammar.spellOut(n("-7"), language: .tr), "eksi yedi")
    }

    func testOrdinals() {
        let tr: [(UInt64, String, String)] = [
            (1, "1'inci", "birinci"), (2, "2'nci", "ikinci"), (3, "3'üncü", "üçüncü"), (4, "4'üncü", "dördüncü"),
            (5, "5'inci", "beşinci"), (6, "6'ncı", "altıncı"), (7, "7'nci", "yedinci"), (8, "8'inci", "sekizinci"),
            (9, "9'uncu", "dokuzuncu"), (10, "10'uncu", "onuncu"), (20, "20'nci", "yirminci"),
            (30, "30'uncu", "otuzuncu"), (40, "40'ıncı", "kırkıncı"), (50, "50'nci", "ellinci"),
            (60, "60'ıncı", "altmışıncı"), (70, "70'inci", "yetmişinci"), (80, "80'inci", "sekseninci"),
            (90, "90'ıncı", "doksanıncı"), (92, "92'nci", "doksan ikinci"), (100, "100'üncü", "yüzüncü"),
            (1000, "1000'inci", "bininci"), (1_000_000, "1000000'uncu", "bir milyonuncu"),
        ]
        for (n, digits, words) in tr {
            XCTAssertEqual(Turkish.ordinalDigits(n), digits)
            XCTAssertEqual(Turkish.ordinalWords(n), words)
        }
        let ru: [(UInt64, String)] = [
            (0, "нулевой"), (1, "первый"), (2, "второй"), (3, "третий"), (4, "четвёртый"), (10, "десятый"),
            (11, "одиннадцатый"), (20, "двадцатый"), (40, "сороковой"), (90, "девяностый"),
            (92, "девяносто второй"), (100, "сотый"), (101, "сто первый"), (200, "двухсотый"),
            (1000, "тысячный"), (2000, "двухтысячный"), (2021, "две тысячи двадцать первый"),
            (100_000, "стотысячный"), (1_000_000, "миллионный"), (1_000_000_000, "миллиардный"),
        ]
        for (n, words) in ru { XCTAssertEqual(Russian.ordinalWords(n), words, "ru \(n)") }
        XCTAssertEqual(Russian.ordinalDigits(92), "92-й")
        XCTAssertEqual(Russian.ordinalDigits(5, gender: .feminine), "5-я")
        XCTAssertEqual(Russian.ordinalDigits(5, gender: .neuter), "5-е")
        XCTAssertEqual(Russian.ordinalWords(2, gender: .feminine), "вторая")
        XCTAssertEqual(Russian.ordinalWords(3, gender: .feminine), "третья")
        XCTAssertEqual(Russian.ordinalWords(3, gender: .neuter), "третье")
        XCTAssertEqual(Russian.ordinalWords(92, gender: .feminine), "девяносто вторая")
        XCTAssertEqual(Russian.ordinalWords(1, gender: .neuter), "первое")
        let enDigits: [(UInt64, String)] = [
            (1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"), (13, "13th"),
            (21, "21st"), (22, "22nd"), (23, "23rd"), (92, "92nd"), (100, "100th"), (101, "101st"),
            (111, "111th"), (112, "112th"), (113, "113th"), (1000, "1000th"),
        ]
        for (n, text) in enDigits { XCTAssertEqual(English.ordinalDigits(n), text) }
        let enWords: [(UInt64, String)] = [
            (1, "first"), (2, "second"), (3, "third"), (5, "fifth"), (8, "eighth"), (9, "ninth"),
            (12, "twelfth"), (20, "twentieth"), (21, "twenty-first"), (92, "ninety-second"),
            (100, "one hundredth"), (101, "one hundred and first"), (1000, "one thousandth"),
            (1_000_000, "one millionth"),
        ]
        for (n, text) in enWords { XCTAssertEqual(English.ordinalWords(n), text) }
        XCTAssertEqual(Grammar.ordinal(92, language: .tr, style: .words), "doksan ikinci")
        XCTAssertFalse(Grammar.ordinal(DecimalNumber(parsing: "3,5")!, language: .en).notes.isEmpty)
    }

    /// ICU's RBNF (CLDR data) as an independent oracle for whole numbers. ICU's en rules are
    /// American (no "and"), so the British "and" is removed before comparing; ICU spells
    /// Turkish 1000 "bin" as TDK does.
    func testAgainstICUSpellOut() throws {
        var formatters: [String: NumberFormatter] = [:]
        for locale in ["tr", "ru", "en"] {
            let formatter = NumberFormatter()
            formatter.locale = Locale(identifier: locale)
            formatter.numberStyle = .spellOut
            formatters[locale] = formatter
        }
        func icu(_ n: UInt64, _ locale: String) -> String {
            formatters[locale]!.string(from: NSNumber(value: n)) ?? ""
        }
        guard icu(92, "tr") == "doksan iki" else { throw XCTSkip("ICU spell-out unavailable here") }
        var samples = Array(UInt64(0)...3000)
        var x: UInt64 = 7
        for _ in 0..<1000 { x = (x &* 6364136223846793005 &+ 1442695040888963407); samples.append(x % 1_000_000_001) }
        var mismatches: [String] = []
        for n in samples {
            if Turkish.spellOut(n) != icu(n, "tr") { mismatches.append("tr \(n): \(Turkish.spellOut(n)) ≠ \(icu(n, "tr"))") }
            if Russian.spellOut(n) != icu(n, "ru") { mismatches.append("ru \(n): \(Russian.spellOut(n)) ≠ \(icu(n, "ru"))") }
            let british = English.spellOut(n).split(separator: " ").filter { $0 != "and" }.joined(separator: " ")
            if british != icu(n, "en") { mismatches.append("en \(n): \(british) ≠ \(icu(n, "en"))") }
            if mismatches.count > 10 { break }
        }
        XCTAssertEqual(mismatches, [])
    }
}
