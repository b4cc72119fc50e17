import DocumentModel
import Linguistics
@testable import Review
import XCTest

/// The first piece of evidence a reviewer sees should be the article that deals with the
/// clause, not a passing mention elsewhere ("amendments enter into force when…").
final class EvidenceRankingTests: XCTestCase {
    private func evidence(_ blocks: [Block], _ language: Language) throws -> [String: [Evidence]] {
        let catalog = try ClauseCatalog.builtIn.get()
        var segmenter = Segmenter(rules: catalog.rules)
        segmenter.run(blocks)
        let version = try XCTUnwrap(segmenter.versions[language])
        return ClauseMatcher(rules: try XCTUnwrap(catalog.rules[language])).match(version)
    }

    private func article(_ title: String, _ body: String...) -> [Block] {
        [Block(.heading(level: 1, [.text(title)]))] + body.map { Block(.paragraph([.text($0)])) }
    }

    func testTheTitledArticleComesBeforeAPassingMention() throws {
        let blocks = article("Article 7 — Amendments",
                             "This Memorandum may be amended by mutual written consent of the Parties. Amendments shall enter into force on the date of the last signature.")
            + article("Article 9 — Entry into Force, Duration and Termination",
                      "This Memorandum shall enter into force on the date of its signature.",
                      "It shall remain in force for a period of five years and may be terminated by either Party with six months' written notice.")
        let found = try evidence(blocks, .en)
        XCTAssertEqual(found["entry-into-force"]?.first?.where.hasPrefix("Article 9"), true, "\(found["entry-into-force"] ?? [])")
        XCTAssertEqual(found["entry-into-force"]?.count, 2, "the passing mention is still listed, after")
        XCTAssertEqual(found["duration-termination"]?.first?.where.hasPrefix("Article 9"), true)
    }

    func testASentenceWhoseOwnWordsMatchComesBeforeOneOnlyTitled() throws {
        let blocks = article("Статья 9. Вступление в силу, срок действия и прекращение",
                             "Настоящий Меморандум вступает в силу с даты его подписания. Срок его действия составляет пять (5) лет.")
        let found = try evidence(blocks, .ru)
        XCTAssertEqual(found["duration-termination"]?.first?.text, "Срок его действия составляет пять (5) лет.")
        XCTAssertEqual(found["entry-into-force"]?.first?.text, "Настоящий Меморандум вступает в силу с даты его подписания.")
    }
}
