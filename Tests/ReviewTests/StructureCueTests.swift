import DocumentModel
import Linguistics
@testable import Review
import XCTest

/// What the document's structure tells the matcher beyond one sentence: article titles, list
/// lead-ins, "Article 5. text" paragraphs, and stem alternatives in the pattern language.
final class StructureCueTests: XCTestCase {
    func found(_ blocks: [Block], _ language: Language) throws -> [String: [Evidence]] {
        let rules = try ClauseCatalog.builtIn.get().rules
        var segmenter = Segmenter(rules: rules)
        segmenter.run(blocks)
        let version = try XCTUnwrap(segmenter.versions[language])
        return ClauseMatcher(rules: try XCTUnwrap(rules[language])).match(version)
    }

    func heading(_ text: String) -> Block { Block(.heading(level: 2, [.text(text)])) }
    func para(_ text: String) -> Block { Block(.paragraph([.text(text)])) }
    func bullets(_ items: [String]) -> Block { Block(.bulletList(items: items.map { [Block(.paragraph([.text($0)]))] })) }

    func testArticleTitleIsEvidenceForTheFirstSentenceOfItsBody() throws {
        let en = try found([heading("Article 4 – Confidentiality"),
                            para("Papers marked as restricted stay with the receiving Party. They are returned on request.")], .en)
        XCTAssertEqual(en["confidentiality"]?.first?.text, "Papers marked as restricted stay with the receiving Party.")
        XCTAssertEqual(en["confidentiality"]?.first?.where, "Article 4 ¶1")
        let tr = try found([heading("MADDE 6 – GİZLİLİK"), para("Taraflar, birbirlerinden edindikleri belgeleri korur.")], .tr)
        XCTAssertNotNil(tr["confidentiality"])
        let ru = try found([heading("Статья 3. Правовой статус"), para("Меморандум носит рамочный характер.")], .ru)
        XCTAssertNotNil(ru["non-binding"])
    }

    func testTitleOfAnAreaDoesNotOverrideANegatedBody() throws {
        let en = try found([heading("Article 2 – Training"), para("Training is not envisaged under this Memorandum.")], .en)
        XCTAssertNil(en["training"])
    }

    func testListItemsInheritTheLeadIn() throws {
        // The negation sits only in the lead-in.
        let negated = try found([heading("Article 2"), para("Under this Memorandum the Parties shall not organise:"),
                                 bullets(["trade missions;", "seminars for entrepreneurs."])], .en)
        XCTAssertNil(negated["trade-trips"])
        XCTAssertNil(negated["training"])
        // The verb sits only in the lead-in ("exchange"), the object in the item.
        let ru = try found([heading("Статья 2"), para("Стороны осуществляют обмен:"),
                            para("а) экспертами;"), para("б) информацией о программах поддержки.")], .ru)
        XCTAssertEqual(ru["expert-exchange"]?.first?.text, "а) экспертами;")
        XCTAssertNotNil(ru["information-sharing"])
        // A paragraph that is not an item does not inherit.
        let plain = try found([heading("Article 2"), para("The Parties shall not organise:"), para("The Parties organise trade missions.")], .en)
        XCTAssertNotNil(plain["trade-trips"])
    }

    func testTitleOnItsOwnLineUnderTheArticleNumberNamesTheNextParagraph() throws {
        let en = try found([para("ARTICLE 5"), para("LEGAL STATUS"), para("This Memorandum is an expression of goodwill only.")], .en)
        XCTAssertEqual(en["non-binding"]?.first?.where, "ARTICLE 5 ¶2")
        let tr = try found([para("Anlaşmazlıkların Çözümü"), para("Sorunlar Taraflarca birlikte ele alınır.")], .tr)
        XCTAssertNotNil(tr["dispute-settlement"])
    }

    func testItemsAfterAColonInTheSameParagraphInheritIt() throws {
        let en = try found([heading("Article 2"), para("The Parties shall not: (a) organise trade missions; (b) finance seminars.")], .en)
        XCTAssertNil(en["trade-trips"])
        XCTAssertNil(en["training"])
        let tr = try found([heading("Madde 2"), para("Taraflar aşağıdaki alanlarda iş birliği yapar: a) uzman değişimi; b) fuarlara katılım.")], .tr)
        XCTAssertNotNil(tr["expert-exchange"])
        XCTAssertNotNil(tr["trade-trips"])
    }

    func testNegationInsideARelativeClauseDoesNotNegateTheSentence() throws {
        let en = try found([heading("Article 2"), para("The Parties exchange statistics, which shall not be passed on to third parties.")], .en)
        XCTAssertNotNil(en["information-sharing"])
        let ru = try found([heading("Статья 2"), para("Стороны обмениваются данными, которые не подлежат разглашению, и проводят семинары.")], .ru)
        XCTAssertNotNil(ru["training"])
        // Outside the relative clause the negation still counts.
        let negated = try found([heading("Article 2"), para("Training, which was discussed in 2024, shall not be organised.")], .en)
        XCTAssertNil(negated["training"])
    }

    func testLongSignatureLineCountsButNotAWordInsideABodyLine() throws {
        let en = try found([heading("Article 9"), para("For the Ministry of SMEs and Startups of the Republic of Korea")], .en)
        XCTAssertNotNil(en["signatures"])
        let tr = try found([heading("Madde 9"), para("Türkiye Cumhuriyeti Sanayi ve Teknoloji Bakanlığı ile Küçük İşletmeler Ajansı Adına")], .tr)
        XCTAssertNotNil(tr["signatures"])
        let body = try found([heading("Article 2"), para("The Parties will seek support for trade fairs and exhibitions in both countries")], .en)
        XCTAssertNil(body["signatures"])
    }

    /// "от KOSGEB:" heading the contact details of an early article is no signature line; the
    /// same short words after the last article are.
    func testSignatureLinesCountOnlyWhereTheDocumentEnds() throws {
        let contacts = [heading("Статья 3. Контактные лица"), para("от KOSGEB:"), para("Дирекция международного сотрудничества"),
                        heading("Статья 4. Вступление в силу"), para("Меморандум вступает в силу с даты подписания.")]
        XCTAssertNil(try found(contacts, .ru)["signatures"])
        let signed = try found(contacts + [para("За KOSGEB"), para("Председатель")], .ru)
        XCTAssertEqual(signed["signatures"]?.map(\.where), ["Статья 4 ¶2", "Статья 4 ¶3"])
        let tr = try found([heading("Madde 3 – İrtibat"), para("KOSGEB adına:"), para("Dış İlişkiler Daire Başkanlığı"),
                            heading("Madde 4 – Bilgi paylaşımı"), para("Taraflar bilgi ve deneyim paylaşır.")], .tr)
        XCTAssertNil(tr["signatures"])
    }

    func testArticleNumberAndBodyInOneParagraph() throws {
        let ru = try found([para("Стороны договорились о нижеследующем:"),
                            para("Пункт 1. Стороны обмениваются статистическими данными о развитии малого бизнеса."),
                            para("Пункт 2. Каждая из Сторон несет свои расходы самостоятельно.")], .ru)
        XCTAssertEqual(ru["information-sharing"]?.first?.where, "Пункт 1 ¶1")
        XCTAssertEqual(ru["costs"]?.first?.where, "Пункт 2 ¶1")
    }

    func testItemMarkers() {
        for item in ["(a) exchange", "a) exchange", "б) обмен", "ii) visits", "- fairs", "• fuarlar", "c. seminars"] {
            XCTAssertNotNil(Segmenter.itemMarker(item), item)
        }
        for text in ["1. Taraflar bilgi paylaşır.", "Article 3", "The Parties", "Iv"] {
            XCTAssertNil(Segmenter.itemMarker(text), text)
        }
        // The marker as written names the item in evidence: "Madde 2(c)".
        XCTAssertEqual(["(a) exchange", "б) обмен", "ii) visits", "C. seminars", "12) fairs", "- fairs"].map(Segmenter.itemMarker),
                       ["a", "б", "ii", "C", "12", ""])
    }

    func testListItemsAreNamedByTheirMarkers() throws {
        let tr = try found([heading("Madde 2 – İşbirliği alanları"), para("Taraflar aşağıdaki alanlarda işbirliği yapar:"),
                            para("a) bilgi ve deneyim paylaşımı;"), para("c) uzman değişimi programları.")], .tr)
        XCTAssertEqual(tr["information-sharing"]?.first?.where, "Madde 2(a)")
        XCTAssertEqual(tr["expert-exchange"]?.first?.where, "Madde 2(c)")
        // Without a marker a paragraph keeps its number.
        let en = try found([heading("Article 1"), para("The Parties organise training."), para("(b) The Parties exchange information.")], .en)
        XCTAssertEqual(en["training"]?.first?.where, "Article 1 ¶1")
        XCTAssertEqual(en["information-sharing"]?.first?.where, "Article 1(b)")
    }

    func testStemAlternativesShareOneId() {
        var index = StemIndex()
        let a = index.id("memorandum|=mou", .en)
        XCTAssertEqual(index.id("memorandum|=mou", .en), a)
        var seen: [Int32] = []
        for word in ["mou", "memorandums", "mouse"] {
            let t = Tokenized(word, .en)
            index.match(t.word(0)) { seen.append($0) }
        }
        XCTAssertEqual(seen, [a, a], "'mou' exactly and 'memorandum…' as a prefix, not 'mouse'")
    }
}
