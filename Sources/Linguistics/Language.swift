import Foundation

/// A language MoUKit writes and reads. Adding one means adding its locale and template files,
/// plus grammar code only where its morphology needs it.
public enum Language: String, Codable, CodingKeyRepresentable, Sendable, CaseIterable, Hashable, Comparable {
    case tr, ru, en

    /// The BCP 47 tag with region, as office formats want it (`w:lang`, `fo:language`/`fo:country`).
    public var regionTag: String {
        switch self {
        case .tr: "tr-TR"
        case .ru: "ru-RU"
        case .en: "en-GB"
        }
    }

    /// The Foundation locale for case mapping, collation and dates.
    public var locale: Locale { Locale(identifier: regionTag.replacingOccurrences(of: "-", with: "_")) }

    /// The language's name in English, for messages.
    public var englishName: String {
        switch self {
        case .tr: "Turkish"
        case .ru: "Russian"
        case .en: "English"
        }
    }

    /// Parses a code such as `tr`, `RU`, `en-GB`; nil when unknown.
    public init?(code: String) {
        let base = code.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        self.init(rawValue: base)
    }

    public static func < (lhs: Language, rhs: Language) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Text in several languages, such as a party's name. Missing languages are simply absent.
public typealias Localized<Value> = [Language: Value]
