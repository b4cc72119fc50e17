import Foundation
import XCTest

/// `mou grammar` run as a user runs it: the built binary, its stdout (one result per input,
/// one per line, in input order), stderr and exit status. Expected values are the issue's
/// worked examples, which follow TDK, CLDR and Розенталь (see LinguisticsTests for citations).
final class GrammarCommandTests: XCTestCase {
    private func mou(_ arguments: String...) throws -> MouRunner.Result { try MouRunner.run(arguments) }
    private func mou(_ arguments: [String]) throws -> MouRunner.Result { try MouRunner.run(arguments) }

    func testSuffix() throws {
        let run = try mou("grammar", "suffix", "--lang", "tr", "--case", "dative", "KOSGEB", "92", "Rusya")
        XCTAssertEqual(run.status, 0)
        XCTAssertEqual(run.stdout, "KOSGEB'e\n92'ye\nRusya'ya\n")
        XCTAssertTrue(run.stderr.contains("KOSGEB is read as a word"), "the guess is said: \(run.stderr)")

        let genitive = try mou("grammar", "suffix", "--lang", "tr", "--case", "genitive", "RSMB", "TBMM", "3", "40", "2021", "3,5")
        XCTAssertEqual(genitive.lines, ["RSMB'nin", "TBMM'nin", "3'ün", "40'ın", "2021'in", "3,5'in"])

        XCTAssertEqual(try mou("grammar", "suffix", "--lang", "tr", "--case", "locative", "3", "6", "40", "60", "2021").lines,
                       ["3'te", "6'da", "40'ta", "60'ta", "2021'de"])
        XCTAssertEqual(try mou("grammar", "suffix", "--lang", "tr", "--case", "locative_ki", "Rusya").lines, ["Rusya'daki"])
        let forced = try mou("grammar", "suffix", "--lang", "tr", "--case", "genitive", "--letters", "KOSGEB")
        XCTAssertEqual(forced.lines, ["KOSGEB'nin"])
        XCTAssertEqual(forced.stderr, "", "no guess when the reading is given")
        XCTAssertEqual(try mou("grammar", "suffix", "--lang", "tr", "--case", "genitive", "--word", "NATO").lines, ["NATO'nun"])
    }

    func testNumber() throws {
        XCTAssertEqual(try mou("grammar", "number", "--lang", "tr", "92").stdout, "doksan iki\n")
        XCTAssertEqual(try mou("grammar", "number", "--lang", "ru", "92").stdout, "девяносто два\n")
        XCTAssertEqual(try mou("grammar", "number", "--lang", "en", "92").stdout, "ninety-two\n")
        XCTAssertEqual(try mou("grammar", "number", "--lang", "tr", "--ordinal", "92").stdout, "doksan ikinci\n")
        XCTAssertEqual(try mou("grammar", "number", "--lang", "ru", "--ordinal", "92").stdout, "девяносто второй\n")
        XCTAssertEqual(try mou("grammar", "number", "--lang", "en", "--ordinal", "92").stdout, "ninety-second\n")
        XCTAssertEqual(try mou("grammar", "number", "--lang", "tr", "--ordinal", "--digits", "92").stdout, "92'nci\n")
        XCTAssertEqual(try mou("grammar", "number", "--lang", "tr", "--digits", "3500000", "3,5").lines, ["3.500.000", "3,5"])
        XCTAssertEqual(try mou("grammar", "number", "--lang", "tr", "1900", "3,5").lines, ["bin dokuz yüz", "üç virgül beş"])
    }

    func testPlural() throws {
        XCTAssertEqual(try mou("grammar", "plural", "--lang", "ru", "92", "меморандум").stdout, "92 меморандума\n")
        XCTAssertEqual(try mou("grammar", "plural", "--lang", "ru", "1", "2", "5", "111", "меморандум").lines,
                       ["1 меморандум", "2 меморандума", "5 меморандумов", "111 меморандумов"])
        XCTAssertEqual(try mou("grammar", "plural", "--lang", "ru", "1,5", "миллион").stdout, "1,5 миллиона\n")
        XCTAssertEqual(try mou("grammar", "plural", "--lang", "en", "2", "memorandum").stdout, "2 memoranda\n")
        let unknown = try mou("grammar", "plural", "--lang", "ru", "92", "договорчик")
        XCTAssertEqual(unknown.status, 2)
        XCTAssertEqual(unknown.stdout, "")
        XCTAssertTrue(unknown.stderr.contains("locales/ru/nouns.yaml") && unknown.stderr.contains("few"), unknown.stderr)
        XCTAssertEqual(unknown.stderr.filter { $0 == "\n" }.count, 1, "one line")
    }

    func testDate() throws {
        XCTAssertEqual(try mou("grammar", "date", "--lang", "tr", "2021-10-01").stdout, "1 Ekim 2021\n")
        XCTAssertEqual(try mou("grammar", "date", "--lang", "ru", "2021-10-01").stdout, "1 октября 2021 г.\n")
        XCTAssertEqual(try mou("grammar", "date", "--lang", "en", "2021-10-01").stdout, "1 October 2021\n")
        XCTAssertEqual(try mou("grammar", "date", "--lang", "tr", "--numeric", "2021-10-01").stdout, "01.10.2021\n")
    }

    func testBadInputExitsWithTwoAndOneLine() throws {
        for arguments in [["grammar", "date", "--lang", "tr", "2021-02-30"],
                          ["grammar", "number", "--lang", "xx", "92"],
                          ["grammar", "number", "--lang", "tr", "ninety"],
                          ["grammar", "suffix", "--lang", "tr", "--case", "vocative", "KOSGEB"],
                          ["grammar", "suffix", "--lang", "ru", "--case", "dative", "KOSGEB"]] {
            let process = try mou(arguments)
            XCTAssertEqual(process.status, 2, "\(arguments)")
            XCTAssertTrue(process.stderr.hasPrefix("mou: "), "\(arguments): \(process.stderr)")
            XCTAssertEqual(process.stderr.filter { $0 == "\n" }.count, 1, "\(arguments): \(process.stderr)")
        }
    }
}
