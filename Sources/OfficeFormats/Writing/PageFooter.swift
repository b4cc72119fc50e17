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

/// Page geometry shared by both writers: A4 with 2 cm margins, which leaves room for three
/// columns of legal text.
enum PageGeometry {
    /// Twentieths of a point (DOCX).
    static let widthTwips = 11906, heightTwips = 16838, marginTwips = 1134, footerTwips = 567
    static var textWidthTwips: Int { widthTwips - 2 * marginTwips }
    /// Centimetres (ODT).
    static let textWidthCm = 17.0
}

/// Fonts: Word users have Times New Roman; LibreOffice on Debian substitutes the metric-compatible
/// Liberation Serif, which, like DejaVu, has Turkish and Cyrillic glyphs.
enum Fonts {
    static let docxSerif = "Times New Roman"
    static let docxSerifAlternative = "Liberation Serif"
    static let odtSerif = "Liberation Serif"
}
