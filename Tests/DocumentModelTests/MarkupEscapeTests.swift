import XCTest
@testable import DocumentModel

/// `Markup.escape` is what keeps an agreement's values from changing a document's structure.
final class MarkupEscapeTests: XCTestCase {
    static let nasty = [
        "# **X** {#y}", "{{ evil }}", "{% if x %}", "1. a", "2) b", "- b", "* c", "+ d", ":::", "::: signatures",
        "\\", "\\\\", "a\\", "*_*", "**", "_", "|a|b|", "| --- |", "---", "> quote", "`code`", "[link](x)",
        "\\newpage", "  padded  ", "\t", " ", "trailing\\ ", "#", "## {#id}", "3,5 milyon", "92'ye", "3.5",
        "KOSGEB'in", "РСМБ «Опора»", "İŞBİRLİĞİ", "😀 emoji", "e\u{301}", "a  b", "1.", "10)", "<b>&amp;</b>",
    ]

    private func roundTrip(_ value: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let escaped = Markup.escape(value)
        let expected = value.replacingOccurrences(of: "\r\n", with: " ")
            .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
        // As a paragraph of its own, inside a heading, a list item and a table cell.
        let contexts: [(String, (Block) -> [Inline]?)] = [
            (escaped, { if case .paragraph(let xs) = $0.content { xs } else { nil } }),
            ("## \(escaped) {#k}", { if case .heading(1, let xs) = $0.content, $0.id == "k" { xs } else { nil } }),
            ("- \(escaped)", {
                if case .bulletList(let items) = $0.content, items.count == 1, items[0].count == 1,
                   case .paragraph(let xs) = items[0][0].content { xs } else { nil }
            }),
            ("| \(escaped) | x |", {
                if case .table(let t) = $0.content, t.rows.count == 1, t.rows[0].count == 2,
                   case .paragraph(let xs) = t.rows[0][0].first?.content { xs } else { nil }
            }),
        ]
        for (markup, extract) in contexts {
            let blocks = try MarkupParser.parse(markup).blocks
            XCTAssertEqual(blocks.count, 1, "\(value.debugDescription) in \(markup.debugDescription) gave \(blocks)", file: file, line: line)
            guard let block = blocks.first else { continue }
            XCTAssertEqual(extract(block), [.text(expected)], "\(value.debugDescription) in \(markup.debugDescription)", file: file, line: line)
        }
    }

    func testNastyValuesStayOneTextInline() throws {
        for value in Self.nasty { try roundTrip(value) }
    }

    func testNewlinesBecomeSpaces() throws {
        XCTAssertEqual(try MarkupParser.parse(Markup.escape("a\n# b\r\n- c")).blocks,
                       [Block(.paragraph([.text("a # b - c")]))])
    }

    func testRandomValuesStayOneTextInline() throws {
        var rng = SeededGenerator(seed: 0xE5CA9E)
        let alphabet = Array("ab şİяЖ01239.)(-+*_#{}[]:|>`\\ \t!~<&\"'😀")
        for _ in 0..<400 {
            let count = Int.random(in: 1...12, using: &rng)
            let value = String((0..<count).map { _ in alphabet.randomElement(using: &rng)! })
            try roundTrip(value)
        }
    }

    func testEscapeIsReadableForPlainText() {
        XCTAssertEqual(Markup.escape("KOSGEB'in 92 üyesi"), "KOSGEB'in 92 üyesi")
        XCTAssertEqual(Markup.escape("1 Ekim 2021 г."), "1 Ekim 2021 г.")
    }
}

/// A small deterministic generator (SplitMix64) so property tests fail the same way every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
