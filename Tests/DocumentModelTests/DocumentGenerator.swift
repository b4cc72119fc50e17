import Linguistics
@testable import DocumentModel

/// Builds random documents of the shapes the markup parser can produce, for the property
/// parse(write(doc)) == doc. Seeded, so a failure names its case and repeats.
struct DocumentGenerator {
    var rng: SeededGenerator

    init(seed: UInt64) { rng = SeededGenerator(seed: seed) }

    private static let alphabet = Array("abc şİıяЖё 0129.)(-+*_#{}[]:|>`\\ \t!~<&\"'😀")
    private static let ids = ["areas", "costs", "a.b", "x-1", "sig:1", "A_2", "purpose", "duration"]

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
    mutating func id() -> String? { chance(0.5) ? Self.ids.randomElement(using: &rng)! : nil }

    mutating func text() -> String {
        let count = int(1...10)
        return String((0..<count).map { _ in Self.alphabet.randomElement(using: &rng)! })
    }

    // MARK: Inlines

    private enum Delimiter { case strong, star, underscore }

    /// A run of inlines; `lineBreaks` only where the markup can hold them (paragraphs).
    mutating func inlines(lineBreaks: Bool, nonEmpty: Bool = true, depth: Int = 0) -> [Inline] {
        var result: [Inline] = []
        let count = nonEmpty ? int(1...4) : int(0...3)
        for _ in 0..<count {
            let roll = int(0...9)
            let inline: Inline
            switch roll {
            case 0...4: inline = .text(text())
            case 5...6 where depth < 3: inline = .strong(inlines(lineBreaks: lineBreaks, nonEmpty: chance(0.9), depth: depth + 1))
            case 7...8 where depth < 3: inline = .emphasis(inlines(lineBreaks: lineBreaks, nonEmpty: chance(0.9), depth: depth + 1))
            case 9 where lineBreaks: inline = .lineBreak
            default: inline = .text(text())
            }
            if case .text(let s) = inline, case .text(let t)? = result.last {
                result[result.count - 1] = .text(t + s)
            } else {
                result.append(inline)
            }
        }
        if nonEmpty && result.isEmpty { result = [.text(text())] }
        return Self.writable(result, ancestors: []) ? result : [.text(text())]
    }

    /// Mirrors the writer's choice of delimiters: a tree it cannot write the parser cannot produce.
    private static func writable(_ xs: [Inline], ancestors: [Delimiter]) -> Bool {
        for x in xs {
            switch x {
            case .strong(let c):
                if ancestors.contains(.strong) || !writable(c, ancestors: ancestors + [.strong]) { return false }
            case .emphasis(let c):
                let starOK = MarkdownInlineWriter.canUseStar(c, ancestorsHaveStar: ancestors.contains(.star))
                let d: Delimiter
                if starOK { d = .star } else if !ancestors.contains(.underscore) { d = .underscore } else { return false }
                if !writable(c, ancestors: ancestors + [d]) { return false }
            case .text, .lineBreak: break
            }
        }
        return true
    }

    // MARK: Blocks

    mutating func document() -> Document {
        let languages = Array(Language.allCases.shuffled(using: &rng).prefix(int(0...3)))
        let main = languages.first
        var blocks: [Block] = []
        for _ in 0..<int(0...7) {
            let lang = chance(0.15) ? Language.allCases.randomElement(using: &rng) : main
            blocks.append(block(language: lang, allowColumns: true, depth: 0))
        }
        var metadata = Metadata.inferred(from: blocks, language: main)
        if chance(0.3) { metadata.title = text() + "\n\"q\"" }
        if chance(0.3) { metadata.subject = text() }
        if chance(0.2) { metadata.creator = text() }
        if chance(0.3) { metadata.created = "2021-10-01T10:00:00Z" }
        return Document(metadata: metadata, blocks: blocks)
    }

    mutating func block(language: Language?, allowColumns: Bool, depth: Int) -> Block {
        switch int(0...(allowColumns ? 9 : 8)) {
        case 0: return Block(.title(inlines(lineBreaks: false, nonEmpty: chance(0.9))), id: id(), language: language)
        case 1: return Block(.heading(level: int(1...3), inlines(lineBreaks: false, nonEmpty: chance(0.9))), id: id(), language: language)
        case 2, 3: return Block(.paragraph(inlines(lineBreaks: true)), language: language)
        case 4 where depth < 2: return Block(.orderedList(start: int(0...12), items: items(language, depth)), language: language)
        case 5 where depth < 2: return Block(.bulletList(items: items(language, depth)), language: language)
        case 6: return Block(.table(table(language)), language: language)
        case 7: return Block(.signatures(signers()), language: language)
        case 8: return Block(.pageBreak, language: language)
        case 9: return Block(.columns(columns()), language: language)
        default: return Block(.paragraph(inlines(lineBreaks: true)), language: language)
        }
    }

    mutating func items(_ language: Language?, _ depth: Int) -> [[Block]] {
        (0..<int(1...3)).map { _ in
            if chance(0.05) { return [] }
            var item = [Block(.paragraph(inlines(lineBreaks: true)), language: language)]
            for _ in 0..<int(0...2) { item.append(block(language: language, allowColumns: false, depth: depth + 1)) }
            return item
        }
    }

    mutating func table(_ language: Language?) -> Table {
        let width = int(1...3)
        let rows = (0..<int(1...3)).map { _ in
            (0..<width).map { _ in chance(0.2) ? [] : [Block(.paragraph(inlines(lineBreaks: false)), language: language)] }
        }
        return Table(rows: rows, headerRows: chance(0.5) ? 1 : 0)
    }

    mutating func signers() -> [Signer] {
        (0..<int(0...3)).map { _ in
            Signer(party: inlines(lineBreaks: false), name: inlines(lineBreaks: false, nonEmpty: chance(0.8)),
                   title: inlines(lineBreaks: false, nonEmpty: chance(0.8)),
                   details: (0..<int(0...2)).map { _ in inlines(lineBreaks: false, nonEmpty: chance(0.8)) })
        }
    }

    mutating func columns() -> Columns {
        let languages = Array(Language.allCases.shuffled(using: &rng).prefix(int(1...3)))
        let rows = (0..<int(0...3)).map { _ in
            ColumnRow(id: id(), cells: languages.map { lang in
                (0..<int(0...2)).map { _ in block(language: lang, allowColumns: false, depth: 1) }
            })
        }
        return Columns(languages: languages, rows: rows)
    }
}
