import XCTest

final class LinguisticsTestsSmoke: XCTestCase {
    func testTargetBuilds() { XCTAssertTrue(true, "replaced by real tests in this target's issue") }
}
