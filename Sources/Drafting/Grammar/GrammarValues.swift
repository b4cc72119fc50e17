import AgreementModel
import Foundation
import Linguistics

/// Turning what a template hands a filter into the value the grammar needs. None of these
/// throw: a value that does not fit comes back nil and the filter warns and prints it as is.
enum GrammarValues {
    static func text(_ value: Any?) -> String {
        switch value {
        case nil: ""
        case let string as String: string
        case let substring as Substring: String(substring)
        case let date as CalendarDate: date.description
        case let gender as Gender: gender.rawValue
        case let language as Language: language.rawValue
        case let some?: String(describing: some)
        }
    }

    static func number(_ value: Any?, language: Language) -> DecimalNumber? {
        DecimalNumber.from(value, language: language)
    }

    static func date(_ value: Any?) -> CalendarDate? {
        switch value {
        case let date as CalendarDate: return date
        case let string as String: return CalendarDate(iso: VariableChecker.trimmed(string))
        case let date as Date:
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            guard let y = parts.year, let m = parts.month, let d = parts.day else { return nil }
            return CalendarDate(year: y, month: m, day: d)
        default: return nil
        }
    }

    static func gender(_ value: Any?) -> Gender? {
        switch value {
        case let gender as Gender: return gender
        case let person as Person: return person.gender
        case let string as String:
            switch VariableChecker.trimmed(string.lowercased()) {
            case "male", "m", "masculine", "м", "муж": return .male
            case "female", "f", "feminine", "ж", "жен": return .female
            default: return nil
            }
        default: return nil
        }
    }

    /// A language code given as a filter argument (`"ru"`), or nil.
    static func language(_ value: Any?) -> Language? {
        guard let code = value as? String else { return value as? Language }
        return Language(code: code)
    }
}
