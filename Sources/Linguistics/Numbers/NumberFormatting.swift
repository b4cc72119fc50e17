/// Digits with each language's grouping and decimal mark, written by hand rather than through
/// `NumberFormatter` so the output is the same on every platform and ICU version.
enum NumberFormatting {
    /// The conventions per language:
    /// - tr: TDK Yazım Kılavuzu, "Sayıların yazılışı": groups of three separated by a full stop
    ///   from four digits up (1.000; 3.500.000), decimal comma (3,5).
    /// - ru: А. Э. Мильчин, «Справочник издателя и автора», numbers: four-digit numbers are
    ///   written solid (2021, 5000), from five digits groups are separated by a space (10 000) —
    ///   here a non-breaking one (U+00A0) so a number never splits across lines; decimal comma.
    /// - en: comma grouping from four digits (1,000), decimal point (Oxford style guide).
    static func format(_ number: DecimalNumber, language: Language, fractionDigits: Int? = nil) -> String {
        let value = fractionDigits.map { number.rounded(toFractionDigits: $0) } ?? number
        let digits = String(value.integer)
        let separator: String
        let minimumDigitsToGroup: Int
        let decimalMark: String
        switch language {
        case .tr: separator = "."; minimumDigitsToGroup = 4; decimalMark = ","
        case .ru: separator = "\u{00A0}"; minimumDigitsToGroup = 5; decimalMark = ","
        case .en: separator = ","; minimumDigitsToGroup = 4; decimalMark = "."
        }
        var grouped = digits
        if digits.count >= minimumDigitsToGroup {
            var groups: [Substring] = []
            var end = digits.endIndex
            while end > digits.startIndex {
                let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
                groups.insert(digits[start..<end], at: 0)
                end = start
            }
            grouped = groups.joined(separator: separator)
        }
        let sign = value.isNegative ? "-" : ""
        return sign + grouped + (value.hasFraction ? decimalMark + value.fraction : "")
    }
}
