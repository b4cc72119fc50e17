import AgreementModel
import DocumentModel
import Drafting
import Linguistics
import XCTest

/// A value from the agreement prints as written and can never change the document's structure.
final class ValuesAreTextTests: XCTestCase {
    static let nasty = ["# **X** {#y}", "{{ evil }}", "{% if x %}y{% endif %}", "1. a", "- b", ":::", "\\", "*_*", "|a|b|", "Çağrı «İş» “x”"]

    func testNastyNamesPrintAsWrittenInEveryLanguage() throws {
        for (index, nasty) in Self.nasty.enumerated() {
            var agreement = try DraftFixtures.example()
            agreement.parties[1].short = [.tr: nasty, .ru: nasty, .en: nasty]
            agreement.parties[1].signatory.name = [.tr: nasty, .ru: nasty, .en: nasty]
            for language in Language.allCases {
                let (document, _) = try MoUDrafter().document(agreement, language: language)
                // Structure unchanged: same ids, one title, one signature block with two signers.
                XCTAssertEqual(document.blocks.compactMap(\.id), ["title", "purpose", "areas", "implementation", "costs",
                               "confidentiality", "non-binding", "amendments", "dispute-settlement", "entry-into-force", "languages"],
                               "case \(index) \(language)")
                let signers = document.blocks.compactMap { block -> [Signer]? in
                    if case .signatures(let signers) = block.content { return signers }
                    return nil
                }.first ?? []
                XCTAssertEqual(signers.count, 2)
                XCTAssertEqual(signers.last?.name.plainText, nasty, "case \(index) \(language)")
                XCTAssertTrue(signers.last?.party.plainText.contains(nasty) == true, "case \(index) \(language)")
            }
            // And through the Markdown writer and back.
            let draft = try MoUDrafter().draft(agreement, languages: [.tr, .ru, .en])
            XCTAssertEqual(try MarkupParser.parse(MarkdownWriter.write(draft.document)), draft.document)
        }
    }

    func testTemplateTagsInValuesAreNotEvaluated() throws {
        var agreement = try DraftFixtures.example()
        agreement.parties[0].name = [.tr: "{{ party2.name }}", .ru: "{% for x in areas %}X{% endfor %}", .en: "{{ evil }}"]
        let (tr, _) = try MoUDrafter().document(agreement, language: .tr)
        guard case .paragraph(let trPreamble) = tr.blocks[1].content else { return XCTFail("no preamble") }
        XCTAssertTrue(trPreamble.plainText.hasPrefix("{{ party2.name }} (bundan sonra “KOSGEB”"), trPreamble.plainText)
        let (en, _) = try MoUDrafter().document(agreement, language: .en)
        guard case .title(let title) = en.blocks.first?.content else { return XCTFail("no title") }
        XCTAssertTrue(title.plainText.contains("between {{ evil }} and"), title.plainText)
        let (ru, _) = try MoUDrafter().document(agreement, language: .ru)
        guard case .paragraph(let preamble) = ru.blocks[1].content else { return XCTFail("no preamble") }
        XCTAssertTrue(preamble.plainText.hasPrefix("{% for x in areas %}X{% endfor %} (далее\u{00A0}— KOSGEB)"), preamble.plainText)
    }
}
