import AgreementModel
import Foundation
import Linguistics
import MoUResources

/// The grammar state of one render: its language, the nouns it can count, how each party's
/// abbreviation is read, and the warnings collected on the way. The drafting engine puts it
/// in the Stencil context under `grammar`; the filters read it from there.
///
/// A class, because filters append warnings while a template renders and the caller reads
/// them afterwards; one session belongs to one render on one thread.
public final class GrammarSession {
    /// The context key the filters look the session up by.
    public static let contextKey = "grammar"

    public let language: Language
    public var nouns: NounLexicon
    public var frontHarmony: Set<String>
    /// Known readings by abbreviation (`RSMB: .letters`), from the agreement's parties.
    public var readings: [String: AbbreviationReading]
    /// One line per guess or fallback, in order, without repeats.
    public private(set) var warnings: [String] = []

    public init(language: Language, nouns: NounLexicon? = nil, frontHarmony: Set<String> = [],
                readings: [String: AbbreviationReading] = [:]) {
        self.language = language
        self.nouns = nouns ?? NounLexicon(language: language)
        self.frontHarmony = frontHarmony
        self.readings = readings
    }

    /// A session with the language's noun file loaded from `store`.
    public convenience init(language: Language, store: ResourceStore,
                            readings: [String: AbbreviationReading] = [:]) throws {
        let data = try GrammarData.load(language, from: store)
        self.init(language: language, nouns: data.nouns, frontHarmony: data.frontHarmony, readings: readings)
    }

    /// The readings the parties declare, under each of their short names in every language
    /// (parties without a `reading` are left out, so their abbreviations are guessed and warned).
    public static func readings(of parties: [Party]) -> [String: AbbreviationReading] {
        var readings: [String: AbbreviationReading] = [:]
        for party in parties {
            guard let reading = party.reading else { continue }
            for short in party.short.values { readings[short] = reading }
        }
        return readings
    }

    public func warn(_ message: String) {
        if !warnings.contains(message) { warnings.append(message) }
    }

    func warn(_ notes: [String]) { notes.forEach(warn) }

    /// The reading recorded for an abbreviation, ignoring case.
    public func reading(for abbreviation: String) -> AbbreviationReading? {
        if let exact = readings[abbreviation] { return exact }
        let upper = CaseMapping.uppercased(abbreviation, language: .tr)
        return readings.first { CaseMapping.uppercased($0.key, language: .tr) == upper }?.value
    }

    /// Turkish case form, using the recorded reading of the last word when it is a known abbreviation.
    public func inflect(_ text: String, case grammaticalCase: TurkishCase, relative: Bool = false) -> String {
        let last = text.split(separator: " ").last.map(String.init) ?? text
        let result = Turkish.inflect(text, case: grammaticalCase, relative: relative,
                                     reading: reading(for: last), frontHarmony: frontHarmony)
        warn(result.notes)
        return result.text
    }

    /// The noun forms for a word, or the best guess with a warning.
    public func forms(for noun: String) -> NounForms {
        if let forms = nouns.forms(for: noun) { return forms }
        let guess = Grammar.unknownNounForms(noun, language: language)
        warn(guess.note)
        return guess.forms
    }
}
