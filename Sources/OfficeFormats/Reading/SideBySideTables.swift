import DocumentModel
import Linguistics

/// A table whose columns are language versions (a partner's side-by-side draft, or our own
/// writer's output) becomes `.columns`: aligned blocks, one language per column. Decided by the
/// language of each column's cells; a signature table (all one language) stays a table.
enum SideBySideTables {
    static func align(_ blocks: [Block]) -> [Block] {
        blocks.map { block in
            guard case .table(let table) = block.content, let languages = columnLanguages(table) else { return block }
            let rows = table.rows.map { ColumnRow(id: nil, cells: $0) }
            return Block(.columns(Columns(languages: languages, rows: rows)), id: block.id, language: block.language)
        }
    }

    /// The language of each column when every column has one and they differ, else nil.
    static func columnLanguages(_ table: Table) -> [Language]? {
        let width = table.rows.map(\.count).max() ?? 0
        guard width >= 2, table.rows.count >= 2 else { return nil }
        var result: [Language] = []
        for c in 0..<width {
            var counts: [Language: Int] = [:]
            for row in table.rows where c < row.count {
                guard let first = row[c].first, case .language(let l) = LanguageGuesser.guess(first.plainTextForGuess) else { continue }
                counts[l, default: 0] += 1
                if counts[l]! >= 12 { break }
            }
            guard let best = counts.max(by: { $0.value < $1.value }) else { return nil }
            result.append(best.key)
        }
        return Set(result).count == result.count ? result : nil
    }
}

extension Block {
    /// Plain text of a block for language guessing.
    public var plainTextForGuess: String {
        switch content {
        case .title(let xs), .heading(_, let xs), .paragraph(let xs): xs.plainText
        case .orderedList(_, let items), .bulletList(let items): items.flatMap { $0 }.map(\.plainTextForGuess).joined(separator: " ")
        case .table(let t): t.rows.flatMap { $0 }.flatMap { $0 }.map(\.plainTextForGuess).joined(separator: " ")
        case .columns(let c): c.rows.flatMap(\.cells).flatMap { $0 }.map(\.plainTextForGuess).joined(separator: " ")
        case .signatures(let s): s.map { $0.party.plainText + " " + $0.name.plainText }.joined(separator: " ")
        case .pageBreak: ""
        }
    }
}
