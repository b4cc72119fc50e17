import DocumentModel
import Linguistics

/// The footer's "Page X of Y" in the document's first language, split around the two fields
/// (current page, page count) that each format fills in itself.
struct PageFooter {
    var beforePage: String
    var betweenPageAndCount: String
    var afterCount: String

    init(_ language: Language) {
        switch language {
        case .tr: (beforePage, betweenPageAndCount, afterCount) = ("Sayfa ", " / ", "")
        case .ru: (beforePage, betweenPageAndCount, afterCount) = ("Стр. ", " из ", "")
        case .en: (beforePage, betweenPageAndCount, afterCount) = ("Page ", " of ", "")
        }
    }
}

extension Document {
    /// The main language: the first of the metadata, else the first block that knows its own,
    /// else English (a document must say something to the spell-checker).
    var mainLanguage: Language {
        metadata.languages.first ?? blocks.lazy.compactMap(\.language).first ?? .en
    }
}
