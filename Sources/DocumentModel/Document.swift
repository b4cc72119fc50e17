import Linguistics

/// A document as every reader produces it and every writer consumes it: the hinge of the
/// data flow, like pandoc's AST. Nothing downstream knows which template or file it came from.
public struct Document: Equatable, Sendable {
    public var metadata: Metadata
    public var blocks: [Block]

    public init(metadata: Metadata = Metadata(), blocks: [Block] = []) {
        self.metadata = metadata
        self.blocks = blocks
    }
}

/// What a document says about itself: written to docProps/core.xml, meta.xml and HTML `<head>`.
public struct Metadata: Equatable, Sendable {
    public var title: String
    public var subject: String
    public var creator: String
    /// The languages of the document in column or reading order; the first is the main one
    /// (it names the pages in the footer).
    public var languages: [Language]
    /// ISO 8601 date-time of creation, or nil to leave it out (keeps outputs reproducible).
    public var created: String?

    public init(title: String = "", subject: String = "", creator: String = "MoUKit",
                languages: [Language] = [], created: String? = nil) {
        self.title = title
        self.subject = subject
        self.creator = creator
        self.languages = languages
        self.created = created
    }
}
