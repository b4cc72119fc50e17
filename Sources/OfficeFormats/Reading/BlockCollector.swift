import DocumentModel

/// Collects the blocks of a body or of a table cell while a reader streams through a part:
/// consecutive list paragraphs become one list, tables nest.
struct BlockCollector {
    private var sinks: [Sink] = [Sink()]
    private var tables: [TableState] = []

    private struct Sink {
        var blocks: [Block] = []
        var listItems: [[Block]] = []

        mutating func flushList() {
            if !listItems.isEmpty {
                blocks.append(Block(.orderedList(start: 1, items: listItems)))
                listItems = []
            }
        }
    }

    private struct TableState {
        var rows: [[[Block]]] = []
        var row: [[Block]] = []
    }

    mutating func add(_ block: Block, listItem: Bool = false) {
        if listItem {
            sinks[sinks.count - 1].listItems.append([block])
        } else {
            sinks[sinks.count - 1].flushList()
            sinks[sinks.count - 1].blocks.append(block)
        }
    }

    mutating func beginTable() {
        sinks[sinks.count - 1].flushList()
        tables.append(TableState())
    }

    mutating func beginRow() {
        guard !tables.isEmpty else { return }
        tables[tables.count - 1].row = []
    }

    mutating func beginCell() {
        sinks.append(Sink())
    }

    mutating func endCell() {
        guard sinks.count > 1, !tables.isEmpty else { return }
        var sink = sinks.removeLast()
        sink.flushList()
        tables[tables.count - 1].row.append(sink.blocks)
    }

    mutating func endRow() {
        guard !tables.isEmpty else { return }
        let row = tables[tables.count - 1].row
        if !row.isEmpty { tables[tables.count - 1].rows.append(row) }
        tables[tables.count - 1].row = []
    }

    mutating func endTable() {
        guard let table = tables.popLast() else { return }
        guard !table.rows.isEmpty else { return }
        let width = table.rows.map(\.count).max() ?? 0
        let rows = table.rows.map { $0 + Array(repeating: [], count: width - $0.count) }
        add(Block(.table(Table(rows: rows))))
    }

    var inTable: Bool { !tables.isEmpty }

    mutating func finish() -> [Block] {
        while !tables.isEmpty {
            while sinks.count > 1 { endCell() }
            endRow()
            endTable()
        }
        sinks[0].flushList()
        return sinks[0].blocks
    }
}

/// Builds paragraph text from runs as UTF-8 bytes, then collapses white space once per
/// paragraph so matching sees one space.
struct TextAccumulator {
    private var bytes: [UInt8] = []

    mutating func append(_ s: String) { bytes.append(contentsOf: s.utf8) }

    mutating func append(_ run: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: run) }

    mutating func take() -> String {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes.withUnsafeBufferPointer { TextAccumulator.normalized($0) }
    }

    /// The paragraph as inlines, empty when it has no text. A paragraph that needs no folding
    /// has no line break either: it is one run, with no second pass to look for breaks.
    mutating func takeInlines() -> [Inline] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes.withUnsafeBufferPointer { input -> [Inline] in
            if input.isEmpty { return [] }
            if TextAccumulator.isNormal(input) { return [.text(String(decoding: input, as: UTF8.self))] }
            let text = TextAccumulator.normalized(input)
            return text.isEmpty ? [] : inlines(text)
        }
    }

    /// Collapses runs of white space (space, tab, CR, no-break space) to one space and trims;
    /// keeps line breaks. Works on UTF-8 bytes: this is the reader's hottest loop.
    static func normalized(_ input: UnsafeBufferPointer<UInt8>) -> String {
        // Most paragraphs need nothing: no tab, CR, line break, no-break space, doubled or
        // outer space. They are checked in one quick pass and taken as they are.
        if isNormal(input) { return String(decoding: input, as: UTF8.self) }
        // The result is never longer than the text: bytes are only dropped or replaced.
        return String(unsafeUninitializedCapacity: input.count) { out in
            var count = 0
            var space = false
            var previous: UInt8 = 0
            for b in input {
                defer { previous = b }
                if b == 0x0A {
                    while count > 0 && out[count - 1] == 0x20 { count -= 1 }
                    out[count] = 0x0A; count += 1
                    space = true
                } else if b == 0x20 || b == 0x09 || b == 0x0D {
                    if !space && count > 0 { out[count] = 0x20; count += 1 }
                    space = true
                } else if b == 0xC2 {
                    continue   // decided with the next byte
                } else if previous == 0xC2 && b == 0xA0 {
                    if !space && count > 0 { out[count] = 0x20; count += 1 }
                    space = true
                } else {
                    if previous == 0xC2 { out[count] = 0xC2; count += 1 }
                    out[count] = b; count += 1
                    space = false
                }
            }
            while count > 0 && (out[count - 1] == 0x20 || out[count - 1] == 0x0A) { count -= 1 }
            return count
        }
    }
}

extension TextAccumulator {
    /// Whether a paragraph needs no folding: no control character (tab, line break, CR), no
    /// no-break space (lead byte C2), no doubled or outer space. Eight bytes are tested at a
    /// time with bit-parallel byte tests; this runs over every paragraph of a draft.
    static func isNormal(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = input.first, let last = input.last, first != 0x20, last != 0x20 else { return input.isEmpty }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080, lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let base = UnsafeRawPointer(input.baseAddress!)
        var i = 0
        var previousWasSpace = false
        while i + 8 <= input.count {
            let word = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if (word &- 0x20 &* ones) & ~word & highs != 0 { return false }           // a byte below 0x20
            let c2 = word ^ (0xC2 &* ones)
            if (c2 &- ones) & ~c2 & highs != 0 { return false }                         // a byte C2
            let v = word ^ (0x20 &* ones)
            let spaces = ~(((v & lows) &+ lows) | v | lows)                               // 0x80 where a space is
            if spaces & (spaces << 8) != 0 || (previousWasSpace && spaces & 0x80 != 0) { return false }
            previousWasSpace = spaces & (1 << 63) != 0
            i += 8
        }
        var previous: UInt8 = previousWasSpace ? 0x20 : 0
        while i < input.count {
            let b = input[i]
            if b < 0x21 {
                if b != 0x20 || previous == 0x20 { return false }
            } else if b == 0xC2 {
                return false
            }
            previous = b
            i += 1
        }
        return true
    }
}

/// A paragraph's inlines from its text: line breaks become `.lineBreak`.
func inlines(_ text: String) -> [Inline] {
    let hasBreak = text.utf8.withContiguousStorageIfAvailable { $0.contains(0x0A) } ?? text.utf8.contains(0x0A)
    guard hasBreak else { return [.text(text)] }
    var out: [Inline] = []
    for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        if i > 0 { out.append(.lineBreak) }
        if !line.isEmpty { out.append(.text(String(line))) }
    }
    return out
}
