import AgreementModel
import Foundation
import Linguistics

/// Compares a draft with the agreement it should state (`--against`): party names per
/// version, the signing date, the duration, and the areas both ways.
struct AgainstAgreement {
    let agreement: Agreement
    let rules: [Language: LanguageRules]

    func check(versions: [Version], clauses: [String: ClauseStatus]) -> [Finding] {
        var findings: [Finding] = []
        for v in versions {
            guard let rules = rules[v.language] else { continue }
            let text = Self.normalize(v.units.map(\.text).joined(separator: "\n"), v.language)
            for party in agreement.parties {
                let names = [party.name[v.language], party.short[v.language]].compactMap { $0 }
                guard !names.isEmpty else { continue }
                if !names.contains(where: { text.contains(Self.normalize($0, v.language)) }) {
                    findings.append(Finding(.error, "party-name",
                        "the \(v.language.englishName) version does not name \(names.map { "“\($0)”" }.joined(separator: " or "))",
                        where: v.language.rawValue))
                }
            }
            let facts = Facts.extract(v.units.map(\.tokens), rules)
            let date = agreement.signing.date.description
            if !facts.dates.isEmpty && !facts.dates.contains(date) {
                findings.append(Finding(.error, "date-mismatch",
                    "the \(v.language.englishName) version gives \(facts.dates.joined(separator: ", ")), the agreement is signed on \(date)",
                    where: v.language.rawValue))
            }
            let years = facts.durations.filter { $0.hasSuffix(" year") }
            let expected = "\(agreement.duration.years) year"
            if !years.isEmpty && !years.contains(expected) {
                findings.append(Finding(.error, "duration-mismatch",
                    "the \(v.language.englishName) version says \(years.joined(separator: ", "))(s), the agreement \(agreement.duration.years) year(s)",
                    where: v.language.rawValue))
            } else if years.isEmpty {
                findings.append(Finding(.warning, "duration-mismatch",
                    "the \(v.language.englishName) version states no duration in years; the agreement has \(agreement.duration.years)",
                    where: v.language.rawValue))
            }
        }
        let agreed = Set(agreement.areas.compactMap { area -> String? in
            if case .standard(let s) = area { return s.rawValue }
            return nil
        })
        for area in ClauseID.areas {
            let inDraft = clauses[area]?.present == true
            if agreed.contains(area) && !inDraft {
                findings.append(Finding(.error, "area-missing", "the agreement has the area \(area), the draft does not"))
            } else if !agreed.contains(area) && inDraft {
                findings.append(Finding(.error, "area-extra", "the draft has the area \(area), the agreement does not"))
            }
        }
        return findings
    }

    /// Folded, quotes unified, whitespace collapsed: names compare across typographic styles.
    static func normalize(_ s: String, _ language: Language) -> String {
        var out = ""
        var space = false
        for ch in TextFolding.fold(s, language) {
            let c: Character = "«»“”„\"'’‘".contains(ch) ? "\"" : ch
            if c.isWhitespace { if !space { out.append(" ") }; space = true } else { out.append(c); space = false }
        }
        return out
    }
}
