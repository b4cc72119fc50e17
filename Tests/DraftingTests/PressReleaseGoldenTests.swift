import AgreementModel
import DocumentModel
import Drafting
import Linguistics
import XCTest

/// The bundled example's three releases, pinned by golden Markdown files
/// (Tests/DraftingTests/Golden/press-release/<lang>.md). Regenerate on purpose with
/// `MOU_UPDATE_GOLDEN=1 swift test --filter PressReleaseGoldenTests`, then read the diff.
final class PressReleaseGoldenTests: XCTestCase {
    static var goldenFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/press-release")
    }

    func testExampleReleasesMatchGoldenMarkdown() throws {
        let agreement = try PressReleaseExampleTests.loadExample().agreement
        for language in Language.allCases {
            let release = try PressReleaseDrafter().document(agreement, language: language,
                                                             source: "examples/kosgeb-rsmb.yaml")
            XCTAssertEqual(release.notes, [], "\(language): the example should need no grammar guesses")
            let markdown = MarkdownWriter.write(release.document)
            let golden = Self.goldenFolder.appendingPathComponent("\(language.rawValue).md")
            if ProcessInfo.processInfo.environment["MOU_UPDATE_GOLDEN"] == "1" {
                try FileManager.default.createDirectory(at: Self.goldenFolder, withIntermediateDirectories: true)
                try markdown.write(to: golden, atomically: true, encoding: .utf8)
            }
            let expected = try String(contentsOf: golden, encoding: .utf8)
            XCTAssertEqual(markdown, expected, "\(language): differs from \(golden.path)")
            // What we write reads back as the same document.
            XCTAssertEqual(try MarkupParser.parse(markdown, source: golden.lastPathComponent), release.document)
        }
    }

    func testEveryReleaseHasTheSameSectionsInTheSameOrder() throws {
        let agreement = try PressReleaseExampleTests.loadExample().agreement
        for language in Language.allCases {
            let release = try PressReleaseDrafter().document(agreement, language: language)
            XCTAssertEqual(release.document.blocks.compactMap(\.id),
                           ["headline", "participants", "cited", "coverage", "total"], "\(language)")
            XCTAssertTrue(release.document.blocks.allSatisfy { $0.language == language })
            XCTAssertEqual(release.document.metadata.languages, [language])
        }
    }

    /// The slips of the 2021 release this tool exists to prevent.
    func testTheReferencesSlipsDoNotHappen() throws {
        let agreement = try PressReleaseExampleTests.loadExample().agreement
        let tr = MarkdownWriter.write(try PressReleaseDrafter().document(agreement, language: .tr).document)
        for slip in ["92’e", "92'e", "3.5 milyon", "Çevrimçi", "01 Ekim"] {
            XCTAssertFalse(tr.contains(slip), slip)
        }
        for form in ["Mutabakat Zaptı Sayısı 92'ye Çıktı", "68 ülkeden 86 kuruluş", "3,5 milyonu aşkın", "KOSGEB'den",
                     "RSMB'nin", "çevrim içi", "Tarih: 1 Ekim 2021"] {
            XCTAssertTrue(tr.contains(form), form)
        }
        let ru = MarkdownWriter.write(try PressReleaseDrafter().document(agreement, language: .ru).document)
        for form in ["Число меморандумов достигло 92", "91 меморандум о взаимопонимании", "86 организаций",
                     "5 международных организаций", "68 стран", "3,5 миллиона", "1 октября 2021 г."] {
            XCTAssertTrue(ru.contains(form), form)
        }
        let en = MarkdownWriter.write(try PressReleaseDrafter().document(agreement, language: .en).document)
        for form in ["MoU count rises to 92", "91 memoranda of understanding", "86 institutions", "68 countries",
                     "more than 3.5 million enterprises", "1 October 2021"] {
            XCTAssertTrue(en.contains(form), form)
        }
    }
}
