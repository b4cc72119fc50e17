import AgreementModel
import Linguistics
import MoUResources
import Yams

/// One language's `locales/<lang>/press.yaml`: the sentence each standard area of cooperation
/// becomes in the release, the lead-in for a custom area, and the scale words of cited figures.
public struct PressLocale: Sendable {
    public var coverage: [StandardArea: String]
    public var customLeadIn: String
    public var scale: [FigureScale: String]
    /// Whether titles are written in lower case mid-sentence (Russian: «… сообщил генеральный
    /// директор»), as `titlesMidSentence: lower` says; otherwise as written (`as-written`).
    public var lowercaseTitlesMidSentence: Bool

    /// Parses the file's text; `origin` names it in errors.
    public init(yaml: String, origin: String, language: Language) throws {
        let root: Any?
        do {
            root = try Yams.load(yaml: yaml)
        } catch {
            throw PressReleaseError.locale(origin: origin, message: "not valid YAML — \(error)")
        }
        guard let map = root as? [String: Any] else {
            throw PressReleaseError.locale(origin: origin, message: "expected a mapping with coverage, customLeadIn and scale")
        }
        let coverageMap = map["coverage"] as? [String: Any] ?? [:]
        var coverage: [StandardArea: String] = [:]
        for area in StandardArea.allCases {
            guard let sentence = coverageMap[area.rawValue] as? String, !sentence.isEmpty else {
                throw PressReleaseError.locale(origin: origin, message:
                    "coverage.\(area.rawValue): missing — add the \(language.englishName) sentence for this area")
            }
            coverage[area] = sentence
        }
        guard let leadIn = map["customLeadIn"] as? String else {
            throw PressReleaseError.locale(origin: origin, message: "customLeadIn: missing — add the lead-in for custom areas")
        }
        let scaleMap = map["scale"] as? [String: Any] ?? [:]
        var scale: [FigureScale: String] = [:]
        for s in FigureScale.allCases {
            guard let word = scaleMap[s.rawValue] as? String else {
                throw PressReleaseError.locale(origin: origin, message: "scale.\(s.rawValue): missing — add the \(language.englishName) word")
            }
            scale[s] = word
        }
        switch map["titlesMidSentence"] as? String ?? "as-written" {
        case "lower": lowercaseTitlesMidSentence = true
        case "as-written": lowercaseTitlesMidSentence = false
        case let other:
            throw PressReleaseError.locale(origin: origin, message: "titlesMidSentence: '\(other)' — write lower or as-written")
        }
        self.coverage = coverage
        self.customLeadIn = leadIn
        self.scale = scale
    }

    /// A title as it stands inside a sentence: with a lower-case first letter when the language
    /// writes titles so, unless the first word is an abbreviation (`АО «Корпорация МСП»`).
    public func midSentence(_ title: String, _ language: Language) -> String {
        guard lowercaseTitlesMidSentence, let first = title.first else { return title }
        let firstWord = title.prefix { !$0.isWhitespace }
        if firstWord.count > 1, firstWord.dropFirst().contains(where: \.isUppercase) { return title }
        return String(first).lowercased(with: language.locale) + title.dropFirst()
    }

    /// Loads `locales/<lang>/press.yaml` from the store (a `--templates DIR` copy first, else built-in).
    public static func load(_ language: Language, from store: ResourceStore) throws -> PressLocale {
        let path = "locales/\(language.rawValue)/press.yaml"
        guard let (text, origin) = store.file(path) else {
            throw PressReleaseError.locale(origin: path, message: "not found — the \(language.englishName) press release needs it")
        }
        return try PressLocale(yaml: text, origin: origin, language: language)
    }
}

/// What can stop a press release from being written, each in one line that says what to do.
public enum PressReleaseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A locale file is missing or malformed.
    case locale(origin: String, message: String)
    /// The announcement lacks what the requested languages need (all issues at once).
    case announcement([AnnouncementIssue])

    public var description: String {
        switch self {
        case .locale(let origin, let message): "\(origin): \(message)"
        case .announcement(let issues): issues.map(\.description).joined(separator: "; ")
        }
    }
}
