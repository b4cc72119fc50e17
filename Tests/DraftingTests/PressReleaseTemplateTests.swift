import AgreementModel
import DocumentModel
import Drafting
import Linguistics
import MoUResources
import XCTest

/// An office's own press-release templates (`--templates DIR`) get the same strictness as the
/// MoU's: a misspelt name is an error with the template's line, and values stay text.
final class PressReleaseTemplateTests: XCTestCase {
    private func store(_ template: String) throws -> (ResourceStore, URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("press-\(UUID().uuidString)")
        let folder = root.appendingPathComponent("templates/press-release")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try template.write(to: folder.appendingPathComponent("en.md"), atomically: true, encoding: .utf8)
        return (ResourceStore(overrideRoot: root), root)
    }

    func testAMisspeltNameIsAnErrorWithTheTemplatesLine() throws {
        let (store, root) = try store("# {{ headline.text }} {#headline}\n\nSigned on {{ signing.date|date }}.\n\n{{ figures.after.memorandum }}\n")
        defer { try? FileManager.default.removeItem(at: root) }
        XCTAssertThrowsError(try PressReleaseDrafter(store: store).render(PressReleaseFixtures.agreement, language: .en)) { error in
            let message = String(describing: error)
            XCTAssertTrue(message.contains("templates/press-release/en.md:5"), message)
            XCTAssertTrue(message.contains("memorandum"), message)
        }
    }

    func testAnOfficesOwnTemplateIsUsed() throws {
        let (store, root) = try store("# {{ headline.text }} {#headline}\n\nOur {{ figures.after.memoranda|ordinal }} MoU.\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let markup = try PressReleaseDrafter(store: store).render(PressReleaseFixtures.agreement, language: .en).markup
        XCTAssertTrue(markup.contains("Our 92nd MoU."), markup)
    }

    func testValuesFromTheFileStayText() throws {
        var agreement = PressReleaseFixtures.agreement
        agreement.announcement!.headline.text[.en] = "# **X** {#y}"
        agreement.announcement!.quotes[0].text[.en] = "{{ evil }}\n- not a list"
        let document = try PressReleaseDrafter().document(agreement, language: .en).document
        guard case .title(let title) = document.blocks.first?.content else { return XCTFail("no title") }
        XCTAssertEqual(title.plainText, "KOSGEB President Kurt: “# **X** {#y}”")
        XCTAssertEqual(document.blocks.first?.id, "headline")
        let paragraphs = document.blocks.compactMap { block -> String? in
            if case .paragraph(let inlines) = block.content { return inlines.plainText }
            return nil
        }
        XCTAssertTrue(paragraphs.contains("“{{ evil }} - not a list”, said KOSGEB President Hasan Basri Kurt."), "\(paragraphs)")
    }

    func testAMissingQuoteStopsTheRenderBeforeAnyTemplateRuns() {
        var agreement = PressReleaseFixtures.agreement
        agreement.announcement!.quotes[1].text[.ru] = nil
        XCTAssertThrowsError(try PressReleaseDrafter().render(agreement, language: .ru)) { error in
            XCTAssertEqual(String(describing: error),
                           "announcement.quotes[1].text.ru: missing — the Russian release needs this quote in Russian")
        }
    }
}

/// A headline without a speaker is printed as it is, without quotation marks.
final class PressReleaseHeadlineTests: XCTestCase {
    func testAPlainHeadlineHasNoSpeakerAndNoQuotes() throws {
        var agreement = PressReleaseFixtures.agreement
        agreement.announcement!.headline = Headline(text: [.tr: "KOSGEB ile RSMB Arasında İş Birliği", .ru: "KOSGEB и Корпорация МСП подписали меморандум",
                                                          .en: "KOSGEB and RSMB sign an MoU"])
        let expected: [Language: String] = [.tr: "KOSGEB ile RSMB Arasında İş Birliği",
                                            .ru: "KOSGEB и Корпорация МСП подписали меморандум", .en: "KOSGEB and RSMB sign an MoU"]
        for language in Language.allCases {
            let document = try PressReleaseDrafter().document(agreement, language: language).document
            guard case .title(let title) = document.blocks.first?.content else { return XCTFail("no title") }
            XCTAssertEqual(title.plainText, expected[language], "\(language)")
        }
    }
}

/// `TemplateLinter.checkPressRelease`: the built-in templates pass; an office's mistakes are found.
final class PressReleaseLintTests: XCTestCase {
    func testTheSampleHasNoAnnouncementIssues() {
        XCTAssertEqual(PressReleaseSample.full.checkAnnouncement(languages: Language.allCases), [])
    }

    func testBuiltInPressReleaseTemplatesPass() {
        XCTAssertEqual(TemplateLinter().checkPressRelease(store: .builtIn), [])
    }

    func testAnOfficesMistakesAreFoundWithTheirLines() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("press-lint-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("templates/press-release")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "# {{ headline.text }} {#headline}\n\n## A {#total}\n\n{{ figures.after.memorandums }} {{ agency.short|tr_dativ }}\n"
            .write(to: folder.appendingPathComponent("tr.md"), atomically: true, encoding: .utf8)
        try "# {{ headline.text }} {#headline}\n\n## A {#totals}\n\n{{ figures.after.memoranda }}\n"
            .write(to: folder.appendingPathComponent("en.md"), atomically: true, encoding: .utf8)
        let problems = TemplateLinter().checkPressRelease(store: ResourceStore(overrideRoot: root), languages: [.tr, .en])
        let messages = problems.map(\.description)
        XCTAssertTrue(messages.contains { $0.contains("tr.md:5") && $0.contains("memorandums") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("tr.md:5") && $0.contains("tr_dativ") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("en.md") && $0.contains("total") }, "\(messages)")
    }
}

/// Optional parts of the announcement leave their sections out, in every language.
final class PressReleaseOptionalPartsTests: XCTestCase {
    func testWithoutCitedFiguresAndQuotesTheirSectionsAreLeftOut() throws {
        var agreement = PressReleaseFixtures.agreement
        agreement.announcement!.cited = nil
        agreement.announcement!.quotes = []
        for language in Language.allCases {
            let document = try PressReleaseDrafter().document(agreement, language: language).document
            XCTAssertEqual(document.blocks.compactMap(\.id), ["headline", "participants", "coverage", "total"], "\(language)")
            XCTAssertEqual(document.blocks.filter { if case .heading = $0.content { true } else { false } }.count, 3, "\(language)")
        }
    }

    func testAnInternationalOrganisationInANewCountryRaisesThoseCounts() throws {
        var agreement = PressReleaseFixtures.agreement
        agreement.announcement!.figures.partnerKind = .internationalOrganisation
        agreement.announcement!.figures.newCountry = true
        let tr = PlainTextWriterless.text(try PressReleaseDrafter().document(agreement, language: .tr).document)
        XCTAssertTrue(tr.contains("bu sayı 92'ye, iş birliği yapılan uluslararası örgüt sayısı 6'ya, ülke sayısı 69'a yükseldi."), tr)
        let ru = PlainTextWriterless.text(try PressReleaseDrafter().document(agreement, language: .ru).document)
        XCTAssertTrue(ru.contains("число меморандумов достигло 92, международных организаций-партнёров\u{00A0}— 6, стран\u{00A0}— 69."), ru)
        let en = PlainTextWriterless.text(try PressReleaseDrafter().document(agreement, language: .en).document)
        XCTAssertTrue(en.contains("the total has risen to 92, and the number of partner international organisations to 6; partner countries now number 69."), en)
    }

    func testAnInPersonCeremonyNamesItsPlace() throws {
        var agreement = PressReleaseFixtures.agreement
        agreement.announcement!.ceremony = Ceremony(mode: .inPerson, place: [.tr: "Moskova", .ru: "Москва", .en: "Moscow"])
        XCTAssertTrue(PressReleaseCoverageTestsText.tr(agreement).contains("1 Ekim 2021 tarihinde Moskova'da düzenlenen törende"))
    }
}

private enum PressReleaseCoverageTestsText {
    static func tr(_ agreement: Agreement) -> String {
        (try? PressReleaseDrafter().document(agreement, language: .tr)).map { PlainTextWriterless.text($0.document) } ?? ""
    }
}
