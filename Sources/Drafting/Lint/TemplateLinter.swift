import AgreementModel
import Foundation
import Linguistics
import MoUResources
import Stencil

/// `mou templates check`: what Stencil does not catch in a template before it reaches a user —
/// syntax errors (with file:line), unclosed tags it silently cuts, unknown variables and filters,
/// markup errors in what the template renders to, and block ids that differ between the
/// languages of one kind (they align the columns and name the clauses in reviews).
public struct TemplateLinter: Sendable {
    public let engine: TemplateEngine

    public init(engine: TemplateEngine = .shared) {
        self.engine = engine
    }

    /// Checks the MoU templates of `languages` in the store against the context of
    /// `SampleAgreement.full` (every optional value present). Sorted by origin and line.
    public func checkMoU(store: ResourceStore, languages: [Language] = Language.allCases) -> [TemplateProblem] {
        let drafter = MoUDrafter(store: store, engine: engine)
        return check(store: store, languages: languages, kind: "template",
                     path: MoUDrafter.templatePath,
                     context: { try drafter.context(SampleAgreement.full, language: $0, recorder: nil).0 },
                     nameProblems: drafter.checkNames,
                     render: { try drafter.render(SampleAgreement.full, language: $0) })
    }

    /// The checks every document kind's templates get: present in each language, tags closed,
    /// every name and filter known to the kind's context, the rendered sample valid markup,
    /// and the same block ids in every language. Sorted by origin and line.
    func check(store: ResourceStore, languages: [Language], kind: String,
               path: (Language) -> String,
               context: (Language) throws -> [String: Any],
               nameProblems: (CompiledTemplate, [String: Any]) -> [TemplateProblem],
               render: (Language) throws -> RenderedVersion) -> [TemplateProblem] {
        var problems: [TemplateProblem] = []
        var ids: [(Language, String, [(id: String, line: Int)])] = []
        for language in languages {
            let path = path(language)
            guard let (text, origin) = store.file(path) else {
                problems.append(TemplateProblem(origin: path, line: 0, message: "missing — every language needs its \(kind)"))
                continue
            }
            let template = engine.template(text: text, origin: origin, relativePath: path)
            ids.append((language, origin, Self.blockIDs(text)))
            problems += unclosedTags(template)
            do {
                let found = nameProblems(template, try context(language))
                problems += found
                // Stencil stops at its first error; the name check has usually said it already.
                if let parseProblem = template.parseProblem, !found.contains(where: { $0.line == parseProblem.line }) {
                    problems.append(parseProblem)
                }
                guard found.isEmpty, template.parseProblem == nil, template.unclosed.isEmpty else { continue }
                let version = try render(language)
                if let problem = MarkupCheck.problem(in: version.markup, origin: origin, language: language) {
                    problems.append(problem)
                }
            } catch {
                problems += Self.problems(from: error, origin: origin)
            }
        }
        problems += idDifferences(ids)
        return problems.sorted { ($0.origin, $0.line) < ($1.origin, $1.line) }
    }

    /// Syntax and filters only, for template kinds whose context this module does not build.
    public func checkSyntax(store: ResourceStore, relativePath: String) -> [TemplateProblem] {
        guard let (text, origin) = store.file(relativePath) else {
            return [TemplateProblem(origin: relativePath, line: 0, message: "missing")]
        }
        let template = engine.template(text: text, origin: origin, relativePath: relativePath)
        return unclosedTags(template) + (template.parseProblem.map { [$0] } ?? [])
    }

    /// Stencil drops everything after a `{{ name` that has no `}}`, silently: found by scanning.
    func unclosedTags(_ template: CompiledTemplate) -> [TemplateProblem] {
        template.unclosed.map { tag in
            let closer = tag.opener == "{{" ? "}}" : tag.opener == "{%" ? "%}" : "#}"
            return TemplateProblem(origin: template.origin, line: tag.line,
                message: "'\(tag.opener)' is not closed on its line — add '\(closer)' (Stencil would swallow or drop the text after it)")
        }
    }

    /// Every language of one kind must have the same block ids in the same order.
    func idDifferences(_ versions: [(Language, String, [(id: String, line: Int)])]) -> [TemplateProblem] {
        guard let (firstLanguage, _, referenceIDs) = versions.first else { return [] }
        let reference = referenceIDs.map(\.id)
        var problems: [TemplateProblem] = []
        for (language, origin, found) in versions.dropFirst() {
            let ids = found.map(\.id)
            for id in reference where !ids.contains(id) {
                problems.append(TemplateProblem(origin: origin, line: 0,
                    message: "no block '{#\(id)}' — the \(firstLanguage.englishName) template has one; give the \(language.englishName) text the same ids"))
            }
            for (id, line) in found where !reference.contains(id) {
                problems.append(TemplateProblem(origin: origin, line: line,
                    message: "block '{#\(id)}' is not in the \(firstLanguage.englishName) template — use the same ids in every language"))
            }
            if Set(ids) == Set(reference), ids != reference {
                problems.append(TemplateProblem(origin: origin, line: 0,
                    message: "the block ids come in another order than in the \(firstLanguage.englishName) template (\(ids.joined(separator: ", ")))"))
            }
        }
        return problems
    }

    /// The ids the template gives its headings (`## … {#costs}`), in order. Ids are written
    /// in the template, never filled in, so they can be read without rendering.
    static func blockIDs(_ text: String) -> [(id: String, line: Int)] {
        var ids: [(id: String, line: Int)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.hasPrefix("#") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasSuffix("}"), let open = trimmed.range(of: "{#", options: .backwards) else { continue }
            ids.append((String(trimmed[open.upperBound..<trimmed.index(before: trimmed.endIndex)]), index + 1))
        }
        return ids
    }

    static func problems(from error: Error, origin: String) -> [TemplateProblem] {
        if let drafting = error as? DraftingError {
            if case .template(let problems) = drafting { return problems }
            return [TemplateProblem(origin: origin, line: 0, message: drafting.description)]
        }
        return [TemplateEngine.problem(from: error, origin: origin)]
    }
}
