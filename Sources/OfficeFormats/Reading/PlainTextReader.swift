import DocumentModel
import Foundation

/// Reads Markdown through `MarkupParser` (falling back to the simple reading below when it
/// gives up) and plain text by paragraphs:
/// `#` lines are headings, blank lines separate paragraphs, list lines are items, pandoc
/// attributes `{#id}` give ids and fenced `:::` lines are dropped.
enum PlainTextReader {
    static func read(url: URL, limits: ReadLimits, markdown: Bool) throws -> ReadResult {
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        if let size = attributes?[.size] as? Int, size > limits.maxTextFileSize {
            throw ReadError.tooLarge(file: url.path, part: "the file", limit: limits.maxTextFileSize)
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ReadError.cannotOpen(file: url.path, reason: "unreadable")
        }
        if data.prefix(4096).contains(0) { throw ReadError.unsupportedFormat(file: url.path, detail: "a binary file") }
        guard let text = String(data: data, encoding: .utf8) else { throw ReadError.notText(file: url.path) }
        if markdown, let (document, problems) = try? MarkupParser.parseLeniently(text, source: url.path) {
            // The shared markup parser, lenient: a partner's Markdown is not ours to reject.
            let notes = problems.isEmpty ? [] : ["\(problems.count) Markdown problem(s) read leniently, first: \(problems[0])"]
            return ReadResult(document: document, format: .markdown, notes: notes)
        }
        return ReadResult(document: parse(text, markdown: markdown), format: markdown ? .markdown : .text)
    }

    static func parse(_ source: String, markdown: Bool) -> Document {
        var collector = BlockCollector()
        var paragraph: [String] = []
        var paragraphIsItem = false
        var paragraphIsHeading = false
        func flush() {
            defer {
                paragraph = []
                paragraphIsItem = false
                paragraphIsHeading = false
            }
            guard !paragraph.isEmpty else { return }
            var accumulator = TextAccumulator()
            accumulator.append(paragraph.joined(separator: " "))
            let text = accumulator.take()
            if !text.isEmpty {
                collector.add(paragraphIsHeading ? Block(.heading(level: 1, [.text(text)])) : Block(.paragraph([.text(text)])),
                              listItem: paragraphIsItem)
            }
            paragraph = []
            paragraphIsItem = false
            paragraphIsHeading = false
        }
        for rawLine in source.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            var line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { flush(); continue }
            if line.hasPrefix(":::") || line.hasPrefix("```") { flush(); continue }
            // A setext underline makes the line above a heading (=== title, --- article).
            if line.count >= 3, line.allSatisfy({ $0 == "=" }) || line.allSatisfy({ $0 == "-" }) {
                if paragraph.count == 1 {
                    let text = paragraph[0]
                    paragraph = []
                    paragraphIsHeading = false
                    paragraphIsItem = false
                    collector.add(line.first == "=" ? Block(.title([.text(text)])) : Block(.heading(level: 1, [.text(text)])))
                } else {
                    flush()
                }
                continue
            }
            var id: String?
            if markdown, line.hasSuffix("}"), let open = line.range(of: "{#", options: .backwards) {
                id = String(line[open.upperBound..<line.index(before: line.endIndex)])
                line = line[..<open.lowerBound].trimmingCharacters(in: .whitespaces)
            }
            if markdown, line.hasPrefix("#") {
                flush()
                let level = line.prefix(while: { $0 == "#" }).count
                let text = stripEmphasis(line.dropFirst(level).trimmingCharacters(in: .whitespaces))
                collector.add(level == 1 ? Block(.title([.text(text)]), id: id)
                                         : Block(.heading(level: min(level - 1, 3), [.text(text)]), id: id))
                continue
            }
            if markdown, let item = listItemText(line) {
                flush()
                paragraph = [stripEmphasis(item)]
                paragraphIsItem = true
                continue
            }
            if !markdown {
                // Plain text wraps lines: a line continues the paragraph unless the one before
                // ended a sentence, or this one starts a heading, an item or a numbered clause.
                let heading = looksLikeHeading(line)
                // A signature line ("________") stands alone, and so does what follows it.
                let rule = line.allSatisfy { $0 == "_" || $0 == "." || $0 == "…" }
                let afterRule = paragraph.last.map { $0.allSatisfy { $0 == "_" || $0 == "." || $0 == "…" } } ?? false
                let starts = heading || rule || afterRule || startsItem(line) || isCapitalsLine(line)
                let previousEnded = paragraph.last.map { ".;:!?".contains($0.last ?? " ") } ?? true
                if starts || previousEnded || paragraphIsHeading || isCapitalsLine(paragraph.last ?? "") { flush() }
                paragraph.append(line)
                if heading { paragraphIsHeading = true }
                continue
            }
            paragraph.append(stripEmphasis(line))
        }
        flush()
        return Document(blocks: collector.finish())
    }

    /// "Madde 3 – Amaç", "ARTICLE 3", "Статья 3. Цель", "Article IV": a short line naming an article.
    static func looksLikeHeading(_ line: String) -> Bool {
        guard line.count <= 90 else { return false }
        let words = line.lowercased().split(whereSeparator: { $0 == " " || $0 == "." || $0 == ":" })
        guard words.count >= 2, ["madde", "article", "статья", "section", "bölüm", "раздел", "clause"].contains(String(words[0])) else { return false }
        return words[1].allSatisfy(\.isNumber) || words[1].allSatisfy { "ivxlc".contains($0) }
    }

    /// "(a) …", "a) …", "1) …", "1.1 …", "- …", "• …".
    static func startsItem(_ line: String) -> Bool {
        if line.hasPrefix("- ") || line.hasPrefix("• ") || line.hasPrefix("* ") || line.hasPrefix("(") { return true }
        let head = line.prefix(while: { $0.isNumber || $0 == "." })
        if !head.isEmpty && head.first!.isNumber && line.dropFirst(head.count).first == " " { return true }
        if let first = line.first, first.isLetter, line.dropFirst().first == ")" { return true }
        let digits = line.prefix(while: \.isNumber)
        return !digits.isEmpty && line.dropFirst(digits.count).first == ")"
    }

    /// A line in capitals ("MEMORANDUM OF UNDERSTANDING", "1. SCOPE") stands alone.
    static func isCapitalsLine(_ line: String) -> Bool {
        guard line.count <= 200, line.contains(where: \.isLetter) else { return false }
        return !line.contains(where: \.isLowercase)
    }

    /// The text of a `- item` / `* item` / `1. item` line, or nil.
    static func listItemText(_ line: String) -> String? {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("• ") {
            return String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces)
        }
        let digits = line.prefix(while: \.isNumber)
        if !digits.isEmpty, digits.count < 4 {
            let rest = line.dropFirst(digits.count)
            if rest.hasPrefix(". ") || rest.hasPrefix(") ") { return String(rest.dropFirst(2)).trimmingCharacters(in: .whitespaces) }
        }
        return nil
    }

    static func stripEmphasis(_ s: String) -> String {
        s.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
    }
}
