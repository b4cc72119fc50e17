import XCTest

final class DocumentModelTestsSmoke: XCTestCase {
    func testTargetBuilds() { XCTAssertTrue(true, "replaced by real tests in this target's issue") }
}
