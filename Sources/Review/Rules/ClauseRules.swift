import Foundation
import Linguistics
import MoUResources
import Yams

/// The clauses a review looks for, in report order. Areas first (they are what `--require`
/// usually names), then the frame of an MoU.
public enum ClauseID {
    public static let areas = ["information-sharing", "technical-commercial-cooperation", "training",
                               "expert-exchange", "trade-trips"]
    public static let all = ["parties", "purpose"] + areas + ["costs", "confidentiality", "non-binding", "amendments",
                             "dispute-settlement", "entry-into-force", "duration-termination",
                             "languages-authentic", "signatures"]
    public static let defaultRequired = ["information-sharing", "training", "expert-exchange", "trade-trips"]
}

/// A pattern as a lawyer writes it: a list of stems that must all occur in one sentence. A stem
/// matches any word that starts with it ("eğitim" matches "eğitimlerin"); a stem written
/// `=word` matches that word only; `*part` matches a word containing it (Turkish negation
/// sits inside the verb: yapıl*mayacak*tır); a stem with spaces is a phrase of consecutive stems.
struct Pattern: Sendable {
    /// Each term is a phrase of stem ids (one id for a single stem); all terms must occur.
    let terms: [[Int32]]

    init(_ raw: [String], _ language: Language, _ index: inout StemIndex) {
        terms = raw.map { stem in stem.split(separator: " ").map { index.id($0, language) } }
    }

    @inline(__always)
    func matches(_ s: SentenceStems) -> Bool {
        for term in terms {
            if term.count == 1 { if !s.has(term[0]) { return false } } else if !s.hasPhrase(term) { return false }
        }
        return !terms.isEmpty
    }
}

extension Pattern {
    /// Whether the line opens with the pattern's first stem or closes with its last: "For the
    /// Ministry of …", "… Bakanlığı Adına", not "support for trade fairs".
    func endsLine(_ s: SentenceStems, _ words: Range<Int>) -> Bool {
        guard let first = words.first, let last = words.last, let opening = terms.first?.first,
              let closing = terms.last?.last else { return false }
        return s.hits.contains { ($0.word == Int32(first) && $0.stem == opening) || ($0.word == Int32(last) && $0.stem == closing) }
    }
}

/// How one language recognises one clause.
struct ClauseRule: Sendable {
    let id: String
    let match: [Pattern]
    /// Alternatives counted only in short blocks (signature lines: "For KOSGEB", "adına").
    let short: [Pattern]
    /// A sentence matching one of these is not evidence ("shall not organise training").
    let unless: [Pattern]
    /// Whether the language's general negations and background markers disqualify a sentence.
    let negatable: Bool
    /// Whether a sentence before the first article (preamble, title) may be evidence.
    let preamble: Bool
    /// An article heading matching one of these ("Confidentiality", "Гизлилик") makes the first
    /// sentence of the article's body evidence, whatever its wording.
    let heading: [Pattern]
}

/// Which rules a stem can start a match for: a pattern matches only where its first stem
/// occurs, so a sentence's stems name the few rules worth reading (as bit sets over rules).
struct RuleIndex: Sendable {
    /// Per stem id: the rules with a `match` (`short`) pattern starting with it.
    let byFirstStem: [UInt64]
    let shortByFirstStem: [UInt64]
    let headingByFirstStem: [UInt64]
    /// Rules with a pattern whose first term has no stem: never ruled out this way.
    let always: UInt64
    let shortAlways: UInt64
    let headingAlways: UInt64

    /// The rules whose patterns (`match`, `short` or `heading`) can match a sentence with
    /// these stems.
    @inline(__always)
    static func candidates(_ table: [UInt64], _ always: UInt64, _ stems: SentenceStems) -> UInt64 {
        var rules = always
        for hit in stems.hits { rules |= table[Int(hit.stem)] }
        return rules
    }

    init(_ clauses: [ClauseRule], stems: Int) {
        precondition(clauses.count <= 64, "at most 64 clause rules per language")
        var byFirst = [UInt64](repeating: 0, count: stems), shortByFirst = byFirst, headingByFirst = byFirst
        var always: UInt64 = 0, shortAlways: UInt64 = 0, headingAlways: UInt64 = 0
        for (r, rule) in clauses.enumerated() {
            for p in rule.heading where !p.terms.isEmpty {
                if let id = p.terms[0].first { headingByFirst[Int(id)] |= 1 << UInt64(r) } else { headingAlways |= 1 << UInt64(r) }
            }
            for p in rule.match where !p.terms.isEmpty {
                if let id = p.terms[0].first { byFirst[Int(id)] |= 1 << UInt64(r) } else { always |= 1 << UInt64(r) }
            }
            for p in rule.short where !p.terms.isEmpty {
                if let id = p.terms[0].first { shortByFirst[Int(id)] |= 1 << UInt64(r) } else { shortAlways |= 1 << UInt64(r) }
            }
        }
        byFirstStem = byFirst
        shortByFirstStem = shortByFirst
        headingByFirstStem = headingByFirst
        self.headingAlways = headingAlways
        self.always = always
        self.shortAlways = shortAlways
    }
}

/// One language's clause patterns from `locales/<lang>/clauses.yaml`. A class: it is read by
/// every review of a batch and never changed, and as a struct each look-up by language copied
/// it with a retain per array (some 170 retains and releases a document).
public final class LanguageRules: Sendable {
    public let language: Language
    let negations: [Pattern]
    let background: [Pattern]
    let clauses: [ClauseRule]
    /// Words that start an article heading ("madde", "article", "статья").
    let articleWords: [String]
    /// Stems of words that open a relative clause after a comma ("which", "котор"): a negation
    /// inside one ("…, which shall not be disclosed") does not negate the sentence.
    let relatives: [[UInt8]]
    /// Words of time units for durations, mapped to "year" / "month".
    let durationUnits: [(stem: String, unit: String)]
    /// Spelled-out numbers (folded) → value, for "five (5) years" / "beş yıl" / "пять лет".
    let numberWords: NumberWords
    /// Month names (folded stems) → month number.
    let months: [(stem: String, month: Int)]
    /// All the stems of the patterns above.
    let index: StemIndex
    /// Duration units and months as folded bytes, compared against tokens without Strings;
    /// built once here, not per extraction.
    let unitTable: PrefixTable<String>
    let monthTable: PrefixTable<Int>
    /// `articleWords` as bytes, compared with a token's folded bytes.
    let articleWordBytes: [[UInt8]]
    let articleWordList: WordList
    /// Where the matcher keeps each clause's evidence: one slot per clause id.
    let slots: EvidenceSlots
    /// Which rules each stem can start a match for.
    let ruleIndex: RuleIndex

    init(language: Language, negations: [Pattern], background: [Pattern], clauses: [ClauseRule], articleWords: [String],
         relatives: [[UInt8]], durationUnits: [(stem: String, unit: String)], numberWords: NumberWords,
         months: [(stem: String, month: Int)], index: StemIndex) {
        self.language = language
        self.negations = negations
        self.background = background
        self.clauses = clauses
        self.articleWords = articleWords
        self.relatives = relatives
        self.durationUnits = durationUnits
        self.numberWords = numberWords
        self.months = months
        self.index = index
        unitTable = PrefixTable(durationUnits.map { ($0.stem, $0.unit) })
        monthTable = PrefixTable(months.map { ($0.stem, $0.month) })
        articleWordBytes = articleWords.map { Array($0.utf8) }
        articleWordList = WordList(articleWordBytes)
        slots = EvidenceSlots(clauses)
        ruleIndex = RuleIndex(clauses, stems: index.count)
    }
}

/// Evidence is kept per clause id in arrays indexed by slot, not in [String: …]: hashing the
/// rule id for every rule of every sentence was most of matching's overhead. Several rules may
/// share an id; `signatures` always has a slot (signature blocks are its evidence).
struct EvidenceSlots: Sendable {
    private(set) var ids: [String] = []
    private(set) var ofRule: [Int] = []
    private(set) var signatures = 0

    init(_ clauses: [ClauseRule]) {
        var slotOfID: [String: Int] = [:]
        func slot(_ id: String) -> Int {
            if let s = slotOfID[id] { return s }
            ids.append(id); slotOfID[id] = ids.count - 1
            return ids.count - 1
        }
        ofRule = clauses.map { slot($0.id) }
        signatures = slot("signatures")
    }
}

/// Why a clauses file could not be used.
public struct ClauseRulesError: Error, CustomStringConvertible, Sendable {
    public let description: String
}

/// The clause rules of every language, loaded once from the resource store.
public struct ClauseCatalog: Sendable {
    public let rules: [Language: LanguageRules]

    public static let builtIn: Result<ClauseCatalog, ClauseRulesError> = Result { try ClauseCatalog.load(store: .builtIn) }
        .mapError { $0 as? ClauseRulesError ?? ClauseRulesError(description: "\($0)") }

    public static func load(store: ResourceStore) throws -> ClauseCatalog {
        var rules: [Language: LanguageRules] = [:]
        for language in Language.allCases {
            let path = "locales/\(language.rawValue)/clauses.yaml"
            guard let (text, origin) = store.file(path) else {
                throw ClauseRulesError(description: "\(path): not found — reinstall mou or restore the file")
            }
            rules[language] = try parse(text, origin: origin, language: language)
        }
        return ClauseCatalog(rules: rules)
    }

    private struct RawFile: Decodable {
        var negations: [[String]]?
        var background: [[String]]?
        var article_words: [String]?
        var relatives: [String]?
        var duration_units: [String: String]?
        var number_words: [String: Int]?
        var months: [String: Int]?
        var clauses: [String: RawClause]
    }

    private struct RawClause: Decodable {
        var match: [[String]]
        var short: [[String]]?
        var unless: [[String]]?
        var negatable: Bool?
        var preamble: Bool?
        var heading: [[String]]?
    }

    static func parse(_ text: String, origin: String, language: Language) throws -> LanguageRules {
        let raw: RawFile
        do {
            raw = try YAMLDecoder().decode(RawFile.self, from: text)
        } catch let DecodingError.keyNotFound(key, context) {
            let path = (context.codingPath.map(\.stringValue) + [key.stringValue]).joined(separator: ".")
            throw ClauseRulesError(description: "\(origin): \(path) is missing — every clause needs a `match:` list of stem lists")
        } catch let DecodingError.typeMismatch(_, context) {
            throw ClauseRulesError(description: "\(origin): \(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription) — write a list of stem lists, e.g. [[training]]")
        } catch {
            throw ClauseRulesError(description: "\(origin): \(error) — fix the YAML")
        }
        for id in raw.clauses.keys where !ClauseID.all.contains(id) {
            throw ClauseRulesError(description: "\(origin): clauses.\(id): unknown clause — use one of \(ClauseID.all.joined(separator: ", "))")
        }
        var index = StemIndex()
        let clauses = ClauseID.all.compactMap { id -> ClauseRule? in
            guard let c = raw.clauses[id] else { return nil }
            return ClauseRule(id: id, match: c.match.map { Pattern($0, language, &index) },
                              short: (c.short ?? []).map { Pattern($0, language, &index) },
                              unless: (c.unless ?? []).map { Pattern($0, language, &index) },
                              negatable: c.negatable ?? ClauseID.areas.contains(id),
                              preamble: c.preamble ?? false,
                              heading: (c.heading ?? []).map { Pattern($0, language, &index) })
        }
        return LanguageRules(language: language,
                             negations: (raw.negations ?? []).map { Pattern($0, language, &index) },
                             background: (raw.background ?? []).map { Pattern($0, language, &index) },
                             clauses: clauses,
                             articleWords: (raw.article_words ?? []).map { TextFolding.fold($0, language) },
                             relatives: (raw.relatives ?? []).map { Tokenized.fold($0, language) },
                             durationUnits: (raw.duration_units ?? [:]).map { (TextFolding.fold($0.key, language), $0.value) }
                                 .sorted { $0.stem.count > $1.stem.count },
                             numberWords: NumberWords(Dictionary((raw.number_words ?? [:]).map { (TextFolding.fold($0.key, language), $0.value) },
                                                                 uniquingKeysWith: { a, _ in a })),
                             months: (raw.months ?? [:]).map { (TextFolding.fold($0.key, language), $0.value) }
                                 .sorted { $0.stem.count > $1.stem.count },
                             index: index)
    }
}
