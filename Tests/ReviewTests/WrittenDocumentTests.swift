import DocumentModel
import Foundation
import Linguistics
import OfficeFormats
import Review
import XCTest

/// What our own writers produce validates clean in every format and layout, and removing an
/// area's article makes exactly that clause missing (the acceptance test the lead wires to
/// `mou draft` later; until then the documents are built from hand-written markup).
final class WrittenDocumentTests: XCTestCase {
    static let articles: [(id: String, trHeading: String, tr: String, ruHeading: String, ru: String)] = [
        ("purpose", "Madde 1 – Amaç", "Bu Mutabakat Zaptının amacı, Taraflar arasında KOBİ'lerin desteklenmesi alanında işbirliğinin çerçevesini belirlemektir.", "Статья 1. Цель", "Целью настоящего Меморандума является определение рамок сотрудничества Сторон в области поддержки МСП."),
        ("information-sharing", "Madde 2 – Bilgi paylaşımı", "Taraflar, KOBİ destek programları ve mevzuat hakkında bilgi ve yayın paylaşımında bulunur.", "Статья 2. Обмен информацией", "Стороны осуществляют обмен информацией и публикациями о программах поддержки МСП и законодательстве."),
        ("technical-commercial-cooperation", "Madde 3 – Teknik ve ticari işbirliği", "Taraflar, iki ülke KOBİ'leri arasında teknik ve ticari işbirliğini teşvik eder.", "Статья 3. Техническое и коммерческое сотрудничество", "Стороны содействуют развитию технического и коммерческого сотрудничества между МСП двух стран."),
        ("training", "Madde 4 – Eğitim", "Taraflar, KOBİ danışmanları için ortak eğitim programları ve seminerler düzenler.", "Статья 4. Обучение", "Стороны организуют совместные обучающие программы и семинары для консультантов МСП."),
        ("expert-exchange", "Madde 5 – Uzman değişimi", "Taraflar, deneyim aktarımı amacıyla uzman değişimi yapar.", "Статья 5. Обмен экспертами", "Стороны осуществляют обмен экспертами в целях передачи опыта."),
        ("trade-trips", "Madde 6 – Ticari heyetler", "Taraflar, yılda en az bir (1) kez ticaret heyeti ve iş forumu düzenlenmesini destekler.", "Статья 6. Деловые миссии", "Стороны поддерживают организацию торговых миссий и бизнес-форумов не реже одного (1) раза в год."),
        ("costs", "Madde 7 – Masraflar", "Her Taraf, bu Mutabakat Zaptı kapsamındaki faaliyetlerden doğan kendi masraflarını karşılar.", "Статья 7. Расходы", "Каждая Сторона несет собственные расходы, связанные с деятельностью по настоящему Меморандуму."),
        ("confidentiality", "Madde 8 – Gizlilik", "Taraflar, gizli olarak belirtilen bilgileri diğer Tarafın yazılı izni olmaksızın üçüncü kişilere açıklamaz.", "Статья 8. Конфиденциальность", "Стороны не разглашают третьим лицам информацию, обозначенную как конфиденциальная, без письменного согласия другой Стороны."),
        ("non-binding", "Madde 9 – Hukuki nitelik", "Bu Mutabakat Zaptı hukuken bağlayıcı değildir ve uluslararası hukuk kapsamında yükümlülük doğurmaz.", "Статья 9. Правовой статус", "Настоящий Меморандум не создает юридических обязательств для Сторон и не является международным договором."),
        ("amendments", "Madde 10 – Değişiklikler", "Bu Mutabakat Zaptı, Tarafların yazılı mutabakatıyla değiştirilebilir.", "Статья 10. Изменения", "Изменения в настоящий Меморандум вносятся по письменному согласию Сторон."),
        ("dispute-settlement", "Madde 11 – Anlaşmazlıkların çözümü", "Bu Mutabakat Zaptının uygulanmasından doğan anlaşmazlıklar istişare yoluyla çözülür.", "Статья 11. Разрешение споров", "Споры, возникающие при выполнении настоящего Меморандума, разрешаются путем консультаций."),
        ("duration", "Madde 12 – Yürürlük, süre ve fesih", "Bu Mutabakat Zaptı 1 Ekim 2021 tarihinde yürürlüğe girer, beş (5) yıl süreyle yürürlükte kalır ve Taraflardan biri üç (3) ay önceden yazılı bildirimle feshedebilir.", "Статья 12. Вступление в силу, срок действия и прекращение", "Настоящий Меморандум вступает в силу 1 октября 2021 г., действует в течение пяти (5) лет и может быть прекращен любой из Сторон с письменным уведомлением за три (3) месяца."),
        ("languages", "Madde 13 – Diller", "Bu Mutabakat Zaptı Türkçe ve Rusça dillerinde ikişer nüsha olarak imzalanmış olup her iki metin eşit derecede geçerlidir.", "Статья 13. Языки", "Настоящий Меморандум подписан в двух экземплярах на турецком и русском языках, причем оба текста имеют одинаковую силу."),
    ]

    func markup(_ language: Language, without omitted: String?) -> String {
        let tr = language == .tr
        var text = tr ? "# Mutabakat Zaptı {#title}\n\nKOSGEB ile AO \"MSP Korporasyonu\" (bundan böyle \"Taraflar\" olarak anılacaktır) aşağıdaki hususlarda mutabık kalmışlardır:\n\n"
                      : "# Меморандум о взаимопонимании {#title}\n\nКОСГЕБ и АО «Корпорация МСП», именуемые в дальнейшем «Стороны», договорились о нижеследующем:\n\n"
        for a in Self.articles where a.id != omitted {
            text += "## \(tr ? a.trHeading : a.ruHeading) {#\(a.id)}\n\n\(tr ? a.tr : a.ru)\n\n"
        }
        return text
    }

    func documents(without omitted: String? = nil) throws -> [Document] {
        try [Language.tr, .ru].map { l in
            var doc = try MarkupParser.parse(markup(l, without: omitted), language: l)
            doc.blocks.append(Block(.signatures([
                Signer(party: [.text(l == .tr ? "KOSGEB adına" : "За КОСГЕБ")], name: [.text("Hasan Basri Kurt")], title: [.text(l == .tr ? "Başkan" : "Президент")]),
                Signer(party: [.text(l == .tr ? "AO \"MSP Korporasyonu\" adına" : "За АО «Корпорация МСП»")], name: [.text("Aleksandr Isayeviç")], title: [.text(l == .tr ? "Genel Müdür" : "Генеральный директор")]),
            ]), id: "signatures", language: l))
            return doc
        }
    }

    func writeAll(_ docs: [Document], name: String) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("written-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (layoutName, doc) in [("side-by-side", Layout.sideBySide(docs).document), ("sequential", Layout.sequential(docs).document)] {
            for (ext, data) in [("docx", try DocxWriter().write(doc)), ("odt", try OdtWriter().write(doc))] {
                let url = folder.appendingPathComponent("\(name)-\(layoutName).\(ext)")
                try data.write(to: url)
                paths.append(url.path)
            }
        }
        return paths
    }

    func testOurDocumentsValidateCleanInEveryFormatAndLayout() throws {
        let reviewer = Reviewer(catalog: try ClauseCatalog.builtIn.get())
        for path in try writeAll(documents(), name: "full") {
            let report = reviewer.review(path: path)
            XCTAssertNil(report.error, path)
            XCTAssertEqual(report.languages, ["tr", "ru"], path)
            XCTAssertEqual(report.findings.filter { $0.severity != .info }, [], path)
            for id in ClauseID.all {
                XCTAssertEqual(report.clauses[id]?.languages.values.allSatisfy(\.present), true, "\(path): \(id)")
            }
        }
    }

    func testRemovingAnAreaMakesExactlyThatClauseMissing() throws {
        let reviewer = Reviewer(catalog: try ClauseCatalog.builtIn.get())
        for area in ["information-sharing", "training", "expert-exchange", "trade-trips"] {
            for path in try writeAll(documents(without: area), name: area) {
                let report = reviewer.review(path: path)
                let missing = report.findings.filter { $0.code == "missing-clause" }
                XCTAssertEqual(missing.map(\.where), ["tr", "ru"], "\(path)")
                XCTAssertTrue(missing.allSatisfy { $0.message.hasPrefix(area + " ") }, "\(path): \(missing)")
                XCTAssertEqual(ClauseID.all.filter { report.clauses[$0]?.present == false }, [area], path)
            }
        }
    }
}
