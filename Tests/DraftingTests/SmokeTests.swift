import XCTest

final class DraftingTestsSmoke: XCTestCase {
    func testTargetBuilds() { XCTAssertTrue(true, "replaced by real tests in this target's issue") }
}
