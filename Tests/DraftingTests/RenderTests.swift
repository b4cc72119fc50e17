import AgreementModel
import Drafting
import Linguistics
import XCTest

final class RenderTests: XCTestCase {
    func testPrintTurkish() throws {
        for language in Language.allCases {
            let version = try MoUDrafter().render(SampleAgreement.full, language: language)
            print(version.markup)
        }
    }
}
