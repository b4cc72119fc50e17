import Foundation
import Linguistics
import MoUResources

/// Locale files parsed once per process, keyed by where they came from (an office's folder or
/// the built-in files) and their language: parsing YAML on every render would dominate a batch.
final class LocaleCache<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Value] = [:]

    func value(_ language: Language, store: ResourceStore,
               load: (Language, ResourceStore) throws -> Value) throws -> Value {
        let key = (store.overrideRoot?.path ?? "") + "\u{0}" + language.rawValue
        lock.lock()
        if let cached = values[key] { lock.unlock(); return cached }
        lock.unlock()
        let value = try load(language, store)
        lock.lock(); values[key] = value; lock.unlock()
        return value
    }
}

extension LocaleCache where Value == MoULocale {
    /// `locales/<lang>/{labels,areas}.yaml`.
    static let mou = LocaleCache<MoULocale>()
}

extension LocaleCache where Value == PressLocale {
    /// `locales/<lang>/press.yaml`.
    static let press = LocaleCache<PressLocale>()
}

extension LocaleCache where Value == GrammarData {
    /// `locales/<lang>/nouns.yaml`.
    static let grammar = LocaleCache<GrammarData>()
}
