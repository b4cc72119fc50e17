import Foundation
import DocumentModel
import Linguistics
import OfficeFormats
import Review
import XCTest

/// The hand-written corpus (Corpus/, not made with our templates): paraphrases, other clause
/// orders and numbering, tables, tracked changes and negatives. Precision and recall per clause
/// over (file, language) pairs must both reach 0.95.
final class CorpusTests: XCTestCase {
    static let corpus = Bundle.module.url(forResource: "Corpus", withExtension: nil)!

    func reviewer() throws -> Reviewer { Reviewer(catalog: try ClauseCatalog.builtIn.get()) }

    func testPrecisionAndRecallPerClause() throws {
        let expected = try JSONDecoder().decode([String: [String: [String]]].self,
            from: Data(contentsOf: Self.corpus.appendingPathComponent("expected.json")))
        let reviewer = try reviewer()
        var tp: [String: Int] = [:], fp: [String: Int] = [:], fn: [String: Int] = [:]
        for (file, languages) in expected.sorted(by: { $0.key < $1.key }) {
            let report = reviewer.review(path: Self.corpus.appendingPathComponent(file).path)
            XCTAssertNil(report.error, file)
            XCTAssertEqual(Set(report.languages), Set(languages.keys), "\(file): language versions")
            for (language, clauses) in languages {
                for id in ClauseID.all {
                    let found = report.clauses[id]?.languages[language]?.present == true
                    let truth = clauses.contains(id)
                    switch (found, truth) {
                    case (true, true): tp[id, default: 0] += 1
                    case (true, false): fp[id, default: 0] += 1; print("false positive: \(file) \(language) \(id): \(report.clauses[id]!.languages[language]!.evidence.first!.text)")
                    case (false, true): fn[id, default: 0] += 1; print("false negative: \(file) \(language) \(id)")
                    case (false, false): break
                    }
                }
            }
        }
        print("clause                             precision  recall")
        for id in ClauseID.all {
            let t = Double(tp[id] ?? 0), p = t + Double(fp[id] ?? 0), r = t + Double(fn[id] ?? 0)
            let precision = p == 0 ? 1 : t / p, recall = r == 0 ? 1 : t / r
            print(id.padding(toLength: 35, withPad: " ", startingAt: 0), String(format: "%.2f       %.2f", precision, recall))
            XCTAssertGreaterThanOrEqual(precision, 0.95, "\(id) precision")
            XCTAssertGreaterThanOrEqual(recall, 0.95, "\(id) recall")
        }
    }

    func testEvidenceNamesArticleParagraphAndSentence() throws {
        let report = try reviewer().review(path: Self.corpus.appendingPathComponent("tr-madde.txt").path)
        let training = try XCTUnwrap(report.clauses["training"]?.languages["tr"]?.evidence.first)
        // The item says its marker, "(b) KOBİ'lere yönelik eğitim programları…": it is named so.
        XCTAssertEqual(training.where, "MADDE 2(b)")
        XCTAssertTrue(training.text.contains("eğitim programları"))
    }

    func testSideBySideTableIsCheckedPerLanguageAndChangesCounted() throws {
        let path = Self.corpus.appendingPathComponent("tr-ru-table.docx").path
        let report = try reviewer().review(path: path)
        XCTAssertEqual(report.languages, ["tr", "ru"])
        XCTAssertEqual(report.trackedChanges, 3)
        XCTAssertEqual(report.comments, 1)
        XCTAssertFalse(report.hasErrors, "\(report.findings)")
        XCTAssertEqual(report.clauses["trade-trips"]?.languages["ru"]?.evidence.first?.where, "Статья 3 ¶1")
        // Rejecting the partner's changes brings back the old trade-mission sentence and drops expert visits.
        let rejected = try reviewer().review(path: path, options: ReadOptions(trackedChanges: .reject))
        XCTAssertEqual(rejected.clauses["expert-exchange"]?.languages["tr"]?.present, false)
        XCTAssertTrue(rejected.findings.contains { $0.code == "missing-clause" && $0.where == "tr" })
        XCTAssertTrue(rejected.clauses["trade-trips"]?.languages["tr"]?.evidence.first?.text.contains("ticaret heyeti") == true)
    }

    func testRequiredClauseMissingInOneVersionIsAnError() throws {
        let doc = """
        ## Article 1
        The Parties shall exchange information, organise trainings, exchange experts and organise trade missions.
        ## Статья 1
        Стороны обмениваются информацией, проводят семинары и организуют торговые миссии для компаний двух стран.
        """
        let report = try reviewer().review(ReadResult(document: markdown(doc), format: .markdown), path: "x.md")
        XCTAssertEqual(report.languages, ["en", "ru"])
        XCTAssertTrue(report.hasErrors)
        XCTAssertEqual(report.findings.filter { $0.code == "missing-clause" }.map(\.where), ["ru"])
        XCTAssertEqual(report.clauses["expert-exchange"]?.present, true, "present when in at least one version")
    }

    func testConsistencyNumbersDatesDurationsAndPlaceholders() throws {
        let doc = """
        ## Madde 1
        Bu Mutabakat Zaptı 1 Ekim 2021 tarihinde yürürlüğe girer ve beş (5) yıl süreyle yürürlükte kalır. Taraflar [Tarih] tarihinde toplanır.
        ## Статья 1
        Настоящий Меморандум вступает в силу 2 октября 2021 г. и действует в течение трех (3) лет.
        """
        let report = try reviewer().review(ReadResult(document: markdown(doc), format: .markdown), path: "x.md")
        let codes = Set(report.findings.map(\.code))
        XCTAssertTrue(codes.isSuperset(of: ["date-mismatch", "duration-mismatch", "number-mismatch", "placeholder"]), "\(codes)")
        let date = try XCTUnwrap(report.findings.first { $0.code == "date-mismatch" })
        XCTAssertEqual(date.where, "Madde 1 / Статья 1")
        XCTAssertTrue(date.message.contains("2021-10-01") && date.message.contains("2021-10-02"))
    }

    func testJSONShape() throws {
        let report = Report(files: [try reviewer().review(path: Self.corpus.appendingPathComponent("ru-statya.txt").path)])
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: report.json()) as? [String: Any])
        let file = try XCTUnwrap((json["files"] as? [[String: Any]])?.first)
        XCTAssertEqual(file["languages"] as? [String], ["ru"])
        let training = try XCTUnwrap((file["clauses"] as? [String: Any])?["training"] as? [String: Any])
        XCTAssertEqual(training["present"] as? Bool, true)
        let ru = try XCTUnwrap((training["languages"] as? [String: Any])?["ru"] as? [String: Any])
        let evidence = try XCTUnwrap((ru["evidence"] as? [[String: Any]])?.first)
        XCTAssertEqual(evidence["where"] as? String, "Статья 2(2)")   // "2) организация обучающих программ…"
        XCTAssertNotNil(file["findings"] as? [[String: Any]])
    }

    private func markdown(_ text: String) throws -> DocumentModel.Document {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("review-\(UUID().uuidString).md")
        try text.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        return try DocumentReader.read(url: url).document
    }
}
