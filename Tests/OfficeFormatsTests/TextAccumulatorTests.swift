@testable import OfficeFormats
import XCTest

/// Paragraph text as readers build it: the bit-parallel test for "nothing to fold" must agree
/// with folding itself, byte for byte, on any input.
final class TextAccumulatorTests: XCTestCase {
    func testANormalParagraphIsExactlyOneFoldingLeavesAlone() {
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17
            return Int(seed % UInt64(bound))
        }
        let alphabet: [[UInt8]] = [[0x20], [0x20], [0x09], [0x0A], [0x0D], [0xC2, 0xA0], [0xC2, 0xAB], Array("a".utf8),
                                   Array("Madde".utf8), Array("ş".utf8), Array("Статья".utf8), Array("1,5".utf8)]
        var normal = 0
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<next(40) { bytes += alphabet[next(alphabet.count)] }
            bytes.withUnsafeBufferPointer { input in
                let folded = Array(TextAccumulator.normalized(input).utf8)
                let isNormal = TextAccumulator.isNormal(input)
                if isNormal { normal += 1 }
                XCTAssertEqual(isNormal, folded == bytes && !bytes.contains(0xC2) && !bytes.contains { $0 < 0x20 },
                               "\(bytes)")
            }
        }
        XCTAssertGreaterThan(normal, 500)
    }

    func testFoldingKeepsLineBreaksAndCollapsesTheRest() {
        var text = TextAccumulator()
        text.append("  Madde\u{A0} 1\t\t–  Amaç \r\n")
        XCTAssertEqual(text.takeInlines(), [.text("Madde 1 – Amaç")])
        text.append("İşbu\nMutabakat")
        XCTAssertEqual(text.takeInlines(), [.text("İşbu"), .lineBreak, .text("Mutabakat")])
        text.append(" \t ")
        XCTAssertEqual(text.takeInlines(), [])
    }
}
