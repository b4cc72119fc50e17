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
        extract([Tokenized(text, rules.language)], rules)
    }

    /// The facts of several blocks together.
    static func extract(_ blocks: [Tokenized], _ rules: LanguageRules) -> Facts {
        var all = Facts()
        for tokens in blocks {
            let f = extract(tokens, rules)
            all.numbers += f.numbers
            all.dates += f.dates
            all.durations += f.durations
        }
        all.numbers = uniqueSorted(all.numbers)
        all.dates = uniqueSorted(all.dates)
        all.durations = uniqueSorted(all.durations)
        return all
    }

    static func extract(_ tokens: Tokenized, _ rules: LanguageRules) -> Facts {
        var facts = Facts()
        let units = rules.unitTable, months = rules.monthTable
        let n = tokens.words.count
        let numbers = (0..<n).map { tokens.number($0) }
        func month(_ i: Int) -> Int? {
            guard numbers[i] == nil, tokens.words[i].count >= 3 else { return nil }
            return months.first(tokens.word(i))
        }
        func year(_ i: Int) -> Int? { tokens.words[i].count == 4 ? numbers[i] : nil }
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        var used = [Bool](repeating: false, count: n)
        var i = 0
        while i + 2 < n {
            // d Month yyyy | Month d, yyyy
            if let d = numbers[i], (1...31).contains(d), let y = year(i + 2), let m = month(i + 1) {
                facts.dates.append("\(y)-\(pad(m))-\(pad(d))"); used[i] = true; used[i + 1] = true; used[i + 2] = true; i += 3; continue
            }
            if let d = numbers[i + 1], (1...31).contains(d), let y = year(i + 2), let m = month(i) {
                facts.dates.append("\(y)-\(pad(m))-\(pad(d))"); used[i] = true; used[i + 1] = true; used[i + 2] = true; i += 3; continue
            }
            // dd.mm.yyyy and yyyy-mm-dd: three numbers in a row
            if let a = numbers[i], let b = numbers[i + 1], let c = numbers[i + 2] {
                if (1...31).contains(a), (1...12).contains(b), tokens.words[i + 2].count == 4, tokens.words[i].count <= 2 {
                    facts.dates.append("\(c)-\(pad(b))-\(pad(a))"); used[i] = true; used[i + 1] = true; used[i + 2] = true; i += 3; continue
                }
                if tokens.words[i].count == 4, (1...12).contains(b), (1...31).contains(c), tokens.words[i + 2].count <= 2 {
                    facts.dates.append("\(a)-\(pad(b))-\(pad(c))"); used[i] = true; used[i + 1] = true; used[i + 2] = true; i += 3; continue
                }
            }
            i += 1
        }
        func unit(_ k: Int) -> String? {
            guard k < n, numbers[k] == nil else { return nil }
            return units.first(tokens.word(k))
        }
        for k in 0..<n where !used[k] {
            var value = numbers[k]
            if value == nil, tokens.words[k].count <= 24, k + 1 < n, numbers[k + 1] != nil || unit(k + 1) != nil {
                value = rules.numberWords.value(tokens.word(k))
            }
            guard let v = value else { continue }
            if let u = unit(k + 1) {
                facts.durations.append("\(v) \(u)")
            } else if k + 2 < n, numbers[k + 1] == v, let u = unit(k + 2) {
                facts.durations.append("\(v) \(u)")   // "five (5) years"
            }
            if numbers[k] != nil { facts.numbers.append(String(v)) }
        }
        facts.numbers = uniqueSorted(facts.numbers)
        facts.dates = uniqueSorted(facts.dates)
        facts.durations = uniqueSorted(facts.durations)
        return facts
    }

    /// Sorted without duplicates; most blocks state no fact or one, and a Set for those costs
    /// an allocation and hashing for nothing.
    private static func uniqueSorted(_ xs: [String]) -> [String] {
        xs.count < 2 ? xs : Array(Set(xs)).sorted()
    }
}
