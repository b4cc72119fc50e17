// TEMPORARY: until DocumentModel's HTMLWriter and PlainTextWriter land; delete then.
import DocumentModel
enum HTMLWriter { static func write(_ d: Document) -> String { "<!-- pending -->\n" + MarkdownWriter.write(d) } }
enum PlainTextWriter { static func write(_ d: Document) -> String { MarkdownWriter.write(d) } }
