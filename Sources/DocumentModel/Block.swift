import Linguistics

/// One block of a document with its optional stable id and language. Ids are the same in every
/// language version of one document kind: they align bilingual columns and name clauses in reports.
public struct Block: Equatable, Sendable {
    public var content: BlockContent
    /// A stable id such as `areas` (from `{#areas}` in the markup), or nil.
    public var id: String?
    /// The language of the block's text, or nil when not known (a reader may fill it later).
    public var language: Language?

    public init(_ content: BlockContent, id: String? = nil, language: Language? = nil) {
        self.content = content
        self.id = id
        self.language = language
    }
}

/// The kinds of block. Not `indirect`: blocks nest only through arrays, and an indirect case
/// cost a heap allocation per paragraph of every document read.
public enum BlockContent: Equatable, Sendable {
    /// The document's title (`# Title`).
    case title([Inline])
    /// A heading of level 1 (article, `##`) to 3 (`####`); the title is separate.
    case heading(level: Int, [Inline])
    case paragraph([Inline])
    /// A numbered list starting at `start`; each item holds blocks (paragraphs, nested lists).
    case orderedList(start: Int, items: [[Block]])
    case bulletList(items: [[Block]])
    case table(Table)
    /// The signature block: one column per signing party.
    case signatures([Signer])
    case pageBreak
    /// Language versions side by side: the side-by-side layout's output. Each row aligns the
    /// blocks that share an id across languages; a missing one is an empty cell.
    case columns(Columns)
}

/// A simple table of cells holding blocks.
public struct Table: Equatable, Sendable {
    /// Rows of cells; every row has the same number of cells.
    public var rows: [[[Block]]]
    /// How many leading rows are header rows.
    public var headerRows: Int

    public init(rows: [[[Block]]], headerRows: Int = 0) {
        self.rows = rows
        self.headerRows = headerRows
    }
}

/// One party's column of a signature block. The writer draws the line to sign on between the
/// party and the name.
public struct Signer: Equatable, Sendable {
    /// "For KOSGEB" — who signs for whom.
    public var party: [Inline]
    public var name: [Inline]
    public var title: [Inline]
    /// Further lines: date, place.
    public var details: [[Inline]]

    public init(party: [Inline], name: [Inline], title: [Inline], details: [[Inline]] = []) {
        self.party = party
        self.name = name
        self.title = title
        self.details = details
    }
}

/// Language versions laid side by side.
public struct Columns: Equatable, Sendable {
    public var languages: [Language]
    public var rows: [ColumnRow]

    public init(languages: [Language], rows: [ColumnRow]) {
        self.languages = languages
        self.rows = rows
    }
}

/// One aligned row: `cells[i]` holds the blocks of `languages[i]` (empty when that language
/// has no block with this id).
public struct ColumnRow: Equatable, Sendable {
    public var id: String?
    public var cells: [[Block]]

    public init(id: String?, cells: [[Block]]) {
        self.id = id
        self.cells = cells
    }
}
