import Foundation
import Review
import XCTest

/// Drafts written before the clause patterns were read (Corpus/held-out/, its own expected.json;
/// held-out-2/ … -6/ were written after each round of generalisation, to check it on
/// fresh wording):
/// other agencies, numbering (§, roman, "Clause 1."), lists with lead-ins, bilingual columns and
/// negatives. Precision and recall per clause over the union with the tuning corpus must reach 0.95;
/// the held-out figures are printed on their own so a regression shows where it comes from.
final class HeldOutCorpusTests: XCTestCase {
    static let corpus = Bundle.module.url(forResource: "Corpus", withExtension: nil)!

    struct Tally { var tp = 0, fp = 0, fn = 0
        var precision: Double { tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp) }
        var recall: Double { tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn) }
    }

    func score(_ folder: URL, _ reviewer: Reviewer) throws -> [String: Tally] {
        let expected = try JSONDecoder().decode([String: [String: [String]]].self,
            from: Data(contentsOf: folder.appendingPathComponent("expected.json")))
        var tally: [String: Tally] = [:]
        for (file, languages) in expected.sorted(by: { $0.key < $1.key }) {
            let report = reviewer.review(path: folder.appendingPathComponent(file).path)
            XCTAssertNil(report.error, file)
            XCTAssertEqual(Set(report.languages), Set(languages.keys), "\(file): language versions")
            for (language, clauses) in languages.sorted(by: { $0.key < $1.key }) {
                for id in ClauseID.all {
                    let evidence = report.clauses[id]?.languages[language]
                    switch (evidence?.present == true, clauses.contains(id)) {
                    case (true, true): tally[id, default: Tally()].tp += 1
                    case (true, false): tally[id, default: Tally()].fp += 1
                        print("false positive: \(file) \(language) \(id): \(evidence!.evidence.first!.text)")
                    case (false, true): tally[id, default: Tally()].fn += 1; print("false negative: \(file) \(language) \(id)")
                    case (false, false): break
                    }
                }
            }
        }
        return tally
    }

    /// Each held-out set in the order it was written; each was scored once before any tuning on
    /// it (its BASELINE.txt).
    static let heldOutSets = ["held-out", "held-out-2", "held-out-3", "held-out-4", "held-out-5", "held-out-6"]

    func testPrecisionAndRecallPerClauseOnHeldOutAndUnion() throws {
        let reviewer = Reviewer(catalog: try ClauseCatalog.builtIn.get())
        let sets = try Self.heldOutSets.map { try score(Self.corpus.appendingPathComponent($0), reviewer) }
        let tuning = try score(Self.corpus, reviewer)
        print("clause".padding(toLength: 35, withPad: " ", startingAt: 0),
              Self.heldOutSets.map { $0.padding(toLength: 15, withPad: " ", startingAt: 0) }.joined(), "union P/R")
        for id in ClauseID.all {
            var u = tuning[id] ?? Tally()
            var line = id.padding(toLength: 35, withPad: " ", startingAt: 0) + " "
            for set in sets {
                let t = set[id] ?? Tally()
                u.tp += t.tp; u.fp += t.fp; u.fn += t.fn
                line += String(format: "%.2f %.2f      ", t.precision, t.recall)
            }
            print(line + String(format: "%.2f %.2f", u.precision, u.recall))
            XCTAssertGreaterThanOrEqual(u.precision, 0.95, "\(id) precision")
            XCTAssertGreaterThanOrEqual(u.recall, 0.95, "\(id) recall")
        }
    }
}
