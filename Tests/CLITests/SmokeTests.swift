import XCTest

final class CLITestsSmoke: XCTestCase {
    func testTargetBuilds() { XCTAssertTrue(true, "replaced by real tests in this target's issue") }
}
