import AgreementModel
import Foundation
import Linguistics
import XCTest

/// The bundled example loads, and holds the facts of the 2021 KOSGEB–RSMB signing.
final class ExampleLoadingTests: XCTestCase {
    func testBundledExampleLoadsWithItsFacts() throws {
        let loaded = try AgreementLoader.load(path: TestFiles.example)
        let agreement = loaded.agreement
        XCTAssertEqual(agreement.languages, [.tr, .ru, .en])
        XCTAssertEqual(agreement.prevailing, .en)
        XCTAssertEqual(agreement.parties.map(\.id), ["kosgeb", "rsmb"])
        XCTAssertEqual(agreement.parties[0].short[.tr], "KOSGEB")
        XCTAssertEqual(agreement.parties[1].short[.ru], "АО «Корпорация МСП»")
        XCTAssertEqual(agreement.parties[1].reading, .letters)
        XCTAssertEqual(agreement.parties[1].signatory.name[.ru], "Александр Исаевич")
        XCTAssertEqual(agreement.parties[0].signatory.name[.tr], "Hasan Basri Kurt")
        XCTAssertEqual(agreement.parties[0].signatory.gender, .male)
        XCTAssertEqual(agreement.signing.date, CalendarDate(year: 2021, month: 10, day: 1))
        XCTAssertEqual(agreement.signing.mode, .online)
        XCTAssertEqual(agreement.signing.places?["rsmb"]?[.ru], "Москва")
        XCTAssertEqual(agreement.areas.map(\.id), StandardArea.allCases.map(\.rawValue))
        XCTAssertEqual(agreement.duration.years, 5)
        XCTAssertEqual(agreement.originals, 2)
        XCTAssertEqual(agreement.costs.arrangement, .eachOwn)
        XCTAssertTrue(loaded.notes.isEmpty, "both readings are given, nothing is guessed: \(loaded.notes)")
        XCTAssertEqual(agreement.check(languages: [.tr, .ru, .en]), [])
    }

    func testLocationsPointIntoTheFile() throws {
        let loaded = try AgreementLoader.load(path: TestFiles.example)
        let text = try String(contentsOfFile: TestFiles.example, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let location = loaded.location(of: "signing.date")
        XCTAssertEqual(location.file, TestFiles.example)
        XCTAssertTrue(lines[location.line - 1].contains("date: 2021-10-01"), lines[location.line - 1])
        // A key path absent from the file falls back to its nearest enclosing key.
        XCTAssertEqual(loaded.location(of: "parties[1].name.de"), loaded.location(of: "parties[1].name"))
    }
}

enum TestFiles {
    /// The package root, from this file's path (Tests/AgreementModelTests/…).
    static let packageRoot: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }()
    static let example = packageRoot + "/examples/kosgeb-rsmb.yaml"
}
