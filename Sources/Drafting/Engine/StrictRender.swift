import AgreementModel
import Foundation
import Linguistics
import MoUResources

extension CompiledTemplate {
    /// Renders with no silent holes: every name the template uses is checked against the context
    /// first, and any lookup the context objects could not answer while rendering (recorded by
    /// `recorder`) fails the render, naming template, line and variable. Every document kind
    /// (MoU, press release) renders through here.
    func renderStrictly(_ context: [String: Any], engine: TemplateEngine, topLevelNames: Set<String>,
                        recorder: LookupRecorder) throws -> String {
        let problems = nameProblems(context, engine: engine, topLevelNames: topLevelNames)
        if !problems.isEmpty { throw DraftingError.template(problems) }
        let markup = try render(context)
        let unknown = recorder.unknownPaths
        if !unknown.isEmpty {
            throw DraftingError.template(unknown.map {
                TemplateProblem(origin: origin, line: line(mentioning: $0),
                                message: "unknown variable '\($0)' — the agreement has no such value")
            })
        }
        return markup
    }

    /// Every name the template uses that the context does not have (also what `templates check`
    /// reports).
    func nameProblems(_ context: [String: Any], engine: TemplateEngine, topLevelNames: Set<String>) -> [TemplateProblem] {
        VariableChecker(engine: engine, template: self, context: context, topLevelNames: topLevelNames).problems()
    }
}

extension GrammarSession {
    /// The session of one render: the language's noun lexicon and harmony exceptions (parsed once
    /// per process) and how Turkish reads each party's short name.
    static func forRender(_ language: Language, store: ResourceStore, parties: [Party]) throws -> GrammarSession {
        let data = try LocaleCache.grammar.value(language, store: store, load: GrammarData.load)
        return GrammarSession(language: language, nouns: data.nouns, frontHarmony: data.frontHarmony,
                              readings: readings(of: parties))
    }
}
