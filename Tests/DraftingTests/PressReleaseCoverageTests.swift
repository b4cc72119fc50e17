import AgreementModel
import DocumentModel
import Drafting
import Linguistics
import MoUResources
import XCTest

/// “What the MoU covers” is built from the agreement's areas — the list the MoU's areas article
/// is built from — so for any set and order of areas the release and the MoU list the same
/// areas in the same order: add or remove one and both change.
final class PressReleaseCoverageTests: XCTestCase {
    static let custom = CooperationArea.custom(id: "joint-fairs", text: [
        .tr: "ortak fuarlara katılım", .ru: "участие в совместных ярмарках", .en: "participation in joint trade fairs"])
    static let allAreas: [CooperationArea] = StandardArea.allCases.map { .standard($0) } + [custom]

    /// The items of the first bullet list after the heading with id `coverage`.
    static func coverageItems(_ document: Document) -> [String] {
        var inSection = false
        for block in document.blocks {
            if block.id == "coverage" { inSection = true; continue }
            if inSection, case .bulletList(let items) = block.content {
                return items.map { item in
                    item.compactMap { block -> String? in
                        if case .paragraph(let inlines) = block.content { return inlines.plainText }
                        return nil
                    }.joined()
                }
            }
        }
        return []
    }

    /// The items of the MoU's numbered list of areas.
    static func mouAreaItems(_ document: Document) -> [String] {
        for block in document.blocks {
            if case .orderedList(_, let items) = block.content {
                return items.map { item in
                    item.compactMap { block -> String? in
                        if case .paragraph(let inlines) = block.content { return inlines.plainText }
                        return nil
                    }.joined()
                }
            }
        }
        return []
    }

    func testEverySubsetOfAreasGivesTheSameListInTheReleaseAndTheMoU() throws {
        var agreement = try PressReleaseExampleTests.loadExample().agreement
        for language in Language.allCases {
            let press = try PressLocale.load(language, from: .builtIn)
            let mouLocale = try MoULocale.load(language, from: .builtIn)
            for mask in 1..<(1 << Self.allAreas.count) {
                var areas = Self.allAreas.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element)
                if mask % 3 == 0 { areas.reverse() }
                agreement.areas = areas
                let release = Self.coverageItems(try PressReleaseDrafter().document(agreement, language: language).document)
                let mou = Self.mouAreaItems(try MoUDrafter().document(agreement, language: language).0)
                XCTAssertEqual(release.count, areas.count, "\(language) mask \(mask)")
                XCTAssertEqual(mou.count, areas.count, "\(language) mask \(mask)")
                for (index, area) in areas.enumerated() where index < min(release.count, mou.count) {
                    switch area {
                    case .standard(let standard):
                        XCTAssertEqual(release[index], press.coverage[standard], "\(language) \(area.id)")
                        let clause = mouLocale.areas[standard.rawValue]!.text
                        XCTAssertTrue(mou[index].hasPrefix(String(clause.prefix(12))), "\(language) \(area.id): \(mou[index])")
                    case .custom(_, let text):
                        XCTAssertTrue(release[index].hasSuffix(text[language]! + "."), "\(language) custom: \(release[index])")
                        XCTAssertTrue(mou[index].hasPrefix(text[language]!), "\(language) custom: \(mou[index])")
                    }
                }
            }
        }
    }

    func testAddingAndRemovingAnAreaChangesBoth() throws {
        var agreement = try PressReleaseExampleTests.loadExample().agreement
        let releaseBefore = Self.coverageItems(try PressReleaseDrafter().document(agreement, language: .tr).document)
        agreement.areas.removeAll { $0 == .standard(.training) }
        agreement.areas.append(Self.custom)
        let release = Self.coverageItems(try PressReleaseDrafter().document(agreement, language: .tr).document)
        let mou = Self.mouAreaItems(try MoUDrafter().document(agreement, language: .tr).0)
        XCTAssertEqual(releaseBefore.count, 5)
        XCTAssertEqual(release.count, 5)
        XCTAssertEqual(mou.count, 5)
        XCTAssertFalse(release.contains { $0.contains("eğitim programları") })
        XCTAssertEqual(release.last, "Ayrıca şu alanda iş birliği yapılacak: ortak fuarlara katılım.")
        XCTAssertTrue(mou.last?.hasPrefix("ortak fuarlara katılım") == true)
    }
}
