import XCTest

final class ReviewTestsSmoke: XCTestCase {
    func testTargetBuilds() { XCTAssertTrue(true, "replaced by real tests in this target's issue") }
}
