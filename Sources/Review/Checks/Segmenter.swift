import DocumentModel
import Foundation
import Linguistics
import OfficeFormats

/// A piece of a language version with its location: what clause matching and consistency
/// checks look at.
struct Unit: Sendable {
    var language: Language
    /// Index of the article in its language version, or nil in the preamble/title.
    var article: Int?
    /// Where the unit is, spelled out only when a finding or evidence names it (`whereLabel`):
    /// most units are never named, and building the label for each was a string per block.
    var place: Place
    var text: String
    var isHeading: Bool
    var isTitle: Bool
    var inTable: Bool
    /// From a signature block: evidence of the signatures clause by its very kind.
    var isSignature: Bool = false
    /// A list item (from a list block, or a paragraph starting "(a)", "б)", "–", "•"): it
    /// inherits the lead-in paragraph ending with a colon.
    var isListItem: Bool = false
    /// The text folded and split once, for clause matching and fact extraction.
    var tokens: Tokenized

    enum Place: Sendable {
        case title
        /// An article heading, by its label.
        case heading(String)
        /// The n-th body paragraph of an article (by label) or, without one, of the preamble.
        case paragraph(article: String?, n: Int)
        /// A list item of an article that says its marker ("(c) …"): named as the document
        /// names it, "Madde 2(c)", not by counting paragraphs.
        case item(article: String, marker: String)
    }

    /// "Madde 3 ¶2", "preamble ¶1", "title", or an article's label for its heading.
    var whereLabel: String {
        switch place {
        case .title: "title"
        case .heading(let label): label
        case .paragraph(let article?, let n): "\(article) ¶\(n)"
        case .paragraph(nil, let n): "preamble ¶\(n)"
        case .item(let article, let marker): "\(article)(\(marker))"
        }
    }
}

/// One language version: its units and article labels in order.
struct Version: Sendable {
    var language: Language
    var units: [Unit] = []
    var articleLabels: [String] = []
    /// Per article: how many body units it has (empty-article check).
    var articleBodies: [Int] = []
    var words = 0
}

/// Flattens a document into language versions, following headings (and "Article 3"-style
/// paragraphs) per language so a sequential or side-by-side bilingual draft splits cleanly.
struct Segmenter {
    let rules: [Language: LanguageRules]
    /// Per language (in `Language.allCases` order) its version so far, and the number of the
    /// last paragraph in its current article: arrays, not dictionaries keyed by language, as
    /// hashing the key twice per block showed in the profile.
    private var slots: [Version?] = Array(repeating: nil, count: Language.allCases.count)
    private var paragraphInArticle: [Int] = Array(repeating: 0, count: Language.allCases.count)
    private(set) var order: [Language] = []

    /// The language versions found, by language.
    var versions: [Language: Version] {
        Dictionary(uniqueKeysWithValues: order.map { ($0, slots[Segmenter.slot($0)]!) })
    }

    /// The version of one language, or nil when the document has none.
    func version(_ language: Language) -> Version? { slots[Segmenter.slot(language)] }

    /// `Language.allCases` once: the synthesized property builds a new array on every call.
    private static let languages = Language.allCases

    @inline(__always)
    private static func slot(_ language: Language) -> Int { languages.firstIndex(of: language)! }
    private var last: Language?
    private(set) var unknownBlocks = 0
    private(set) var mixedBlocks = 0
    private var listDepth = 0
    /// The tokenizer's arrays, reused for every block.
    private var scratch = TokenScratch()

    /// Per language (in `Language.allCases` order) its article words as bytes, or nil without
    /// rules: looking up a language's whole rules per block copied them, a retain per field.
    private let articleWords: [WordList?]

    init(rules: [Language: LanguageRules]) {
        self.rules = rules
        articleWords = Segmenter.languages.map { rules[$0]?.articleWordList }
    }

    private func articleWords(_ language: Language) -> WordList? {
        articleWords[Segmenter.slot(language)]
    }

    mutating func run(_ blocks: [Block]) {
        for block in blocks { visit(block, columnLanguage: nil, inTable: false) }
    }

    private mutating func visit(_ block: Block, columnLanguage: Language?, inTable: Bool) {
        switch block.content {
        case .title(let xs): add(xs.plainText, declared: block.language ?? columnLanguage, kind: .title, inTable: inTable)
        case .heading(_, let xs): add(xs.plainText, declared: block.language ?? columnLanguage, kind: .heading, inTable: inTable)
        case .paragraph(let xs): add(xs.plainText, declared: block.language ?? columnLanguage, kind: .body, inTable: inTable)
        case .orderedList(_, let items), .bulletList(let items):
            listDepth += 1
            for item in items { for b in item { visit(b, columnLanguage: block.language ?? columnLanguage, inTable: inTable) } }
            listDepth -= 1
        case .table(let table):
            let columnLanguages = Segmenter.columnLanguages(table)
            for row in table.rows {
                for (i, cell) in row.enumerated() {
                    for b in cell { visit(b, columnLanguage: columnLanguages[i] ?? columnLanguage, inTable: true) }
                }
            }
        case .columns(let columns):
            for row in columns.rows {
                for (i, cell) in row.cells.enumerated() {
                    let l = i < columns.languages.count ? columns.languages[i] : nil
                    for b in cell { visit(b, columnLanguage: l, inTable: true) }
                }
            }
        case .signatures(let signers):
            for s in signers {
                let text = ([s.party, s.name, s.title] + s.details).map(\.plainText).filter { !$0.isEmpty }.joined(separator: "\n")
                add(text, declared: block.language ?? columnLanguage, kind: .signature, inTable: true)
            }
        case .pageBreak: break
        }
    }

    /// The majority language of each column of a table, when columns hold different languages.
    static func columnLanguages(_ table: Table) -> [Language?] {
        let width = table.rows.map(\.count).max() ?? 0
        var result: [Language?] = Array(repeating: nil, count: width)
        for c in 0..<width {
            var counts: [Language: Int] = [:]
            for row in table.rows where c < row.count {
                // The cell's first block is enough to tell its language.
                guard let first = row[c].first else { continue }
                let text = first.plainTextForGuess
                if case .language(let l) = LanguageGuesser.guess(text) { counts[l, default: 0] += 1 }
                if (counts.values.max() ?? 0) >= 12 { break }   // enough rows to know the column
            }
            result[c] = counts.max { $0.value < $1.value }?.key
        }
        return result
    }

    enum Kind { case title, heading, body, signature }

    private mutating func add(_ text: String, declared: Language?, kind: Kind, inTable: Bool) {
        let trimmed = text
        guard !trimmed.isEmpty else { return }
        var language = declared
        let guess = LanguageGuesser.guess(trimmed)
        switch guess {
        case .language(let l): language = l
        case .mixed:
            let parts = LanguageGuesser.split(trimmed)
            if parts.count > 1 {
                mixedBlocks += 1
                for (l, piece) in parts { place(piece, language: l, kind: kind, inTable: inTable) }
                return
            }
            language = parts.first?.0 ?? language ?? last
        case .unknown:
            language = language ?? last
        }
        guard let language else { unknownBlocks += 1; return }
        place(trimmed, language: language, kind: kind, inTable: inTable)
    }

    private mutating func place(_ text: String, language: Language, kind: Kind, inTable: Bool) {
        last = language
        let slot = Segmenter.slot(language)
        if slots[slot] == nil {
            slots[slot] = Version(language: language)
            order.append(language)
        }
        // Move the version out of its slot while editing it, so appends do not copy it.
        var version = slots[slot].take()!
        let tokens = Tokenized(text, language, scratch: &scratch)
        version.words += tokens.words.count
        // "Article 5. Each Party shall bear its own costs.": an article and its body in one paragraph.
        let inlineArticle = kind == .body ? inlineArticleLabel(text, tokens, language) : nil
        if let label = inlineArticle {
            version.articleLabels.append(label)
            version.articleBodies.append(0)
            paragraphInArticle[slot] = 0
        }
        let isHeading = kind == .heading || (kind == .body && inlineArticle == nil && looksLikeArticleHeading(text, tokens, language))
        if isHeading && kind != .title {
            version.articleLabels.append(Segmenter.label(text))
            version.articleBodies.append(0)
            paragraphInArticle[slot] = 0
            version.units.append(Unit(language: language, article: version.articleLabels.count - 1,
                                      place: .heading(version.articleLabels.last!), text: text, isHeading: true,
                                      isTitle: false, inTable: inTable, tokens: tokens))
        } else {
            let article = version.articleLabels.isEmpty ? nil : version.articleLabels.count - 1
            let n = paragraphInArticle[slot] + 1
            paragraphInArticle[slot] = n
            let marker = kind == .body ? Segmenter.itemMarker(text) : nil
            let articleLabel = article.map { version.articleLabels[$0] }
            let place: Unit.Place
            if kind == .title {
                place = .title
            } else if let articleLabel, let marker, !marker.isEmpty {
                place = .item(article: articleLabel, marker: marker)
            } else {
                place = .paragraph(article: articleLabel, n: n)
            }
            if let a = article { version.articleBodies[a] += 1 }
            version.units.append(Unit(language: language, article: kind == .title ? nil : article, place: place,
                                      text: text, isHeading: false, isTitle: kind == .title, inTable: inTable,
                                      isSignature: kind == .signature,
                                      isListItem: kind == .body && (listDepth > 0 || marker != nil),
                                      tokens: tokens))
        }
        slots[slot] = version
    }

    /// The label of a paragraph that opens with its article number and goes on with a sentence
    /// ("Пункт 5. Каждая из Сторон несет свои расходы самостоятельно."), or nil.
    private func inlineArticleLabel(_ text: String, _ tokens: Tokenized, _ language: Language) -> String? {
        guard let articleWords = articleWords(language), tokens.words.count >= 6 else { return nil }
        let first = tokens.word(0), second = tokens.word(1)
        guard articleWords.contains(first),
              WordBytes.isNumber(second) || WordBytes.isRoman(second),
              let end = text.unicodeScalars.last(where: { !$0.properties.isWhitespace }),
              ".;:".unicodeScalars.contains(end) else { return nil }
        let label = Segmenter.label(text)
        return label.split(separator: " ").count <= 3 ? label : "\(text.split(separator: " ").prefix(2).joined(separator: " "))"
    }

    /// "Madde 3", "ARTICLE 3 – Training", "Статья 3. Обучение" as a paragraph of its own.
    private func looksLikeArticleHeading(_ text: String, _ tokens: Tokenized, _ language: Language) -> Bool {
        guard text.utf8.count <= 180, let articleWords = articleWords(language) else { return false }
        guard tokens.words.count >= 2, tokens.words.count <= 10 else { return false }
        let first = tokens.word(0), second = tokens.word(1)
        let firstIsNumber = WordBytes.isNumber(first)
        // "1. SCOPE", "2. FINAL PROVISIONS": a number and a short all-capitals title.
        if firstIsNumber, tokens.words.count <= 7, text.unicodeScalars.contains(where: { $0.properties.isUppercase }),
           !text.unicodeScalars.contains(where: { $0.properties.isLowercase }) {
            return true
        }
        guard articleWords.contains(first) else {
            // "3. madde" (Turkish ordinal order)
            return tokens.words.count <= 8 && firstIsNumber && articleWords.contains(second)
        }
        return WordBytes.isNumber(second) || Segmenter.spelledNumbers.contains(second)
            || WordBytes.isRoman(second)
    }

    /// "Article one", "Madde bir": the numbers a heading may spell out, as bytes.
    private static let spelledNumbers = WordList(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                                  "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz", "on"])
}
