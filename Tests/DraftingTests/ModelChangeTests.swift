import AgreementModel
import DocumentModel
import Drafting
import Linguistics
import XCTest

/// Changing the model changes the text — and only where it should.
final class ModelChangeTests: XCTestCase {
    private func text(_ agreement: Agreement, _ language: Language) throws -> String {
        try MoUDrafter().render(agreement, language: language).markup
    }

    private func areaItems(_ agreement: Agreement, _ language: Language) throws -> [String] {
        let (document, _) = try MoUDrafter().document(agreement, language: language)
        for block in document.blocks {
            if case .orderedList(let start, let items) = block.content {
                XCTAssertEqual(start, 1)
                return items.map { item in
                    item.compactMap { block -> String? in
                        if case .paragraph(let inlines) = block.content { return inlines.plainText }
                        return nil
                    }.joined()
                }
            }
        }
        XCTFail("no list of areas in \(language)")
        return []
    }

    func testRemovingAnAreaRemovesItsSubClauseAndRenumbers() throws {
        var agreement = try DraftFixtures.example()
        let before = try areaItems(agreement, .en)
        XCTAssertEqual(before.count, 5)
        agreement.areas.removeAll { $0 == .standard(.training) }
        for language in Language.allCases {
            let after = try areaItems(agreement, language)
            XCTAssertEqual(after.count, 4, "\(language)")
            let markup = try text(agreement, language)
            XCTAssertTrue(markup.contains("\n4. "), "\(language) renumbers")
            XCTAssertFalse(markup.contains("\n5. "), "\(language) has no fifth item")
        }
        XCTAssertFalse(try areaItems(agreement, .en).contains { $0.contains("training programmes") })
        XCTAssertFalse(try text(agreement, .tr).contains("eğitim programlarının"))
        XCTAssertFalse(try text(agreement, .ru).contains("программ обучения"))
        // The last item closes the list with a full stop, the others with a semicolon.
        let items = try areaItems(agreement, .en)
        XCTAssertTrue(items.dropLast().allSatisfy { $0.hasSuffix(";") })
        XCTAssertTrue(items.last?.hasSuffix(".") == true)
        // The articles after the list keep their numbers: only the sub-clauses move.
        XCTAssertTrue(try text(agreement, .en).contains("## Article 3 — Implementation"))
    }

    func testCustomAreaGetsItsOwnSubClause() throws {
        var agreement = try DraftFixtures.example()
        agreement.areas.append(.custom(id: "joint-fairs", text: [.tr: "ortak fuarlara katılım.", .ru: "участие в совместных ярмарках",
                                                               .en: "participation in joint trade fairs"]))
        XCTAssertEqual(try areaItems(agreement, .tr).last, "ortak fuarlara katılım.")
        XCTAssertEqual(try areaItems(agreement, .en).count, 6)
    }

    func testFemaleSignatoryChangesRussianAgreement() throws {
        var agreement = try DraftFixtures.example()
        let male = try text(agreement, .ru)
        XCTAssertTrue(male.contains("настоящий Меморандум подписал Генеральный директор Александр Исаевич, должным образом на то уполномоченный."), male)
        agreement.parties[1].signatory = Person(name: [.tr: "Anna Petrova", .ru: "Анна Петрова", .en: "Anna Petrova"],
                                                title: [.tr: "Genel Müdür", .ru: "Генеральный директор", .en: "Chief Executive Officer"],
                                                gender: .female)
        let female = try text(agreement, .ru)
        XCTAssertTrue(female.contains("настоящий Меморандум подписала Генеральный директор Анна Петрова, должным образом на то уполномоченная."), female)
        // The other signatory is untouched.
        XCTAssertTrue(female.contains("подписал Председатель Хасан Басри Курт, должным образом на то уполномоченный."))
    }

    func testPrevailingLanguageSentenceInEveryVersion() throws {
        var agreement = try DraftFixtures.example()
        agreement.prevailing = .en
        XCTAssertTrue(try text(agreement, .tr).contains("Metinler arasında yorum farklılığı olması hâlinde İngilizce metin esas alınır."))
        XCTAssertTrue(try text(agreement, .ru).contains("В случае расхождений в толковании преимущественную силу имеет текст на английском языке."))
        XCTAssertTrue(try text(agreement, .en).contains("In case of divergence of interpretation, the English text will prevail."))
        agreement.prevailing = .ru
        XCTAssertTrue(try text(agreement, .tr).contains("hâlinde Rusça metin esas alınır."))
        XCTAssertTrue(try text(agreement, .en).contains("the Russian text will prevail."))
        agreement.prevailing = nil
        XCTAssertFalse(try text(agreement, .tr).contains("esas alınır"))
        XCTAssertFalse(try text(agreement, .ru).contains("преимущественную силу"))
        XCTAssertFalse(try text(agreement, .en).contains("prevail"))
    }

    func testNumberOfOriginalsInWordsAndDigits() throws {
        var agreement = try DraftFixtures.example()
        agreement.originals = 3
        XCTAssertTrue(try text(agreement, .tr).contains("her dil için üç (3) asıl nüsha olarak imzalanmıştır"))
        XCTAssertTrue(try text(agreement, .ru).contains("Подписаны три (3) подлинных экземпляра Меморандума"))
        XCTAssertTrue(try text(agreement, .en).contains("in three (3) originals, each in the Turkish, Russian and English languages"))
        agreement.originals = 5
        XCTAssertTrue(try text(agreement, .ru).contains("Подписаны пять (5) подлинных экземпляров Меморандума"))
        // Розенталь: after 21, 31 … the adjective, the noun and the predicate are singular.
        agreement.originals = 21
        XCTAssertTrue(try text(agreement, .ru).contains("Подписан двадцать один (21) подлинный экземпляр Меморандума, каждый"))
        agreement.originals = 22
        XCTAssertTrue(try text(agreement, .ru).contains("Подписаны двадцать два (22) подлинных экземпляра Меморандума"))
        agreement.originals = 11
        XCTAssertTrue(try text(agreement, .ru).contains("Подписаны одиннадцать (11) подлинных экземпляров Меморандума"))
        agreement.originals = 1
        XCTAssertTrue(try text(agreement, .ru).contains("Подписан один (1) подлинный экземпляр Меморандума на турецком"))
        XCTAssertTrue(try text(agreement, .tr).contains("her dil için bir (1) asıl nüsha olarak imzalanmıştır"))
    }

    /// The title names every party, joined as the preamble joins them (“A, B ile C”, “A, B and C”).
    func testTitleNamesEveryPartyOfAThreePartyMemorandum() throws {
        var agreement = try DraftFixtures.example()
        var third = agreement.parties[1]
        third.id = "damu"
        third.name = [.tr: "Damu Fonu", .ru: "АО «Фонд „Даму“»", .en: "Damu Fund"]
        third.short = [.tr: "Damu", .ru: "Даму", .en: "Damu"]
        agreement.parties.append(third)
        agreement.signing.places?["damu"] = [.tr: "Astana", .ru: "Астана", .en: "Astana"]
        let tr = try text(agreement, .tr).split(separator: "\n").first { $0.hasPrefix("# ") } ?? ""
        XCTAssertTrue(tr.contains("Başkanlığı, Rusya Küçük ve Orta Büyüklükte İşletmeler Şirketi ile Damu Fonu Arasında Küçük ve Orta Büyüklükteki İşletmeler Alanında İş Birliğine İlişkin Mutabakat Zaptı"), String(tr))
        let en = try text(agreement, .en).split(separator: "\n").first { $0.hasPrefix("# ") } ?? ""
        XCTAssertTrue(en.contains("Enterprises” and Damu Fund on Cooperation"), String(en))
        let ru = try text(agreement, .ru).split(separator: "\n").first { $0.hasPrefix("# ") } ?? ""
        XCTAssertTrue(ru.contains("между KOSGEB, АО «Корпорация МСП» и Даму о сотрудничестве"), String(ru))
    }

    /// Two versions are “both” texts, three are “all” (treaty practice in each language).
    func testTwoVersionsAreBothTextsThreeAreAll() throws {
        var agreement = try DraftFixtures.example()
        XCTAssertTrue(try text(agreement, .tr).contains("; tüm metinler eşit derecede geçerlidir."))
        XCTAssertTrue(try text(agreement, .en).contains(", all texts being equally authentic."))
        agreement.languages = [.tr, .ru]
        agreement.prevailing = nil
        XCTAssertTrue(try text(agreement, .tr).contains("; her iki metin de eşit derecede geçerlidir."))
        XCTAssertTrue(try text(agreement, .ru).contains("причём оба текста имеют одинаковую силу."))
        agreement.languages = [.ru, .en]
        XCTAssertTrue(try text(agreement, .en).contains("in the Russian and English languages, both texts being equally authentic."))
    }

    /// An English name written with its article reads “between the … and the …” in the title and
    /// opens the preamble with a capital.
    func testEnglishNamesMayCarryTheirArticle() throws {
        var agreement = try DraftFixtures.example()
        agreement.parties[0].name[.en] = "the Small and Medium Enterprises Development Organization of the Republic of Türkiye"
        agreement.parties[1].name[.en] = "the Federal Corporation for the Development of Small and Medium Enterprises"
        let en = try text(agreement, .en)
        XCTAssertTrue(en.contains("Memorandum of Understanding between the Small and Medium Enterprises Development Organization of the Republic of Türkiye and the Federal Corporation"), en)
        XCTAssertTrue(en.contains("\nThe Small and Medium Enterprises Development Organization of the Republic of Türkiye (hereinafter referred to as “KOSGEB”) and the Federal Corporation"), en)
    }

    /// A one-language MoU names its language once: no “Türkçe dillerinde”, no “each”.
    func testSingleLanguageAgreementNamesItsLanguageOnce() throws {
        var agreement = try DraftFixtures.example()
        agreement.languages = [.tr]
        agreement.prevailing = nil
        agreement.originals = 1
        let tr = try text(agreement, .tr)
        XCTAssertTrue(tr.contains("Türkçe, bir (1) asıl nüsha hâlinde imzalanmıştır."), tr)
        XCTAssertFalse(tr.contains("dillerinde"), tr)
        agreement.languages = [.ru]
        XCTAssertTrue(try text(agreement, .ru).contains("Подписан один (1) подлинный экземпляр Меморандума на русском языке."))
    }

    func testDurationAndNoticeFollowTheModel() throws {
        var agreement = try DraftFixtures.example()
        agreement.duration = Duration(years: 2, automaticRenewal: false, terminationNoticeMonths: 1)
        let ru = try text(agreement, .ru)
        XCTAssertTrue(ru.contains("Срок его действия составляет два (2) года."), ru)
        XCTAssertTrue(ru.contains("не позднее чем за один (1) месяц до"), ru)
        XCTAssertFalse(ru.contains("продлевается"))
        let en = try text(agreement, .en)
        XCTAssertTrue(en.contains("for a period of two (2) years."))
        XCTAssertTrue(en.contains("at least one (1) month in advance"))
        XCTAssertFalse(en.contains("renewed automatically"))
        XCTAssertFalse(try text(agreement, .tr).contains("kendiliğinden"))
    }

    func testTurkishSuffixesComeFromTheGrammarFilters() throws {
        let tr = try text(try DraftFixtures.example(), .tr)
        XCTAssertTrue(tr.contains("KOSGEB'in irtibat noktası"), tr)
        XCTAssertTrue(tr.contains("RSMB'nin irtibat noktası"), tr)
        var agreement = try DraftFixtures.example()
        agreement.signing.mode = .inPerson
        agreement.signing.place = [.tr: "İstanbul", .ru: "Стамбул", .en: "Istanbul"]
        XCTAssertTrue(try text(agreement, .tr).contains("İşbu Mutabakat Zaptı, İstanbul'da 1 Ekim 2021 tarihinde"))
        XCTAssertTrue(try text(agreement, .ru).contains("подписан 1 октября 2021 г. (место подписания\u{00A0}— Стамбул)"))
        XCTAssertTrue(try text(agreement, .en).contains("Signed at Istanbul on 1 October 2021"))
    }
}
