import DocumentModel
import Foundation

/// What a rendering of a document must say, in order, and a tolerant matcher: text from PDFs
/// and pandoc differs in spacing, hyphenation, list markers and composed characters, so both
/// sides are reduced to letters and digits (decomposed, marks dropped) before matching.
enum WriterExpectedText {
    /// Texts to find in order; an unordered group (table, signatures) may come in any order
    /// (renderers read table cells row- or column-wise), but after what came before it.
    struct Group: Equatable {
        var texts: [String]
        var ordered: Bool
    }

    static func groups(_ blocks: [Block]) -> [Group] {
        var result: [Group] = []
        for block in blocks {
            switch block.content {
            case .title(let x), .heading(_, let x), .paragraph(let x):
                result.append(Group(texts: [x.plainText], ordered: true))
            case .orderedList(_, let items), .bulletList(let items):
                for item in items { result += groups(item) }
            case .table(let t):
                result.append(Group(texts: t.rows.flatMap { $0.flatMap { flat($0) } }, ordered: false))
            case .signatures(let signers):
                result.append(Group(texts: signers.flatMap { [$0.party, $0.name, $0.title] + $0.details }.map(\.plainText), ordered: false))
            case .columns(let c):
                result.append(Group(texts: c.rows.flatMap { $0.cells.flatMap { flat($0) } }, ordered: false))
            case .pageBreak:
                continue
            }
        }
        return result
    }

    static func flat(_ blocks: [Block]) -> [String] { groups(blocks).flatMap(\.texts) }

    /// For a side-by-side document (one top-level columns block): the groups of each column.
    static func columnGroups(_ doc: Document) -> [[Group]]? {
        guard doc.blocks.count == 1, case .columns(let c) = doc.blocks[0].content else { return nil }
        return (0..<c.languages.count).map { i in groups(c.rows.flatMap { i < $0.cells.count ? $0.cells[i] : [] }) }
    }

    static func normalized(_ s: String) -> String {
        var kept = String.UnicodeScalarView()
        var overridden = false
        for scalar in s.decomposedStringWithCanonicalMapping.unicodeScalars {
            // Text inside a right-to-left override renders reversed: not comparable.
            if scalar == "\u{202E}" { overridden = true; continue }
            if scalar == "\u{202C}" { overridden = false; continue }
            if overridden { continue }
            let p = scalar.properties
            if p.isAlphabetic && p.generalCategory != .nonspacingMark || p.numericType != nil && p.generalCategory == .decimalNumber {
                kept.append(scalar)
            }
        }
        return String(kept)
    }

    static func tokens(_ s: String) -> [String] {
        var s = s
        while let start = s.firstIndex(of: "\u{202E}") {
            let end = s[start...].firstIndex(of: "\u{202C}") ?? s.endIndex
            s.replaceSubrange(start..<(end == s.endIndex ? end : s.index(after: end)), with: " ")
        }
        return s.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { normalized(String($0)) }.filter { !$0.isEmpty }
    }

    /// Nil when every group is found in order in `rendered`; else a message naming what is missing.
    /// `wordOrder: false` only checks that every word is there (pdftotext reorders the lines
    /// of paragraphs that mix bidi marks, tabs and breaks).
    static func missing(_ groups: [Group], in rendered: String, wordOrder: Bool = true) -> String? {
        let haystack = normalized(rendered)
        var position = haystack.startIndex
        for group in groups {
            var furthest = position
            for text in group.texts {
                for token in tokens(text) {
                    guard let found = haystack.range(of: token, range: position..<haystack.endIndex) else {
                        return "\"\(token)\" of \"\(text.prefix(80))\" not found after offset \(haystack.distance(from: haystack.startIndex, to: position))"
                    }
                    if group.ordered && wordOrder { position = found.upperBound }
                    furthest = max(furthest, found.upperBound)
                }
            }
            position = wordOrder ? furthest : haystack.startIndex
        }
        return nil
    }
}
