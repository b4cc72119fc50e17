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
