@testable import DocumentModel
import XCTest

/// `Markup.escape` returns a value unchanged when a byte scan finds nothing to escape; that
/// shortcut must agree with the scalar-by-scalar escape on every input.
final class EscapeFastPathTests: XCTestCase {
    func testShortcutAgreesWithTheLongWay() {
        let pieces = ["KOSGEB", "RSMB'nin", " ", "\t", ".", ")", "1", "Москва", "İstanbul", "Ш", "a-b", "#", "*",
                      "\u{85}", "\u{2028}", "\u{2029}", "\r\n", "\n", "\\", "{#x}", "ü", "€", "\u{A8}", "·", "x"]
        var generator = SystemRandomNumberGenerator()
        var checked = 0
        for _ in 0..<5000 {
            let value = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            XCTAssertEqual(Markup.escape(value), Markup.escapeScalars(value), value.debugDescription)
            if Markup.needsNoEscaping(value) {
                XCTAssertEqual(Markup.escapeScalars(value), value, value.debugDescription)
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 100)
        XCTAssertTrue(Markup.needsNoEscaping("Küçük ve Orta Ölçekli İşletmeleri Geliştirme"))
        XCTAssertFalse(Markup.needsNoEscaping("Dr. Ivanov"))
        XCTAssertFalse(Markup.needsNoEscaping(" padded"))
        XCTAssertFalse(Markup.needsNoEscaping("line\u{2028}break"))
    }
}
