import Foundation
import Linguistics
import MoUResources
import Yams

/// What one language's grammar needs from its locale folder: `locales/<lang>/nouns.yaml`.
public struct GrammarData: Sendable, Equatable {
    public var nouns: NounLexicon
    /// Extra Turkish words with front suffixes despite back vowels (tr `front_harmony:`).
    public var frontHarmony: Set<String>

    public init(nouns: NounLexicon, frontHarmony: Set<String> = []) {
        self.nouns = nouns
        self.frontHarmony = frontHarmony
    }

    /// The relative path of a language's noun file.
    public static func path(for language: Language) -> String { "locales/\(language.rawValue)/nouns.yaml" }

    /// Loads `locales/<lang>/nouns.yaml` from the store (a user's folder first, then the
    /// built-in copy); a missing file gives an empty lexicon.
    public static func load(_ language: Language, from store: ResourceStore = .builtIn) throws -> GrammarData {
        guard let file = store.file(path(for: language)) else { return GrammarData(nouns: NounLexicon(language: language)) }
        return try parse(file.text, language: language, origin: file.origin)
    }

    /// Parses a noun file. Each entry is `word: {one: …, few: …, many: …, other: …, gender: m|f|n}`
    /// or, for Turkish, `word: word`; the key `front_harmony` holds a list of words.
    public static func parse(_ text: String, language: Language, origin: String) throws -> GrammarData {
        let root: Node?
        do {
            // Keys and forms are read as text: no regex tag resolution (see AgreementLoader).
            root = try Yams.compose(yaml: text, .basic)
        } catch {
            throw GrammarDataError(origin: origin, line: nil, column: nil, key: nil,
                                   message: "is not valid YAML (\(String(describing: error).replacingOccurrences(of: "\n", with: " ")))")
        }
        guard let root else { return GrammarData(nouns: NounLexicon(language: language)) }
        guard let mapping = root.mapping else {
            throw GrammarDataError(origin: origin, line: root.mark?.line, column: root.mark?.column, key: nil,
                                   message: "must be a mapping of nouns to their forms")
        }
        var entries: [String: NounForms] = [:]
        var front: Set<String> = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { continue }
            func fail(_ message: String, at node: Node? = nil) -> GrammarDataError {
                let mark = (node ?? value).mark ?? keyNode.mark
                return GrammarDataError(origin: origin, line: mark?.line, column: mark?.column, key: key, message: message)
            }
            if key == "front_harmony" {
                guard let list = value.sequence else { throw fail("must be a list of words, e.g. [saat, protokol]") }
                front.formUnion(list.compactMap { $0.string.map { CaseMapping.lowercased($0, language: .tr) } })
                continue
            }
            if let word = value.string {
                entries[key] = NounForms(one: word, other: word)
                continue
            }
            guard let forms = value.mapping else {
                throw fail("must be a word or a mapping such as {one: …, few: …, many: …, other: …}")
            }
            var byName: [String: String] = [:]
            for (formKey, formValue) in forms {
                guard let name = formKey.string, let form = formValue.string else { continue }
                guard ["one", "few", "many", "other", "gender"].contains(name) else {
                    throw fail("has an unknown key '\(name)'; use one, few, many, other, gender", at: formKey)
                }
                byName[name] = form
            }
            guard let other = byName["other"] ?? byName["many"] ?? byName["one"] else {
                throw fail("needs at least `other` (the form after a fraction: 1,5 миллиона)")
            }
            var gender: GrammaticalGender?
            if let code = byName["gender"] {
                guard let parsed = GrammaticalGender(code: code) else { throw fail("has gender '\(code)'; use m, f or n") }
                gender = parsed
            }
            if language == .ru, byName["one"] == nil || byName["few"] == nil || byName["many"] == nil {
                throw fail("needs the forms one, few and many (after 1, 2 and 5) as well as other")
            }
            entries[key] = NounForms(one: byName["one"], few: byName["few"], many: byName["many"], other: other, gender: gender)
        }
        return GrammarData(nouns: NounLexicon(language: language, entries: entries), frontHarmony: front)
    }
}

/// A noun file that cannot be used, with where and what to do, on one line.
public struct GrammarDataError: Error, CustomStringConvertible, Equatable {
    public var origin: String
    public var line: Int?
    public var column: Int?
    public var key: String?
    public var message: String

    public var description: String {
        var place = origin
        if let line { place += ":\(line)" + (column.map { ":\($0)" } ?? "") }
        return "\(place): " + (key.map { "noun '\($0)' " } ?? "") + message
    }
}
