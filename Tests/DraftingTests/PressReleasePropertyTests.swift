import AgreementModel
import DocumentModel
import Drafting
import Linguistics
import MoUResources
import XCTest

/// Every number the release fills in takes the form the grammar engine gives it: for totals
/// 1–200 and country counts 1–200, each Turkish suffix and each Russian/English noun after a
/// number in the release equals the engine's own answer for that number.
final class PressReleasePropertyTests: XCTestCase {
    /// The figures of case `n`: the total after signing is `n`, the country count before is a
    /// permutation of 1…200 (37 is coprime with 200), and the international organisations vary.
    static func figures(_ n: Int, newCountry: Bool) -> AgencyFigures {
        let countries = (n * 37) % 200 + 1
        let organisations = min(n - 1, n % 7)
        return AgencyFigures(before: FigureCounts(memoranda: n - 1, institutions: n - 1 - organisations,
                                                  countries: countries, internationalOrganisations: organisations),
                             partnerKind: .institution, newCountry: newCountry)
    }

    static func release(_ agreement: Agreement, _ language: Language) throws -> String {
        PlainTextWriterless.text(try PressReleaseDrafter().document(agreement, language: language).document)
    }

    func testTurkishSuffixesMatchTheGrammarEngine() throws {
        var agreement = PressReleaseFixtures.agreement
        func dative(_ n: Int) -> String { Turkish.inflect(String(n), case: .dative).text }
        for n in 1...200 {
            agreement.announcement!.figures = Self.figures(n, newCountry: true)
            let after = agreement.announcement!.figures.totals.after
            let before = agreement.announcement!.figures.before
            let text = try Self.release(agreement, .tr)
            XCTAssertTrue(text.contains("Mutabakat Zaptı Sayısı \(dative(n)) Çıktı"), "n=\(n)")
            XCTAssertTrue(text.contains("bu sayı \(dative(n)), iş birliği yapılan kuruluş sayısı \(dative(after.institutions)), ülke sayısı \(dative(after.countries)) yükseldi"), "n=\(n)")
            XCTAssertTrue(text.contains("\(before.countries) ülkeden \(before.institutions) kuruluş"), "n=\(n)")
        }
    }

    func testRussianNounFormsMatchTheGrammarEngine() throws {
        let nouns = try GrammarData.load(.ru, from: .builtIn).nouns
        func count(_ n: Int, _ noun: String) -> String {
            Grammar.count(DecimalNumber(n), forms: nouns.forms(for: noun)!, language: .ru)
        }
        var agreement = PressReleaseFixtures.agreement
        for n in 1...200 {
            agreement.announcement!.figures = Self.figures(n, newCountry: false)
            let before = agreement.announcement!.figures.before
            let text = try Self.release(agreement, .ru)
            XCTAssertTrue(text.contains("Число меморандумов достигло \(n)"), "n=\(n)")
            XCTAssertTrue(text.contains("до этого подписания\u{00A0}— \(count(n - 1, "меморандум о взаимопонимании"))."), "n=\(n)")
            XCTAssertTrue(text.contains("— \(count(before.institutions, "организация"))"), "n=\(n)")
            XCTAssertTrue(text.contains("география сотрудничества\u{00A0}— \(count(before.countries, "страна"))."), "n=\(n)")
            if before.internationalOrganisations > 0 {
                XCTAssertTrue(text.contains(" и \(count(before.internationalOrganisations, "международная организация")),"), "n=\(n)")
            }
        }
    }

    func testEnglishNounFormsMatchTheGrammarEngine() throws {
        let nouns = try GrammarData.load(.en, from: .builtIn).nouns
        func count(_ n: Int, _ noun: String) -> String {
            Grammar.count(DecimalNumber(n), forms: nouns.forms(for: noun)!, language: .en)
        }
        var agreement = PressReleaseFixtures.agreement
        for n in stride(from: 1, through: 200, by: 1) {
            agreement.announcement!.figures = Self.figures(n, newCountry: true)
            let before = agreement.announcement!.figures.before
            let text = try Self.release(agreement, .en)
            XCTAssertTrue(text.contains("had signed \(count(n - 1, "memorandum of understanding")) with \(count(before.institutions, "institution"))"), "n=\(n)")
            XCTAssertTrue(text.contains(" in \(count(before.countries, "country"))."), "n=\(n)")
        }
    }

    /// The cited figure: 3,5 milyonu / 3,5 миллиона / 3.5 million, and whole numbers too.
    func testCitedFiguresTakeEachLanguagesDecimalMarkAndCase() throws {
        var agreement = PressReleaseFixtures.agreement
        let tr = try Self.release(agreement, .tr)
        XCTAssertTrue(tr.contains("3,5 milyonu aşkın işletme"), tr)
        XCTAssertTrue(try Self.release(agreement, .ru).contains("число предприятий превышает 3,5 миллиона"))
        XCTAssertTrue(try Self.release(agreement, .en).contains("more than 3.5 million enterprises"))
        agreement.announcement!.cited![0].value = 21
        XCTAssertTrue(try Self.release(agreement, .ru).contains("превышает 21 миллион."))
        XCTAssertTrue(try Self.release(agreement, .tr).contains("21 milyonu aşkın"))
        agreement.announcement!.cited![0].scale = nil
        agreement.announcement!.cited![0].value = 5000
        XCTAssertTrue(try Self.release(agreement, .tr).contains("5.000'i aşkın işletme"))
        agreement.announcement!.cited![0].qualifier = .about
        XCTAssertTrue(try Self.release(agreement, .en).contains("about 5,000 enterprises"))
    }

    /// An in-person ceremony: its place in each language, with no case ending the template cannot
    /// know (Russian names the place after a dash rather than declining it: «в Казани»).
    func testInPersonCeremonyPlace() throws {
        var agreement = PressReleaseFixtures.agreement
        agreement.announcement!.ceremony = Ceremony(mode: .inPerson, place: [.tr: "Kazan", .ru: "Казань", .en: "Kazan"])
        XCTAssertTrue(try Self.release(agreement, .tr).contains("tarihinde Kazan'da düzenlenen törende mutabakat zaptını"))
        XCTAssertTrue(try Self.release(agreement, .ru).contains("г. (место проведения\u{00A0}— Казань); документ подписали"))
        XCTAssertTrue(try Self.release(agreement, .en).contains("At a ceremony in Kazan on "))
    }

    /// The Russian participants paragraph does not repeat its verb: the partner's side is
    /// «Делегацию … представлял(а/и)», agreeing with one participant's gender or plural.
    func testRussianPartnerDelegationAgreesWithItsParticipants() throws {
        var agreement = PressReleaseFixtures.agreement
        var ru = try Self.release(agreement, .ru)
        XCTAssertTrue(ru.contains("Со стороны KOSGEB в церемонии участвовали председатель"), ru)
        XCTAssertTrue(ru.contains("Делегацию АО «Корпорация МСП» представлял генеральный директор"), ru)
        agreement.parties[1].signatory.gender = .female
        ru = try Self.release(agreement, .ru)
        XCTAssertTrue(ru.contains("Делегацию АО «Корпорация МСП» представляла генеральный директор"), ru)
    }

    /// «превышает»/«составляет» take the accusative: 1 тысячу, 21 тысячу — but 2 тысячи, 5 тысяч,
    /// 1,5 тысячи and 1 миллион, whose accusative is the nominative (Розенталь).
    func testRussianCitedThousandsStandInTheAccusative() throws {
        var agreement = PressReleaseFixtures.agreement
        agreement.announcement!.cited![0].scale = .thousand
        for (value, qualifier, expected) in [(1.0, FigureQualifier.moreThan, "превышает 1 тысячу."),
                                             (21, .about, "составляет примерно 21 тысячу."),
                                             (2, .exactly, "составляет 2 тысячи."),
                                             (5, .moreThan, "превышает 5 тысяч."),
                                             (1.5, .moreThan, "превышает 1,5 тысячи.")] {
            agreement.announcement!.cited![0].value = value
            agreement.announcement!.cited![0].qualifier = qualifier
            let ru = try Self.release(agreement, .ru)
            XCTAssertTrue(ru.contains(expected), "\(value): \(ru)")
        }
        agreement.announcement!.cited![0].scale = .million
        agreement.announcement!.cited![0].value = 1
        XCTAssertTrue(try Self.release(agreement, .ru).contains("превышает 1 миллион."))
    }
}

/// The release's text without markup, paragraphs joined by newlines: what a reader sees.
enum PlainTextWriterless {
    static func text(_ document: Document) -> String {
        document.blocks.map { block -> String in
            switch block.content {
            case .title(let inlines), .heading(_, let inlines), .paragraph(let inlines): inlines.plainText
            case .bulletList(let items), .orderedList(_, let items):
                items.map { text(Document(blocks: $0)) }.joined(separator: "\n")
            default: ""
            }
        }.joined(separator: "\n")
    }
}
