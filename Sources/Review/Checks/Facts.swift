import Foundation
import Linguistics

/// The numbers, dates and durations a text states, normalised so versions in different
/// languages compare: "1 October 2021", "1 Ekim 2021", "1 октября 2021 г.", "01.10.2021" are
/// all 2021-10-01; "five (5) years", "beş yıl", "пять лет" are all 5 year.
struct Facts: Equatable, Sendable {
    var numbers: [String] = []
    var dates: [String] = []
    var durations: [String] = []

    var isEmpty: Bool { numbers.isEmpty && dates.isEmpty && durations.isEmpty }

    static func extract(_ text: String, _ rules: LanguageRules) -> Facts {
        var facts = Facts()
        let tokens = Tokenized(text, rules.language)
        let words = tokens.words.indices.map { String(decoding: tokens.word($0), as: UTF8.self) }
        var used = Set<Int>()
        func month(_ w: String) -> Int? {
            guard w.count >= 3, !w.allSatisfy(\.isNumber) else { return nil }
            return rules.months.first { w.hasPrefix($0.stem) }?.month
        }
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        var i = 0
        while i < words.count {
            let w = words[i]
            // d Month yyyy
            if let d = Int(w), (1...31).contains(d), i + 2 < words.count, let m = month(words[i + 1]),
               let y = Int(words[i + 2]), words[i + 2].count == 4 {
                facts.dates.append("\(y)-\(pad(m))-\(pad(d))"); used.formUnion([i, i + 1, i + 2]); i += 3; continue
            }
            // Month d, yyyy
            if let m = month(w), i + 2 < words.count, let d = Int(words[i + 1]), (1...31).contains(d),
               let y = Int(words[i + 2]), words[i + 2].count == 4 {
                facts.dates.append("\(y)-\(pad(m))-\(pad(d))"); used.formUnion([i, i + 1, i + 2]); i += 3; continue
            }
            i += 1
        }
        // dd.mm.yyyy and yyyy-mm-dd are single tokens before word splitting.
        for token in text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A || $0 == 0x2C || $0 == 0x3B || $0 == 0x28 || $0 == 0x29 })
            where token.count >= 8 && token.count <= 12 {
            let t = Substring(token).trimmingCharacters(in: CharacterSet(charactersIn: ".:"))
            let dotted = t.split(separator: ".")
            if dotted.count == 3, let d = Int(dotted[0]), let m = Int(dotted[1]), let y = Int(dotted[2]), dotted[2].count == 4,
               (1...31).contains(d), (1...12).contains(m) {
                facts.dates.append("\(y)-\(pad(m))-\(pad(d))")
            }
            let dashed = t.split(separator: "-")
            if dashed.count == 3, dashed[0].count == 4, let y = Int(dashed[0]), let m = Int(dashed[1]), let d = Int(dashed[2]) {
                facts.dates.append("\(y)-\(pad(m))-\(pad(d))")
            }
        }
        let dateDigits = Set(facts.dates.flatMap { $0.split(separator: "-").map { String(Int($0) ?? 0) } })
        for (k, w) in words.enumerated() where !used.contains(k) {
            var value: Int?
            if let n = Int(w) { value = n } else if let n = rules.numberWords[w] { value = n }
            guard let n = value else { continue }
            if k + 1 < words.count, let unit = rules.durationUnits.first(where: { words[k + 1].hasPrefix($0.stem) })?.unit {
                facts.durations.append("\(n) \(unit)")
            } else if k + 2 < words.count, Int(words[k + 1]) == n,
                      let unit = rules.durationUnits.first(where: { words[k + 2].hasPrefix($0.stem) })?.unit {
                facts.durations.append("\(n) \(unit)")   // "five (5) years"
            }
            if Int(w) != nil && !dateDigits.contains(String(n)) { facts.numbers.append(String(n)) }
        }
        facts.numbers = Array(Set(facts.numbers)).sorted()
        facts.dates = Array(Set(facts.dates)).sorted()
        facts.durations = Array(Set(facts.durations)).sorted()
        return facts
    }
}
