import Linguistics
@testable import OfficeFormats
import XCTest

final class LanguageGuesserTests: XCTestCase {
    /// The eight-byte count agrees with the byte loop's test on every ASCII byte value, in
    /// every position, and refuses any window with a non-ASCII byte.
    func testEightByteLetterCountMatchesTheByteTest() {
        func byByte(_ bytes: [UInt8]) -> Int {
            bytes.filter { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }.count
        }
        func word(_ bytes: [UInt8]) -> UInt64 {
            bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        }
        for b in UInt8(0)..<0x80 {
            for position in 0..<8 {
                var bytes = [UInt8](repeating: 0x61, count: 8)
                bytes[position] = b
                XCTAssertEqual(LanguageGuesser.asciiLetters(word(bytes)), byByte(bytes), "byte \(b) at \(position)")
            }
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let bytes = (0..<8).map { _ in UInt8.random(in: 0..<0x80, using: &generator) }
            XCTAssertEqual(LanguageGuesser.asciiLetters(word(bytes)), byByte(bytes))
        }
        for high in UInt8(0x80)...0xFF {
            var bytes = Array("Madde 1 ".utf8)
            bytes[3] = high
            XCTAssertNil(LanguageGuesser.asciiLetters(word(bytes)))
        }
    }

    /// The eight-byte word ends are exactly the bytes the byte loop ends words at.
    func testEightByteWordEndsMatchTheByteTest() {
        var generator = SystemRandomNumberGenerator()
        let samples = ["Taraflar, bilgi ve", "İşbu mutabakat", "The Parties: (a)", "Стороны, опыт.", "[XX] ___ {{ }}"]
            .flatMap { Array($0.utf8) }
        for trial in 0..<20_000 {
            let bytes: [UInt8] = trial < samples.count - 8 ? Array(samples[trial..<trial + 8])
                : (0..<8).map { _ in UInt8.random(in: 0...0xFF, using: &generator) }
            let w = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            let ends = LanguageGuesser.wordEnds(w)
            for (k, b) in bytes.enumerated() {
                let endsWord = !((b >= 0x61 && b <= 0x7A) || b >= 0x80 || (b >= 0x41 && b <= 0x5A))
                XCTAssertEqual(ends >> (8 * UInt64(k) + 7) & 1 == 1, endsWord, "byte \(b) at \(k)")
            }
        }
    }

    func testGuessesEachLanguageAndMixedBlocks() {
        XCTAssertEqual(LanguageGuesser.guess("Taraflar, bilgi ve deneyim paylaşımı için işbirliği yapar."), .language(.tr))
        XCTAssertEqual(LanguageGuesser.guess("The Parties shall exchange information and experience."), .language(.en))
        XCTAssertEqual(LanguageGuesser.guess("Стороны обмениваются информацией и опытом."), .language(.ru))
        XCTAssertEqual(LanguageGuesser.guess("Madde 1 — İşbirliği alanları / Статья 1 — Области сотрудничества"), .mixed)
        XCTAssertEqual(LanguageGuesser.guess("12.10.2021 — 3,5"), .unknown)
        // A long English paragraph decided by its first letters, and the same with its ASCII
        // runs broken by Turkish letters, which the eight-byte path passes to the byte loop.
        let english = String(repeating: "This memorandum shall enter into force on the date of its signature. ", count: 20)
        XCTAssertEqual(LanguageGuesser.guess(english), .language(.en))
        let turkish = String(repeating: "İşbu mutabakat zaptı imza tarihinde yürürlüğe girer ve beş yıl geçerlidir. ", count: 20)
        XCTAssertEqual(LanguageGuesser.guess(turkish), .language(.tr))
        // Latin text after 600 Cyrillic letters does not change the answer (the first ~600 decide).
        let russianThenEnglish = String(repeating: "Стороны обмениваются опытом. ", count: 40) + english
        XCTAssertEqual(LanguageGuesser.guess(russianThenEnglish), .language(.ru))
    }
}
