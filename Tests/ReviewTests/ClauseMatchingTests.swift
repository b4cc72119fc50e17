import DocumentModel
import Linguistics
@testable import Review
import XCTest

/// The pattern language: stems tolerate suffixes and endings, case folds per locale (Turkish
/// İ/ı), phrases need consecutive words, negations and background veto area clauses.
final class ClauseMatchingTests: XCTestCase {
    func words(_ text: String, _ language: Language) -> [String] {
        let t = Tokenized(text, language)
        return t.words.indices.map { String(decoding: t.word($0), as: UTF8.self) }
    }

    func testTurkishCaseFoldingKeepsDottedAndDotlessI() {
        XCTAssertEqual(words("İŞBİRLİĞİ ISPARTA Kırım", .tr), ["işbirliği", "ısparta", "kırım"])
        XCTAssertEqual(words("TRAINING Istanbul", .en), ["training", "istanbul"])
        XCTAssertEqual(words("ОБМЕН Опытом, ЁЛКА", .ru), ["обмен", "опытом", "елка"])
        XCTAssertEqual(words("KOSGEB'in 92'ye 3,5", .tr), ["kosgeb", "in", "92", "ye", "3", "5"])
    }

    func testSentencesKeepNumbersWhole() {
        let t = Tokenized("Madde 3.5 geçerlidir. İkinci cümle; üçüncü: son", .tr)
        let sentences = t.sentences.map { Tokenized.text($0.text, in: "Madde 3.5 geçerlidir. İkinci cümle; üçüncü: son") }
        XCTAssertEqual(sentences, ["Madde 3.5 geçerlidir.", "İkinci cümle;", "üçüncü:", "son"])
    }

    func rules(_ language: Language) throws -> LanguageRules {
        try XCTUnwrap(try ClauseCatalog.builtIn.get().rules[language])
    }

    func clauses(_ text: String, _ language: Language, article: Bool = true) throws -> Set<String> {
        var segmenter = Segmenter(rules: try ClauseCatalog.builtIn.get().rules)
        segmenter.run([Block(.heading(level: 1, [.text(language == .tr ? "Madde 1" : language == .ru ? "Статья 1" : "Article 1")])),
                       Block(.paragraph([.text(text)]))])
        let version = try XCTUnwrap(segmenter.versions[language])
        return Set(ClauseMatcher(rules: try rules(language)).match(version).keys)
    }

    func testStemsMatchInflectedForms() throws {
        XCTAssertTrue(try clauses("Taraflar, KOBİ'lere yönelik EĞİTİMLERİN düzenlenmesini destekler.", .tr).contains("training"))
        XCTAssertTrue(try clauses("Стороны будут обмениваться экспертами и специалистами.", .ru).contains("expert-exchange"))
        XCTAssertTrue(try clauses("Стороны осуществляют обмен информацией.", .ru).contains("information-sharing"))
        XCTAssertTrue(try clauses("The Parties shall exchange information and publications.", .en).contains("information-sharing"))
    }

    func testNegationsAndBackgroundVetoAreaClauses() throws {
        XCTAssertFalse(try clauses("The Parties shall not organise training programmes.", .en).contains("training"))
        XCTAssertFalse(try clauses("Recalling the trade missions held in 2019, the Parties met again.", .en).contains("trade-trips"))
        XCTAssertFalse(try clauses("Bu Mutabakat Zaptı çerçevesinde eğitim programı düzenlenmeyecektir.", .tr).contains("training"))
        XCTAssertFalse(try clauses("Обучение в рамках настоящего Меморандума не предусматривается.", .ru).contains("training"))
        // A "shall not" sentence is still evidence for clauses that are negative by nature.
        XCTAssertTrue(try clauses("This Memorandum shall not create legally binding obligations.", .en).contains("non-binding"))
        XCTAssertTrue(try clauses("Information shall not be disclosed to third parties without consent; it is confidential.", .en).contains("confidentiality"))
    }

    func testPhrasesNeedConsecutiveWords() throws {
        XCTAssertTrue(try clauses("This Memorandum shall enter into force on signature.", .en).contains("entry-into-force"))
        XCTAssertFalse(try clauses("Force is not used; the Parties enter talks into the night.", .en).contains("entry-into-force"))
    }

    func testMixedHeadingIsSplitByLanguage() throws {
        var segmenter = Segmenter(rules: try ClauseCatalog.builtIn.get().rules)
        segmenter.run([Block(.heading(level: 1, [.text("Madde 1 – Eğitim / Статья 1 – Обучение")])),
                       Block(.paragraph([.text("Taraflar eğitim programları düzenler ve bu konuda birlikte çalışır.")])),
                       Block(.paragraph([.text("Стороны организуют обучающие программы и совместно работают над этим.")]))])
        XCTAssertEqual(segmenter.versions[.tr]?.articleLabels, ["Madde 1"])
        XCTAssertEqual(segmenter.versions[.ru]?.articleLabels, ["Статья 1"])
    }

    func testBrokenClauseFileSaysWhereAndWhat() {
        XCTAssertThrowsError(try ClauseCatalog.parse("clauses:\n  training:\n    unless: [[x]]\n", origin: "my/clauses.yaml", language: .en)) {
            XCTAssertTrue(String(describing: $0).hasPrefix("my/clauses.yaml: clauses.training.match is missing"), "\($0)")
        }
        XCTAssertThrowsError(try ClauseCatalog.parse("clauses:\n  trainin:\n    match: [[x]]\n", origin: "c.yaml", language: .en)) {
            XCTAssertTrue(String(describing: $0).contains("clauses.trainin: unknown clause"), "\($0)")
        }
    }

    func testPlaceholders() {
        XCTAssertEqual(Placeholders.find(in: "signed on [Tarih] in Ankara"), "[Tarih]")
        XCTAssertEqual(Placeholders.find(in: "Dear {{ name }}"), "{{ name }}")
        XCTAssertEqual(Placeholders.find(in: "on ____ 2021"), "___…")
        XCTAssertEqual(Placeholders.find(in: "Ref. XX/2021"), "XX")
        XCTAssertNil(Placeholders.find(in: "______________"))
        XCTAssertNil(Placeholders.find(in: "Signature: ____________"))
        XCTAssertNil(Placeholders.find(in: "Article 3 of the Law No. 3624 [1]"))
    }
}
