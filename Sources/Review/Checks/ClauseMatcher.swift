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
        for unit in version.units where !unit.isHeading {
            let inPreamble = unit.isTitle || (hasArticles && unit.article == nil)
            let tokens = unit.tokens
            if unit.isSignature, (found["signatures"]?.count ?? 0) < ClauseMatcher.maxEvidence {
                let firstLine = unit.text.split(separator: "\n").first.map(String.init) ?? unit.text
                found["signatures", default: []].append(Evidence(where: unit.whereLabel, text: firstLine))
            }
            // Signature lines ("For KOSGEB", "KOSGEB adına") are short lines in short blocks.
            let shortBlock = tokens.words.count <= 40
            for sentence in tokens.sentences {
                let short = shortBlock && sentence.words.count <= 8
                let stems = SentenceStems(tokens, words: sentence.words, index: rules.index)
                if stems.hits.isEmpty { continue }
                var negated: Bool?
                for rule in rules.clauses {
                    if inPreamble && !rule.preamble { continue }
                    if (found[rule.id]?.count ?? 0) >= ClauseMatcher.maxEvidence { continue }
                    let hit = rule.match.contains { $0.matches(stems) } || (short && rule.short.contains { $0.matches(stems) })
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
}
