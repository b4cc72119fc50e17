import AgreementModel
import DocumentModel
import Foundation
import Linguistics
import OfficeFormats

/// Reviews drafts: which clauses each language version has (with evidence), whether the
/// versions agree, whether the draft matches the agreement, and what was left unfinished.
public struct Reviewer: Sendable {
    public let catalog: ClauseCatalog
    /// Clause ids whose absence from any version is an error.
    public let required: [String]
    /// The agreement the draft should match (`--against`), or nil.
    public let agreement: Agreement?

    public init(catalog: ClauseCatalog, required: [String] = ClauseID.defaultRequired, agreement: Agreement? = nil) {
        self.catalog = catalog
        self.required = required
        self.agreement = agreement
    }

    /// Reads and reviews one file; an unreadable file gives a report with its one-line error.
    public func review(path: String, options: ReadOptions = ReadOptions()) -> FileReport {
        do {
            let result = try DocumentReader.read(url: URL(fileURLWithPath: path), options: options)
            return review(result, path: path, mode: options.trackedChanges)
        } catch {
            return .unreadable(path, String(describing: error))
        }
    }

    /// Reviews many files on all cores; reports come back in input order.
    public func review(paths: [String], options: ReadOptions = ReadOptions()) -> [FileReport] {
        let slots = Slots(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { i in
            slots.set(i, review(path: paths[i], options: options))
        }
        return slots.values.map { $0! }
    }

    public func review(_ result: ReadResult, path: String, mode: TrackedChangesMode = .accept) -> FileReport {
        var segmenter = Segmenter(rules: catalog.rules)
        segmenter.run(result.document.blocks)
        let totalWords = segmenter.order.reduce(0) { $0 + segmenter.version($1)!.words }
        // A language counts as a version when it carries a real share of the text, so a stray
        // English title in a Turkish draft does not make an "English version" that lacks everything.
        let languages = segmenter.order.filter { l in
            let v = segmenter.version(l)!
            return v.words >= min(12, totalWords) && v.words * 10 >= totalWords
        }
        var findings: [Finding] = []
        var clauses: [String: ClauseStatus] = [:]
        clauses.reserveCapacity(ClauseID.all.count)
        // Per language in `languages` order: arrays, so the report below looks nothing up by
        // language.
        let found: [[String: [Evidence]]] = languages.map { l in
            catalog.rules[l].map { ClauseMatcher(rules: $0).match(segmenter.version(l)!) } ?? [:]
        }
        for id in ClauseID.all {
            var perLanguage: [String: ClauseInLanguage] = [:]
            perLanguage.reserveCapacity(languages.count)
            var missing: [Language] = []
            for (k, l) in languages.enumerated() {
                let evidence = found[k][id] ?? []
                perLanguage[l.rawValue] = ClauseInLanguage(present: !evidence.isEmpty, evidence: evidence)
                if evidence.isEmpty { missing.append(l) }
            }
            let present = missing.count < languages.count
            let isRequired = required.contains(id)
            clauses[id] = ClauseStatus(present: present, required: isRequired, languages: perLanguage)
            if isRequired {
                for l in missing {
                    findings.append(Finding(.error, "missing-clause", "\(id) is required and missing from the \(l.englishName) version", where: l.rawValue))
                }
            } else if present && !missing.isEmpty {
                findings.append(Finding(.warning, "clause-not-in-all-versions",
                    "\(id) is in the \(languages.filter { !missing.contains($0) }.map(\.englishName).joined(separator: ", ")) version but not in the \(missing.map(\.englishName).joined(separator: ", "))",
                    where: missing.map(\.rawValue).joined(separator: ", ")))
            } else if !present && !languages.isEmpty {
                findings.append(Finding(.info, "clause-absent", "no \(id) clause found"))
            }
        }
        if languages.isEmpty {
            findings.append(Finding(.error, "no-text", "no Turkish, Russian or English text found"))
        }
        findings += consistency(languages.compactMap { segmenter.version($0) })
        findings += leftovers(languages.compactMap { segmenter.version($0) })
        if let agreement {
            findings += AgainstAgreement(agreement: agreement, rules: catalog.rules)
                .check(versions: languages.compactMap { segmenter.version($0) }, clauses: clauses)
        }
        if result.trackedChanges > 0 {
            findings.append(Finding(.info, "tracked-changes",
                "\(result.trackedChanges) tracked change(s), reviewed as if all were \(mode == .accept ? "accepted" : "rejected")"))
        }
        if result.comments > 0 {
            findings.append(Finding(.info, "comments", "\(result.comments) comment(s), not reviewed — read them in the file"))
        }
        for note in result.notes { findings.append(Finding(.info, "reader-note", note)) }
        if segmenter.mixedBlocks > 0 {
            findings.append(Finding(.info, "mixed-language", "\(segmenter.mixedBlocks) block(s) mix languages; split by language for the review"))
        }
        // Grouped by severity, keeping order within each: what the (stable) sort did, without
        // its comparisons through `allCases` and a retain per element moved.
        findings = Severity.allCases.flatMap { severity in findings.filter { $0.severity == severity } }
        return FileReport(path: path, format: result.format.rawValue, languages: languages.map(\.rawValue),
                          trackedChanges: result.trackedChanges, comments: result.comments,
                          clauses: clauses, findings: findings, error: nil)
    }

    /// Same clauses are checked above; here: article counts, and per aligned article the same
    /// numbers, dates and durations.
    func consistency(_ versions: [Version]) -> [Finding] {
        guard let first = versions.first, versions.count > 1 else { return [] }
        var findings: [Finding] = []
        for other in versions.dropFirst() where other.articleLabels.count != first.articleLabels.count {
            findings.append(Finding(.warning, "article-count",
                "the \(first.language.englishName) version has \(first.articleLabels.count) articles, the \(other.language.englishName) version \(other.articleLabels.count)"))
        }
        /// Per article (the preamble is not compared), collected in place: grouping the
        /// blocks' tokens in a dictionary first copied them for nothing. A unit belongs to the
        /// latest article, so each article's units come one after another.
        func facts(_ v: Version) -> [Facts] {
            guard let rules = catalog.rules[v.language] else { return [] }
            var result = Array(repeating: Facts(), count: v.articleLabels.count)
            var collector = FactCollector()
            var current: Int?
            for i in v.units.indices where !v.units[i].isHeading && !v.units[i].isTitle {
                guard let a = v.units[i].article else { continue }
                if a != current {
                    if let c = current { result[c] = collector.takeFacts() }
                    current = a
                }
                collector.collect(v.units[i].tokens, rules)
            }
            if let c = current { result[c] = collector.takeFacts() }
            return result
        }
        let base = facts(first)
        for other in versions.dropFirst() {
            let theirs = facts(other)
            let count = min(first.articleLabels.count, other.articleLabels.count)
            for a in 0..<count {
                let x = a < base.count ? base[a] : Facts(), y = a < theirs.count ? theirs[a] : Facts()
                if x == y { continue }   // the usual case: no finding, so no place label to build
                let place = "\(first.articleLabels[a]) / \(other.articleLabels[a])"
                for (what, l, r) in [("numbers", x.numbers, y.numbers), ("dates", x.dates, y.dates), ("durations", x.durations, y.durations)] where l != r {
                    findings.append(Finding(.warning, "\(what == "numbers" ? "number" : what == "dates" ? "date" : "duration")-mismatch",
                        "\(what) differ: \(first.language.rawValue) has \(l.isEmpty ? "none" : l.joined(separator: ", ")), \(other.language.rawValue) has \(r.isEmpty ? "none" : r.joined(separator: ", "))",
                        where: place))
                }
            }
        }
        return findings
    }

    /// Placeholders left in the text and articles with nothing under their heading.
    func leftovers(_ versions: [Version]) -> [Finding] {
        var findings: [Finding] = []
        for v in versions {
            for u in v.units {
                if u.tokens.mayHoldPlaceholder, let p = Placeholders.find(in: u.text) {
                    findings.append(Finding(.warning, "placeholder", "placeholder “\(p)” left in the text", where: "\(v.language.rawValue): \(u.whereLabel)"))
                }
            }
            for (i, n) in v.articleBodies.enumerated() where n == 0 {
                // A heading directly followed by a sub-heading is a section, not an empty article.
                let next = v.units.firstIndex { $0.isHeading && $0.article == i }.map { $0 + 1 }
                if let next, next < v.units.count, v.units[next].isHeading, i + 1 < v.articleBodies.count, v.articleBodies[i + 1] > 0 { continue }
                findings.append(Finding(.warning, "empty-article", "“\(v.articleLabels[i])” has a heading and no text", where: "\(v.language.rawValue): \(v.articleLabels[i])"))
            }
        }
        return findings
    }
}

/// Result slots written from concurrent iterations, each index once.
private final class Slots: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [FileReport?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: FileReport) {
        lock.lock()
        values[i] = value
        lock.unlock()
    }
}
