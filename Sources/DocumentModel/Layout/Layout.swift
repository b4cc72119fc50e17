import Linguistics

/// A laid-out document and what the layout had to paper over.
public struct LayoutResult: Equatable, Sendable {
    public var document: Document
    /// One line each, such as "Russian version has no block 'costs' — its cell is left empty".
    public var warnings: [String]

    public init(document: Document, warnings: [String] = []) {
        self.document = document
        self.warnings = warnings
    }
}

/// How language versions of one document are put on the page. Versions are aligned by the
/// stable ids of their headings (see `Section` for how a document is cut into rows).
public enum Layout {
    /// One language version on its own: every block gets the document's language where it has
    /// none, and the metadata names that language.
    public static func single(_ document: Document) -> Document {
        var doc = document
        guard let lang = language(of: document) else { return doc }
        doc.blocks = doc.blocks.map { $0.fillingLanguage(lang) }
        if doc.metadata.languages.isEmpty { doc.metadata.languages = [lang] }
        return doc
    }

    /// The versions as columns of one table, a row per aligned section: the titles form the
    /// first row, the preambles the next, then one row per id'd heading. A section missing in
    /// one version leaves its cell empty and a warning.
    public static func sideBySide(_ documents: [Document]) -> LayoutResult {
        var warnings: [String] = []
        let languages = resolvedLanguages(documents, warnings: &warnings)
        let sectioned = documents.map { Section.split($0.blocks) }
        let order = mergedKeys(sectioned.map { $0.map(\.key) })
        let lookup = sectioned.map { sections in
            Dictionary(sections.map { ($0.key, $0.blocks) }, uniquingKeysWith: { a, _ in a })
        }
        warnings += duplicateIDWarnings(sectioned, languages)
        var rows: [ColumnRow] = []
        for key in order {
            var cells: [[Block]] = []
            for (n, sections) in lookup.enumerated() {
                if let blocks = sections[key] {
                    cells.append(blocks.map { $0.fillingLanguage(languages[n]) })
                } else {
                    cells.append([])
                    warnings.append("\(languages[n].englishName) version has no \(describe(key)) — its cell is left empty")
                }
            }
            let id: String? = if case .id(let id, _) = key { id } else { nil }
            rows.append(ColumnRow(id: id, cells: cells))
        }
        var blocks: [Block] = []
        if !documents.isEmpty {
            blocks = [Block(.columns(Columns(languages: languages, rows: rows)), language: languages.first)]
        }
        return LayoutResult(document: Document(metadata: metadata(documents, languages), blocks: blocks),
                            warnings: warnings)
    }

    /// The versions one after another, each starting on a new page. Warns about ids one
    /// version has and another lacks, since the versions should match clause by clause.
    public static func sequential(_ documents: [Document]) -> LayoutResult {
        var warnings: [String] = []
        let languages = resolvedLanguages(documents, warnings: &warnings)
        var blocks: [Block] = []
        for (n, doc) in documents.enumerated() {
            if n > 0 { blocks.append(Block(.pageBreak, language: languages[n - 1])) }
            blocks += doc.blocks.map { $0.fillingLanguage(languages[n]) }
        }
        let sectioned = documents.map { Section.split($0.blocks) }
        warnings += duplicateIDWarnings(sectioned, languages)
        let keySets = sectioned.map { Set($0.map(\.key)) }
        for key in mergedKeys(sectioned.map { $0.map(\.key) }) {
            guard case .id = key else { continue }
            for (n, keys) in keySets.enumerated() where !keys.contains(key) {
                warnings.append("\(languages[n].englishName) version has no \(describe(key))")
            }
        }
        return LayoutResult(document: Document(metadata: metadata(documents, languages), blocks: blocks),
                            warnings: warnings)
    }

    // MARK: Helpers

    /// The language a version is in: its metadata's first, else its first block's.
    static func language(of document: Document) -> Language? {
        document.metadata.languages.first ?? document.blocks.lazy.compactMap(\.language).first
    }

    private static func resolvedLanguages(_ documents: [Document], warnings: inout [String]) -> [Language] {
        documents.enumerated().map { n, doc in
            if let lang = language(of: doc) { return lang }
            warnings.append("version \(n + 1) names no language — it is laid out as English; parse it with a language")
            return .en
        }
    }

    private static func metadata(_ documents: [Document], _ languages: [Language]) -> Metadata {
        var titles: [String] = []
        for doc in documents where !doc.metadata.title.isEmpty && !titles.contains(doc.metadata.title) {
            titles.append(doc.metadata.title)
        }
        let first = documents.first?.metadata ?? Metadata()
        return Metadata(title: titles.joined(separator: " / "), subject: first.subject, creator: first.creator,
                        languages: languages, created: first.created)
    }

    /// The row order: the first version's sections, with a section only a later version has
    /// put before the next section that version shares (or at the end).
    static func mergedKeys(_ keyLists: [[Section.Key]]) -> [Section.Key] {
        var order: [Section.Key] = []
        var known: Set<Section.Key> = []
        for keys in keyLists {
            for (p, key) in keys.enumerated() where !known.contains(key) {
                let successor = keys[(p + 1)...].first { known.contains($0) }
                let at = successor.flatMap { order.firstIndex(of: $0) } ?? order.count
                order.insert(key, at: at)
                known.insert(key)
            }
        }
        return order
    }

    private static func describe(_ key: Section.Key) -> String {
        switch key {
        case .id(let id, 0): "block '\(id)'"
        case .id(let id, let n): "block '\(id)' (occurrence \(n + 1))"
        case .anonymous(let n): "unlabelled section \(n + 1) (a section before or between ids)"
        }
    }

    private static func duplicateIDWarnings(_ sectioned: [[Section]], _ languages: [Language]) -> [String] {
        var warnings: [String] = []
        for (n, sections) in sectioned.enumerated() {
            for section in sections {
                if case .id(let id, 1) = section.key {
                    warnings.append("\(languages[n].englishName) version uses the id '\(id)' more than once — give each section its own id")
                }
            }
        }
        return warnings
    }
}

extension Block {
    /// The block with `language` set wherever it (or a block inside it) has none.
    func fillingLanguage(_ language: Language) -> Block {
        var block = self
        if block.language == nil { block.language = language }
        func fill(_ blocks: [Block]) -> [Block] { blocks.map { $0.fillingLanguage(language) } }
        switch block.content {
        case .orderedList(let start, let items): block.content = .orderedList(start: start, items: items.map(fill))
        case .bulletList(let items): block.content = .bulletList(items: items.map(fill))
        case .table(var table):
            table.rows = table.rows.map { $0.map(fill) }
            block.content = .table(table)
        case .title, .heading, .paragraph, .signatures, .pageBreak, .columns: break
        }
        return block
    }
}
