import Foundation
import Linguistics

/// Where a clause was found: the block's location and the matched sentence.
public struct Evidence: Codable, Sendable, Equatable {
    public var `where`: String
    public var text: String
}

/// Finds the clauses of one language version, sentence by sentence.
struct ClauseMatcher {
    let rules: LanguageRules
    /// At most this many pieces of evidence are kept per clause and language.
    static let maxEvidence = 3

    func match(_ version: Version) -> [String: [Evidence]] {
        // Evidence is kept per clause id in arrays indexed by slot, not in [String: …]: hashing
        // the rule id for every rule of every sentence was most of matching's overhead.
        // The slots are the same for every version of a language: made once, with the rules.
        let ids = rules.slots.ids, slotOfRule = rules.slots.ofRule, signaturesSlot = rules.slots.signatures
        /// Rules are read in place (`clauses[r].match`): binding each to a local copied the whole
        /// struct, with a retain per array, for every rule of every sentence.
        let clauses = rules.clauses
        var found = Array(repeating: [Evidence](), count: ids.count)
        /// Evidence from inside an article whose title names the clause ("Madde 9 — Yürürlük"):
        /// shown before the passing mentions elsewhere ("amendments enter into force when…").
        var titled = found
        /// A first sentence that is evidence only because its article's title names the clause:
        /// after the sentences whose own words match, before mentions elsewhere.
        var titleOnly = found
        /// The clauses the current article's title (heading or title line) names.
        var articleCues: Set<Int> = []
        var articleCueArticle: Int?
        let hasArticles = !version.articleLabels.isEmpty
        /// Clauses the last heading names ("Confidentiality", "Правовой статус"), waiting for
        /// the first body paragraph after it, in the same article.
        var headingCues: [Int] = []
        var headingArticle: Int?
        /// The last sentence of a paragraph ending with a colon, inherited by the list items after it.
        var leadIn: SentenceStems?
        /// One value refilled for every sentence (`reset`), so its arrays are allocated once.
        var stems = SentenceStems(Tokenized("", rules.language), words: 0..<0, index: rules.index)
        for unit in version.units {
            if unit.isHeading {
                leadIn = nil
                stems.reset(unit.tokens, words: 0..<unit.tokens.words.count, index: rules.index)
                headingArticle = unit.article
                headingCues = cues(stems)
                articleCues = Set(headingCues)
                articleCueArticle = unit.article
                continue
            }
            let inPreamble = unit.isTitle || (hasArticles && unit.article == nil)
            let inClosingPart = !hasArticles || unit.article == version.articleLabels.count - 1
            let tokens = unit.tokens
            if !unit.isListItem { leadIn = nil }
            var inherited = leadIn
            if unit.isSignature, found[signaturesSlot].count < ClauseMatcher.maxEvidence {
                let firstLine = unit.text.split(separator: "\n").first.map(String.init) ?? unit.text
                found[signaturesSlot].append(Evidence(where: unit.whereLabel, text: firstLine))
            }
            // Signature lines ("For KOSGEB", "KOSGEB adına") are short lines in short blocks.
            let shortBlock = tokens.words.count <= 40
            var cues = unit.article == headingArticle ? headingCues : []
            headingCues = []
            if looksLikeTitle(unit) {
                // "CONFIDENTIALITY" on its own line under "ARTICLE 4", or a bold title with no
                // number: it names the next paragraph rather than being its text.
                stems.reset(tokens, words: 0..<tokens.words.count, index: rules.index)
                headingCues = cues + self.cues(stems)
                headingArticle = unit.article
                if articleCueArticle != unit.article { articleCues = [] }
                articleCues.formUnion(headingCues)
                articleCueArticle = unit.article
                cues = []
            }
            let source = unit.text.utf8
            let hasColon = source.withContiguousStorageIfAvailable { $0.contains(0x3A) } ?? source.contains(0x3A)
            for (n, sentence) in tokens.sentences.enumerated() {
                // A signature line may be long ("For the Ministry of SMEs and Startups of the
                // Republic of Korea") but it is a line of its own, in mixed case, with no stop.
                let short = shortBlock && sentence.words.count <= 8
                var line: Bool?   // computed only for a rule with `short:` patterns (signatures)
                stems.reset(tokens, words: sentence.words, index: rules.index)
                if let inherited { stems.inherit(inherited) }
                // "The Parties shall not: (a) …; (b) …" in one paragraph: the items after the
                // colon inherit it as list items in paragraphs of their own do.
                if hasColon, sentence.text.upperBound > 0,
                   source[source.index(source.startIndex, offsetBy: sentence.text.upperBound - 1)] == 0x3A {
                    inherited = stems
                    if n == tokens.sentences.count - 1 { leadIn = stems }
                }
                if stems.hits.isEmpty && cues.isEmpty { continue }
                // The rules one of whose patterns can match: those whose first stems the
                // sentence holds (or that a title names, for its first sentence). The others
                // cannot hit, so they are not visited; the rest go in rule order as before.
                let wordedRules = RuleIndex.candidates(rules.ruleIndex.byFirstStem, rules.ruleIndex.always, stems)
                let shortRules = RuleIndex.candidates(rules.ruleIndex.shortByFirstStem, rules.ruleIndex.shortAlways, stems)
                var pending = wordedRules | shortRules
                if n == 0 { for r in cues { pending |= 1 << UInt64(r) } }
                var negated: Bool?
                while pending != 0 {
                    let r = pending.trailingZeroBitCount
                    pending &= pending - 1
                    if inPreamble && !clauses[r].preamble { continue }
                    let inTitledArticle = unit.article != nil && unit.article == articleCueArticle && articleCues.contains(r)
                    let ruleSlot = slotOfRule[r]
                    if titled[ruleSlot].count >= ClauseMatcher.maxEvidence { continue }
                    if !inTitledArticle && found[ruleSlot].count >= ClauseMatcher.maxEvidence { continue }
                    let worded = wordedRules & (1 << UInt64(r)) != 0 && clauses[r].match.contains { $0.matches(stems) }
                    let shortPossible = shortRules & (1 << UInt64(r)) != 0
                    let hit = worded || (short && shortPossible && clauses[r].short.contains { $0.matches(stems) })
                        || (!short && shortPossible && {
                            if line == nil { line = !unit.isListItem && isLine(sentence.text, in: source, words: sentence.words.count) }
                            return line! && clauses[r].short.contains { $0.matches(stems) && $0.endsLine(stems, sentence.words) }
                        }())
                        || (n == 0 && cues.contains(r))
                    guard hit else { continue }
                    // A signature line by its short words alone ("За KOSGEB", "KOSGEB adına")
                    // counts where a document ends, in its last article or after it: "от
                    // KOSGEB:" among the contact points of Article 3 signs nothing.
                    if ruleSlot == signaturesSlot && !worded && !(n == 0 && cues.contains(r)) && !inClosingPart { continue }
                    if clauses[r].unless.contains(where: { $0.matches(stems) }) { continue }
                    if clauses[r].negatable {
                        if negated == nil {
                            var main = stems
                            if let words = outsideRelativeClauses(tokens, sentence.words) {
                                main = SentenceStems(tokens, words: words, index: rules.index)
                                if let inherited { main.inherit(inherited) }
                            }
                            negated = rules.negations.contains { $0.matches(main) } || rules.background.contains { $0.matches(main) }
                        }
                        if negated! { continue }
                    }
                    let text = Tokenized.text(sentence.text, in: unit.text)
                    let evidence = Evidence(where: unit.whereLabel, text: text)
                    if inTitledArticle && worded {
                        titled[ruleSlot].append(evidence)
                    } else if inTitledArticle || !worded && cues.contains(r) {
                        titleOnly[ruleSlot].append(evidence)
                    } else {
                        found[ruleSlot].append(evidence)
                    }
                }
            }
        }
        var result: [String: [Evidence]] = [:]
        for (k, id) in ids.enumerated() {
            if titled[k].isEmpty && titleOnly[k].isEmpty {
                if !found[k].isEmpty { result[id] = found[k] }
            } else {
                result[id] = Array((titled[k] + titleOnly[k] + found[k]).prefix(ClauseMatcher.maxEvidence))
            }
        }
        return result
    }

    /// The sentence's words outside relative clauses (from ", which" / ", который" to the next
    /// comma or the end), or nil when it has none.
    private func outsideRelativeClauses(_ tokens: Tokenized, _ words: Range<Int>) -> [Int]? {
        guard !rules.relatives.isEmpty else { return nil }
        var excluded: [Range<Int>] = []
        for (k, start) in tokens.afterComma.enumerated() where words.contains(start) {
            let word = tokens.word(start)
            guard rules.relatives.contains(where: { word.starts(with: $0) }) else { continue }
            let next = k + 1 < tokens.afterComma.count ? tokens.afterComma[k + 1] : words.upperBound
            excluded.append(start..<min(max(next, start + 1), words.upperBound))
        }
        if excluded.isEmpty { return nil }
        return words.filter { w in !excluded.contains { $0.contains(w) } }
    }

    /// Whether a sentence is a whole line of at most thirty words (two signature lines a text
    /// reader joined) with no closing punctuation and some lower-case letters (a document's
    /// title lines are capitals).
    private func isLine(_ text: Range<Int>, in source: String.UTF8View, words: Int) -> Bool {
        guard words <= 30, text.upperBound > text.lowerBound else { return false }
        let end = source.index(source.startIndex, offsetBy: text.upperBound)
        let start = source.index(source.startIndex, offsetBy: text.lowerBound)
        guard let last = source[..<end].last, !".;:,!?".utf8.contains(last) else { return false }
        return String(Substring(source[start..<end])).contains { $0.isLowercase }
    }

    /// The clauses whose `heading:` patterns a heading's words match.
    private func cues(_ stems: SentenceStems) -> [Int] {
        var pending = RuleIndex.candidates(rules.ruleIndex.headingByFirstStem, rules.ruleIndex.headingAlways, stems)
        var result: [Int] = []
        while pending != 0 {
            let r = pending.trailingZeroBitCount
            pending &= pending - 1
            if rules.clauses[r].heading.contains(where: { $0.matches(stems) }) { result.append(r) }
        }
        return result
    }

    /// A short body paragraph that reads as a title: at most six words, not ending in
    /// punctuation, not a list item, table cell, signature or the document title.
    private func looksLikeTitle(_ unit: Unit) -> Bool {
        guard !unit.isTitle, !unit.isListItem, !unit.inTable, !unit.isSignature,
              unit.tokens.words.count <= 6, let last = unit.text.unicodeScalars.last(where: { !$0.properties.isWhitespace }) else { return false }
        return last.properties.isAlphabetic
    }
}
