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
        var found: [String: [Evidence]] = [:]
        let hasArticles = !version.articleLabels.isEmpty
        /// Clauses the last heading names ("Confidentiality", "Правовой статус"), waiting for
        /// the first body paragraph after it, in the same article.
        var headingCues: [Int] = []
        var headingArticle: Int?
        /// The last sentence of a paragraph ending with a colon, inherited by the list items after it.
        var leadIn: SentenceStems?
        for unit in version.units {
            if unit.isHeading {
                leadIn = nil
                let stems = SentenceStems(unit.tokens, words: 0..<unit.tokens.words.count, index: rules.index)
                headingArticle = unit.article
                headingCues = cues(stems)
                continue
            }
            let inPreamble = unit.isTitle || (hasArticles && unit.article == nil)
            let tokens = unit.tokens
            if !unit.isListItem { leadIn = nil }
            var inherited = leadIn
            if unit.isSignature, (found["signatures"]?.count ?? 0) < ClauseMatcher.maxEvidence {
                let firstLine = unit.text.split(separator: "\n").first.map(String.init) ?? unit.text
                found["signatures", default: []].append(Evidence(where: unit.whereLabel, text: firstLine))
            }
            // Signature lines ("For KOSGEB", "KOSGEB adına") are short lines in short blocks.
            let shortBlock = tokens.words.count <= 40
            var cues = unit.article == headingArticle ? headingCues : []
            headingCues = []
            if looksLikeTitle(unit) {
                // "CONFIDENTIALITY" on its own line under "ARTICLE 4", or a bold title with no
                // number: it names the next paragraph rather than being its text.
                let stems = SentenceStems(tokens, words: 0..<tokens.words.count, index: rules.index)
                headingCues = cues + self.cues(stems)
                headingArticle = unit.article
                cues = []
            }
            let source = unit.text.utf8
            let hasColon = source.contains(0x3A)
            for (n, sentence) in tokens.sentences.enumerated() {
                let short = shortBlock && sentence.words.count <= 8
                var stems = SentenceStems(tokens, words: sentence.words, index: rules.index)
                if let inherited { stems.inherit(inherited) }
                // "The Parties shall not: (a) …; (b) …" in one paragraph: the items after the
                // colon inherit it as list items in paragraphs of their own do.
                if hasColon, sentence.text.upperBound > 0,
                   source[source.index(source.startIndex, offsetBy: sentence.text.upperBound - 1)] == 0x3A {
                    inherited = stems
                    if n == tokens.sentences.count - 1 { leadIn = stems }
                }
                if stems.hits.isEmpty && cues.isEmpty { continue }
                var negated: Bool?
                for (r, rule) in rules.clauses.enumerated() {
                    if inPreamble && !rule.preamble { continue }
                    if (found[rule.id]?.count ?? 0) >= ClauseMatcher.maxEvidence { continue }
                    let hit = rule.match.contains { $0.matches(stems) } || (short && rule.short.contains { $0.matches(stems) })
                        || (n == 0 && cues.contains(r))
                    guard hit else { continue }
                    if rule.unless.contains(where: { $0.matches(stems) }) { continue }
                    if rule.negatable {
                        if negated == nil {
                            negated = rules.negations.contains { $0.matches(stems) } || rules.background.contains { $0.matches(stems) }
                        }
                        if negated! { continue }
                    }
                    let text = Tokenized.text(sentence.text, in: unit.text)
                    found[rule.id, default: []].append(Evidence(where: unit.whereLabel, text: text))
                }
            }
        }
        return found
    }

    /// The clauses whose `heading:` patterns a heading's words match.
    private func cues(_ stems: SentenceStems) -> [Int] {
        rules.clauses.indices.filter { rules.clauses[$0].heading.contains { $0.matches(stems) } }
    }

    /// A short body paragraph that reads as a title: at most six words, not ending in
    /// punctuation, not a list item, table cell, signature or the document title.
    private func looksLikeTitle(_ unit: Unit) -> Bool {
        guard !unit.isTitle, !unit.isListItem, !unit.inTable, !unit.isSignature,
              unit.tokens.words.count <= 6, let last = unit.text.unicodeScalars.last(where: { !$0.properties.isWhitespace }) else { return false }
        return last.properties.isAlphabetic
    }
}
