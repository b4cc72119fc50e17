import Linguistics

/// Parses the markup templates render to (see `Markup` for the dialect) into a `Document`.
public enum MarkupParser {
    /// Parses `text`; every block gets `language` (unless a `::: {lang=xx}` div says otherwise).
    /// Errors carry `source`, the 1-based line and column, and what to do.
    public static func parse(_ text: String, source: String = "<input>", language: Language? = nil) throws -> Document {
        try parse(text, parser: BlockParser(source: source, problems: nil), language: language)
    }

    /// Parses Markdown someone else wrote (a partner's draft): every problem `parse` would
    /// throw is collected instead and the parser carries on as a reader would — an unclosed `*`
    /// stays a literal asterisk, a `#####` heading becomes a level-3 heading, a short table row
    /// gets empty cells, an unknown fenced block keeps its content, an unclosed fence ends with
    /// the text. Throws only when lists or fences nest deeper than a document ever does.
    public static func parseLeniently(_ text: String, source: String = "<input>",
                                      language: Language? = nil) throws -> (document: Document, problems: [MarkupError]) {
        let problems = ProblemList()
        let document = try parse(text, parser: BlockParser(source: source, problems: problems), language: language)
        return (document, problems.items)
    }

    private static func parse(_ text: String, parser: BlockParser, language: Language?) throws -> Document {
        var lines = SourceLine.split(text)[...]
        // A byte-order mark (common in files saved on Windows) is not text.
        if let first = lines.first, first.text.unicodeScalars.first == "\u{FEFF}" {
            lines[lines.startIndex].text = Substring(first.text.unicodeScalars.dropFirst())
        }
        var front: FrontMatter?
        if let first = lines.first, SourceLine.trimRight(first.text) == "---" {
            do {
                let (parsed, rest) = try FrontMatter.parse(lines, source: parser.source)
                front = parsed
                lines = rest
            } catch let error as MarkupError {
                try parser.problem(error)
            }
        }
        let blocks = try parser.parseBlocks(lines, language: language ?? front?.languages?.first)
        var metadata = Metadata.inferred(from: blocks, language: language)
        front?.apply(to: &metadata)
        return Document(metadata: metadata, blocks: blocks)
    }
}

/// Where lenient parsing puts the problems it steps over.
final class ProblemList {
    var items: [MarkupError] = []
}

extension Metadata {
    /// What a document without front matter says about itself: the plain text of its first
    /// title, and the language it was parsed in. The Markdown writer leaves the front matter out
    /// when the metadata is exactly this, so templates' output stays free of it.
    public static func inferred(from blocks: [Block], language: Language?) -> Metadata {
        var title = ""
        for block in blocks {
            if case .title(let inlines) = block.content { title = inlines.plainText; break }
        }
        return Metadata(title: title, languages: language.map { [$0] } ?? [])
    }
}

/// The block grammar: line-oriented, recursive for list items and fenced blocks.
struct BlockParser {
    let source: String
    /// nil: strict, every problem is thrown. Otherwise problems are collected here and parsing
    /// recovers.
    let problems: ProblemList?

    private var inline: InlineParser { InlineParser(source: source, problems: problems) }

    /// Throws `error` when strict; when lenient records it so the caller can recover.
    func problem(_ error: MarkupError) throws {
        guard let problems else { throw error }
        problems.items.append(error)
    }

    func error(_ line: SourceLine, _ message: String, at index: Substring.Index? = nil) -> MarkupError {
        MarkupError(source: source, line: line.number, column: index.map { line.column(of: $0) } ?? line.column,
                    message: message)
    }

    /// How deep lists and fenced blocks may nest: real documents stay under ten; a partner's
    /// draft read as markup must not be able to exhaust the stack.
    static let maxDepth = 32

    static let nestingMessage = "lists and fenced blocks nest more than \(maxDepth) levels deep here — flatten the structure"

    static func isNestingError(_ error: MarkupError) -> Bool { error.message == nestingMessage }

    func parseBlocks(_ lines: ArraySlice<SourceLine>, language: Language?, depth: Int = 0) throws -> [Block] {
        if depth > Self.maxDepth, let first = lines.first(where: { !$0.isBlank }) {
            throw error(first.strippedLeft, Self.nestingMessage)
        }
        var blocks: [Block] = []
        var i = lines.startIndex
        while i < lines.endIndex {
            let raw = lines[i]
            if raw.isBlank { i += 1; continue }
            let line = raw.strippedLeft
            let kind = Self.classify(line)
            switch kind {
            case .fenceOpen:
                let end = try fenceEnd(lines, openAt: i)
                blocks += try parseFence(line, body: lines[(i + 1)..<end], language: language, depth: depth)
                i = end + 1
            case .fenceClose:
                try problem(error(line, "':::' closes no fenced block — remove the line or escape the colons with a backslash"))
                i += 1
            case .pageBreak:
                blocks.append(Block(.pageBreak, language: language))
                i += 1
            case .heading(let level):
                blocks.append(try parseHeading(line, level: level, language: language))
                i += 1
            case .table:
                var end = i
                while end < lines.endIndex, !lines[end].isBlank,
                      case .table = Self.classify(lines[end].strippedLeft) { end += 1 }
                blocks.append(try parseTable(lines[i..<end].map(\.strippedLeft), language: language))
                i = end
            case .listItem(let marker):
                let (block, next) = try parseList(lines, at: i, marker: marker, language: language, depth: depth)
                blocks.append(block)
                i = next
            case .paragraph:
                var end = i + 1
                while end < lines.endIndex, !lines[end].isBlank,
                      case .paragraph = Self.classify(lines[end].strippedLeft) { end += 1 }
                let inlines = try inline.parse(lines[i..<end].map(\.strippedLeft))
                blocks.append(Block(.paragraph(inlines), language: language))
                i = end
            }
        }
        return blocks
    }

    // MARK: Line classification

    enum ListMarker: Equatable {
        case bullet(Unicode.Scalar)
        case ordered(start: Int, delimiter: Unicode.Scalar)

        func sameKind(as other: ListMarker) -> Bool {
            switch (self, other) {
            case (.bullet(let a), .bullet(let b)): a == b
            case (.ordered(_, let a), .ordered(_, let b)): a == b
            default: false
            }
        }
    }

    enum LineKind {
        case fenceOpen, fenceClose, pageBreak, heading(Int), table, listItem(ListMarker), paragraph
    }

    /// What a line (without its indentation) starts. Every kind but `paragraph` interrupts a
    /// paragraph, so "Taraflar:" followed by "- a" needs no blank line.
    static func classify(_ line: SourceLine) -> LineKind {
        let u = line.text.utf8
        guard let first = u.first else { return .paragraph }
        switch first {
        case UInt8(ascii: ":"):
            let colons = u.prefix { $0 == UInt8(ascii: ":") }.count
            guard colons >= 3 else { return .paragraph }
            let rest = u.dropFirst(colons)
            return rest.allSatisfy { $0 == 0x20 || $0 == 0x09 } ? .fenceClose : .fenceOpen
        case UInt8(ascii: "\\"):
            return SourceLine.trimRight(line.text) == "\\newpage" ? .pageBreak : .paragraph
        case UInt8(ascii: "#"):
            let hashes = u.prefix { $0 == UInt8(ascii: "#") }.count
            let after = u.dropFirst(hashes).first
            return after == nil || after == 0x20 || after == 0x09 ? .heading(hashes) : .paragraph
        case UInt8(ascii: "|"):
            return .table
        case UInt8(ascii: "-"), UInt8(ascii: "*"):
            let after = u.dropFirst().first
            return after == nil || after == 0x20 || after == 0x09
                ? .listItem(.bullet(Unicode.Scalar(first))) : .paragraph
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            let digits = u.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            guard digits.count <= 9 else { return .paragraph }
            let rest = u.dropFirst(digits.count)
            guard let d = rest.first, d == UInt8(ascii: ".") || d == UInt8(ascii: ")") else { return .paragraph }
            let after = rest.dropFirst().first
            guard after == nil || after == 0x20 || after == 0x09 else { return .paragraph }
            let start = digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
            return .listItem(.ordered(start: start, delimiter: Unicode.Scalar(d)))
        default:
            return .paragraph
        }
    }

    // MARK: Headings

    func parseHeading(_ line: SourceLine, level hashes: Int, language: Language?) throws -> Block {
        if hashes > 4 {
            try problem(error(line, "a heading has at most four '#' (# title, ## article, ### and #### sub-articles) — remove some or escape the first '#' with a backslash"))
        }
        var content = line.droppingIndent(0)
        content.text = content.text.dropFirst(hashes)
        content.column += hashes
        content = content.strippedLeft
        var text = SourceLine.trimRight(content.text)
        var id: String?
        if let (attrStart, parsedID) = try Self.trailingID(text, line: content, parser: self) {
            id = parsedID
            text = text[text.startIndex..<attrStart]
        }
        content.text = text
        let inlines = try inline.parse([content])
        if hashes == 1 { return Block(.title(inlines), id: id, language: language) }
        return Block(.heading(level: min(hashes, 4) - 1, inlines), id: id, language: language)
    }

    /// Finds a pandoc attribute `{#id}` at the end of a heading: returns where it starts
    /// (including the whitespace before it) and the id. An escaped `\{` is text.
    static func trailingID(_ text: Substring, line: SourceLine, parser: BlockParser) throws -> (Substring.Index, String)? {
        guard text.utf8.last == UInt8(ascii: "}") else { return nil }
        let u = text.utf8
        // The closing brace must not be escaped.
        var idx = u.index(before: u.endIndex)
        guard !Self.isEscaped(u, idx) else { return nil }
        // Find the last unescaped "{#".
        while idx > u.startIndex {
            idx = u.index(before: idx)
            if u[idx] == UInt8(ascii: "{") {
                let hash = u.index(after: idx)
                guard hash < u.endIndex, u[hash] == UInt8(ascii: "#"), !Self.isEscaped(u, idx) else { return nil }
                guard idx == u.startIndex || u[u.index(before: idx)] == 0x20 || u[u.index(before: idx)] == 0x09 else {
                    return nil
                }
                let idText = text[u.index(after: hash)..<u.index(before: u.endIndex)]
                guard !idText.isEmpty, idText.unicodeScalars.allSatisfy(Markup.isIDScalar) else {
                    try parser.problem(parser.error(line, "invalid id '\(idText)' — ids use letters, digits, '-', '_', '.' and ':' only", at: idx))
                    return nil
                }
                var start = idx
                while start > u.startIndex {
                    let before = u.index(before: start)
                    if u[before] == 0x20 || u[before] == 0x09 { start = before } else { break }
                }
                // Keep one space if it was escaped (`a\ {#x}`).
                let trimmed = SourceLine.trimRight(text[text.startIndex..<idx])
                if trimmed.endIndex > start { start = trimmed.endIndex }
                return (start, String(idText))
            }
        }
        return nil
    }

    /// Whether the byte at `i` is preceded by an odd number of backslashes.
    static func isEscaped(_ u: Substring.UTF8View, _ i: Substring.Index) -> Bool {
        var count = 0
        var j = i
        while j > u.startIndex {
            let before = u.index(before: j)
            if u[before] == UInt8(ascii: "\\") { count += 1; j = before } else { break }
        }
        return count % 2 == 1
    }

    // MARK: Tables

    func parseTable(_ lines: [SourceLine], language: Language?) throws -> Block {
        var rows: [[[Block]]] = []
        var headerRows = 0
        for (n, line) in lines.enumerated() {
            var cells = Self.splitCells(line)
            if n == 1, cells.allSatisfy({ Self.isSeparatorCell($0.text) }) {
                if cells.count != rows[0].count {
                    try problem(error(line, "the separator row has \(cells.count) cells, the header \(rows[0].count) — give every row the same number of cells"))
                }
                headerRows = 1
                continue
            }
            if let width = rows.first?.count, cells.count != width {
                try problem(error(line, "this row has \(cells.count) cells, the first row \(width) — give every row the same number of cells"))
                if cells.count > width { cells.removeLast(cells.count - width) }
                while cells.count < width { cells.append(SourceLine(text: "", number: line.number, column: line.column)) }
            }
            var row: [[Block]] = []
            for cell in cells {
                let inlines = try inline.parse([cell])
                row.append(inlines.isEmpty ? [] : [Block(.paragraph(inlines), language: language)])
            }
            rows.append(row)
        }
        return Block(.table(Table(rows: rows, headerRows: headerRows)), language: language)
    }

    /// Splits `| a | b |` at unescaped pipes; each cell without surrounding whitespace.
    static func splitCells(_ line: SourceLine) -> [SourceLine] {
        let text = SourceLine.trimRight(line.text)
        let u = text.utf8
        var cells: [SourceLine] = []
        var i = u.index(after: u.startIndex)  // past the leading pipe
        var start = i
        while i < u.endIndex {
            let c = u[i]
            if c == UInt8(ascii: "\\") {
                i = u.index(after: i)
                if i < u.endIndex { i = u.index(after: i) }
                continue
            }
            if c == UInt8(ascii: "|") {
                cells.append(Self.cell(line, text[start..<i]))
                start = u.index(after: i)
            }
            i = u.index(after: i)
        }
        if start < u.endIndex || cells.isEmpty {
            cells.append(Self.cell(line, text[start..<u.endIndex]))
        }
        return cells
    }

    private static func cell(_ line: SourceLine, _ text: Substring) -> SourceLine {
        let cell = SourceLine(text: text, number: line.number, column: line.column(of: text.startIndex))
        var stripped = cell.strippedLeft
        stripped.text = SourceLine.trimRight(stripped.text)
        return stripped
    }

    static func isSeparatorCell(_ text: Substring) -> Bool {
        var sawDash = false
        for (n, c) in text.utf8.enumerated() {
            if c == UInt8(ascii: "-") { sawDash = true; continue }
            if c == UInt8(ascii: ":") && (n == 0 || n == text.utf8.count - 1) { continue }
            return false
        }
        return sawDash
    }

    // MARK: Lists

    func parseList(_ lines: ArraySlice<SourceLine>, at start: Int, marker: ListMarker,
                   language: Language?, depth: Int) throws -> (Block, Int) {
        let baseIndent = lines[start].indent
        var items: [[Block]] = []
        var i = start
        while i < lines.endIndex {
            let line = lines[i]
            let stripped = line.strippedLeft
            guard case .listItem(let m) = Self.classify(stripped), m.sameKind(as: marker),
                  line.indent <= baseIndent + 1 else { break }
            // The marker and the spaces after it (one to four) set where the item's text starts.
            let markerWidth = stripped.text.utf8.prefix { $0 != 0x20 && $0 != 0x09 }.count
            var first = stripped
            first.text = first.text.dropFirst(markerWidth)
            first.column += markerWidth
            let spaces = first.indent
            first = spaces > 4 ? first.droppingIndent(1) : first.strippedLeft
            let contentOffset = line.indent + markerWidth + (first.text.isEmpty || spaces > 4 ? 1 : spaces)
            var itemLines: [SourceLine] = [first]
            var j = i + 1
            var previousBlank = first.text.isEmpty
            while j < lines.endIndex {
                let l = lines[j]
                if l.isBlank {
                    var k = j + 1
                    while k < lines.endIndex, lines[k].isBlank { k += 1 }
                    guard k < lines.endIndex, lines[k].indent >= baseIndent + 2 else { break }
                    itemLines.append(contentsOf: lines[j..<k])
                    j = k
                    previousBlank = true
                    continue
                }
                if l.indent >= baseIndent + 2 {
                    itemLines.append(l.droppingIndent(min(l.indent, contentOffset)))
                } else if !previousBlank, case .paragraph = Self.classify(l.strippedLeft) {
                    itemLines.append(l.strippedLeft)
                } else {
                    break
                }
                previousBlank = false
                j += 1
            }
            items.append(try parseBlocks(itemLines[...], language: language, depth: depth + 1))
            // Blank lines between items keep the list going.
            var k = j
            while k < lines.endIndex, lines[k].isBlank { k += 1 }
            if k < lines.endIndex, case .listItem(let next) = Self.classify(lines[k].strippedLeft),
               next.sameKind(as: marker), lines[k].indent >= baseIndent, lines[k].indent <= baseIndent + 1 {
                i = k
            } else {
                i = j
                break
            }
        }
        switch marker {
        case .bullet: return (Block(.bulletList(items: items), language: language), i)
        case .ordered(let n, _): return (Block(.orderedList(start: n, items: items), language: language), i)
        }
    }

    // MARK: Fenced blocks

    /// The index of the `:::` line that closes the fence opened at `open`, counting nested fences.
    func fenceEnd(_ lines: ArraySlice<SourceLine>, openAt open: Int) throws -> Int {
        var depth = 1
        var j = open + 1
        while j < lines.endIndex {
            switch Self.classifyPastListMarkers(lines[j]) {
            case .fenceOpen: depth += 1
            case .fenceClose:
                depth -= 1
                if depth == 0 { return j }
            default: break
            }
            j += 1
        }
        try problem(error(lines[open].strippedLeft, "unclosed ':::' fence — add a line ':::' where the block ends"))
        return lines.endIndex  // lenient: the fence ends with the text
    }

    /// What a line starts once list markers are skipped: a fence may open on an item's first
    /// line (`- ::: signatures`), and its closing `:::` must not be taken for an outer one's.
    static func classifyPastListMarkers(_ line: SourceLine) -> LineKind {
        var current = line.strippedLeft
        while case .listItem = classify(current) {
            let markerWidth = current.text.utf8.prefix { $0 != 0x20 && $0 != 0x09 }.count
            current.text = current.text.dropFirst(markerWidth)
            current = current.strippedLeft
            if current.text.isEmpty { return .paragraph }
        }
        return classify(current)
    }

    func fenceInfo(_ line: SourceLine) throws -> FenceInfo {
        do {
            return try FenceInfo.parse(SourceLine.trimRight(line.text))
        } catch {
            try problem(self.error(line, error.message))
            return FenceInfo()
        }
    }

    func parseFence(_ line: SourceLine, body: ArraySlice<SourceLine>, language: Language?, depth: Int) throws -> [Block] {
        let info = try fenceInfo(line)
        switch info.kind {
        case "signatures":
            return [Block(.signatures(try parseSigners(body)), language: language)]
        case "columns":
            guard problems != nil else {
                return [Block(.columns(try parseColumns(line, info: info, body: body, depth: depth)), language: language)]
            }
            // Lenient: columns are MoUKit's own syntax; if they do not parse strictly, their
            // content is read as ordinary blocks.
            do {
                let strict = BlockParser(source: source, problems: nil)
                return [Block(.columns(try strict.parseColumns(line, info: info, body: body, depth: depth)), language: language)]
            } catch let error as MarkupError where !Self.isNestingError(error) {
                try problem(error)
            }
        case "row", "cell":
            try problem(error(line, "'::: \(info.kind ?? "")' belongs inside '::: columns' — wrap it in a columns block"))
        case nil:
            guard let code = info.attributes["lang"] else { fallthrough }
            if code == "und" { return try parseBlocks(body, language: nil, depth: depth + 1) }
            guard let lang = Language(code: code) else {
                try problem(error(line, "unknown language '\(code)' — use tr, ru, en or und"))
                return try parseBlocks(body, language: language, depth: depth + 1)
            }
            return try parseBlocks(body, language: lang, depth: depth + 1)
        default:
            try problem(error(line, "unknown fenced block '\(info.kind ?? "")' — use signatures, columns or {lang=xx}"))
        }
        // Lenient: an unknown fence keeps its content.
        return try parseBlocks(body, language: language, depth: depth + 1)
    }

    func parseSigners(_ body: ArraySlice<SourceLine>) throws -> [Signer] {
        var signers: [Signer] = []
        var group: [SourceLine] = []
        func finish() throws {
            guard !group.isEmpty else { return }
            if group.count < 3 {
                try problem(error(group[0], "a signer needs three lines — the party (**For KOSGEB**), the name and the title — then optional details"))
            }
            // A line holding only a backslash is an empty field (a blank line would end the signer).
            var fields = try group.map { SourceLine.trimRight($0.text) == "\\" ? [] : try inline.parse([$0]) }
            while fields.count < 3 { fields.append([]) }
            signers.append(Signer(party: fields[0], name: fields[1], title: fields[2], details: Array(fields.dropFirst(3))))
            group = []
        }
        for line in body {
            if line.isBlank { try finish() } else { group.append(line.strippedLeft) }
        }
        try finish()
        return signers
    }

    func parseColumns(_ line: SourceLine, info: FenceInfo, body: ArraySlice<SourceLine>, depth: Int) throws -> Columns {
        var languages: [Language] = []
        let codes = info.words + (info.attributes["languages"]?.split(separator: " ").map(String.init) ?? [])
        for code in codes {
            guard let lang = Language(code: code) else {
                try problem(error(line, "unknown language '\(code)' in '::: columns' — use tr, ru or en"))
                continue
            }
            languages.append(lang)
        }
        guard !languages.isEmpty else {
            throw error(line, "'::: columns' needs its languages, such as '::: columns tr ru'")
        }
        var rows: [ColumnRow] = []
        var i = body.startIndex
        while i < body.endIndex {
            if body[i].isBlank { i += 1; continue }
            let rowLine = body[i].strippedLeft
            guard case .fenceOpen = Self.classify(rowLine), let rowInfo = try? fenceInfo(rowLine), rowInfo.kind == "row" else {
                throw error(rowLine, "inside '::: columns' only '::: row' blocks may stand — wrap this in '::: row' and '::: cell'")
            }
            let id = try fenceInfo(rowLine).id
            let end = try fenceEnd(body, openAt: i)
            var cells: [[Block]] = []
            var j = i + 1
            while j < end {
                if body[j].isBlank { j += 1; continue }
                let cellLine = body[j].strippedLeft
                guard case .fenceOpen = Self.classify(cellLine), let cellInfo = try? fenceInfo(cellLine),
                      cellInfo.kind == "cell" else {
                    throw error(cellLine, "inside '::: row' only '::: cell' blocks may stand — wrap this in '::: cell'")
                }
                let cellEnd = try fenceEnd(body, openAt: j)
                let lang = cells.count < languages.count ? languages[cells.count] : nil
                if let code = cellInfo.attributes["lang"], Language(code: code) != lang {
                    throw error(cellLine, "this cell says lang=\(code) but its column is \(lang?.rawValue ?? "missing") — put the cells in the order of '::: columns'")
                }
                cells.append(try parseBlocks(body[(j + 1)..<cellEnd], language: lang, depth: depth + 1))
                j = cellEnd + 1
            }
            guard cells.count == languages.count else {
                throw error(rowLine, "this row has \(cells.count) cells for \(languages.count) languages — give it one '::: cell' per language, empty if need be")
            }
            rows.append(ColumnRow(id: id, cells: cells))
            i = end + 1
        }
        return Columns(languages: languages, rows: rows)
    }
}
