import Foundation

/// `Metadata.created` is free text ("2021-10-01", "2021-10-01T10:00Z"); the packages need an
/// `xsd:dateTime` (ODF) or W3CDTF (OOXML). Anything not recognisably ISO 8601 is left out
/// rather than making the package invalid.
enum DocumentDates {
    /// A full `xsd:dateTime` (seconds included), or nil.
    static func dateTime(_ text: String) -> String? {
        let pattern = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/
        guard let m = text.trimmingCharacters(in: .whitespaces).wholeMatch(of: pattern) else { return nil }
        guard let time = m.2 else { return "\(m.1)T00:00:00" }
        return "\(m.1)T\(time)\(m.3 ?? ":00")\(m.4 ?? "")"
    }
}
