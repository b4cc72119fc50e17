import AgreementModel
import Foundation
import Linguistics
import MoUResources

/// One language version rendered to markup, before parsing.
public struct RenderedVersion: Sendable, Equatable {
    public var language: Language
    /// The markup text (Stencil output) of `templates/mou/<lang>.md`.
    public var markup: String
    /// The template's origin (a path or `built-in:templates/mou/tr.md`), for messages.
    public var origin: String
    /// Warnings to show as `mou: note: …` (grammar guesses).
    public var notes: [String]
}

/// Drafts an MoU from an agreement: per language, the template `templates/mou/<lang>.md` is
/// filled with the context of `MoUContext` and the locale of `locales/<lang>/`. Templates and
/// locales are loaded once per process (see `TemplateEngine`).
public struct MoUDrafter: Sendable {
    public let store: ResourceStore
    public let engine: TemplateEngine

    public init(store: ResourceStore = .builtIn, engine: TemplateEngine = .shared) {
        self.store = store
        self.engine = engine
    }

    public static func templatePath(_ language: Language) -> String { "templates/mou/\(language.rawValue).md" }

    /// The locale of one language, loaded once per store and language.
    public func locale(_ language: Language) throws -> MoULocale {
        try LocaleCache.mou.value(language, store: store, load: MoULocale.load)
    }

    /// Renders one language version; unknown names fail with the template, line and name.
    public func render(_ agreement: Agreement, language: Language) throws -> RenderedVersion {
        let template = try engine.template(Self.templatePath(language), from: store)
        let recorder = LookupRecorder()
        let (context, grammar) = try context(agreement, language: language, recorder: recorder)
        let markup = try template.renderStrictly(context, engine: engine, topLevelNames: MoUContext.topLevelNames,
                                                 recorder: recorder)
        return RenderedVersion(language: language, markup: markup, origin: template.origin,
                               notes: grammar.warnings)
    }

    /// The Stencil context of one language version, with the grammar session under `grammar`.
    func context(_ agreement: Agreement, language: Language,
                 recorder: LookupRecorder?) throws -> ([String: Any], GrammarSession) {
        let locale = try locale(language)
        var context = MoUContext.make(agreement, language: language, locale: locale, recorder: recorder)
        let grammar = try GrammarSession.forRender(language, store: store, parties: agreement.parties)
        context[GrammarSession.contextKey] = grammar
        return (context, grammar)
    }

    /// Every name the template uses, checked against the context before rendering.
    func checkNames(_ template: CompiledTemplate, context: [String: Any]) -> [TemplateProblem] {
        template.nameProblems(context, engine: engine, topLevelNames: MoUContext.topLevelNames)
    }
}
