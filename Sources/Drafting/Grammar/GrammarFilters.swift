import Foundation
import Linguistics
import Stencil

/// The grammar filters templates use (documented with examples in docs/grammar-filters.md).
/// Every filter reads the render's `GrammarSession` from the context key `grammar`; without
/// one it falls back to the language named by the context key `language` (default Turkish)
/// and cannot report warnings. No filter throws on a value it does not understand: it
/// prints the value as given and records a warning.
public enum GrammarFilters {
    /// Every filter name registered by `register(in:)`.
    public static let names: [String] = TurkishCase.allCases.map { "tr_" + $0.rawValue }
        + ["tr_locative_ki", "tr_genitive_ki", "tr_case", "spell", "number", "ordinal", "date", "date_numeric",
           "count", "noun_for", "by_gender", "upper", "lower", "capitalize"]

    public static func register(in ext: Extension) {
        for (name, function) in functions { ext.registerFilter(name, filter: function) }
    }

    /// Every grammar filter by name, as registered with Stencil and as the engine's own
    /// variable node calls them (`FastExpression`).
    static var functions: [(name: String, function: FilterFunction)] {
        var list: [(name: String, function: FilterFunction)] = []
        func add(_ name: String, _ function: @escaping FilterFunction) { list.append((name, function)) }
        for grammaticalCase in TurkishCase.allCases {
            add("tr_" + grammaticalCase.rawValue) { value, _, context in
                session(context).inflect(GrammarValues.text(value), case: grammaticalCase)
            }
        }
        add("tr_locative_ki") { value, _, context in
            session(context).inflect(GrammarValues.text(value), case: .locative, relative: true)
        }
        add("tr_genitive_ki") { value, _, context in
            session(context).inflect(GrammarValues.text(value), case: .genitive, relative: true)
        }
        add("tr_case") { value, arguments, context in
            let session = session(context)
            let name = GrammarValues.text(arguments.first ?? nil).lowercased()
            let relative = name.hasSuffix("_ki")
            let caseName = relative ? String(name.dropLast(3)) : name
            guard let grammaticalCase = TurkishCase(rawValue: caseName) else {
                session.warn("tr_case:\"\(name)\" is not a case; use one of \(TurkishCase.allCases.map(\.rawValue).joined(separator: ", ")) (or locative_ki, genitive_ki).")
                return GrammarValues.text(value)
            }
            return session.inflect(GrammarValues.text(value), case: grammaticalCase, relative: relative)
        }
        add("spell") { value, arguments, context in
            let session = session(context)
            // Arguments: a language code ("ru") and/or a Russian gender ("f": одна, две).
            let language = arguments.lazy.compactMap { GrammarValues.language($0) }.first ?? session.language
            let gender = arguments.lazy.compactMap { ($0 as? String).flatMap(GrammaticalGender.init(code:)) }.first ?? .masculine
            guard let number = GrammarValues.number(value, language: language) else {
                return unchanged(value, "spell", "is not a number", session)
            }
            return Grammar.spellOut(number, language: language, gender: gender)
        }
        add("number") { value, arguments, context in
            let session = session(context)
            guard let number = GrammarValues.number(value, language: session.language) else {
                return unchanged(value, "number", "is not a number", session)
            }
            var digits: Int?
            if let argument = arguments.first ?? nil {
                digits = GrammarValues.number(argument, language: .en)?.intValue
                if digits == nil { session.warn("number:\(GrammarValues.text(argument)) — the argument is the count of fraction digits, e.g. number:2.") }
            }
            return Grammar.formatNumber(number, language: session.language, fractionDigits: digits)
        }
        add("ordinal") { value, arguments, context in
            let session = session(context)
            guard let number = GrammarValues.number(value, language: session.language) else {
                return unchanged(value, "ordinal", "is not a number", session)
            }
            let options = arguments.map { GrammarValues.text($0) }
            let style: Grammar.OrdinalStyle = options.contains("words") ? .words : .digits
            let gender = options.lazy.compactMap { $0 == "words" ? nil : GrammaticalGender(code: $0) }.first ?? .masculine
            let result = Grammar.ordinal(number, language: session.language, style: style, gender: gender)
            session.warn(result.notes)
            return result.text
        }
        add("date") { value, arguments, context in
            formatDate(value, arguments, context, style: .long, name: "date")
        }
        add("date_numeric") { value, arguments, context in
            formatDate(value, arguments, context, style: .numeric, name: "date_numeric")
        }
        add("count") { value, arguments, context in
            let session = session(context)
            guard let noun = arguments.first.flatMap({ $0 }).map(GrammarValues.text), !noun.isEmpty else {
                session.warn("count needs the noun, e.g. count:\"меморандум\".")
                return GrammarValues.text(value)
            }
            guard let number = GrammarValues.number(value, language: session.language) else {
                return unchanged(value, "count", "is not a number", session) + " " + noun
            }
            let spelled = arguments.count > 1 && GrammarValues.text(arguments[1]) == "words"
            return Grammar.count(number, forms: session.forms(for: noun), language: session.language, spelled: spelled)
        }
        add("noun_for") { value, arguments, context in
            let session = session(context)
            guard let noun = arguments.first.flatMap({ $0 }).map(GrammarValues.text), !noun.isEmpty else {
                session.warn("noun_for needs the noun, e.g. noun_for:\"меморандум\".")
                return ""
            }
            let forms = session.forms(for: noun)
            guard let number = GrammarValues.number(value, language: session.language) else {
                session.warn("noun_for: '\(GrammarValues.text(value))' is not a number; the form after 5 is used.")
                return Grammar.nounForm(for: DecimalNumber(5), forms: forms, language: session.language)
            }
            return Grammar.nounForm(for: number, forms: forms, language: session.language)
        }
        add("by_gender") { value, arguments, context in
            let session = session(context)
            let masculine = GrammarValues.text(arguments.first ?? nil)
            let feminine = arguments.count > 1 ? GrammarValues.text(arguments[1]) : masculine
            guard let gender = GrammarValues.gender(value) else {
                session.warn("by_gender: '\(GrammarValues.text(value))' is not male or female; wrote \(masculine)/\(feminine) — set the person's gender.")
                return masculine == feminine ? masculine : "\(masculine)/\(feminine)"
            }
            return Russian.agree(gender, masculine: masculine, feminine: feminine)
        }
        add("upper") { value, _, context in
            Grammar.uppercased(GrammarValues.text(value), language: session(context).language)
        }
        add("lower") { value, _, context in
            Grammar.lowercased(GrammarValues.text(value), language: session(context).language)
        }
        add("capitalize") { value, _, context in
            CaseMapping.capitalizedFirst(GrammarValues.text(value), language: session(context).language)
        }
        return list
    }

    /// The render's session, or a throwaway one for the context's `language`.
    static func session(_ context: Context) -> GrammarSession {
        if let session = context[GrammarSession.contextKey] as? GrammarSession { return session }
        let language = GrammarValues.language(context["language"]) ?? .tr
        return GrammarSession(language: language)
    }

    static func unchanged(_ value: Any?, _ filter: String, _ problem: String, _ session: GrammarSession) -> String {
        let text = GrammarValues.text(value)
        session.warn("\(filter): '\(text)' \(problem); printed as given.")
        return text
    }

    static func formatDate(_ value: Any?, _ arguments: [Any?], _ context: Context, style: DateStyle, name: String) -> String {
        let session = session(context)
        let language = GrammarValues.language(arguments.first ?? nil) ?? session.language
        guard let date = GrammarValues.date(value) else {
            return unchanged(value, name, "is not a date (write it as YYYY-MM-DD)", session)
        }
        return Grammar.date(date, language: language, style: style)
    }
}

extension GrammarFilters {
    /// Renders a template string with the grammar filters and `session` in the context: for
    /// one-off texts (a press-release line, a test) that need no template files.
    public static func render(_ template: String, context: [String: Any] = [:], session: GrammarSession) throws -> String {
        let ext = Extension()
        register(in: ext)
        let environment = Environment(extensions: [ext])
        var full = context
        full[GrammarSession.contextKey] = session
        return try environment.renderTemplate(string: template, context: full)
    }
}
