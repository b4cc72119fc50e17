import AgreementModel
import Foundation
import Linguistics
import MoUResources
import Yams

/// What one language knows for drafting an MoU: `locales/<lang>/labels.yaml` (headings, quotes,
/// wording pieces, the names of the language versions) and `locales/<lang>/areas.yaml` (each
/// standard area's name and sub-clause). Adding a language is adding these files.
public struct MoULocale: @unchecked Sendable {
    public let language: Language
    /// The labels tree as YAML gave it (strings, numbers, nested mappings).
    public let labels: [String: Any]
    public let labelsOrigin: String
    /// Wording of the standard areas by id (`training`).
    public let areas: [String: AreaWording]
    public let areasOrigin: String

    public struct AreaWording: Sendable, Equatable {
        public var name: String
        public var text: String
    }

    /// Loads both files from the store (an override folder first, then the built-in copies).
    public static func load(_ language: Language, from store: ResourceStore) throws -> MoULocale {
        let labelsPath = "locales/\(language.rawValue)/labels.yaml"
        let areasPath = "locales/\(language.rawValue)/areas.yaml"
        let (labels, labelsOrigin) = try mapping(labelsPath, store)
        let (areaTree, areasOrigin) = try mapping(areasPath, store)
        var areas: [String: AreaWording] = [:]
        for (id, value) in areaTree {
            guard let entry = value as? [String: Any], let name = entry["name"] as? String,
                  let text = entry["text"] as? String else {
                throw DraftingError.badLocale(origin: areasOrigin,
                    message: "area '\(id)' needs a 'name' and a 'text' (strings)")
            }
            areas[id] = AreaWording(name: name, text: text)
        }
        for area in StandardArea.allCases where areas[area.rawValue] == nil {
            throw DraftingError.badLocale(origin: areasOrigin,
                message: "no wording for the standard area '\(area.rawValue)' — add '\(area.rawValue): {name: …, text: …}'")
        }
        let locale = MoULocale(language: language, labels: labels, labelsOrigin: labelsOrigin,
                               areas: areas, areasOrigin: areasOrigin)
        for code in Language.allCases where locale.languageName(code) == nil {
            throw DraftingError.badLocale(origin: labelsOrigin,
                message: "no name for the \(code.englishName) version — add 'languageNames: {\(code.rawValue): {name: …}}'")
        }
        return locale
    }

    private static func mapping(_ path: String, _ store: ResourceStore) throws -> ([String: Any], String) {
        guard let (text, origin) = store.file(path) else { throw DraftingError.missingResource(path) }
        let tree: Any?
        do {
            tree = try PlainYAML.load(yaml: text)
        } catch let error as YamlError {
            throw DraftingError.badLocale(origin: origin, message: "not valid YAML: \(String(describing: error).split(separator: "\n").first ?? "")")
        }
        guard let mapping = tree as? [String: Any] else {
            throw DraftingError.badLocale(origin: origin, message: "expected a mapping of keys at the top level")
        }
        return (mapping, origin)
    }

    /// How this language names a language version in the final clauses (`İngilizce`, `английском`).
    public func languageName(_ code: Language) -> String? {
        ((labels["languageNames"] as? [String: Any])?[code.rawValue] as? [String: Any])?["name"] as? String
    }

    /// Joins words as this language lists them: "Türkçe, Rusça ve İngilizce".
    public func list(_ words: [String]) -> String {
        let list = labels["list"] as? [String: Any]
        let separator = list?["separator"] as? String ?? ", "
        let last = list?["last"] as? String ?? ", "
        guard words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: separator) + last + words[words.count - 1]
    }
}
