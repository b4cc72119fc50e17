import AgreementModel
import Foundation
import Linguistics
import OfficeFormats
import Review
import XCTest

/// `--against`: the draft must name the parties, state the signing date and duration of the
/// agreement, and have exactly its areas.
final class AgainstAgreementTests: XCTestCase {
    static let corpus = Bundle.module.url(forResource: "Corpus", withExtension: nil)!

    func agreement(areas: [StandardArea], years: Int = 5, date: CalendarDate = CalendarDate(year: 2021, month: 10, day: 1)) -> Agreement {
        let person = Person(name: [.tr: "Hasan Basri Kurt", .ru: "Хасан Басри Курт"], title: [.tr: "Başkan", .ru: "Президент"], gender: .male)
        return Agreement(
            languages: [.tr, .ru],
            parties: [
                Party(id: "kosgeb", name: [.tr: "Küçük ve Orta Ölçekli İşletmeleri Geliştirme ve Destekleme İdaresi Başkanlığı", .ru: "Организация по развитию МСП"],
                      short: [.tr: "KOSGEB", .ru: "КОСГЕБ"], country: Country(code: "TR", name: [.tr: "Türkiye"]), signatory: person),
                Party(id: "msp", name: [.tr: "AO \"MSP Korporasyonu\"", .ru: "АО «Корпорация МСП»"],
                      short: [.tr: "MSP Korporasyonu", .ru: "Корпорация МСП"], country: Country(code: "RU", name: [.ru: "Россия"]), signatory: person),
            ],
            signing: Signing(date: date, place: [.tr: "Moskova", .ru: "Москва"]),
            areas: areas.map { .standard($0) },
            duration: Duration(years: years))
    }

    func review(_ agreement: Agreement) throws -> FileReport {
        let reviewer = Reviewer(catalog: try ClauseCatalog.builtIn.get(), agreement: agreement)
        return reviewer.review(path: Self.corpus.appendingPathComponent("tr-ru-13-articles.docx").path)
    }

    func testMatchingAgreementGivesNoErrors() throws {
        let report = try review(agreement(areas: StandardArea.allCases))
        XCTAssertFalse(report.hasErrors, "\(report.findings.filter { $0.severity == .error })")
    }

    func testAreaMissingFromDraftAndExtraInDraft() throws {
        var a = agreement(areas: [.informationSharing, .training, .expertExchange, .tradeTrips, .technicalCommercialCooperation])
        a.areas.append(.custom(id: "green-economy", text: [.tr: "yeşil ekonomi"]))
        XCTAssertFalse(try review(a).findings.contains { $0.code.hasPrefix("area-") })
        let fewer = try review(agreement(areas: [.informationSharing, .training, .expertExchange, .tradeTrips]))
        XCTAssertEqual(fewer.findings.filter { $0.code.hasPrefix("area-") }.map(\.message),
                       ["the draft has the area technical-commercial-cooperation, the agreement does not"])
    }

    func testDateDurationAndPartyMismatches() throws {
        var a = agreement(areas: StandardArea.allCases, years: 3, date: CalendarDate(year: 2021, month: 10, day: 2))
        a.parties[1].name[.ru] = "Фонд поддержки предпринимательства"
        a.parties[1].short[.ru] = "Фонд"
        let codes = try review(a).findings.filter { $0.severity == .error }.map { "\($0.code) \($0.where)" }
        XCTAssertTrue(codes.contains("date-mismatch tr") && codes.contains("date-mismatch ru"), "\(codes)")
        XCTAssertTrue(codes.contains("duration-mismatch tr") && codes.contains("duration-mismatch ru"), "\(codes)")
        XCTAssertTrue(codes.contains("party-name ru") && !codes.contains("party-name tr"), "\(codes)")
    }
}
