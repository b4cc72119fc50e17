import DocumentModel
import Foundation
import Linguistics

/// Whether what a template renders to is valid markup, reported against the template.
enum MarkupCheck {
    static func problem(in markup: String, origin: String, language: Language) -> TemplateProblem? {
        do {
            _ = try MarkupParser.parse(markup, source: origin + " (rendered)", language: language)
            return nil
        } catch let error as MarkupError {
            return TemplateProblem(origin: origin, line: 0, message: "renders to invalid markup: \(error.description)")
        } catch {
            return TemplateProblem(origin: origin, line: 0, message: "renders to invalid markup: \(error)")
        }
    }
}
