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
        func flush() {
            guard !paragraph.isEmpty else { return }
            let text = TextAccumulator().normalized(paragraph.joined(separator: " "))
            if !text.isEmpty { collector.add(Block(.paragraph([.text(text)])), listItem: paragraphIsItem) }
            paragraph = []
            paragraphIsItem = false
        }
        for rawLine in source.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            var line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { flush(); continue }
            if line.hasPrefix(":::") || line.hasPrefix("```") { flush(); continue }
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
                paragraph = [markdown ? stripEmphasis(item) : item]
                paragraphIsItem = true
                continue
            }
            paragraph.append(markdown ? stripEmphasis(line) : line)
            // Plain text has no soft wrapping convention we can trust: a line is a paragraph.
            if !markdown { flush() }
        }
        flush()
        return Document(blocks: collector.finish())
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
