import Foundation

/// A number as written in a document: an integer part and the fraction digits exactly as given
/// (`3,50` keeps "50"), so plural rules can see CLDR's operands `i` and `v`.
public struct DecimalNumber: Hashable, Sendable, CustomStringConvertible {
    public var isNegative: Bool
    /// The integer part's magnitude (`i` in CLDR).
    public var integer: UInt64
    /// The digits after the decimal separator, as written; empty for a whole number (`v` = count).
    public var fraction: String

    public init(negative: Bool = false, integer: UInt64, fraction: String = "") {
        self.isNegative = negative && (integer != 0 || fraction.contains(where: { $0 != "0" }))
        self.integer = integer
        self.fraction = fraction
    }

    public init(_ value: Int) {
        self.init(negative: value < 0, integer: value.magnitude.asUInt64)
    }

    /// Uses Swift's shortest round-tripping text, so `3.5` stays 3.5 and never 3.4999….
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        var text = "\(value)"
        if text.contains("e") {
            text = NSDecimalNumber(value: value).stringValue
        }
        if text.hasSuffix(".0") { text.removeLast(2) }
        self.init(plain: text)
    }

    public init?(_ value: Decimal) {
        self.init(plain: NSDecimalNumber(decimal: value).stringValue)
    }

    /// Parses `123`, `-4.5`, `4,5` with at most one separator and no grouping.
    private init?(plain text: String) {
        var body = Substring(text)
        var negative = false
        if body.first == "-" || body.first == "−" { negative = true; body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let integer = UInt64(parts[0]) else { return nil }
        self.init(negative: negative, integer: integer, fraction: parts.count == 2 ? String(parts[1]) : "")
    }

    /// Parses a number as a person writes it in `language`: `3,5` and `3.5` are both 3.5;
    /// `3.500.000` (tr), `3 500 000` (ru) and `3,500,000` (en) are grouped integers.
    /// One separator followed by exactly three digits is read the language's way
    /// (`1.000` is a thousand in Turkish, `1,000` a thousand in English).
    public init?(parsing raw: String, language: Language = .tr) {
        let spaces: Set<Character> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}", "'"]
        var text = String(raw.trimmingCharacters(in: .whitespaces).filter { !spaces.contains($0) })
        var negative = false
        if text.first == "-" || text.first == "−" { negative = true; text.removeFirst() }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "," }),
              text.first!.isASCIIDigit else { return nil }
        let dots = text.filter { $0 == "." }.count
        let commas = text.filter { $0 == "," }.count
        let decimalMark: Character?
        if dots > 0 && commas > 0 {
            decimalMark = text.lastIndex(of: ".")! > text.lastIndex(of: ",")! ? "." : ","
        } else if dots + commas == 0 {
            decimalMark = nil
        } else if dots + commas > 1 {
            decimalMark = nil  // the only mark, repeated: grouping
        } else {
            let mark: Character = dots == 1 ? "." : ","
            let after = text.split(separator: mark, omittingEmptySubsequences: false)[1]
            if after.count == 3 {
                let grouping: Character = language == .en ? "," : "."
                decimalMark = mark == grouping ? nil : mark
            } else {
                decimalMark = mark
            }
        }
        var integerText = text
        var fraction = ""
        if let mark = decimalMark, let index = text.lastIndex(of: mark) {
            integerText = String(text[..<index])
            fraction = String(text[text.index(after: index)...])
            guard fraction.allSatisfy(\.isASCIIDigit) else { return nil }
        }
        let groups = integerText.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," })
        if groups.count > 1 {
            // Grouped digits: 1–3 digits first, then exactly three in every group.
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        guard let integer = UInt64(groups.joined()) else { return nil }
        self.init(negative: negative, integer: integer, fraction: fraction)
    }

    /// Accepts what a template hands a filter: Int, Double, Decimal, a numeric String, or
    /// anything whose description is numeric.
    public static func from(_ value: Any?, language: Language = .tr) -> DecimalNumber? {
        switch value {
        case let number as DecimalNumber: return number
        case let int as Int: return DecimalNumber(int)
        case let int as Int64: return DecimalNumber(Int(int))
        case let int as Int32: return DecimalNumber(Int(int))
        case let uint as UInt: return DecimalNumber(integer: UInt64(uint))
        case let decimal as Decimal: return DecimalNumber(decimal)
        case let double as Double: return DecimalNumber(double)
        case let float as Float: return DecimalNumber(Double(float))
        case let string as String: return DecimalNumber(parsing: string, language: language)
        case let substring as Substring: return DecimalNumber(parsing: String(substring), language: language)
        case let number as NSNumber: return DecimalNumber(parsing: number.stringValue, language: .en)
        case nil: return nil
        case let other?: return DecimalNumber(parsing: String(describing: other), language: language)
        }
    }

    /// Whether there is a fraction part (CLDR `v` > 0).
    public var hasFraction: Bool { !fraction.isEmpty }

    /// The integer value when it fits in `Int` and there is no fraction.
    public var intValue: Int? {
        guard !hasFraction, integer <= UInt64(Int.max) else { return nil }
        return isNegative ? -Int(integer) : Int(integer)
    }

    /// Rounds half away from zero to `digits` fraction digits, padding with zeros.
    public func rounded(toFractionDigits digits: Int) -> DecimalNumber {
        let digits = max(0, digits)
        var kept = Array(fraction.prefix(digits))
        while kept.count < digits { kept.append("0") }
        var integer = self.integer
        if fraction.count > digits, let next = fraction[fraction.index(fraction.startIndex, offsetBy: digits)].wholeNumberValue, next >= 5 {
            var carry = true
            var index = kept.count - 1
            while carry && index >= 0 {
                if kept[index] == "9" { kept[index] = "0"; index -= 1 } else {
                    kept[index] = Character(String(kept[index].wholeNumberValue! + 1)); carry = false
                }
            }
            if carry { integer += 1 }
        }
        return DecimalNumber(negative: isNegative, integer: integer, fraction: String(kept))
    }

    /// `-3.5`: the plain machine form.
    public var description: String {
        (isNegative ? "-" : "") + String(integer) + (hasFraction ? "." + fraction : "")
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

private extension UInt {
    var asUInt64: UInt64 { UInt64(self) }
}
