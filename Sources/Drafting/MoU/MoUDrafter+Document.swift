import AgreementModel
import DocumentModel
import Foundation
import Linguistics

/// How the language versions of a draft are put on the page.
public enum DraftLayout: String, Sendable, CaseIterable {
    /// Columns, one per language, aligned article by article (the default for 2–3 languages).
    case sideBySide = "side-by-side"
    /// Each version in full, one after another, each starting on a new page.
    case sequential
}

/// A drafted MoU: the laid-out document and what the user should look at (`mou: note: …`).
public struct Draft: Sendable, Equatable {
    public var document: Document
    public var notes: [String]
}

extension MoUDrafter {
    /// One language version as a document (rendered, then parsed as markup).
    public func document(_ agreement: Agreement, language: Language) throws -> (Document, [String]) {
        let version = try render(agreement, language: language)
        do {
            let document = try MarkupParser.parse(version.markup, source: version.origin + " (rendered)", language: language)
            return (document, version.notes)
        } catch let error as MarkupError {
            throw DraftingError.markup(origin: version.origin, message: error.description)
        }
    }

    /// Drafts the MoU in `languages` (in that order): one language alone, or two or three side
    /// by side or in sequence. Notes are the grammar's guesses and the layout's gaps.
    public func draft(_ agreement: Agreement, languages: [Language], layout: DraftLayout = .sideBySide) throws -> Draft {
        var documents: [Document] = []
        var notes: [String] = []
        for language in languages {
            let (document, versionNotes) = try document(agreement, language: language)
            documents.append(document)
            notes += versionNotes.map { "\(language.englishName) version: \($0)" }
        }
        var result: Document
        if documents.count == 1 {
            result = Layout.single(documents[0])
        } else {
            let laidOut = layout == .sideBySide ? Layout.sideBySide(documents) : Layout.sequential(documents)
            result = laidOut.document
            notes += laidOut.warnings
        }
        let titles = documents.map { document in
            document.blocks.lazy.compactMap { block -> String? in
                if case .title(let inlines) = block.content { return inlines.plainText }
                return nil
            }.first ?? ""
        }
        result.metadata.title = titles.first ?? ""
        result.metadata.subject = titles.dropFirst().joined(separator: " / ")
        result.metadata.languages = languages
        result.metadata.created = nil
        return Draft(document: result, notes: notes)
    }
}
