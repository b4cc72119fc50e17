import Foundation
import Linguistics

public enum Severity: String, Codable, Sendable, Comparable, CaseIterable {
    case error, warning, info

    public static func < (a: Severity, b: Severity) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One thing the reviewer should know, with where it is.
public struct Finding: Codable, Sendable, Equatable {
    public var severity: Severity
    public var code: String
    public var message: String
    public var `where`: String

    public init(_ severity: Severity, _ code: String, _ message: String, where place: String = "") {
        self.severity = severity
        self.code = code
        self.message = message
        self.where = place
    }
}

/// A clause in one language version.
public struct ClauseInLanguage: Codable, Sendable, Equatable {
    public var present: Bool
    public var evidence: [Evidence]
}

/// A clause across the file: present when present in at least one version.
public struct ClauseStatus: Codable, Sendable, Equatable {
    public var present: Bool
    public var required: Bool
    public var languages: [String: ClauseInLanguage]
}

/// The review of one file (or why it could not be read).
public struct FileReport: Codable, Sendable {
    public var path: String
    public var format: String?
    public var languages: [String]
    public var trackedChanges: Int
    public var comments: Int
    public var clauses: [String: ClauseStatus]
    public var findings: [Finding]
    /// Set when the file could not be read; the rest is then empty.
    public var error: String?

    public static func unreadable(_ path: String, _ message: String) -> FileReport {
        FileReport(path: path, format: nil, languages: [], trackedChanges: 0, comments: 0, clauses: [:], findings: [], error: message)
    }

    public var hasErrors: Bool { findings.contains { $0.severity == .error } }
}

/// The review of all files, in input order.
public struct Report: Codable, Sendable {
    public var files: [FileReport]

    public init(files: [FileReport]) { self.files = files }

    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data("{}".utf8)
    }

    /// The report for people: per file a line per clause (present/missing per language, with
    /// the first evidence), then the findings by severity.
    public func text() -> String {
        var out = ""
        for file in files {
            if let error = file.error {
                out += "\(file.path): cannot be read — \(error)\n\n"
                continue
            }
            var head = "\(file.path) (\(file.format ?? "?"); versions: \(file.languages.isEmpty ? "none found" : file.languages.joined(separator: ", "))"
            if file.trackedChanges > 0 { head += "; \(file.trackedChanges) tracked change(s)" }
            if file.comments > 0 { head += "; \(file.comments) comment(s)" }
            out += head + ")\n"
            let width = ClauseID.all.map(\.count).max() ?? 20
            for id in ClauseID.all {
                guard let status = file.clauses[id] else { continue }
                let mark = status.present ? (status.languages.values.allSatisfy(\.present) ? "✓" : "±") : "✗"
                var line = "  \(mark) \(id.padding(toLength: width, withPad: " ", startingAt: 0))\(status.required ? " *" : "  ")"
                for language in file.languages {
                    guard let l = status.languages[language] else { continue }
                    if let e = l.evidence.first {
                        let snippet = e.text.count > 70 ? String(e.text.prefix(70)) + "…" : e.text
                        line += "  \(language): \(e.where) “\(snippet)”"
                    } else {
                        line += "  \(language): MISSING"
                    }
                }
                out += line + "\n"
            }
            for severity in Severity.allCases {
                let findings = file.findings.filter { $0.severity == severity }
                guard !findings.isEmpty else { continue }
                out += "  \(severity.rawValue)s:\n"
                for f in findings {
                    out += "    [\(f.code)] \(f.message)\(f.where.isEmpty ? "" : " (\(f.where))")\n"
                }
            }
            out += "\n"
        }
        let errors = files.reduce(0) { $0 + $1.findings.filter { $0.severity == .error }.count }
        let unreadable = files.filter { $0.error != nil }.count
        out += "\(files.count) file(s): \(errors) error finding(s)\(unreadable > 0 ? ", \(unreadable) unreadable" : "")\n"
        return out
    }
}
