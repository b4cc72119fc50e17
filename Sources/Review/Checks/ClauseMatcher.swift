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
            let unitWords = unit.text.split(whereSeparator: \.isWhitespace).count
            for sentence in TextFolding.sentences(unit.text) {
                let words = TextFolding.words(TextFolding.fold(sentence, rules.language))
                guard !words.isEmpty else { continue }
                var negatedComputed = false
                var negated = false
                for rule in rules.clauses {
                    if (found[rule.id]?.count ?? 0) >= ClauseMatcher.maxEvidence { continue }
                    if inPreamble && !rule.preamble { continue }
                    let hit = rule.match.contains { $0.matches(words) }
                        || (unitWords <= 8 && rule.short.contains { $0.matches(words) })
                    guard hit else { continue }
                    if rule.unless.contains(where: { $0.matches(words) }) { continue }
                    if rule.negatable {
                        if !negatedComputed {
                            negated = rules.negations.contains { $0.matches(words) } || rules.background.contains { $0.matches(words) }
                            negatedComputed = true
                        }
                        if negated { continue }
                    }
                    found[rule.id, default: []].append(Evidence(where: unit.whereLabel, text: sentence))
                }
            }
        }
        return found
    }
}
