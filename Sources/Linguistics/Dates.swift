/// Dates as each language writes them in running text and in numeric form. The month names
/// are written here rather than taken from ICU so the output never depends on the platform.
public enum DateStyle: String, Sendable, CaseIterable {
    /// 1 Ekim 2021 · 1 октября 2021 г. · 1 October 2021
    case long
    /// 01.10.2021 · 01.10.2021 · 01/10/2021
    case numeric
}

enum DateNames {
    /// TDK: month names are capitalised when they name a specific date (1 Ekim 2021).
    static let turkish = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos",
                          "Eylül", "Ekim", "Kasım", "Aralık"]
    /// Genitive forms, as a date requires (Розенталь: «1 октября 2021 г.»; ГОСТ Р 7.0.97-2016,
    /// 5.3: a date in words is «1 октября 2021 г.»).
    static let russianGenitive = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                                  "сентября", "октября", "ноября", "декабря"]
    static let english = ["January", "February", "March", "April", "May", "June", "July", "August",
                          "September", "October", "November", "December"]

    static func format(_ date: CalendarDate, language: Language, style: DateStyle) -> String {
        let month = min(max(date.month, 1), 12) - 1
        switch style {
        case .long:
            switch language {
            case .tr: return "\(date.day) \(turkish[month]) \(date.year)"
            // A plain space before «г.», as the form is written in the issue and in most style
            // guides' examples: documents and scripts that search for «1 октября 2021 г.» find it.
            // (Мильчин would join «г.» with a non-breaking space; a writer may do that at layout.)
            case .ru: return "\(date.day) \(russianGenitive[month]) \(date.year) г."
            case .en: return "\(date.day) \(english[month]) \(date.year)"
            }
        case .numeric:
            let d = date.day < 10 ? "0\(date.day)" : "\(date.day)"
            let m = date.month < 10 ? "0\(date.month)" : "\(date.month)"
            // TDK and ГОСТ Р 7.0.97-2016 write dd.mm.yyyy; British English dd/mm/yyyy.
            return language == .en ? "\(d)/\(m)/\(date.year)" : "\(d).\(m).\(date.year)"
        }
    }
}
