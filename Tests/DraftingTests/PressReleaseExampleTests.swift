import AgreementModel
import Drafting
import Linguistics
import XCTest

/// The bundled example loads with its announcement, and the announcement has what all three
/// releases need.
final class PressReleaseExampleTests: XCTestCase {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static func loadExample() throws -> LoadedAgreement {
        try AgreementLoader.load(path: packageRoot.appendingPathComponent("examples/kosgeb-rsmb.yaml").path)
    }

    func testTheExampleCarriesTheSigningsFacts() throws {
        let agreement = try Self.loadExample().agreement
        let announcement = try agreement.requireAnnouncement(source: "examples/kosgeb-rsmb.yaml")
        XCTAssertEqual(announcement.published, CalendarDate(year: 2021, month: 10, day: 1))
        XCTAssertNil(announcement.ceremony, "held as the signing was")
        XCTAssertEqual(agreement.ceremony(of: announcement).mode, .online)
        XCTAssertEqual(announcement.figures.totals.after,
                       FigureCounts(memoranda: 92, institutions: 87, countries: 68, internationalOrganisations: 5))
        XCTAssertEqual(announcement.participants.map(\.id), ["kurt", "sahin", "ercan", "isaevich", "bantsekin", "kondrashov"])
        XCTAssertEqual(agreement.person(of: announcement.participants[3])?.name[.ru], "Александр Исаевич")
        XCTAssertEqual(agreement.checkAnnouncement(languages: Language.allCases), [])
    }

    func testAnAnnouncementTypoIsAnErrorWithItsPosition() throws {
        let text = try String(contentsOf: Self.packageRoot.appendingPathComponent("examples/kosgeb-rsmb.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "    newCountry: false", with: "    newCountri: false")
        XCTAssertThrowsError(try AgreementLoader.load(text: text, source: "x.yaml")) { error in
            let message = String(describing: error)
            XCTAssertTrue(message.hasPrefix("x.yaml:"), message)
            XCTAssertTrue(message.contains("announcement.figures"), message)
            XCTAssertTrue(message.contains("newCountri"), message)
        }
    }
}
