import AgreementModel
import DocumentModel
import Foundation
import Linguistics
import MoUResources

/// Writes the press release of a signing from the agreement and its `announcement:` section,
/// with the MoU drafter's engine (templates compiled once, values escaped, unknown names an
/// error) and `templates/press-release/<lang>.md` + `locales/<lang>/press.yaml`.
public struct PressReleaseDrafter: Sendable {
    public let store: ResourceStore
    public let engine: TemplateEngine

    public init(store: ResourceStore = .builtIn, engine: TemplateEngine = .shared) {
        self.store = store
        self.engine = engine
    }

    public static func templatePath(_ language: Language) -> String { "templates/press-release/\(language.rawValue).md" }

    /// Checks the announcement for `language` (all issues at once), then renders the markup.
    /// `source` names the agreement file in the error of a missing section.
    public func render(_ agreement: Agreement, language: Language, source: String = "the agreement file") throws -> RenderedVersion {
        let announcement = try agreement.requireAnnouncement(source: source)
        let issues = agreement.checkAnnouncement(languages: [language])
        if !issues.isEmpty { throw PressReleaseError.announcement(issues) }

        let template = try engine.template(Self.templatePath(language), from: store)
        let recorder = LookupRecorder()
        let (context, grammar) = try context(agreement, announcement: announcement, language: language, recorder: recorder)
        let markup = try template.renderStrictly(context, engine: engine, topLevelNames: PressReleaseContext.topLevelNames,
                                                 recorder: recorder)
        return RenderedVersion(language: language, markup: markup, origin: template.origin, notes: grammar.warnings)
    }

    /// The Stencil context of one language's release, with the grammar session under `grammar`.
    func context(_ agreement: Agreement, announcement: Announcement, language: Language,
                 recorder: LookupRecorder?) throws -> ([String: Any], GrammarSession) {
        let press = try LocaleCache.press.value(language, store: store, load: PressLocale.load)
        var context = PressReleaseContext.make(agreement, announcement: announcement, language: language,
                                               press: press, recorder: recorder)
        let grammar = try GrammarSession.forRender(language, store: store, parties: agreement.parties)
        context[GrammarSession.contextKey] = grammar
        return (context, grammar)
    }

    /// Every name the template uses, checked against the context before rendering.
    func checkNames(_ template: CompiledTemplate, context: [String: Any]) -> [TemplateProblem] {
        template.nameProblems(context, engine: engine, topLevelNames: PressReleaseContext.topLevelNames)
    }

    /// The release as a document, ready for any writer (DOCX, ODT, Markdown, HTML, text).
    public func document(_ agreement: Agreement, language: Language, source: String = "the agreement file") throws -> Draft {
        let version = try render(agreement, language: language, source: source)
        var document: Document
        do {
            document = try MarkupParser.parse(version.markup, source: version.origin + " (rendered)", language: language)
        } catch let error as MarkupError {
            throw DraftingError.markup(origin: version.origin, message: error.description)
        }
        let title = document.blocks.lazy.compactMap { block -> String? in
            if case .title(let inlines) = block.content { return inlines.plainText }
            return nil
        }.first ?? ""
        document.metadata.title = title
        document.metadata.subject = agreement.parties.compactMap { $0.short[language] }.joined(separator: " – ")
        document.metadata.languages = [language]
        document.metadata.created = nil
        return Draft(document: document, notes: version.notes.map { "\(language.englishName) release: \($0)" })
    }
}
